/* pw-import-html.c: web pages (.html, .htm, text/html) into the importer's markup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Parsing. libxml2's HTML parser, pushed in chunks, with its SAX interface:
 * no tree is built, so a page costs what its text costs. Elements nested
 * more than MAX_DEPTH deep (no real page comes near; a hostile one of
 * 100,000 nested <div>s does) stop the parser with an error.
 *
 * The article body. Pages saved from a government site carry menus,
 * navigation, breadcrumbs, share links, "related articles" and footers
 * around the article. Every block container (div, section, td …) counts
 * the characters of text in it and how many of them are inside links; the
 * body is the deepest container holding at least BODY_SHARE of the page's
 * text that is not link text. Inside it, a container or paragraph that is
 * mostly links is left out, and so are <nav>, <aside>, <footer>, scripts,
 * styles, forms' controls and anything hidden with display:none. This uses
 * no id or class of any one site.
 *
 * What the markup says goes with each paragraph as evidence: <h1>–<h6>
 * give a heading level, bold (<b>, <strong>, font-weight) and centring
 * (text-align, align, <center>) are flags; the structure finder decides.
 * <br> breaks a line. <sup> holding a footnote's number (1, [2], ①) is
 * dropped from the word it is glued to; an exponent after a Latin letter
 * (m<sup>2</sup>) reads as m². Tables keep their cells, rowspan and colspan.
 *
 * Line numbers in the report are lines of the page's source.
 *
 * The character set is found and the bytes decoded by pw-import-html-charset.c.
 */

#define G_LOG_DOMAIN "pw-import"

#include "config.h"

#include "pw-import-html.h"

#include <glib/gi18n-lib.h>
#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <stdlib.h>
#include <string.h>

#include "pw-import-markup.h"
#include "pw-import-private.h"
#include "pw-importer.h"

#define MAX_DEPTH 1000
#define CHUNK (64 * 1024)
#define BODY_SHARE 0.6
#define LINK_DENSE 0.5

typedef enum
{
  ITEM_PARAGRAPH,
  ITEM_ROW,
  ITEM_CELL,
  ITEM_TABLE_END,
} ItemKind;

typedef struct
{
  ItemKind kind;
  guint8 heading;
  guint8 flags;
  int line;
  guint container;
  char *text;
  int colspan;
  int rowspan;
  guint chars;
  guint link_chars;
} Item;

typedef struct
{
  guint parent;
  guint chars;        /* visible characters of text, in the subtree once summed */
  guint link_chars;   /* of which inside links */
  guint chrome : 1;   /* nav, aside, footer */
} Container;

typedef struct
{
  guint8 skip : 1;    /* its content is never text (script, style, hidden …) */
  guint8 block : 1;   /* it breaks paragraphs */
  guint8 container : 1;
  guint8 bold : 1;
  guint8 link : 1;
  guint8 sup : 1;
  guint8 cell : 1;
  guint8 table : 1;
  guint8 pre : 1;
  gint8 centred;      /* -1 inherit, 0 no, 1 yes */
  guint8 heading;
} Element;

typedef enum
{
  NAME_KNOWN = 1 << 0,
  NAME_SKIPPED = 1 << 1,   /* skipped with what is in it */
  NAME_BLOCK = 1 << 2,
  NAME_CONTAINER = 1 << 3, /* a container that may be the article's body */
} NameKind;

typedef struct
{
  htmlParserCtxtPtr context;
  GHashTable *kinds;  /* element name → NameKind, of the names met */
  GArray *stack;      /* of Element */
  GArray *containers; /* of Container */
  GArray *container_stack; /* of guint */
  GArray *items;      /* of Item */

  /* The paragraph being read */
  GString *text;
  int line;
  guint n_chars;
  guint n_bold;
  guint n_link;
  int heading;
  gboolean centred;
  gboolean pending_space;

  /* <sup> being read */
  GString *sup;

  /* Tables */
  int table_depth;    /* tables open */
  gboolean in_cell;   /* a cell of the outermost table */
  gboolean header_cell;
  gboolean row_open;
  GString *cell;
  guint cell_chars;
  guint cell_bold;
  guint cell_link;
  int colspan;
  int rowspan;

  char *first_h1;
  int first_h1_line;

  int depth;
  int deepest_line;
  gboolean too_deep;
} Html;

/* Auxiliary methods */

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_free (item->text);
}

static Element *
top (Html *self)
{
  return self->stack->len > 0 ? &g_array_index (self->stack, Element, self->stack->len - 1) : NULL;
}

/* Whether any open element has a flag: the stack keeps each flag inherited. */
#define INHERITED(self, field) (top (self) != NULL && top (self)->field)

static guint
current_container (Html *self)
{
  return g_array_index (self->container_stack, guint, self->container_stack->len - 1);
}

static gboolean
is_centred (Html *self)
{
  for (guint i = self->stack->len; i > 0; i--)
    {
      Element *e = &g_array_index (self->stack, Element, i - 1);

      if (e->centred >= 0)
        return e->centred;
    }
  return FALSE;
}

static int
current_line (Html *self)
{
  return xmlSAX2GetLineNumber (self->context);
}

static void
flush_paragraph (Html *self)
{
  Item item = { 0 };
  Container *container;

  if (self->in_cell)
    {
      /* A break inside a cell: the cell's next paragraph. */
      if (self->text->len > 0)
        {
          if (self->cell->len > 0)
            g_string_append_c (self->cell, '\n');
          g_string_append_len (self->cell, self->text->str, self->text->len);
          self->cell_chars += self->n_chars;
          self->cell_bold += self->n_bold;
          self->cell_link += self->n_link;
        }
      goto out;
    }

  if (self->text->len == 0)
    goto out;

  while (self->text->len > 0 && self->text->str[self->text->len - 1] == ' ')
    g_string_truncate (self->text, self->text->len - 1);

  if (self->row_open || self->table_depth > 0)
    {
      /* Text between a table's rows (a caption): it ends the table. */
      Item end = { 0 };

      if (self->row_open)
        {
          end.kind = ITEM_TABLE_END;
          g_array_append_val (self->items, end);
          self->row_open = FALSE;
        }
    }

  item.kind = ITEM_PARAGRAPH;
  item.text = g_strdup (self->text->str);
  item.line = self->line;
  item.container = current_container (self);
  item.heading = self->heading;
  item.chars = self->n_chars;
  item.link_chars = self->n_link;
  if (self->n_chars > 0 && self->n_bold == self->n_chars)
    item.flags |= PW_MARKUP_BOLD;
  if (self->centred)
    item.flags |= PW_MARKUP_CENTRED;
  g_array_append_val (self->items, item);

  container = &g_array_index (self->containers, Container, item.container);
  container->chars += self->n_chars;
  container->link_chars += self->n_link;

  if (self->heading == 1 && self->first_h1 == NULL)
    {
      self->first_h1 = g_strdup (self->text->str);
      self->first_h1_line = self->line;
    }

out:
  g_string_truncate (self->text, 0);
  self->n_chars = self->n_bold = self->n_link = 0;
  self->heading = 0;
  self->pending_space = FALSE;
}

/* Before the next character of a paragraph: its line and look when it is
 * the first, the space that white space before it left. */
static void
begin_char (Html *self)
{
  if (self->text->len == 0)
    {
      self->line = current_line (self);
      self->centred = is_centred (self);
      for (guint i = self->stack->len; i > 0; i--)
        if (g_array_index (self->stack, Element, i - 1).heading > 0)
          {
            self->heading = g_array_index (self->stack, Element, i - 1).heading;
            break;
          }
    }
  if (self->pending_space)
    g_string_append_c (self->text, ' ');
  self->pending_space = FALSE;
}

static void
add_chars (Html       *self,
           const char *text,
           gsize       length)
{
  const char *end = text + length;
  gboolean pre = INHERITED (self, pre);
  gboolean bold = INHERITED (self, bold);
  gboolean link = INHERITED (self, link);
  const char *p = text;

  while (p < end)
    {
      const char *run = p;
      guint n_run = 0;
      gunichar c;

      /* a run of printable ASCII and of the Chinese characters of
       * U+4000–U+9FFF (lead bytes 0xE4–0xE9), which are kept as they are
       * and counted: copied at once */
      while (p < end)
        {
          guchar b = *p;

          if (b > 0x20 && b < 0x7F)
            p++;
          else if (b >= 0xE4 && b <= 0xE9 && end - p >= 3 && ((guchar) p[1] & 0xC0) == 0x80 &&
                   ((guchar) p[2] & 0xC0) == 0x80)
            p += 3;
          else
            break;
          n_run++;
        }
      if (n_run > 0)
        {
          begin_char (self);
          g_string_append_len (self->text, run, p - run);
          self->n_chars += n_run;
          self->n_bold += bold ? n_run : 0;
          self->n_link += link ? n_run : 0;
          continue;
        }

      c = g_utf8_get_char_validated (p, end - p);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;
      p = g_utf8_next_char (p);
      if (c == '\n' && pre)
        {
          flush_paragraph (self);
          continue;
        }
      /* HTML collapses white space, but not the no-break space (&nbsp;), which
       * shows as printed, as Word keeps it. */
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
        {
          self->pending_space = self->text->len > 0;
          continue;
        }
      if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xFEFF || c == 0x200B)
        continue;

      begin_char (self);
      g_string_append_unichar (self->text, c);
      if (c != 0x3000 && c != 0xA0)
        {
          self->n_chars++;
          self->n_bold += bold;
          self->n_link += link;
        }
    }
}

static void
end_sup (Html *self)
{
  g_autofree char *text = g_strstrip (g_strdup (self->sup->str));
  g_autoptr(GString) exponent = NULL;

  g_string_truncate (self->sup, 0);
  if (!pw_import_is_note_mark (text))
    {
      add_chars (self, text, strlen (text));
      return;
    }

  /* An exponent after a Latin letter (m2), else a footnote's number: dropped. */
  exponent = g_string_new (self->text->str);
  if (pw_import_append_exponent (exponent, text))
    add_chars (self, exponent->str + self->text->len, exponent->len - self->text->len);
}

static const char *
attr (const xmlChar **attrs,
      const char     *name)
{
  for (guint i = 0; attrs != NULL && attrs[i] != NULL; i += 2)
    if (g_ascii_strcasecmp ((const char *) attrs[i], name) == 0)
      return attrs[i + 1] != NULL ? (const char *) attrs[i + 1] : "";
  return NULL;
}

/* A CSS property's value in a style attribute, lower case, without spaces. */
static char *
style_value (const char *style,
             const char *property)
{
  g_autofree char *lower = NULL;
  GString *compact;
  const char *p;

  if (style == NULL)
    return NULL;
  lower = g_ascii_strdown (style, -1);
  compact = g_string_new (NULL);
  for (p = lower; *p; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (compact, *p);

  for (p = compact->str; (p = strstr (p, property)) != NULL; p++)
    {
      const char *colon = p + strlen (property);

      if ((p == compact->str || p[-1] == ';' || p[-1] == '{') && *colon == ':')
        {
          const char *value = colon + 1;
          const char *stop = strpbrk (value, ";}");
          char *out = g_strndup (value, stop != NULL ? (gsize) (stop - value) : strlen (value));

          g_string_free (compact, TRUE);
          return out;
        }
    }
  g_string_free (compact, TRUE);
  return NULL;
}

static int
int_attr (const xmlChar **attrs,
          const char     *name)
{
  const char *value = attr (attrs, name);
  long n;

  if (value == NULL)
    return 1;
  n = strtol (value, NULL, 10);
  return (int) CLAMP (n, 1, 1000);
}

static gboolean
name_in (const char        *name,
         const char *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (strcmp (name, names[i]) == 0)
      return TRUE;
  return FALSE;
}

/* Callbacks */

static void
on_start_element (void           *data,
                  const xmlChar  *xname,
                  const xmlChar **attrs)
{
  static const char *const skipped[] = {
    "script", "style", "noscript", "template", "iframe", "object", "embed", "select", "option",
    "textarea", "button", "svg", "math", "head", "title", "input", "canvas", "audio", "video", NULL
  };
  static const char *const blocks[] = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre",
    "section", "article", "main", "center", "address", "figure", "figcaption", "ul", "ol", "dl",
    "body", "html", "hr", "table", "tr", "td", "th", "caption", "header", "nav", "aside", "footer",
    "form", "fieldset", "legend", "details", "summary", "tbody", "thead", "tfoot", NULL
  };
  static const char *const containers[] = {
    "div", "section", "article", "main", "body", "td", "th", "ul", "ol", "dl", "blockquote",
    "center", "header", "nav", "aside", "footer", "form", "fieldset", "details", NULL
  };
  Html *self = data;
  const char *name = (const char *) xname;
  Element *parent = top (self);
  Element e = { 0 };
  g_autofree char *display = NULL;
  g_autofree char *align = NULL;
  g_autofree char *weight = NULL;
  const char *style;
  const char *align_attr;
  guint kind;

  if (self->too_deep)
    return;
  if (++self->depth > MAX_DEPTH)
    {
      self->too_deep = TRUE;
      self->deepest_line = current_line (self);
      xmlStopParser (self->context);
      return;
    }

  if (parent != NULL)
    {
      e.skip = parent->skip;
      e.bold = parent->bold;
      e.link = parent->link;
      e.sup = parent->sup;
      e.pre = parent->pre;
    }
  e.centred = -1;

  if (strcmp (name, "br") == 0)
    {
      /* A line break: in a cell or a paragraph, the next line; on a line of
       * its own (<p><br></p>), a blank line, as a browser shows it. */
      if (!e.skip && self->text->len == 0 && !self->in_cell && !self->row_open)
        {
          Item item = { 0 };

          item.kind = ITEM_PARAGRAPH;
          item.text = g_strdup ("");
          item.line = current_line (self);
          item.container = current_container (self);
          g_array_append_val (self->items, item);
        }
      else if (!e.skip)
        flush_paragraph (self);
      self->depth--;
      return;
    }

  /* what the name is, from the lists once a name */
  kind = GPOINTER_TO_UINT (g_hash_table_lookup (self->kinds, name));
  if (kind == 0)
    {
      kind = NAME_KNOWN | (name_in (name, skipped) ? NAME_SKIPPED : 0) |
             (name_in (name, blocks) ? NAME_BLOCK : 0) |
             (name_in (name, containers) ? NAME_CONTAINER : 0);
      g_hash_table_insert (self->kinds, g_strdup (name), GUINT_TO_POINTER (kind));
    }

  style = attr (attrs, "style");
  display = style_value (style, "display");
  if ((kind & NAME_SKIPPED) || g_strcmp0 (display, "none") == 0 || attr (attrs, "hidden") != NULL)
    e.skip = TRUE;

  e.block = (kind & NAME_BLOCK) != 0;
  e.container = (kind & NAME_CONTAINER) != 0;
  if (strcmp (name, "b") == 0 || strcmp (name, "strong") == 0)
    e.bold = TRUE;
  weight = style_value (style, "font-weight");
  if (weight != NULL)
    e.bold = strcmp (weight, "bold") == 0 || strcmp (weight, "bolder") == 0 || atoi (weight) >= 600;
  if (strcmp (name, "a") == 0 && attr (attrs, "href") != NULL)
    e.link = TRUE;
  if (strcmp (name, "pre") == 0)
    e.pre = TRUE;
  if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == '\0')
    e.heading = name[1] - '0';

  align = style_value (style, "text-align");
  align_attr = attr (attrs, "align");
  if (strcmp (name, "center") == 0)
    e.centred = 1;
  else if (align != NULL)
    e.centred = strcmp (align, "center") == 0 || strcmp (align, "-webkit-center") == 0;
  else if (align_attr != NULL && e.block)
    e.centred = g_ascii_strcasecmp (align_attr, "center") == 0;

  if (e.block && !e.skip)
    flush_paragraph (self);

  if (strcmp (name, "sup") == 0 && !e.skip && !e.sup)
    {
      e.sup = TRUE;
      g_string_truncate (self->sup, 0);
    }

  if (!e.skip)
    {
      if (strcmp (name, "table") == 0)
        {
          e.table = TRUE;
          self->table_depth++;
        }
      else if (strcmp (name, "tr") == 0 && self->table_depth == 1 && !self->in_cell)
        {
          Item item = { 0 };

          item.kind = ITEM_ROW;
          item.line = current_line (self);
          item.container = current_container (self);
          g_array_append_val (self->items, item);
          self->row_open = TRUE;
        }
      else if ((strcmp (name, "td") == 0 || strcmp (name, "th") == 0) && self->table_depth == 1 &&
               self->row_open && !self->in_cell)
        {
          e.cell = TRUE;
          self->in_cell = TRUE;
          self->header_cell = strcmp (name, "th") == 0;
          g_string_truncate (self->cell, 0);
          self->cell_chars = self->cell_bold = self->cell_link = 0;
          self->colspan = int_attr (attrs, "colspan");
          self->rowspan = int_attr (attrs, "rowspan");
        }
    }

  if (e.container && !e.skip)
    {
      Container c = { 0 };
      guint index = self->containers->len;

      c.parent = current_container (self);
      c.chrome = strcmp (name, "nav") == 0 || strcmp (name, "aside") == 0 || strcmp (name, "footer") == 0;
      g_array_append_val (self->containers, c);
      g_array_append_val (self->container_stack, index);
    }

  g_array_append_val (self->stack, e);
}

static void
on_end_element (void          *data,
                const xmlChar *xname)
{
  Html *self = data;
  const char *name = (const char *) xname;
  Element e;

  if (self->too_deep || self->stack->len == 0 || strcmp (name, "br") == 0)
    return;
  self->depth--;

  e = g_array_index (self->stack, Element, self->stack->len - 1);
  if (e.sup && !(self->stack->len > 1 &&
                 g_array_index (self->stack, Element, self->stack->len - 2).sup))
    {
      g_array_set_size (self->stack, self->stack->len - 1);
      end_sup (self);
      g_array_append_val (self->stack, e);
    }

  if (e.block && !e.skip)
    flush_paragraph (self);

  if (e.cell)
    {
      Item item = { 0 };
      Container *container;

      item.kind = ITEM_CELL;
      item.text = g_strdup (self->cell->str);
      item.container = current_container (self);
      item.colspan = self->colspan;
      item.rowspan = self->rowspan;
      item.chars = self->cell_chars;
      item.link_chars = self->cell_link;
      if (self->cell_chars > 0 && self->cell_bold == self->cell_chars)
        item.flags |= PW_MARKUP_BOLD;
      if (self->header_cell)
        item.flags |= PW_MARKUP_HEADER;
      g_array_append_val (self->items, item);
      self->in_cell = FALSE;

      container = &g_array_index (self->containers, Container, item.container);
      container->chars += item.chars;
      container->link_chars += item.link_chars;
    }
  if (e.table)
    {
      self->table_depth--;
      if (self->table_depth == 0 && self->row_open)
        {
          Item item = { 0 };

          item.kind = ITEM_TABLE_END;
          g_array_append_val (self->items, item);
          self->row_open = FALSE;
        }
    }
  if (e.container && !e.skip && self->container_stack->len > 1)
    g_array_set_size (self->container_stack, self->container_stack->len - 1);

  g_array_set_size (self->stack, self->stack->len - 1);
}

static void
on_characters (void          *data,
               const xmlChar *text,
               int            length)
{
  Html *self = data;
  Element *e = top (self);

  if (self->too_deep || (e != NULL && e->skip))
    return;
  if (e != NULL && e->sup)
    {
      g_string_append_len (self->sup, (const char *) text, length);
      return;
    }
  add_chars (self, (const char *) text, length);
}

/* The body (see the top of this file) */

static guint
find_body (Html     *self,
           gboolean *excluded)
{
  GArray *c = self->containers;
  guint body = 0;
  guint total;

  /* Sum each subtree: a container's children come after it. */
  for (guint i = c->len; i > 1; i--)
    {
      Container *child = &g_array_index (c, Container, i - 1);
      Container *parent = &g_array_index (c, Container, child->parent);

      parent->chars += child->chars;
      parent->link_chars += child->link_chars;
    }

  for (guint i = 0; i < c->len; i++)
    {
      Container *container = &g_array_index (c, Container, i);
      gboolean dense = container->chars > 0 &&
                       container->link_chars > LINK_DENSE * container->chars;

      excluded[i] = container->chrome || dense || (i > 0 && excluded[container->parent]);
    }

  total = g_array_index (c, Container, 0).chars - g_array_index (c, Container, 0).link_chars;
  if (total == 0)
    return 0;

  /* The deepest container with most of the text that is not links. */
  for (guint i = 1; i < c->len; i++)
    {
      Container *container = &g_array_index (c, Container, i);
      guint own = container->chars - container->link_chars;

      if (!excluded[i] && own >= BODY_SHARE * total)
        body = i;
    }
  return body;
}

static gboolean
inside (Html  *self,
        guint  container,
        guint  body)
{
  for (guint n = 0; n < self->containers->len; n++)
    {
      if (container == body)
        return TRUE;
      if (container == 0)
        return FALSE;
      container = g_array_index (self->containers, Container, container).parent;
    }
  return FALSE;
}

static void
replay (Html           *self,
        PwImportMarkup *markup)
{
  g_autofree gboolean *excluded = g_new0 (gboolean, self->containers->len);
  guint body = find_body (self, excluded);
  gboolean in_table = FALSE;
  gboolean has_title = FALSE;

  /* The page's <h1> title, when the body does not print it. */
  if (self->first_h1 != NULL)
    for (guint i = 0; i < self->items->len && !has_title; i++)
      {
        Item *item = &g_array_index (self->items, Item, i);

        has_title = inside (self, item->container, body) && item->text != NULL &&
                    strstr (item->text, self->first_h1) != NULL;
      }

  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = &g_array_index (self->items, Item, i);
      gboolean keep = inside (self, item->container, body) && !excluded[item->container];

      if (item->kind == ITEM_PARAGRAPH && !has_title && item->heading == 1 &&
          g_strcmp0 (item->text, self->first_h1) == 0 && !keep)
        {
          pw_import_markup_paragraph (markup, item->text, -1, item->line, 1, item->flags);
          has_title = TRUE;
          continue;
        }

      switch (item->kind)
        {
        case ITEM_PARAGRAPH:
          if (keep && !(item->chars > 0 && item->link_chars > LINK_DENSE * item->chars))
            {
              pw_import_markup_paragraph (markup, item->text, -1, item->line, item->heading,
                                          item->flags);
              in_table = FALSE;
            }
          break;
        case ITEM_ROW:
          {
            PwMarkupFlags flags = PW_MARKUP_HEADER;
            guint j;

            if (!keep)
              break;
            /* A row of header cells only (<th>) is a header row. */
            for (j = i + 1; j < self->items->len; j++)
              {
                Item *cell = &g_array_index (self->items, Item, j);

                if (cell->kind != ITEM_CELL)
                  break;
                if (!(cell->flags & PW_MARKUP_HEADER))
                  flags = 0;
              }
            if (j == i + 1)
              flags = 0;
            if (!in_table)
              pw_import_markup_begin_table (markup, item->line);
            in_table = TRUE;
            pw_import_markup_begin_row (markup, item->line, flags);
          }
          break;
        case ITEM_CELL:
          if (in_table)
            pw_import_markup_cell (markup, item->text, item->colspan, item->rowspan, FALSE,
                                   item->flags & ~PW_MARKUP_HEADER);
          break;
        case ITEM_TABLE_END:
          if (in_table)
            pw_import_markup_end_table (markup);
          in_table = FALSE;
          break;
        }
    }
  pw_import_markup_end_table (markup);
}

/* Public API */

/**
 * pw_import_is_html:
 * @data: the first bytes of a file (a few kilobytes)
 * @length: their number
 *
 * Tells a web page by its content: after white space, a byte-order mark and
 * comments, it starts with <!DOCTYPE html or an <html, <head> or <body> tag,
 * or has an <html or <body tag within its first kilobytes with no text
 * before it.
 *
 * Returns: whether @data is the start of a web page
 */
gboolean
pw_import_is_html (const char *data,
                   gsize       length)
{
  gsize n = MIN (length, 4096);
  g_autofree char *head = NULL;
  const char *p;

  if (n >= 3 && (guchar) data[0] == 0xEF && (guchar) data[1] == 0xBB && (guchar) data[2] == 0xBF)
    {
      data += 3;
      n -= 3;
    }
  head = g_ascii_strdown (data, n);
  p = head;
  for (;;)
    {
      while (*p && g_ascii_isspace (*p))
        p++;
      if (g_str_has_prefix (p, "<!--"))
        {
          const char *end = strstr (p, "-->");

          if (end == NULL)
            return FALSE;
          p = end + 3;
          continue;
        }
      if (g_str_has_prefix (p, "<?xml"))
        {
          const char *end = strstr (p, "?>");

          if (end == NULL)
            return FALSE;
          p = end + 2;
          continue;
        }
      break;
    }
  return g_str_has_prefix (p, "<!doctype html") || g_str_has_prefix (p, "<html") ||
         g_str_has_prefix (p, "<head") || g_str_has_prefix (p, "<body") ||
         g_str_has_prefix (p, "<meta");
}

/**
 * pw_import_html_read:
 * @data: the bytes of a web page (a file, or text/html from the clipboard)
 * @length: their number
 * @lines: (out caller-allocates): the article body as lines (see
 *   pw-import-private.h), to clear with pw_import_lines_clear()
 * @report: (nullable): receives a guess of the character set
 * @error: a #PwImportError
 *
 * Returns: whether the page was read; @lines are set only then
 */
gboolean
pw_import_html_read (const char    *data,
                     gsize          length,
                     PwImportLines *lines,
                     PwFindings    *report,
                     GError       **error)
{
  g_autoptr(PwImportMarkup) markup = NULL;
  g_autofree char *text = NULL;
  htmlSAXHandler sax = { 0 };
  Html self = { 0 };
  Container root = { 0 };
  guint root_index = 0;
  gsize text_length = 0;
  gboolean ok = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!pw_import_check_size (length, error))
    return FALSE;
  if (data == NULL || pw_import_html_looks_binary (data, length))
    {
      g_set_error_literal (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_NOT_TEXT,
                           _("The file is not a web page: it holds binary data"));
      return FALSE;
    }

  text = pw_import_html_decode (data, length, report, &text_length, error);
  if (text == NULL)
    return FALSE;

  sax.startElement = on_start_element;
  sax.endElement = on_end_element;
  sax.characters = on_characters;
  sax.cdataBlock = on_characters;

  self.stack = g_array_new (FALSE, FALSE, sizeof (Element));
  self.containers = g_array_new (FALSE, FALSE, sizeof (Container));
  self.container_stack = g_array_new (FALSE, FALSE, sizeof (guint));
  self.items = g_array_new (FALSE, TRUE, sizeof (Item));
  self.kinds = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_array_set_clear_func (self.items, item_clear);
  self.text = g_string_new (NULL);
  self.sup = g_string_new (NULL);
  self.cell = g_string_new (NULL);
  g_array_append_val (self.containers, root);
  g_array_append_val (self.container_stack, root_index);

  self.context = htmlCreatePushParserCtxt (&sax, &self, NULL, 0, NULL, XML_CHAR_ENCODING_UTF8);
  if (self.context != NULL)
    {
      htmlCtxtUseOptions (self.context, HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                        HTML_PARSE_IGNORE_ENC | HTML_PARSE_NOBLANKS);
      for (gsize offset = 0; offset < text_length && !self.too_deep; offset += CHUNK)
        htmlParseChunk (self.context, text + offset, MIN (CHUNK, text_length - offset), 0);
      if (!self.too_deep)
        htmlParseChunk (self.context, NULL, 0, 1);
      flush_paragraph (&self);
    }

  if (self.context == NULL)
    g_set_error_literal (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_DAMAGED,
                         _("The web page cannot be read"));
  else if (self.too_deep)
    g_set_error (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_DAMAGED,
                 _("%d: the page nests its elements more than %d deep, which no real page does; "
                   "it cannot be read"), self.deepest_line, MAX_DEPTH);
  else
    {
      markup = pw_import_markup_new ();
      replay (&self, markup);
      if (pw_import_markup_is_empty (markup))
        g_set_error_literal (error, PW_IMPORT_ERROR, PW_IMPORT_ERROR_EMPTY,
                             _("The web page holds no text"));
      else
        {
          pw_import_markup_to_lines (markup, lines);
          ok = TRUE;
        }
    }

  if (self.context != NULL)
    htmlFreeParserCtxt (self.context);
  g_array_unref (self.stack);
  g_array_unref (self.containers);
  g_array_unref (self.container_stack);
  g_array_unref (self.items);
  g_hash_table_unref (self.kinds);
  g_string_free (self.text, TRUE);
  g_string_free (self.sup, TRUE);
  g_string_free (self.cell, TRUE);
  g_free (self.first_h1);
  return ok;
}

/**
 * pw_import_html:
 * @data: the bytes of a web page (a file, or text/html from the clipboard)
 * @length: their number
 * @report: (nullable): receives the findings of the import, by line of the
 *   page's source
 * @error: a #PwImportError
 *
 * Reads the article body of the page (see the top of this file) and runs
 * the structure finder on it.
 *
 * Returns: (transfer full) (nullable): the plan
 */
PwPlan *
pw_import_html (const char  *data,
                gsize        length,
                PwFindings  *report,
                GError     **error)
{
  g_auto(PwImportLines) lines = { 0 };

  g_return_val_if_fail (report == NULL || PW_IS_FINDINGS (report), NULL);

  if (!pw_import_html_read (data, length, &lines, report, error))
    return NULL;
  return pw_import_lines (&lines, report, error);
}
