/* pw-test-util.c: what the tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "pw-test-util.h"

#include <glib/gstdio.h>
#include <string.h>

static char *temp_root;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
          remove_tree (child);
        else
          g_unlink (child);
      }
  g_rmdir (path);
}

static void
remove_temp_root (void)
{
  if (temp_root != NULL)
    remove_tree (temp_root);
}

char *
pw_test_seed_path (const char *seed_prefix)
{
  const char *dir = g_getenv ("PW_SEEDS_DIR");
  g_autoptr(GDir) handle = NULL;
  const char *name;

  if (dir == NULL || (handle = g_dir_open (dir, 0, NULL)) == NULL)
    {
      g_autofree char *reason = g_strdup_printf ("the seed documents are absent (%s)",
                                                 dir ? dir : "PW_SEEDS_DIR unset");
      g_test_skip (reason);
      return NULL;
    }

  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_prefix (name, seed_prefix) && g_str_has_suffix (name, ".txt"))
      return g_build_filename (dir, name, NULL);

  {
    g_autofree char *reason = g_strdup_printf ("no seed %s* in %s", seed_prefix, dir);
    g_test_skip (reason);
  }
  return NULL;
}

char *
pw_test_source_path (const char *relative)
{
  const char *dir = g_getenv ("PW_SOURCE_DIR");

  g_assert_nonnull (dir);
  return g_build_filename (dir, relative, NULL);
}

char *
pw_test_temp_dir (void)
{
  if (temp_root == NULL)
    {
      g_autoptr(GError) error = NULL;

      temp_root = g_dir_make_tmp ("pw-test-XXXXXX", &error);
      g_assert_no_error (error);
      atexit (remove_temp_root);
    }

  return g_strdup (temp_root);
}

PwIndicator *
pw_test_find_indicator (PwPlan     *plan,
                        const char *name)
{
  PwIndicator *indicator = pw_test_indicator_named (plan, name);

  g_assert_nonnull (indicator);
  return indicator;
}

PwIndicator *
pw_test_indicator_named (PwPlan     *plan,
                         const char *name)
{
  GListModel *indicators = pw_plan_get_indicators (plan);

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);

      if (g_strcmp0 (pw_indicator_get_name (indicator), name) == 0)
        return indicator;
    }
  return NULL;
}

PwIndicator *
pw_test_indicator_at_line (PwPlan *plan,
                           int     line)
{
  GListModel *indicators = pw_plan_get_indicators (plan);

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(PwIndicator) indicator = g_list_model_get_item (indicators, i);

      if (pw_indicator_get_source_line (indicator) == line)
        return indicator;
    }
  return NULL;
}

void
pw_test_assert_value (PwValue    *value,
                      const char *text)
{
  if (text == NULL)
    g_assert_null (value);
  else
    {
      g_assert_nonnull (value);
      g_assert_cmpstr (pw_value_get_text (value), ==, text);
    }
}

/* Line and column (in characters, from 1) where @needle starts in @text. */
void
pw_test_position_of (const char *text,
                     const char *needle,
                     int        *line,
                     int        *column)
{
  const char *at = strstr (text, needle);

  g_assert_nonnull (at);
  *line = 1;
  *column = 1;
  for (const char *p = text; p < at; p = g_utf8_next_char (p))
    if (*p == '\n')
      {
        (*line)++;
        *column = 1;
      }
    else
      (*column)++;
}

/* The texts of the <tspan> elements of @svg, in order. */
GPtrArray *
pw_test_svg_tspans (const char *svg)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (const char *p = svg; (p = strstr (p, "<tspan")) != NULL;)
    {
      const char *start = strchr (p, '>') + 1;
      const char *end = strstr (start, "</tspan>");

      g_ptr_array_add (texts, g_strndup (start, end - start));
      p = end;
    }
  return texts;
}

/* A file @name holding @length bytes of @contents (all of it when -1), in
 * a fresh temporary folder. */
char *
pw_test_write_temp_file (const char *name,
                         const char *contents,
                         gssize      length)
{
  g_autofree char *dir = pw_test_temp_dir ();
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}
