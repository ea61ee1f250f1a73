/* pw-import-table-private.h: what the files of the table reader share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * pw-import-table.c (finding tables, real tables, the spaced layout),
 * pw-import-table-text.c (the layouts of flattened text) and
 * pw-import-table-row.c (the header and the row interpreter).
 */

#pragma once

#include "pw-import-private.h"

G_BEGIN_DECLS

typedef enum
{
  ROLE_INVALID = -1, /* not a header word */
  ROLE_NONE,
  ROLE_CATEGORY,
  ROLE_DOMAIN,
  ROLE_SEQUENCE,
  ROLE_NAME,
  ROLE_UNIT,
  ROLE_BASELINE,
  ROLE_TARGET,
  ROLE_YEAR,
  ROLE_NATURE,
  ROLE_NOTE,
  ROLE_RESPONSIBLE, /* 责任单位, 牵头单位 */
} Role;

typedef enum
{
  LAYOUT_LINES,
  LAYOUT_TABS,
  LAYOUT_PIPES,
  LAYOUT_CELLS, /* rows of a real table (HTML, Word) */
  LAYOUT_SPACED, /* a row per line, cells apart by runs of spaces or tabs */
} Layout;

typedef struct
{
  char *text; /* as printed, trimmed */
  char *key;  /* its key, trimmed */
  int line;
  int value;  /* whether is_value(): -1 until asked */
  gboolean own_strings; /* @text and @key are allocated apart, not in the cell's piece of its pool */
} Cell;

/* Where the cells of a table are made, by pieces of a block: the pool's
 * own room, then blocks of CELL_BLOCK_SIZE, all freed at once with
 * pw_import_table_cell_pool_clear() (a cell is not freed by itself). A pool
 * of zeroes is empty and ready, and so is one that
 * pw_import_table_cell_pool_init() empties. */
#define CELL_BLOCK_SIZE (16 * 1024)

typedef struct _CellBlock CellBlock;
struct _CellBlock
{
  CellBlock *next;
  guint64 data[];
};

typedef struct
{
  CellBlock *blocks;
  char *next;
  gsize left;
  guint64 room[256];
} CellPool;

/* The reader's strings for one row */
enum
{
  SCRATCH_NOTE,
  SCRATCH_REST,
  SCRATCH_TEXT,
  N_SCRATCH
};

typedef struct
{
  Layout layout;
  GArray *roles;   /* of Role, one per header cell */
  GArray *years;   /* of int, the year of each header cell or 0 */
  gboolean has_category;
  gboolean has_domain;
  gboolean has_unit;
  guint n_values;  /* value columns: baseline, target and years between */
  gboolean only_baseline; /* the one value column is a baseline */
  char *category;  /* carried down */
  char *domain;
  char *parent;    /* a name merged down over its sub-rows (real tables) */
  char *parent_nature;
  PwImportTable *table;
  GString *scratch[N_SCRATCH]; /* reused from row to row (pw-import-table-row.c) */
  CellPool pool;               /* the table's cells */
} Reader;

void       pw_import_table_cell_free     (Cell *cell);
Cell      *pw_import_table_cell_new      (CellPool   *pool,
                                          const char *text,
                                          gssize      length,
                                          int         line);
void       pw_import_table_cell_pool_init  (CellPool *pool);
void       pw_import_table_cell_pool_clear (CellPool *pool);
GPtrArray *pw_import_table_cells_new     (void);
void       pw_import_table_cell_set      (Cell       *cell,
                                          char       *text,
                                          char       *key);
guint      pw_import_table_count_pipes   (const char *key);
Role       pw_import_table_header_role   (const char *key);
int        pw_import_table_header_year   (const char *k);
void       pw_import_table_interpret_row (Reader    *r,
                                          GPtrArray *cells_array,
                                          gboolean   positional);
gboolean   pw_import_table_is_sequence   (const Cell *cell);
gboolean   pw_import_table_is_value      (Cell *cell);
guint      pw_import_table_read_lines    (Reader              *r,
                                          const PwImportLines *lines,
                                          guint                i);
gboolean   pw_import_table_read_nature   (const char *key,
                                          PwNature   *nature);
guint      pw_import_table_read_pipes    (Reader              *r,
                                          const PwImportLines *lines,
                                          guint                i);
guint      pw_import_table_read_tabs     (Reader              *r,
                                          const PwImportLines *lines,
                                          guint                i);
void       pw_import_table_row_free      (PwImportRow *row);
void       pw_import_table_split_unit    (GStringChunk  *strings,
                                          const char    *cell,
                                          char         **name,
                                          char         **unit);
void       pw_import_table_set_roles     (Reader    *r,
                                          GPtrArray *header);
void       pw_import_table_split_pipes   (CellPool           *pool,
                                          const PwImportLine *line,
                                          GPtrArray          *cells);

G_END_DECLS
