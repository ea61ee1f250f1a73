/* pw-import-decode.c: decoding, the bytes of a document into UTF-8
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 1 of the importer (see pw-importer.c). A UTF-8 byte-order mark is
 * dropped and a UTF-16 one converts the text. Without a mark, text that is
 * valid UTF-8 is read as UTF-8, and anything else is tried as GB18030 (the
 * superset of GBK and GB2312 that Chinese Windows writes); the encoding is
 * detected, never asked for. A text cut inside its last character loses
 * that character. Text that is UTF-8 but for a few stray bytes (fewer than
 * one in a hundred) has them replaced by U+FFFD. Input with NUL bytes,
 * input that reads in neither encoding, and "text" full of control
 * characters are not text at all.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-import-private.h"
#include "pw-importer.h"

#include <glib/gi18n-lib.h>
#include <string.h>

/* Auxiliary methods */

/* Whether @p[0..@n) is well-formed UTF-8 (the Unicode standard's table
 * 3-7, which is what g_utf8_validate() accepts but for NUL): runs of ASCII
 * eight bytes at a time, then a character at a time. Answers only yes
 * quickly; where it says no, g_utf8_validate_len() tells where. */
static gboolean
is_utf8 (const guchar *p,
         gsize         n)
{
  const guchar *end = p + n;

  while (p < end)
    {
      guchar b = *p;

      if (b < 0x80)
        {
          p++;
          while (end - p >= 8)
            {
              guint64 word;

              memcpy (&word, p, 8);
              if (word & G_GUINT64_CONSTANT (0x8080808080808080))
                break;
              p += 8;
            }
        }
      else if (b >= 0xE1 && b <= 0xEC)
        {
          /* most of a Chinese text */
          if (end - p < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80)
            return FALSE;
          p += 3;
        }
      else if (b >= 0xC2 && b <= 0xDF)
        {
          if (end - p < 2 || (p[1] & 0xC0) != 0x80)
            return FALSE;
          p += 2;
        }
      else if (b >= 0xE0 && b <= 0xEF)
        {
          guchar lo = b == 0xE0 ? 0xA0 : 0x80;
          guchar hi = b == 0xED ? 0x9F : 0xBF;

          if (end - p < 3 || p[1] < lo || p[1] > hi || (p[2] & 0xC0) != 0x80)
            return FALSE;
          p += 3;
        }
      else if (b >= 0xF0 && b <= 0xF4)
        {
          guchar lo = b == 0xF0 ? 0x90 : 0x80;
          guchar hi = b == 0xF4 ? 0x8F : 0xBF;

          if (end - p < 4 || p[1] < lo || p[1] > hi || (p[2] & 0xC0) != 0x80 ||
              (p[3] & 0xC0) != 0x80)
            return FALSE;
          p += 4;
        }
      else
        return FALSE;
    }
  return TRUE;
}

/* Whether @p[0..@n) is the beginning of a UTF-8 sequence that the input
 * cut off. */
static gboolean
is_cut_sequence (const guchar *p,
                 gsize         n)
{
  gsize need;

  if (n == 0 || n > 3)
    return FALSE;
  if (p[0] >= 0xC2 && p[0] <= 0xDF)
    need = 2;
  else if (p[0] >= 0xE0 && p[0] <= 0xEF)
    need = 3;
  else if (p[0] >= 0xF0 && p[0] <= 0xF4)
    need = 4;
  else
    return FALSE;
  if (n >= need)
    return FALSE;
  for (gsize i = 1; i < n; i++)
    if ((p[i] & 0xC0) != 0x80)
      return FALSE;
  return TRUE;
}

static gsize
count_invalid_utf8 (const char *data,
                    gsize       length)
{
  gsize n_invalid = 0;
  const char *p = data;
  const char *end = data + length;

  while (p < end)
    {
      const char *stop;

      if (g_utf8_validate_len (p, end - p, &stop))
        break;
      n_invalid++;
      p = stop + 1;
    }

  return n_invalid;
}

/* Converts @data from @charset; a character cut at the very end is left
 * out and said so in @truncated. */
static char *
convert (const char *data,
         gsize       length,
         const char *charset,
         gsize      *out_length,
         gboolean   *truncated)
{
  gsize n_read = 0;
  gsize n_written = 0;
  char *result;

  result = g_convert (data, length, "UTF-8", charset, &n_read, &n_written, NULL);
  if (result == NULL)
    return NULL;

  if (n_read < length)
    *truncated = TRUE;
  *out_length = n_written;
  return result;
}

/* Where the first line of @bytes longer than PW_IMPORT_MAX_LINE starts
 * (lines end at \n or \r), or @length when there is none. Each kind of
 * break is looked for with memchr(), once over the whole text. */
static gsize
long_line (const guchar *bytes,
           gsize         length)
{
  const guchar *end = bytes + length;
  const guchar *p = bytes;
  const guchar *nl = memchr (p, '\n', length);
  const guchar *cr = memchr (p, '\r', length);

  for (;;)
    {
      const guchar *brk = nl == NULL ? cr : cr == NULL ? nl : MIN (nl, cr);
      gsize n = (brk != NULL ? brk : end) - p;

      if (n > PW_IMPORT_MAX_LINE)
        return p - bytes;
      if (brk == NULL)
        return length;
      p = brk + 1;
      if (nl != NULL && nl < p)
        nl = memchr (p, '\n', end - p);
      if (cr != NULL && cr < p)
        cr = memchr (p, '\r', end - p);
    }
}

/* Whether @b is a control character that text does not hold (1) or not
 * (0), without a branch. */
static inline int
is_stray_control (guchar b)
{
  return (b < 0x20) & (b != '\t') & (b != '\n') & (b != '\r') & (b != '\f') & (b != '\v') &
         (b != 0x1A);
}

/* Whether decoded @text reads as text: control characters and replacement
 * characters stay below one in a hundred. */
static gboolean
looks_like_text (const char *text,
                 gsize       length)
{
  const guchar *p = (const guchar *) text;
  gsize n_chars = 0;
  gsize n_bad = 0;

  /* control characters, and U+FFFD, U+FFFE, U+FFFF (EF BF BD–BF): a loop
   * without branches, which the compiler vectorises (a memchr() of each
   * 0xEF stopped at every full-width comma) */
  for (gsize i = 0; i + 2 < length; i++)
    {
      guchar b = p[i];

      n_bad += is_stray_control (b) | ((b == 0xEF) & (p[i + 1] == 0xBF) & (p[i + 2] >= 0xBD));
    }
  /* the last two bytes: no character of three bytes starts there */
  for (gsize i = length >= 2 ? length - 2 : 0; i < length; i++)
    n_bad += is_stray_control (p[i]);
  if (n_bad <= 2)
    return TRUE;

  /* the characters are counted only when it matters */
  for (gsize i = 0; i < length; i++)
    n_chars += (p[i] & 0xC0) != 0x80;
  return n_bad <= 2 + n_chars / 100;
}

static gboolean
is_blank_text (const char *text,
               gsize       length)
{
  const char *end = text + length;

  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!pw_import_is_space (c) && c != '\n' && c != '\r' && c != 0x200B && c != 0x1A)
        return FALSE;
    }

  return TRUE;
}

/* Public API */

/**
 * pw_import_check_size:
 * @length: the size of a document in bytes
 * @error: receives %PW_IMPORT_ERROR_TOO_LARGE
 *
 * Returns: whether a document of @length bytes is small enough to import
 */
gboolean
pw_import_check_size (guint64  length,
                      GError **error)
{
  if (length <= PW_IMPORT_MAX_SIZE)
    return TRUE;
  g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_TOO_LARGE,
               _("The file is too large to be a plan document (%lu MB)"),
               (gulong) (length / (1024 * 1024)));
  return FALSE;
}

/**
 * pw_import_decode:
 * @data: the bytes of a document
 * @length: their number
 * @out: (out caller-allocates): the document in UTF-8
 * @error: a #PwImportError
 *
 * Returns: whether @data is text
 */
gboolean
pw_import_decode (const char    *data,
                  gsize          length,
                  PwImportText  *out,
                  GError       **error)
{
  const guchar *bytes = (const guchar *) data;
  const char *stop = NULL;

  memset (out, 0, sizeof *out);

  if (!pw_import_check_size (length, error))
    return FALSE;

  /* A paragraph longer than a .plan file holds could be imported but never
   * saved: refused now, in one pass, rather than after the whole import.
   * (In UTF-8 and GB18030 no character but a line break holds \n or \r.) */
  if (length > PW_IMPORT_MAX_LINE && !(length >= 2 && (bytes[0] == 0xFF || bytes[0] == 0xFE)))
    {
      gsize start = long_line (bytes, length);

      if (start < length)
        {
          guint line = 1;
          gsize end = start;

          for (gsize i = 0; i < start; i++)
            line += bytes[i] == '\n';
          while (end < length && bytes[end] != '\n' && bytes[end] != '\r')
            end++;
          g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_TOO_LARGE,
                       _("%u: The line is %lu MB long, longer than any paragraph of a plan "
                         "(at most %u MB)"),
                       line, (gulong) ((end - start) / (1024 * 1024)),
                       (guint) (PW_IMPORT_MAX_LINE / (1000 * 1000)));
          return FALSE;
        }
    }

  if (length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
    {
      out->bom = TRUE;
      data += 3;
      length -= 3;
    }
  else if (length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) ||
                           (bytes[0] == 0xFE && bytes[1] == 0xFF)))
    {
      out->bom = TRUE;
      out->encoding = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      out->data = convert (data + 2, length - 2, out->encoding, &out->length, &out->truncated);
    }
  else if (length >= 4 && bytes[0] == 0x84 && bytes[1] == 0x31 && bytes[2] == 0x95 &&
           bytes[3] == 0x33)
    {
      out->bom = TRUE;
      out->encoding = "GB18030";
      out->data = convert (data + 4, length - 4, out->encoding, &out->length, &out->truncated);
    }

  if (out->encoding == NULL)
    {
      if (memchr (data, '\0', length) != NULL)
        ;
      else if (is_utf8 ((const guchar *) data, length) || g_utf8_validate_len (data, length, &stop))
        {
          out->encoding = "UTF-8";
          out->data = g_strndup (data, length);
          out->length = length;
        }
      else if (is_cut_sequence ((const guchar *) stop, data + length - stop) &&
               stop - data > 0)
        {
          out->encoding = "UTF-8";
          out->truncated = TRUE;
          out->length = stop - data;
          out->data = g_strndup (data, out->length);
        }
      else if ((out->data = convert (data, length, "GB18030", &out->length, &out->truncated)))
        out->encoding = "GB18030";
      else if (length >= 64 && count_invalid_utf8 (data, length) * 100 <= length)
        {
          out->encoding = "UTF-8";
          out->repaired = TRUE;
          out->data = g_utf8_make_valid (data, length);
          out->length = strlen (out->data);
        }
    }

  if (out->data == NULL || memchr (out->data, '\0', out->length) != NULL ||
      !looks_like_text (out->data, out->length))
    {
      g_clear_pointer (&out->data, g_free);
      g_set_error_literal (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_NOT_TEXT,
                             _("The file is not text: it holds binary data, or characters in "
                               "an encoding other than UTF-8 and GB18030"));
      return FALSE;
    }

  if (is_blank_text (out->data, out->length))
    {
      g_clear_pointer (&out->data, g_free);
      g_set_error_literal (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_EMPTY,
                           _("The file holds no text, only white space"));
      return FALSE;
    }

  return TRUE;
}

void
pw_import_text_clear (PwImportText *text)
{
  g_clear_pointer (&text->data, g_free);
}
