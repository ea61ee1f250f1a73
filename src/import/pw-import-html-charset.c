/* pw-import-html-charset.c: the character set of a web page, and its bytes decoded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Step 1 of the importer, for web pages (see pw-import-html.c). A
 * byte-order mark decides; else the page's own <meta charset> or <meta
 * http-equiv="Content-Type" content="…; charset=…"> in its first 16 KB; else the bytes are tried as UTF-8, then as GB18030 (a guess,
 * reported). GB2312 and GBK are read as GB18030, their superset, as
 * browsers do. A declared set nobody knows, bytes that are not valid in the
 * declared set, or a page declaring GBK or a Western set whose bytes are
 * plainly UTF-8 is an error that says so, never text read wrong.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pw-import-private.h"

#define SNIFF_BYTES (16 * 1024)

/* The character set */

static char *
declared_charset (const char *data,
                  gsize       length)
{
  gsize n = MIN (length, SNIFF_BYTES);
  g_autofree char *head = g_ascii_strdown (data, n);
  const char *p = head;

  while ((p = strstr (p, "<meta")) != NULL)
    {
      const char *end = strchr (p, '>');
      const char *charset;

      if (end == NULL)
        break;
      charset = g_strstr_len (p, end - p, "charset");
      if (charset != NULL)
        {
          const char *v = charset + strlen ("charset");
          GString *name = g_string_new (NULL);

          while (v < end && (*v == ' ' || *v == '='))
            v++;
          while (v < end && (*v == '"' || *v == '\''))
            v++;
          while (v < end && (g_ascii_isalnum (*v) || *v == '-' || *v == '_' || *v == '.' || *v == ':'))
            g_string_append_c (name, *v++);
          if (name->len > 0)
            return g_string_free (name, FALSE);
          g_string_free (name, TRUE);
        }
      p = end;
    }
  return NULL;
}

static void
position_of (const char *data,
             gsize       offset,
             int        *line,
             int        *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else
        (*column)++;
    }
}

static gboolean
has_multibyte_utf8 (const char *data,
                    gsize       length)
{
  guint n = 0;

  for (gsize i = 0; i < length && n < 8; i++)
    if ((guchar) data[i] >= 0xE0)
      n++;
  return n >= 8 || (n > 0 && length < 4096);
}

static char *
convert_to_utf8 (const char *data,
                 gsize       length,
                 const char *charset,
                 gsize      *out_length,
                 gsize      *bad_offset)
{
  gsize read = 0;
  g_autoptr(GError) local = NULL;
  char *out = g_convert (data, length, "UTF-8", charset, &read, out_length, &local);

  if (out == NULL)
    *bad_offset = read;
  return out;
}

char *
pw_import_html_decode (const char  *data,
                       gsize        length,
                       PwFindings  *report,
                       gsize       *out_length,
                       GError     **error)
{
  const guchar *bytes = (const guchar *) data;
  g_autofree char *declared = NULL;
  const char *charset = NULL;
  const char *stop = NULL;
  gsize bad = 0;
  int line, column;
  char *out;

  if (length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
    {
      data += 3;
      length -= 3;
      charset = "UTF-8";
    }
  else if (length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
    {
      charset = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
      data += 2;
      length -= 2;
      out = convert_to_utf8 (data, length, charset, out_length, &bad);
      if (out == NULL)
        g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_CHARSET,
                     _("The page starts as %s text but is not: byte %lu is not valid in it"),
                     charset, (gulong) bad + 2);
      return out;
    }

  if (charset == NULL)
    {
      declared = declared_charset (data, length);
      if (declared != NULL)
        {
          if (strcmp (declared, "utf-8") == 0 || strcmp (declared, "utf8") == 0)
            charset = "UTF-8";
          else if (strcmp (declared, "gb2312") == 0 || strcmp (declared, "gbk") == 0 ||
                   strcmp (declared, "gb18030") == 0 || strcmp (declared, "x-gbk") == 0 ||
                   strcmp (declared, "cp936") == 0 || strcmp (declared, "euc-cn") == 0 ||
                   strcmp (declared, "csgb2312") == 0 || strcmp (declared, "windows-936") == 0)
            charset = "GB18030";
          else
            {
              GIConv probe = g_iconv_open ("UTF-8", declared);

              if (probe == (GIConv) -1)
                {
                  g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_CHARSET,
                               _("The page declares the character set “%s”, which is not known; "
                                 "save it again from the browser as UTF-8"), declared);
                  return NULL;
                }
              g_iconv_close (probe);
              charset = declared;
            }
        }
    }

  if (charset != NULL && strcmp (charset, "UTF-8") == 0)
    {
      if (!g_utf8_validate_len (data, length, &stop))
        {
          g_autofree char *as_gb = convert_to_utf8 (data, length, "GB18030", out_length, &bad);

          position_of (data, stop - data, &line, &column);
          g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_CHARSET,
                       as_gb != NULL
                         ? _("%d:%d: the page says it is UTF-8, but its bytes are not UTF-8 (they "
                             "read as GBK): the page was saved wrongly; save it again from the browser")
                         : _("%d:%d: the page says it is UTF-8, but its bytes are not UTF-8: the page "
                             "was saved wrongly; save it again from the browser"),
                       line, column);
          return NULL;
        }
      *out_length = length;
      return g_strndup (data, length);
    }

  if (charset != NULL)
    {
      /* A page whose bytes are plainly UTF-8 but that declares another set
       * would read as nonsense in it. */
      if (g_utf8_validate_len (data, length, NULL) && has_multibyte_utf8 (data, length))
        {
          g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_CHARSET,
                       _("The page says it is in the character set “%s”, but its text is UTF-8: "
                         "the page was saved wrongly; save it again from the browser, or correct "
                         "its <meta charset>"), declared);
          return NULL;
        }
      out = convert_to_utf8 (data, length, charset, out_length, &bad);
      if (out == NULL)
        {
          position_of (data, bad, &line, &column);
          g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_CHARSET,
                       _("%d:%d: the page says it is in the character set “%s”, but its bytes are "
                         "not: the page was saved wrongly; save it again from the browser"),
                       line, column, declared);
        }
      return out;
    }

  /* No declaration: UTF-8, else GB18030. */
  if (g_utf8_validate_len (data, length, NULL))
    {
      *out_length = length;
      return g_strndup (data, length);
    }
  out = convert_to_utf8 (data, length, "GB18030", out_length, &bad);
  if (out == NULL)
    {
      g_utf8_validate_len (data, length, &stop);
      position_of (data, stop - data, &line, &column);
      g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_CHARSET,
                   _("%d:%d: the page declares no character set and its bytes are neither UTF-8 "
                     "nor GBK; save it again from the browser as UTF-8"), line, column);
      return NULL;
    }
  if (report != NULL)
    pw_findings_add (report, PW_FINDING_GUESS, 0, 0, NULL, "%s",
                     _("The page declares no character set; it was read as GB18030 (GBK)"));
  return out;
}

gboolean
pw_import_html_looks_binary (const char *data,
                             gsize       length)
{
  gsize n = MIN (length, 4096);

  /* UTF-16 pages have NULs; they start with a byte-order mark, read above. */
  if (length >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                      ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    return FALSE;
  return memchr (data, '\0', n) != NULL;
}
