/* pw-value.c: a value as printed in a plan, and what it means
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The boxed type PwValue: the printed text, kept as it is, and what
 * pw-value-parse.c read in it (a number, a comparison, a range, a change
 * against the baseline, a goal in words, or why it could not be read), with
 * its accessors; and the one way numbers are written back (pw_format_number()).
 */

#define G_LOG_DOMAIN "pw-value"

#include "config.h"

#include "pw-value.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pw-value-private.h"

struct _PwValue
{
  gatomicrefcount ref_count;
  guint8 kind;
  guint8 comparator;
  guint8 unit_kind;
  guint8 relative_mode;
  guint8 qualitative;
  guint8 problem;
  guint8 form;
  guint8 has_suffix;  /* text[] holds the suffix after the printed text */
  guint8 in_block;    /* carved from a PwValueBlock, not allocated alone */
  double number;
  double high;
  char text[];        /* 32 bytes and a short text take 48 bytes of malloc */
};

G_STATIC_ASSERT (sizeof (PwValue) <= 32);

G_DEFINE_BOXED_TYPE (PwValue, pw_value, pw_value_ref, pw_value_unref)

/* Auxiliary methods */

/* Blocks of values. A reader makes a value for most texts of a file (a
 * plan of 100,000 indicators, 700,000 of them), each of 40 bytes or so:
 * one malloc() each was a tenth of the load, and each chunk took 48 bytes
 * or 64 with malloc's header and rounding. A PwValueFiller carves the
 * values it makes one after another, 8 bytes aligned, from blocks of
 * BLOCK_SIZE aligned on their size, whose header counts the values in it
 * still referenced: the last value of a block to go frees the block, and a
 * value finds its block by its address. The count starts at BLOCK_BIAS, so
 * that it cannot reach 0 while the filler still carves from the block; the
 * filler adds the values it carved less the bias when it leaves it. A block
 * outlives the file's reading as long as one value of it is referenced (an
 * edited plan keeps the values replaced in its undo history): at worst a
 * block of BLOCK_SIZE for one value, and never more blocks than the plan
 * filled when read. Under AddressSanitizer every value is allocated alone,
 * so that a use after free is caught. */

#define BLOCK_SIZE ((gsize) 32 << 10)
#define BLOCK_BIAS (G_MAXINT / 2)
/* A value longer than this (a goal in words) is allocated alone. */
#define MAX_IN_BLOCK 256

struct _PwValueBlock
{
  int live;  /* values carved and not freed, + BLOCK_BIAS while filled */
};

G_STATIC_ASSERT (sizeof (PwValueBlock) <= 8);

static inline PwValueBlock *
block_of (PwValue *value)
{
  return (PwValueBlock *) ((guintptr) value & ~(guintptr) (BLOCK_SIZE - 1));
}

/* Takes @n from the count of @block; frees it at 0. */
static void
block_release (PwValueBlock *block,
               int           n)
{
  if (g_atomic_int_add (&block->live, -n) == n)
    g_aligned_free (block);
}

/* Room for @size bytes in @filler's block, a new block when it is full.
 * Not used under AddressSanitizer, which sees each value as its own
 * allocation. */
G_GNUC_UNUSED static gpointer
filler_carve (PwValueFiller *filler,
              gsize          size)
{
  gpointer room;

  size = (size + 7) & ~(gsize) 7;
  if (filler->block == NULL || filler->used + size > BLOCK_SIZE)
    {
      pw_value_filler_clear (filler);
      filler->block = g_aligned_alloc (1, BLOCK_SIZE, BLOCK_SIZE);
      filler->block->live = BLOCK_BIAS;
      filler->used = 8;
    }
  room = (char *) filler->block + filler->used;
  filler->used += size;
  filler->carved++;
  return room;
}

static PwValue *
value_new (const char    *text,
           PwValueFiller *filler)
{
  PwValue *self;
  Parse r;
  gsize text_len;
  gsize suffix_len = 0;
  gsize size;

  if (text == NULL)
    text = "";

  g_return_val_if_fail (g_utf8_validate (text, -1, NULL), NULL);

  pw_value_parse (text, &r);
  if (r.suffix != NULL)
    suffix_len = strlen (r.suffix) + 1;

  text_len = strlen (text) + 1;
  size = sizeof (PwValue) + text_len + suffix_len;
#ifndef __SANITIZE_ADDRESS__
  if (filler != NULL && size <= MAX_IN_BLOCK)
    {
      self = filler_carve (filler, size);
      self->in_block = TRUE;
    }
  else
#endif
    {
      self = g_malloc (size);
      self->in_block = FALSE;
    }
  g_atomic_ref_count_init (&self->ref_count);
  self->kind = r.kind;
  self->comparator = r.comparator;
  self->unit_kind = r.unit_kind;
  self->relative_mode = r.relative_mode;
  self->qualitative = r.qualitative;
  self->problem = r.problem;
  self->form = r.form;
  self->number = r.number;
  self->high = r.high;
  memcpy (self->text, text, text_len);
  if (r.suffix != NULL)
    {
      memcpy (self->text + text_len, r.suffix, suffix_len);
      self->has_suffix = TRUE;
      g_free (r.suffix);
    }
  else
    self->has_suffix = FALSE;

  return self;
}

/* Private API (pw-value-private.h) */

/**
 * pw_value_new_filled:
 * @text: (nullable): the value exactly as printed
 * @filler: where to carve it
 *
 * As pw_value_new(), the value carved from @filler's block.
 *
 * Returns: (transfer full): a new value
 */
PwValue *
pw_value_new_filled (const char    *text,
                     PwValueFiller *filler)
{
  return value_new (text, filler);
}

/**
 * pw_value_filler_clear:
 * @filler: a filler
 *
 * Leaves the block @filler carves from (freed once none of its values is
 * referenced); the next value carved takes a new one.
 */
void
pw_value_filler_clear (PwValueFiller *filler)
{
  if (filler->block != NULL)
    block_release (filler->block, BLOCK_BIAS - (int) filler->carved);
  filler->block = NULL;
  filler->used = 0;
  filler->carved = 0;
}

/* Public API */

/**
 * pw_value_new:
 * @text: (nullable): the value exactly as printed
 *
 * Reads @text. The printed text is kept as it is; its meaning is derived.
 *
 * Returns: (transfer full): a new value
 */
PwValue *
pw_value_new (const char *text)
{
  return value_new (text, NULL);
}

/**
 * pw_value_ref:
 * @value: a value
 *
 * Returns: (transfer full): @value
 */
PwValue *
pw_value_ref (PwValue *value)
{
  g_return_val_if_fail (value != NULL, NULL);

  g_atomic_ref_count_inc (&value->ref_count);
  return value;
}

void
pw_value_unref (PwValue *value)
{
  g_return_if_fail (value != NULL);

  if (!g_atomic_ref_count_dec (&value->ref_count))
    return;
  if (value->in_block)
    block_release (block_of (value), 1);
  else
    g_free (value);
}

/* The getters of the fields a value is read into: each returns its field,
 * or FALLBACK for a NULL value. */
#define VALUE_GETTER(Type, field, fallback)                             \
  Type                                                                  \
  pw_value_get_##field (const PwValue *value)                           \
  {                                                                     \
    g_return_val_if_fail (value != NULL, fallback);                     \
    return value->field;                                                \
  }

/**
 * pw_value_get_text:
 * @value: a value
 *
 * Returns: the value exactly as printed
 */
VALUE_GETTER (const char *, text, NULL)

VALUE_GETTER (PwValueKind, kind, PW_VALUE_EMPTY)

/**
 * pw_value_get_number:
 * @value: a value
 *
 * Returns: the number of a %PW_VALUE_NUMBER, the change of a
 *   %PW_VALUE_RELATIVE (negative for a fall), NAN otherwise
 */
VALUE_GETTER (double, number, NAN)

VALUE_GETTER (PwComparator, comparator, PW_COMPARATOR_EQUAL)

VALUE_GETTER (PwUnitKind, unit_kind, PW_UNIT_PLAIN)

/**
 * pw_value_get_suffix:
 * @value: a value
 *
 * Returns: (nullable): the unit printed after the number (岁, 万人,
 *   个百分点), or for a %PW_QUALITATIVE_REFERENCE the figure it refers to
 */
const char *
pw_value_get_suffix (const PwValue *value)
{
  g_return_val_if_fail (value != NULL, NULL);

  return value->has_suffix ? value->text + strlen (value->text) + 1 : NULL;
}

VALUE_GETTER (PwRelativeMode, relative_mode, PW_RELATIVE_NONE)

VALUE_GETTER (PwQualitative, qualitative, PW_QUALITATIVE_NONE)

/**
 * pw_value_get_form:
 * @value: a value
 *
 * The kind of target that the printed text states: %PW_KIND_CUMULATIVE for
 * 〔20〕 or 累计新增160, %PW_KIND_GROWTH for 年均增长5%以上, %PW_KIND_ANNUAL
 * for 每年1万人, %PW_KIND_RANGE for 5—5.5, %PW_KIND_RELATIVE for 下降13.5%,
 * %PW_KIND_QUALITATIVE for a goal in words; %PW_KIND_LEVEL for anything
 * else (a plain number or comparison, a blank or unreadable value).
 *
 * Returns: the kind the form states
 */
VALUE_GETTER (PwIndicatorKind, form, PW_KIND_LEVEL)

/**
 * pw_value_get_high:
 * @value: a value
 *
 * Returns: the upper end of a %PW_VALUE_RANGE (whose lower end is
 *   pw_value_get_number()), NAN for any other value
 */
VALUE_GETTER (double, high, NAN)

/**
 * pw_value_get_problem:
 * @value: a value
 *
 * Returns: (nullable): why a %PW_VALUE_INVALID could not be read, in the
 *   user's language; %NULL for any other value
 */
const char *
pw_value_get_problem (const PwValue *value)
{
  g_return_val_if_fail (value != NULL, NULL);

  return pw_value_problem_message (value->problem);
}

/**
 * pw_value_is_blank:
 * @value: (nullable): a value
 *
 * Returns: whether @value says nothing: %NULL, empty or a placeholder
 */
gboolean
pw_value_is_blank (const PwValue *value)
{
  return value == NULL || value->kind == PW_VALUE_EMPTY || value->kind == PW_VALUE_NONE;
}

/**
 * pw_value_has_number:
 * @value: (nullable): a value
 *
 * Returns: whether @value is a number (with any comparator)
 */
gboolean
pw_value_has_number (const PwValue *value)
{
  return value != NULL && value->kind == PW_VALUE_NUMBER;
}

/**
 * pw_value_resolve:
 * @value: (nullable): a value
 * @baseline: (nullable): the baseline that a relative value refers to
 * @number: (out): the number that @value stands for
 *
 * Resolves a number, or a change against @baseline (提高1岁 on a baseline of
 * 78.34 is 79.34; 增长30% on 100 is 130), to a number.
 *
 * Returns: %TRUE when @value stands for a number
 */
gboolean
pw_value_resolve (const PwValue *value,
                  const PwValue *baseline,
                  double        *number)
{
  g_return_val_if_fail (number != NULL, FALSE);

  *number = NAN;

  if (value == NULL)
    return FALSE;

  if (value->kind == PW_VALUE_NUMBER)
    {
      *number = value->number;
      return TRUE;
    }

  if (value->kind == PW_VALUE_RELATIVE && pw_value_has_number (baseline))
    {
      if (value->relative_mode == PW_RELATIVE_PERCENT)
        *number = baseline->number * (1.0 + value->number / 100.0);
      else
        *number = baseline->number + value->number;
      return TRUE;
    }

  return FALSE;
}

/**
 * pw_value_equal:
 * @a: (nullable): a value
 * @b: (nullable): a value
 *
 * Returns: whether @a and @b were printed the same
 */
gboolean
pw_value_equal (const PwValue *a,
                const PwValue *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  return strcmp (a->text, b->text) == 0;
}

/**
 * pw_format_number:
 * @number: a finite number
 *
 * Formats @number in the shortest form that reads back to the same double,
 * written out without exponent from 0.0001 to below 10¹⁵ ("78.34", "3000",
 * "0.1"), with one beyond ("1e-07", "1e+20").
 *
 * Returns: (transfer full): the text
 */
char *
pw_format_number (double number)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];
  int precision;

  /* -0 reads back as 0, and nobody prints it */
  if (number == 0.0)
    number = 0.0;

  if (!isfinite (number))
    {
      g_ascii_formatd (buf, sizeof buf, "%g", number);
      return g_strdup (buf);
    }

  /* the fewest significant digits that read back to the same double; 17
   * always do */
  for (precision = 1; precision <= 17; precision++)
    {
      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, format, number);
      if (g_ascii_strtod (buf, NULL) == number)
        break;
    }
  precision = MIN (precision, 17);

  /* %g writes 3000 as 3e+03: write everyday magnitudes out in full, with
   * as many decimals as those digits need */
  if (number != 0.0 && fabs (number) >= 1e-4 && fabs (number) < 1e15)
    {
      char exponent_text[G_ASCII_DTOSTR_BUF_SIZE];
      const char *e;
      int exponent;

      g_snprintf (format, sizeof format, "%%.%de", precision - 1);
      g_ascii_formatd (exponent_text, sizeof exponent_text, format, number);
      e = strchr (exponent_text, 'e');
      g_assert (e != NULL);
      exponent = atoi (e + 1);

      for (int decimals = MAX (0, precision - 1 - exponent); decimals <= 20; decimals++)
        {
          g_snprintf (format, sizeof format, "%%.%df", decimals);
          g_ascii_formatd (buf, sizeof buf, format, number);
          if (g_ascii_strtod (buf, NULL) == number)
            break;
        }
    }

  return g_strdup (buf);
}
