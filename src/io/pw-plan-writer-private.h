/* pw-plan-writer-private.h: what the files of the .plan writer share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The writer is two files around one Writer:
 *
 * - pw-plan-writer-output.c: the bytes out. Escaping and checking text,
 *   numbers, indentation, elements and attributes (all put together in
 *   Writer.pending and handed to libxml2's output buffer 64 KiB at a
 *   time), the table's text fields, ids, and the message of a failure.
 * - pw-plan-writer.c: the walk of the model, one function per element of
 *   doc/plan-format.md, with the rules the reader enforces, and
 *   pw_plan_write().
 *
 * The few primitives called for nearly every element and small enough to
 * matter (stopped, check, put_string) are static inline here: the release
 * build has no link-time optimization to inline them across files.
 */

#pragma once

#include <libxml/xmlIO.h>
#include <string.h>

#include "pw-plan-file-private.h"
#include "pw-plan-format.h"

G_BEGIN_DECLS

typedef struct
{
  xmlOutputBufferPtr out;
  PwPlan *plan;
  GError *error;
  gboolean failed;         /* libxml2 could not write: the output failed */
  GHashTable *ids;         /* id → the object that has it (both borrowed) */
  GHashTable *chapter_ids; /* the ids of chapters, interned as indicators keep them */
  guint depth;             /* how many elements are open */
  guint64 has_children;    /* bit n: the open element at depth n has children */
  gboolean tag_open;       /* the start tag of the element opened last wants its > */
  const char *names[64];   /* the names of the open elements, by depth */
  GString *pending;        /* what is not yet handed to the output */
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  const PwFormatElement *formats[PW_N_NAMES]; /* of the elements that hold elements */
} Writer;

/* Whether the writer has failed, and must write nothing more. */
static inline gboolean
pw_writer_stopped (Writer *w)
{
  return w->error != NULL || w->failed;
}

/* Notes that libxml2 failed to write when @rc says so. */
static inline void
pw_writer_check (Writer *w,
                 int     rc)
{
  if (G_UNLIKELY (rc < 0))
    w->failed = TRUE;
}

static inline void
pw_writer_put_string (GString    *out,
                      const char *text)
{
  pw_plan_file_put (out, text, strlen (text));
}

static inline gboolean
pw_writer_is_year (int year)
{
  return year >= 1000 && year <= 9999;
}

/* Failing, with a message that names the object */
void         pw_writer_fail               (Writer       *w,
                                           gpointer      object,
                                           const char   *format,
                                           ...) G_GNUC_PRINTF (3, 4);

/* Text and numbers */
gboolean     pw_writer_append_escaped     (Writer       *w,
                                           GString      *out,
                                           const char   *text,
                                           gboolean      attribute,
                                           gpointer      owner,
                                           const char   *field);
const char  *pw_writer_format_int         (char          buffer[16],
                                           int           value);
const char  *pw_writer_format_decimal     (Writer       *w,
                                           double        number);

/* Elements and attributes */
void         pw_writer_flush_pending      (Writer       *w);
void         pw_writer_open_element       (Writer       *w,
                                           const char   *name);
void         pw_writer_close_element      (Writer       *w);
void         pw_writer_close_element_with_text (Writer  *w,
                                                const char *text,
                                                gpointer    owner,
                                                const char *field);
void         pw_write_raw_attribute       (Writer       *w,
                                           const char   *name,
                                           const char   *value);
void         pw_write_attribute           (Writer       *w,
                                           const char   *name,
                                           const char   *value,
                                           gpointer      owner);
void         pw_write_int_attribute       (Writer       *w,
                                           const char   *name,
                                           int           value);
gsize        pw_writer_begin_text_element (Writer       *w,
                                           const char   *name);
void         pw_writer_end_text_element   (Writer       *w,
                                           gsize         start,
                                           const char   *name,
                                           const char   *text,
                                           gboolean      escape,
                                           gpointer      owner);
void         pw_write_text_element        (Writer       *w,
                                           const char   *name,
                                           const char   *text,
                                           gpointer      owner);
void         pw_write_raw_element         (Writer       *w,
                                           const char   *name,
                                           const char   *text);
void         pw_write_paragraphs          (Writer       *w,
                                           const char   *text,
                                           gpointer      owner);
void         pw_write_fields              (Writer       *w,
                                           PwFormatName  name,
                                           gpointer      object,
                                           guint        *at,
                                           PwFormatName  until);
void         pw_write_id                  (Writer       *w,
                                           gpointer      object);
void         pw_write_number              (Writer       *w,
                                           gpointer      object,
                                           int           number);

G_END_DECLS
