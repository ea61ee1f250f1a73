/* pw-outline-chooser.c: a dialog that chooses a place in the outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where a paragraph or a project goes when it moves: the plan's parts,
 * chapters and sections (what holds paragraphs), or its 专栏 under their
 * chapters (what holds projects), indented as the outline is, with the
 * place it comes from dimmed. A double click, Enter or the button chooses;
 * the dialog says which by its "chosen" signal and closes.
 */

#define G_LOG_DOMAIN "pw-outline-chooser"

#include "config.h"

#include "pw-outline-chooser.h"

#include <glib/gi18n.h>

#include "pw-heading-number.h"

struct _PwOutlineChooser
{
  GtkDialog parent_instance;

  /* Template widgets */
  GtkListBox *list;

  /* Owned */
  PwPlan *plan;
  GPtrArray *objects; /* what each row of the list stands for, by its index */
};

enum {
  CHOSEN,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (PwOutlineChooser, pw_outline_chooser, GTK_TYPE_DIALOG)

static guint signals[N_SIGNALS];

/* Auxiliary methods */

static void
add_row (PwOutlineChooser *self,
         GObject          *object,
         const char       *text,
         guint             depth,
         gboolean          choosable)
{
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_start (label, 6 + 18 * (int) depth);
  gtk_widget_set_margin_top (label, 3);
  gtk_widget_set_margin_bottom (label, 3);
  if (!choosable)
    gtk_widget_add_css_class (label, "dim-label");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), choosable);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), choosable);
  g_ptr_array_add (self->objects, g_object_ref (object));
  gtk_list_box_append (self->list, row);
}

static void
add_chapter (PwOutlineChooser *self,
             PwChapter        *chapter,
             guint             depth,
             PwOutlineChoice   choice,
             GObject          *current)
{
  PwHeadingStyle style = pw_plan_get_heading_style (self->plan);
  GListModel *children = choice == PW_OUTLINE_CHOOSE_BOX ? pw_chapter_get_boxes (chapter)
                                                          : pw_chapter_get_sections (chapter);
  guint n = g_list_model_get_n_items (children);
  g_autofree char *text = NULL;

  if (choice == PW_OUTLINE_CHOOSE_BOX && n == 0)
    return;
  text = pw_heading_text (style, FALSE, pw_chapter_get_number (chapter), pw_chapter_get_title (chapter));
  add_row (self, G_OBJECT (chapter), text, depth,
           choice == PW_OUTLINE_CHOOSE_HOLDER && G_OBJECT (chapter) != current);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) child = g_list_model_get_item (children, i);
      g_autofree char *line = NULL;

      if (PW_IS_BOX (child))
        /* Translators: a 专栏 box of key projects, e.g. "专栏3 公共就业创业服务工程" */
        line = g_strdup_printf (_("Box %d %s"), pw_box_get_number (PW_BOX (child)),
                                pw_box_get_title (PW_BOX (child)) ? pw_box_get_title (PW_BOX (child)) : "");
      else
        line = pw_heading_text (style, TRUE, pw_section_get_number (PW_SECTION (child)),
                                pw_section_get_title (PW_SECTION (child)));
      add_row (self, child, line, depth + 1, child != current);
    }
}

static void
fill (PwOutlineChooser *self,
      PwOutlineChoice   choice,
      GObject          *current)
{
  GListModel *parts = pw_plan_get_parts (self->plan);
  GListModel *chapters = pw_plan_get_chapters (self->plan);
  guint n_parts = g_list_model_get_n_items (parts);
  guint n_chapters = g_list_model_get_n_items (chapters);

  for (guint i = 0; i < n_parts; i++)
    {
      g_autoptr(PwPart) part = g_list_model_get_item (parts, i);
      GListModel *mine = pw_part_get_chapters (part);
      g_autofree char *text = pw_part_heading_text (pw_part_get_number (part), pw_part_get_title (part));

      add_row (self, G_OBJECT (part), text, 0, choice == PW_OUTLINE_CHOOSE_HOLDER && G_OBJECT (part) != current);
      for (guint j = 0; j < g_list_model_get_n_items (mine); j++)
        {
          g_autoptr(PwChapter) chapter = g_list_model_get_item (mine, j);

          add_chapter (self, chapter, 1, choice, current);
        }
    }
  for (guint i = 0; i < n_chapters; i++)
    {
      g_autoptr(PwChapter) chapter = g_list_model_get_item (chapters, i);

      if (pw_chapter_get_part (chapter) == NULL)
        add_chapter (self, chapter, 0, choice, current);
    }
}

/* Callbacks */

static void
row_activated_cb (PwOutlineChooser *self,
                  GtkListBoxRow    *row)
{
  gtk_list_box_select_row (self->list, row);
  gtk_dialog_response (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT);
}

static void
row_selected_cb (PwOutlineChooser *self,
                 GtkListBoxRow    *row)
{
  gtk_dialog_set_response_sensitive (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT, row != NULL);
}

/* GObject overrides */

static void
pw_outline_chooser_response (GtkDialog *dialog,
                             int        response)
{
  PwOutlineChooser *self = PW_OUTLINE_CHOOSER (dialog);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  if (response == GTK_RESPONSE_ACCEPT && row != NULL)
    g_signal_emit (self, signals[CHOSEN], 0, pw_outline_chooser_get_row_object (self, row));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
pw_outline_chooser_dispose (GObject *object)
{
  PwOutlineChooser *self = (PwOutlineChooser *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), PW_TYPE_OUTLINE_CHOOSER);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->objects, g_ptr_array_unref);

  G_OBJECT_CLASS (pw_outline_chooser_parent_class)->dispose (object);
}

static void
pw_outline_chooser_class_init (PwOutlineChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkDialogClass *dialog_class = GTK_DIALOG_CLASS (klass);

  object_class->dispose = pw_outline_chooser_dispose;
  dialog_class->response = pw_outline_chooser_response;

  /**
   * PwOutlineChooser::chosen:
   * @object: the part, chapter, section or 专栏 chosen
   *
   * A place was chosen; the dialog closes after.
   */
  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/planworkbench/PlanWorkbench/pw-outline-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, PwOutlineChooser, list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
}

static void
pw_outline_chooser_init (PwOutlineChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->objects = g_ptr_array_new_with_free_func (g_object_unref);
}

/* Public API */

/**
 * pw_outline_chooser_new:
 * @parent: (nullable): the window
 * @plan: the plan
 * @choice: what may be chosen
 * @current: (nullable): where the thing moved is now, shown but not chosen
 * @title: the dialog's title
 * @button: its button, with a mnemonic
 *
 * Returns: (transfer none): the dialog, owned by GTK until it closes
 */
PwOutlineChooser *
pw_outline_chooser_new (GtkWindow       *parent,
                        PwPlan          *plan,
                        PwOutlineChoice  choice,
                        GObject         *current,
                        const char      *title,
                        const char      *button)
{
  PwOutlineChooser *self;
  GtkWidget *accept;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (PW_IS_PLAN (plan), NULL);

  self = g_object_new (PW_TYPE_OUTLINE_CHOOSER, "use-header-bar", TRUE, "transient-for", parent,
                       "destroy-with-parent", TRUE, "title", title, NULL);
  self->plan = g_object_ref (plan);
  gtk_dialog_add_button (GTK_DIALOG (self), _("_Cancel"), GTK_RESPONSE_CANCEL);
  accept = gtk_dialog_add_button (GTK_DIALOG (self), button, GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (accept, "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT);
  gtk_dialog_set_response_sensitive (GTK_DIALOG (self), GTK_RESPONSE_ACCEPT, FALSE);
  fill (self, choice, current);
  return self;
}

/**
 * pw_outline_chooser_get_list:
 * @self: a chooser
 *
 * Returns: (transfer none): its list, one row a place
 */
GtkListBox *
pw_outline_chooser_get_list (PwOutlineChooser *self)
{
  g_return_val_if_fail (PW_IS_OUTLINE_CHOOSER (self), NULL);

  return self->list;
}

/**
 * pw_outline_chooser_get_row_object:
 * @self: a chooser
 * @row: a row of its list
 *
 * Returns: (transfer none): the part, chapter, section or 专栏 @row stands for
 */
GObject *
pw_outline_chooser_get_row_object (PwOutlineChooser *self,
                                   GtkListBoxRow    *row)
{
  int index;

  g_return_val_if_fail (PW_IS_OUTLINE_CHOOSER (self), NULL);
  g_return_val_if_fail (GTK_IS_LIST_BOX_ROW (row), NULL);

  index = gtk_list_box_row_get_index (row);
  g_return_val_if_fail (index >= 0 && (guint) index < self->objects->len, NULL);
  return g_ptr_array_index (self->objects, index);
}
