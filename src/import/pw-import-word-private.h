/* pw-import-word-private.h: what the files of the Word reader share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pw-import-word.c (the document), pw-import-word-styles.c (styles and
 * numbering) and pw-import-legacy.c (legacy and encrypted files).
 */

#pragma once

#include <glib.h>
#include <libxml/xmlreader.h>
#include <string.h>

#include "pw-import-markup.h"
#include "pw-import-package.h"

G_BEGIN_DECLS

#define MAX_LEVELS 9
#define MAX_STYLE_CHAIN 32

typedef enum
{
  UNSET = -1,
  OFF = 0,
  ON = 1,
} Tristate;

typedef struct
{
  char *based_on;
  int heading;       /* 1–9, 0 none, -1 unset */
  Tristate bold;
  Tristate centred;
  int num_id;        /* -1 unset */
  int ilvl;          /* -1 unset */
} Style;

typedef struct
{
  int start;
  char *format;      /* numFmt */
  char *text;        /* lvlText */
  int restart;       /* lvlRestart: -1 default (restart after any higher level) */
  gboolean legal;    /* isLgl */
  gboolean no_suffix;
} Level;

typedef struct
{
  Level levels[MAX_LEVELS];
  gboolean has[MAX_LEVELS];
  char *style_link;  /* numStyleLink: the abstract numbering is a style's */
  int counters[MAX_LEVELS];         /* shared by the instances without overrides */
  gboolean used[MAX_LEVELS];
} Abstract;

typedef struct
{
  int abstract;
  int start_override[MAX_LEVELS];  /* -1 none */
  Level levels[MAX_LEVELS];        /* w:lvlOverride/w:lvl */
  gboolean has[MAX_LEVELS];
  gboolean own_list;               /* an override makes the instance a list of its own */
  int counters[MAX_LEVELS];
  gboolean used[MAX_LEVELS];
} Num;

typedef struct
{
  GString *text;
  int line;
  int heading;       /* -1 unset */
  Tristate centred;
  int num_id;
  int ilvl;
  char *style;
  gboolean printed;  /* a character that is not white space */
  gboolean plain;    /* one of them not bold */
} Para;

typedef struct
{
  GString *text;     /* the run's text, until its end decides its fate */
  Tristate bold;
  char *style;
  gboolean raised;   /* w:position > 0 or superscript */
  gboolean hidden;
  gboolean note_reference;
} Run;

typedef struct
{
  GString *text;     /* its paragraphs, one a line */
  int colspan;
  gboolean continues;
  gboolean printed;
  gboolean plain;
} TableCell;

typedef struct _Reader Reader;
typedef struct _Element Element;  /* an element of document.xml as SAX2 gives it */
typedef void (*PropertyFunc) (Reader        *self,
                              const Element *element);

struct _Reader
{
  PwImportMarkup *markup;
  GHashTable *styles;     /* styleId → Style */
  char *default_style;    /* the default paragraph style */
  Tristate default_bold;
  GHashTable *abstracts;  /* abstractNumId → Abstract */
  GHashTable *nums;       /* numId → Num */

  GPtrArray *paras;       /* open paragraphs (text boxes nest them): of Para */
  Run run;
  gboolean in_run;
  GArray *fields;         /* of gboolean: in a field's instruction */
  int n_paragraphs;

  int table_depth;        /* tables open, nested or not */
  gboolean row_pending;   /* a w:tr started whose properties are being read */
  int row_line;
  PwMarkupFlags row_flags;
  int grid_before;
  gboolean body_table;    /* the outermost is a table of the markup (not in a text box) */
  TableCell cell;
  gboolean in_cell;
  int box_depth;          /* text boxes open */
  GPtrArray *box_paras;   /* paragraphs of text boxes, emitted after their anchor: of Para */
  GPtrArray *spare_paras; /* paragraphs emitted, to be filled again: of Para */
  GString *numbered;      /* a numbered paragraph: its label and text */
  GArray *box_marks;      /* where each box begins and ends in box_paras: of int */

  /* Where the SAX2 parser of document.xml is (pw-import-word.c) */
  PwImportPackage *package;
  gboolean in_body;
  int open;               /* elements open */
  gboolean ending_empty;  /* the element that started is empty: its end is none */
  int skip_depth;         /* in an element skipped with everything in it, at that depth; or -1 */
  int text_depth;         /* in a w:t, at that depth; or -1 */
  int props_depth;        /* in the properties element (w:pPr …) at that depth */
  PropertyFunc props;     /* … read by this function; or NULL */
};

/* Reading elements of the WordprocessingML namespace */

static inline const char *local_name (xmlTextReaderPtr reader)
{
  return (const char *) xmlTextReaderConstLocalName (reader);
}

static inline gboolean is (xmlTextReaderPtr  reader,
                           const char       *name)
{
  return strcmp (local_name (reader), name) == 0;
}

static inline char *attribute (xmlTextReaderPtr  reader,
                               const char       *name)
{
  xmlChar *value;
  char *out;

  value = xmlTextReaderGetAttributeNs (reader, BAD_CAST name,
                                       BAD_CAST "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
  if (value == NULL)
    value = xmlTextReaderGetAttributeNs (reader, BAD_CAST name,
                                         BAD_CAST "http://purl.oclc.org/ooxml/wordprocessingml/main");
  if (value == NULL)
    return NULL;
  out = g_strdup ((const char *) value);
  xmlFree (value);
  return out;
}

/* An integer attribute's value, @fallback when there is none. */
static inline int int_value (const char *value,
                             int         fallback)
{
  char *end;
  gint64 n;

  if (value == NULL)
    return fallback;
  n = g_ascii_strtoll (value, &end, 10);
  if (end == value)
    return fallback;
  return (int) CLAMP (n, -1000000, 1000000);
}

static inline int int_attribute (xmlTextReaderPtr  reader,
                                 const char       *name,
                                 int               fallback)
{
  g_autofree char *value = attribute (reader, name);

  return int_value (value, fallback);
}

/* w:b, w:vanish …: on unless w:val says 0, false or off. */
static inline Tristate toggle_value (const char *value)
{
  if (value == NULL)
    return ON;
  return (strcmp (value, "0") == 0 || strcmp (value, "false") == 0 ||
          strcmp (value, "off") == 0 || strcmp (value, "none") == 0) ? OFF : ON;
}

static inline Tristate toggle (xmlTextReaderPtr reader)
{
  g_autofree char *value = attribute (reader, "val");

  return toggle_value (value);
}

gboolean pw_import_word_next_child           (PwImportPackage  *package,
                                              xmlTextReaderPtr  reader,
                                              int               depth);
void     pw_import_word_level_clear          (Level *level);
void     pw_import_word_style_free           (Style *style);
void     pw_import_word_abstract_free        (Abstract *abstract);
void     pw_import_word_num_free             (Num *num);
void     pw_import_word_para_free            (Para *para);
char    *pw_import_word_number_paragraph     (Reader *self,
                                              int     num_id,
                                              int     ilvl);
gboolean pw_import_word_read_numbering       (Reader           *self,
                                              PwImportPackage  *package,
                                              GError          **error);
gboolean pw_import_word_read_styles          (Reader           *self,
                                              PwImportPackage  *package,
                                              GError          **error);
Tristate pw_import_word_style_bold           (Reader     *self,
                                              const char *id);
Tristate pw_import_word_style_centred        (Reader     *self,
                                              const char *id);
int      pw_import_word_style_heading        (Reader     *self,
                                              const char *id);
int      pw_import_word_style_ilvl           (Reader     *self,
                                              const char *id);
int      pw_import_word_style_num_id         (Reader     *self,
                                              const char *id);
GBytes  *pw_import_word_convert_legacy       (GBytes      *bytes,
                                              const char  *suffix,
                                              GError     **error);
gboolean pw_import_word_is_compound_file     (const char *data,
                                              gsize       length);
gboolean pw_import_word_is_encrypted_package (GBytes *bytes);

G_END_DECLS
