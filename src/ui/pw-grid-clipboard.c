/* pw-grid-clipboard.c: tables of cells as spreadsheets put them on the clipboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * LibreOffice Calc, WPS 表格 and Excel offer a copied range both as text
 * (text/plain: cells separated by tabs, rows by line ends, a cell holding a
 * tab, a line end or a quote written in double quotes with its quotes
 * doubled) and as an HTML table (text/html: <table>, <tr>, <td> with
 * attributes of their own such as Calc's sdval and sdnum, <br> inside a
 * cell, entities). The grids write both and read either, through
 * pw_grid_clipboard_set_table() and pw_grid_clipboard_read_table_async(). The HTML reader
 * knows only tables: it is not a parser of web pages, and needs none.
 */

#define G_LOG_DOMAIN "pw-grid-clipboard"

#include "config.h"

#include "pw-grid-clipboard.h"

#include <glib/gi18n.h>
#include <string.h>

/* Auxiliary methods */

static void
add_row (GPtrArray *table,
         GPtrArray *cells)
{
  g_ptr_array_add (cells, NULL);
  g_ptr_array_add (table, g_ptr_array_free (cells, FALSE));
}

static gboolean
needs_quotes (const char *text)
{
  return strpbrk (text, "\t\n\r\"") != NULL;
}

/* Whitespace runs inside an HTML cell are one space, as a browser shows
 * them; a <br> is a line end. */
static void
append_collapsed (GString    *cell,
                  const char *text,
                  gsize       length)
{
  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        {
          if (cell->len > 0 && cell->str[cell->len - 1] != ' ' && cell->str[cell->len - 1] != '\n')
            g_string_append_c (cell, ' ');
        }
      else
        g_string_append_c (cell, c);
    }
}

static void
append_entity (GString    *cell,
               const char *name,
               gsize       length)
{
  static const struct {
    const char *name;
    const char *text;
  } entities[] = {
    { "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" }, { "apos", "'" },
    { "nbsp", " " }, { "ensp", " " }, { "emsp", " " }, { "thinsp", " " },
    /* what a plan's figures use */
    { "ge", "≥" }, { "le", "≤" }, { "plusmn", "±" }, { "times", "×" }, { "divide", "÷" },
    { "permil", "‰" }, { "deg", "°" }, { "middot", "·" }, { "hellip", "…" },
    { "ndash", "–" }, { "mdash", "—" }, { "minus", "−" },
    { "lsquo", "‘" }, { "rsquo", "’" }, { "ldquo", "“" }, { "rdquo", "”" },
    { "yen", "¥" }, { "sup2", "²" }, { "sup3", "³" },
  };

  if (length > 1 && name[0] == '#')
    {
      gboolean hex = name[1] == 'x' || name[1] == 'X';
      g_autofree char *digits = g_strndup (name + (hex ? 2 : 1), length - (hex ? 2 : 1));
      char *end = NULL;
      guint64 code = g_ascii_strtoull (digits, &end, hex ? 16 : 10);

      if (end != NULL && *end == '\0' && *digits != '\0' && g_unichar_validate ((gunichar) code) && code != 0)
        {
          g_string_append_unichar (cell, code == 0xA0 ? ' ' : (gunichar) code);
          return;
        }
    }
  else
    for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
      if (strlen (entities[i].name) == length && g_ascii_strncasecmp (name, entities[i].name, length) == 0)
        {
          g_string_append (cell, entities[i].text);
          return;
        }

  /* not an entity known: kept as written */
  g_string_append_c (cell, '&');
  g_string_append_len (cell, name, length);
  g_string_append_c (cell, ';');
}

/* Text between tags: entities decoded, whitespace collapsed. */
static void
append_html_text (GString    *cell,
                  const char *text,
                  gsize       length)
{
  gsize i = 0;

  while (i < length)
    {
      const char *amp = memchr (text + i, '&', length - i);
      const char *semi;
      gsize run = amp ? (gsize) (amp - (text + i)) : length - i;

      append_collapsed (cell, text + i, run);
      i += run;
      if (amp == NULL)
        break;

      semi = memchr (amp, ';', MIN (length - i, 12));
      if (semi == NULL)
        {
          g_string_append_c (cell, '&');
          i++;
          continue;
        }
      append_entity (cell, amp + 1, semi - amp - 1);
      i = semi + 1 - text;
    }
}

/* The value of attribute @name in the tag text @tag (after its name). */
static char *
tag_attribute (const char *tag,
               gsize       length,
               const char *name)
{
  gsize name_length = strlen (name);

  for (gsize i = 0; i + name_length < length; i++)
    {
      gsize j;

      if (g_ascii_strncasecmp (tag + i, name, name_length) != 0 ||
          (i > 0 && !g_ascii_isspace (tag[i - 1])))
        continue;
      j = i + name_length;
      while (j < length && g_ascii_isspace (tag[j]))
        j++;
      if (j >= length || tag[j] != '=')
        continue;
      j++;
      while (j < length && g_ascii_isspace (tag[j]))
        j++;
      if (j < length && (tag[j] == '"' || tag[j] == '\''))
        {
          const char *close = memchr (tag + j + 1, tag[j], length - j - 1);

          if (close != NULL)
            return g_strndup (tag + j + 1, close - (tag + j + 1));
        }
      else
        {
          gsize k = j;

          while (k < length && !g_ascii_isspace (tag[k]) && tag[k] != '>')
            k++;
          return g_strndup (tag + j, k - j);
        }
    }
  return NULL;
}

/* Callbacks */

static void
html_spliced (GObject      *source,
              GAsyncResult *result,
              gpointer      data)
{
  g_autoptr(GTask) task = data;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error) < 0)
    {
      g_task_return_error (task, error);
      return;
    }
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (source));
  g_task_return_pointer (task, pw_grid_table_parse_html (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes)),
                         (GDestroyNotify) g_ptr_array_unref);
}

static void
html_read (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  GTask *task = data;
  GError *error = NULL;
  g_autoptr(GInputStream) stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL, &error);
  g_autoptr(GOutputStream) memory = NULL;

  if (stream == NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  /* asynchronously: the clipboard may be this program's own, written by
   * the main loop */
  memory = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (memory, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, g_task_get_cancellable (task), html_spliced, task);
}

static void
text_read (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  g_autoptr(GTask) task = data;
  GError *error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);

  if (text == NULL)
    {
      if (error == NULL)
        error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "The clipboard holds no text");
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, pw_grid_table_parse_tsv (text), (GDestroyNotify) g_ptr_array_unref);
}

/* Public API */

/**
 * pw_grid_table_new:
 *
 * Returns: (transfer full): an empty table, whose rows it frees
 */
GPtrArray *
pw_grid_table_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

guint
pw_grid_table_n_columns (GPtrArray *table)
{
  guint n = 0;

  for (guint i = 0; i < table->len; i++)
    n = MAX (n, g_strv_length (g_ptr_array_index (table, i)));
  return n;
}

/**
 * pw_grid_table_to_tsv:
 * @table: rows of cells
 *
 * Returns: (transfer full): the table as spreadsheets write it as text:
 *   tabs between cells, a line end after each row
 */
char *
pw_grid_table_to_tsv (GPtrArray *table)
{
  GString *out = g_string_new (NULL);

  for (guint r = 0; r < table->len; r++)
    {
      char **cells = g_ptr_array_index (table, r);

      for (guint c = 0; cells[c] != NULL; c++)
        {
          if (c > 0)
            g_string_append_c (out, '\t');
          if (needs_quotes (cells[c]))
            {
              g_auto(GStrv) parts = g_strsplit (cells[c], "\"", -1);
              g_autofree char *doubled = g_strjoinv ("\"\"", parts);

              g_string_append_printf (out, "\"%s\"", doubled);
            }
          else
            g_string_append (out, cells[c]);
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/**
 * pw_grid_table_to_html:
 * @table: rows of cells
 *
 * Returns: (transfer full): the table as an HTML document, UTF-8
 */
char *
pw_grid_table_to_html (GPtrArray *table)
{
  GString *out = g_string_new ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
                               "</head><body><table>\n");

  for (guint r = 0; r < table->len; r++)
    {
      char **cells = g_ptr_array_index (table, r);

      g_string_append (out, "<tr>");
      for (guint c = 0; cells[c] != NULL; c++)
        {
          g_autofree char *escaped = g_markup_escape_text (cells[c], -1);
          g_auto(GStrv) lines = g_strsplit (escaped, "\n", -1);
          g_autofree char *joined = g_strjoinv ("<br>", lines);

          g_string_append_printf (out, "<td>%s</td>", joined);
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</table></body></html>\n");

  return g_string_free (out, FALSE);
}

/**
 * pw_grid_table_parse_tsv:
 * @text: text as a spreadsheet copies it
 *
 * Returns: (transfer full): its rows of cells; a last line end ends the
 *   last row rather than starting an empty one
 */
GPtrArray *
pw_grid_table_parse_tsv (const char *text)
{
  GPtrArray *table = pw_grid_table_new ();
  GPtrArray *cells = g_ptr_array_new ();
  GString *cell = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      if (cell->len == 0 && *p == '"')
        {
          /* quoted: to the quote not doubled */
          p++;
          while (*p != '\0')
            {
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (cell, '"');
                  p += 2;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (cell, *p++);
            }
          /* anything after the closing quote belongs to the cell too */
          while (*p != '\0' && *p != '\t' && *p != '\n' && *p != '\r')
            g_string_append_c (cell, *p++);
          continue;
        }

      if (*p == '\t')
        {
          g_ptr_array_add (cells, g_string_free (g_steal_pointer (&cell), FALSE));
          cell = g_string_new (NULL);
          p++;
        }
      else if (*p == '\n' || *p == '\r')
        {
          g_ptr_array_add (cells, g_string_free (g_steal_pointer (&cell), FALSE));
          cell = g_string_new (NULL);
          add_row (table, g_steal_pointer (&cells));
          cells = g_ptr_array_new ();
          p += (*p == '\r' && p[1] == '\n') ? 2 : 1;
        }
      else
        g_string_append_c (cell, *p++);
    }

  if (cell->len > 0 || cells->len > 0)
    {
      g_ptr_array_add (cells, g_string_free (g_steal_pointer (&cell), FALSE));
      add_row (table, g_steal_pointer (&cells));
    }
  else
    g_ptr_array_free (cells, TRUE);
  if (cell != NULL)
    g_string_free (cell, TRUE);

  return table;
}

/**
 * pw_grid_table_parse_html:
 * @html: an HTML document with a table, as a spreadsheet copies it
 * @length: its length, or -1 when it ends with a nul
 *
 * Reads the cells of the first table's rows (those of nested tables
 * too, in order). A cell that spans columns is followed by empty cells, so
 * that the next stays in its column.
 *
 * Returns: (transfer full): its rows of cells, possibly none
 */
GPtrArray *
pw_grid_table_parse_html (const char *html,
                          gssize      length)
{
  g_autofree char *valid = g_utf8_make_valid (html, length);
  GPtrArray *table = pw_grid_table_new ();
  GPtrArray *cells = NULL;
  GString *cell = NULL;
  guint span = 1;
  const char *p = valid;
  const char *end = valid + strlen (valid);
  gboolean skipping = FALSE; /* inside <style>, <script> or a comment's kin */

  while (p < end)
    {
      const char *lt = memchr (p, '<', end - p);
      const char *gt;
      const char *name;
      gsize name_length;
      gboolean closing;

      if (lt == NULL)
        lt = end;
      if (cell != NULL && !skipping)
        append_html_text (cell, p, lt - p);
      if (lt == end)
        break;

      if (strncmp (lt, "<!--", 4) == 0)
        {
          const char *close = strstr (lt + 4, "-->");

          p = close ? close + 3 : end;
          continue;
        }

      gt = memchr (lt, '>', end - lt);
      if (gt == NULL)
        break;

      name = lt + 1;
      closing = *name == '/';
      if (closing)
        name++;
      name_length = 0;
      while (name + name_length < gt && g_ascii_isalnum (name[name_length]))
        name_length++;

#define IS(tag) (name_length == strlen (tag) && g_ascii_strncasecmp (name, tag, name_length) == 0)
      if (IS ("style") || IS ("script") || IS ("title"))
        skipping = !closing;
      else if (IS ("tr"))
        {
          if (cells != NULL)
            {
              if (cell != NULL)
                g_ptr_array_add (cells, g_strstrip (g_string_free (g_steal_pointer (&cell), FALSE)));
              add_row (table, g_steal_pointer (&cells));
            }
          if (!closing)
            cells = g_ptr_array_new ();
        }
      else if ((IS ("td") || IS ("th")) && cells != NULL)
        {
          if (cell != NULL)
            {
              g_ptr_array_add (cells, g_strstrip (g_string_free (g_steal_pointer (&cell), FALSE)));
              for (guint i = 1; i < span; i++)
                g_ptr_array_add (cells, g_strdup (""));
            }
          if (!closing)
            {
              g_autofree char *colspan = tag_attribute (name + name_length, gt - (name + name_length), "colspan");

              cell = g_string_new (NULL);
              span = colspan ? (guint) CLAMP (g_ascii_strtoull (colspan, NULL, 10), 1, 1000) : 1;
            }
        }
      else if (IS ("br") && cell != NULL)
        {
          while (cell->len > 0 && cell->str[cell->len - 1] == ' ')
            g_string_truncate (cell, cell->len - 1);
          g_string_append_c (cell, '\n');
        }
      else if (IS ("table") && closing && cells != NULL)
        {
          if (cell != NULL)
            g_ptr_array_add (cells, g_strstrip (g_string_free (g_steal_pointer (&cell), FALSE)));
          add_row (table, g_steal_pointer (&cells));
        }
#undef IS

      p = gt + 1;
    }

  if (cells != NULL)
    {
      if (cell != NULL)
        g_ptr_array_add (cells, g_strstrip (g_string_free (g_steal_pointer (&cell), FALSE)));
      add_row (table, g_steal_pointer (&cells));
    }
  if (cell != NULL)
    g_string_free (cell, TRUE);

  return table;
}

/**
 * pw_grid_clipboard_set_table:
 * @clipboard: a clipboard
 * @table: the cells copied
 *
 * Puts @table on @clipboard as a spreadsheet does: as tab-separated text
 * (text/plain) and as an HTML table (text/html).
 */
void
pw_grid_clipboard_set_table (GdkClipboard *clipboard,
                             GPtrArray    *table)
{
  g_autoptr(GBytes) tsv = NULL;
  g_autoptr(GBytes) html = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;
  GdkContentProvider *providers[3];
  char *text;

  g_return_if_fail (GDK_IS_CLIPBOARD (clipboard));
  g_return_if_fail (table != NULL);

  text = pw_grid_table_to_tsv (table);
  tsv = g_bytes_new_take (text, strlen (text));
  text = pw_grid_table_to_html (table);
  html = g_bytes_new_take (text, strlen (text));

  providers[0] = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", tsv);
  providers[1] = gdk_content_provider_new_for_bytes ("text/plain", tsv);
  providers[2] = gdk_content_provider_new_for_bytes ("text/html", html);
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  gdk_clipboard_set_content (clipboard, provider);
}

/**
 * pw_grid_clipboard_read_table_async:
 * @clipboard: a clipboard
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the table
 * @user_data: for @callback
 *
 * Reads a table from @clipboard: its text when it has some (the cells as
 * they show), else its HTML table. Fails with %G_IO_ERROR_NOT_SUPPORTED
 * when the clipboard holds neither.
 */
void
pw_grid_clipboard_read_table_async (GdkClipboard        *clipboard,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  GdkContentFormats *formats;
  GTask *task;

  g_return_if_fail (GDK_IS_CLIPBOARD (clipboard));

  task = g_task_new (clipboard, cancellable, callback, user_data);
  g_task_set_source_tag (task, pw_grid_clipboard_read_table_async);
  formats = gdk_clipboard_get_formats (clipboard);

  if (gdk_content_formats_contain_mime_type (formats, "text/plain;charset=utf-8") ||
      gdk_content_formats_contain_mime_type (formats, "text/plain") ||
      gdk_content_formats_contain_gtype (formats, G_TYPE_STRING))
    gdk_clipboard_read_text_async (clipboard, cancellable, text_read, task);
  else if (gdk_content_formats_contain_mime_type (formats, "text/html"))
    {
      static const char *mime_types[] = { "text/html", NULL };

      gdk_clipboard_read_async (clipboard, mime_types, G_PRIORITY_DEFAULT, cancellable, html_read, task);
    }
  else
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "The clipboard holds no table");
      g_object_unref (task);
    }
}

/**
 * pw_grid_clipboard_read_table_finish:
 * @clipboard: a clipboard
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the table read, %NULL on an error
 */
GPtrArray *
pw_grid_clipboard_read_table_finish (GdkClipboard  *clipboard,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, clipboard), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
