/* pw-diff.c: a character-level difference of two texts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Chinese has no spaces between words to diff by, so a changed paragraph is
 * compared character by character: the longest common subsequence of its
 * Unicode characters, after the common prefix and suffix are set aside.
 */

#define G_LOG_DOMAIN "pw-diff"

#include "config.h"

#include "pw-diff.h"

/* Above this many cells, two paragraphs are not diffed by character but
 * shown as replaced: a paragraph of plan prose is a few hundred characters. */
#define MAX_DIFF_CELLS (4u * 1024 * 1024)

/* Auxiliary methods */

static void
add_piece (GPtrArray      *pieces,
           PwDiffOp        op,
           const gunichar *chars,
           glong           n)
{
  PwDiffPiece *last = pieces->len > 0 ? g_ptr_array_index (pieces, pieces->len - 1) : NULL;
  g_autofree char *text = NULL;

  if (n <= 0)
    return;
  text = g_ucs4_to_utf8 (chars, n, NULL, NULL, NULL);
  if (last != NULL && last->op == op)
    {
      char *joined = g_strconcat (last->text, text, NULL);

      g_free (last->text);
      last->text = joined;
    }
  else
    {
      PwDiffPiece *piece = g_new0 (PwDiffPiece, 1);

      piece->op = op;
      piece->text = g_steal_pointer (&text);
      g_ptr_array_add (pieces, piece);
    }
}

static GPtrArray *
diff_chars (const gunichar *a,
            glong           n_a,
            const gunichar *b,
            glong           n_b)
{
  GPtrArray *pieces = g_ptr_array_new_with_free_func (pw_diff_piece_free);
  glong prefix = 0, suffix = 0;
  glong m, n;

  while (prefix < n_a && prefix < n_b && a[prefix] == b[prefix])
    prefix++;
  while (suffix < n_a - prefix && suffix < n_b - prefix && a[n_a - 1 - suffix] == b[n_b - 1 - suffix])
    suffix++;

  add_piece (pieces, PW_DIFF_SAME, a, prefix);
  m = n_a - prefix - suffix;
  n = n_b - prefix - suffix;

  if (m == 0 || n == 0 || (guint64) m * (guint64) n > MAX_DIFF_CELLS)
    {
      add_piece (pieces, PW_DIFF_DELETED, a + prefix, m);
      add_piece (pieces, PW_DIFF_INSERTED, b + prefix, n);
    }
  else
    {
      /* The longest common subsequence of the middles, by dynamic programming;
       * lcs[i][j] for the suffixes from i and j. */
      const gunichar *x = a + prefix, *y = b + prefix;
      g_autofree guint32 *lcs = g_new0 (guint32, (gsize) (m + 1) * (gsize) (n + 1));
      glong i = 0, j = 0;

#define LCS(i, j) lcs[(gsize) (i) * (gsize) (n + 1) + (gsize) (j)]
      for (glong p = m - 1; p >= 0; p--)
        for (glong q = n - 1; q >= 0; q--)
          LCS (p, q) = x[p] == y[q] ? LCS (p + 1, q + 1) + 1 : MAX (LCS (p + 1, q), LCS (p, q + 1));

      while (i < m && j < n)
        {
          if (x[i] == y[j])
            add_piece (pieces, PW_DIFF_SAME, x + i++, 1), j++;
          else if (LCS (i + 1, j) >= LCS (i, j + 1))
            add_piece (pieces, PW_DIFF_DELETED, x + i++, 1);
          else
            add_piece (pieces, PW_DIFF_INSERTED, y + j++, 1);
        }
#undef LCS
      add_piece (pieces, PW_DIFF_DELETED, x + i, m - i);
      add_piece (pieces, PW_DIFF_INSERTED, y + j, n - j);
    }

  add_piece (pieces, PW_DIFF_SAME, a + n_a - suffix, suffix);
  return pieces;
}

/* Public API */

/**
 * pw_diff_piece_free:
 * @data: a #PwDiffPiece
 */
void
pw_diff_piece_free (gpointer data)
{
  PwDiffPiece *piece = data;

  g_free (piece->text);
  g_free (piece);
}

/**
 * pw_diff_text:
 * @old_text: a text
 * @new_text: another
 *
 * Compares two texts character by character (a longest common subsequence
 * of Unicode characters).
 *
 * Returns: (transfer full) (element-type PwDiffPiece): the runs of
 *   characters kept, deleted and inserted, in order
 */
GPtrArray *
pw_diff_text (const char *old_text,
              const char *new_text)
{
  g_autofree gunichar *a = NULL;
  g_autofree gunichar *b = NULL;
  glong n_a = 0, n_b = 0;

  a = g_utf8_to_ucs4_fast (old_text != NULL ? old_text : "", -1, &n_a);
  b = g_utf8_to_ucs4_fast (new_text != NULL ? new_text : "", -1, &n_b);
  return diff_chars (a, n_a, b, n_b);
}

/**
 * pw_diff_format:
 * @pieces: (element-type PwDiffPiece): from pw_diff_text()
 * @context: how many characters of unchanged text to keep around each
 *   change, or -1 for all
 *
 * Returns: (transfer full): the difference on one line: deletions as
 *   [-…-], insertions as {+…+}, unchanged text cut to @context characters
 *   each side with "…"
 */
char *
pw_diff_format (GPtrArray *pieces,
                int        context)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (pieces != NULL, NULL);

  for (guint i = 0; i < pieces->len; i++)
    {
      PwDiffPiece *piece = g_ptr_array_index (pieces, i);
      glong n = g_utf8_strlen (piece->text, -1);

      if (piece->op == PW_DIFF_DELETED)
        g_string_append_printf (out, "[-%s-]", piece->text);
      else if (piece->op == PW_DIFF_INSERTED)
        g_string_append_printf (out, "{+%s+}", piece->text);
      else if (context < 0 || n <= 2 * context)
        g_string_append (out, piece->text);
      else
        {
          gboolean first = i == 0, last = i + 1 == pieces->len;

          if (!first)
            g_string_append_len (out, piece->text,
                                 g_utf8_offset_to_pointer (piece->text, context) - piece->text);
          g_string_append (out, "…");
          if (!last)
            g_string_append (out, g_utf8_offset_to_pointer (piece->text, n - context));
        }
    }

  return g_string_free (out, FALSE);
}
