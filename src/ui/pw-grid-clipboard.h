/* pw-grid-clipboard.h: tables of cells as spreadsheets put them on the clipboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A table is a GPtrArray of rows, each a GStrv of cell texts (rows may
 * differ in length). */

GPtrArray *pw_grid_table_new        (void);
char      *pw_grid_table_to_tsv     (GPtrArray  *table);
char      *pw_grid_table_to_html    (GPtrArray  *table);
GPtrArray *pw_grid_table_parse_tsv  (const char *text);
GPtrArray *pw_grid_table_parse_html (const char *html,
                                     gssize      length);
guint      pw_grid_table_n_columns  (GPtrArray  *table);

/* The clipboard, both ways: what every grid of the window copies and pastes. */
void       pw_grid_clipboard_set_table        (GdkClipboard        *clipboard,
                                               GPtrArray           *table);
void       pw_grid_clipboard_read_table_async (GdkClipboard        *clipboard,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
GPtrArray *pw_grid_clipboard_read_table_finish (GdkClipboard       *clipboard,
                                               GAsyncResult        *result,
                                               GError             **error);

G_END_DECLS
