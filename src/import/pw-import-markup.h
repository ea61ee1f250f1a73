/* pw-import-markup.h: what a web page or a Word file says, before it is lines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The HTML and Word readers turn their markup into this: paragraphs with
 * what the format knows of them (a heading level, bold, centred, numbered), and tables whose cells are laid on their grid (colspan and rowspan,
 * gridSpan and vMerge). pw-import-markup.c then makes of it the lines that
 * the one structure finder reads, whatever the format was.
 */

#pragma once

#include <glib.h>

#include "pw-import-private.h"

G_BEGIN_DECLS

typedef enum
{
  PW_MARKUP_BOLD = 1 << 0,     /* every character printed bold */
  PW_MARKUP_CENTRED = 1 << 1,
  PW_MARKUP_NUMBERED = 1 << 2, /* automatic numbering rendered in front */
  PW_MARKUP_HEADER = 1 << 3,   /* a header row of a table, or a header cell */
} PwMarkupFlags;

typedef struct _PwImportMarkup PwImportMarkup;

PwImportMarkup *pw_import_markup_new         (void);
void            pw_import_markup_free        (PwImportMarkup *self);

void            pw_import_markup_paragraph   (PwImportMarkup *self,
                                              const char     *text,
                                              gssize          length,
                                              int             line,
                                              int             heading,
                                              PwMarkupFlags   flags);

void            pw_import_markup_begin_table (PwImportMarkup *self,
                                              int             line);
void            pw_import_markup_begin_row   (PwImportMarkup *self,
                                              int             line,
                                              PwMarkupFlags   flags);
void            pw_import_markup_cell        (PwImportMarkup *self,
                                              const char     *text,
                                              int             colspan,
                                              int             rowspan,
                                              gboolean        continues_above,
                                              PwMarkupFlags   flags);
void            pw_import_markup_end_table   (PwImportMarkup *self);

gboolean        pw_import_markup_is_empty    (PwImportMarkup *self);

gboolean        pw_import_is_note_mark       (const char     *text);
gboolean        pw_import_append_exponent    (GString        *out,
                                              const char     *digits);
void            pw_import_markup_to_lines    (PwImportMarkup *self,
                                              PwImportLines  *lines);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PwImportMarkup, pw_import_markup_free)

G_END_DECLS
