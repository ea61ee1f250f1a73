/* pw-prose-view.c: a text view that edits the prose of a model object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The prose of a chapter or a section, one paragraph per line as the model
 * keeps it, word-wrapped, each paragraph's first line indented by two
 * characters as Chinese documents print it. Typing is stored in the model
 * after a pause of a second and when the view loses focus: one burst of
 * typing is one step of the plan's undo history. The buffer's own undo is
 * off, so that Ctrl+Z means the model's undo. When the model changes from
 * outside (undo, redo) and nothing typed is waiting, the buffer is reloaded.
 *
 * Its context menu adds Add Comment on the paragraph clicked (the
 * window's win.comment-on), for the object's text; for a project's
 * description, on the project.
 *
 * The view does not scroll itself (the page around it does), so it keeps
 * the cursor in view of the nearest scrolled window while it has focus.
 *
 * A paragraph an import took for prose becomes a heading from here, as in
 * Word's Ctrl+Alt+1/2/3: the paragraph at the cursor becomes a part, a
 * chapter or a section heading (prose.make-heading, also in the context
 * menu), through the plan's editing rules. So do the other repairs of an
 * import that start from the text: the target a paragraph states taken into
 * the indicators (Ctrl+Alt+I, a dialog to correct what was read), the
 * selected paragraphs made a 专栏 with a project an item (Ctrl+Alt+B), the
 * section split at the paragraph (Ctrl+Alt+Return; its title is typed in
 * the outline) and the paragraph moved to another part, chapter or section
 * (Ctrl+Alt+P, chosen in a dialog).
 */

#define G_LOG_DOMAIN "pw-prose-view"

#include "config.h"

#include "pw-prose-view.h"

#include <glib/gi18n-lib.h>

#include "pw-object.h"
#include "pw-outline-chooser.h"
#include "pw-plan-edit.h"
#include "pw-target-dialog.h"

#define COMMIT_DELAY_MS 1000

struct _PwProseView
{
  GtkTextView parent_instance;

  /* Owned */
  GObject *object;
  char *property;
  char *undo_label;

  /* Borrowed */
  GtkEventController *focus;
  GtkWidget *placeholder;

  double menu_x, menu_y;  /* the last right click, in widget coordinates */
  gboolean menu_at_pointer;

  guint commit_source;
  guint scroll_source;
  guint moving;           /* the paragraph the chooser of Move Paragraph To moves */
  gboolean dirty;
  gboolean loading;
};

G_DEFINE_FINAL_TYPE (PwProseView, pw_prose_view, GTK_TYPE_TEXT_VIEW)

/* Auxiliary methods */

static char *
buffer_text (PwProseView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static char *
model_text (PwProseView *self)
{
  char *text = NULL;

  if (self->object != NULL)
    g_object_get (self->object, self->property, &text, NULL);
  return text;
}

static void
load (PwProseView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  g_autofree char *text = model_text (self);
  g_autofree char *shown = buffer_text (self);

  /* the same text stays, and with it the cursor */
  if (g_strcmp0 (text ? text : "", shown) == 0)
    return;

  self->loading = TRUE;
  gtk_text_buffer_set_text (buffer, text ? text : "", -1);
  self->loading = FALSE;
}

static void
update_placeholder (PwProseView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  const char *text = gtk_label_get_label (GTK_LABEL (self->placeholder));

  gtk_widget_set_visible (self->placeholder,
                          gtk_text_buffer_get_char_count (buffer) == 0 && text != NULL && *text != '\0');
}

static void
update_indent (PwProseView *self)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), "中中");
  int width = 0;

  /* 首行缩进两字 */
  pango_layout_get_pixel_size (layout, &width, NULL);
  gtk_text_view_set_indent (GTK_TEXT_VIEW (self), width);
}

static gboolean
scroll_to_cursor_cb (gpointer data)
{
  PwProseView *self = data;
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkWidget *scrolled = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *viewport;
  GtkAdjustment *adjustment;
  GtkTextIter iter;
  GdkRectangle rect;
  graphene_point_t point;
  double page, value;
  int x, y;

  self->scroll_source = 0;
  if (scrolled == NULL || (viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled))) == NULL)
    return G_SOURCE_REMOVE;

  gtk_text_buffer_get_iter_at_mark (gtk_text_view_get_buffer (view), &iter,
                                    gtk_text_buffer_get_insert (gtk_text_view_get_buffer (view)));
  gtk_text_view_get_iter_location (view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y, &x, &y);
  if (!gtk_widget_compute_point (GTK_WIDGET (self), viewport, &GRAPHENE_POINT_INIT (x, y), &point))
    return G_SOURCE_REMOVE;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  page = gtk_adjustment_get_page_size (adjustment);
  value = gtk_adjustment_get_value (adjustment);
  if (point.y < 0)
    gtk_adjustment_set_value (adjustment, value + point.y - 12);
  else if (point.y + rect.height > page)
    gtk_adjustment_set_value (adjustment, value + point.y + rect.height - page + 12);

  return G_SOURCE_REMOVE;
}

/* After the view has been laid out again. */
static void
queue_scroll_to_cursor (PwProseView *self)
{
  if (self->scroll_source == 0 &&
      gtk_event_controller_focus_is_focus (GTK_EVENT_CONTROLLER_FOCUS (self->focus)))
    self->scroll_source = g_idle_add (scroll_to_cursor_cb, self);
}

/* Callbacks */

static gboolean
commit_cb (gpointer data)
{
  PwProseView *self = data;

  self->commit_source = 0;
  pw_prose_view_commit (self);
  return G_SOURCE_REMOVE;
}

static void
buffer_changed (PwProseView *self)
{
  update_placeholder (self);
  if (self->loading || self->object == NULL)
    return;

  self->dirty = TRUE;
  g_clear_handle_id (&self->commit_source, g_source_remove);
  self->commit_source = g_timeout_add (COMMIT_DELAY_MS, commit_cb, self);
  queue_scroll_to_cursor (self);
}

static void
mark_set (PwProseView   *self,
          GtkTextIter   *location,
          GtkTextMark   *mark,
          GtkTextBuffer *buffer)
{
  if (mark == gtk_text_buffer_get_insert (buffer))
    queue_scroll_to_cursor (self);
}

static void
property_changed (PwProseView *self)
{
  /* what is being typed wins; it is stored after the pause */
  if (!self->dirty)
    load (self);
}

/* The plan the object edited belongs to, when it may be edited. */
static PwPlan *
editable_plan (PwProseView *self)
{
  PwHistory *history;
  GObject *plan;

  if (self->object == NULL || !PW_IS_OBJECT (self->object) || !gtk_text_view_get_editable (GTK_TEXT_VIEW (self)))
    return NULL;
  history = pw_object_get_history (PW_OBJECT (self->object));
  plan = history != NULL ? pw_history_get_owner (history) : NULL;
  if (!PW_IS_PLAN (plan) || !(PW_IS_PART (self->object) || PW_IS_CHAPTER (self->object) || PW_IS_SECTION (self->object)))
    return NULL;
  return PW_PLAN (plan);
}

/* Where the paragraph acted on is: at the right click that opened the
 * context menu, else at the cursor. */
static void
acted_on (PwProseView *self,
          GtkTextIter *iter)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  if (self->menu_at_pointer)
    {
      int bx, by;

      gtk_text_view_window_to_buffer_coords (view, GTK_TEXT_WINDOW_WIDGET, (int) self->menu_x, (int) self->menu_y,
                                             &bx, &by);
      gtk_text_view_get_iter_at_location (view, iter, bx, by);
      self->menu_at_pointer = FALSE;
    }
  else
    gtk_text_buffer_get_iter_at_mark (buffer, iter, gtk_text_buffer_get_insert (buffer));
}

/* The paragraphs the selection touches, or the one acted on. */
static void
acted_on_run (PwProseView *self,
              guint       *first,
              guint       *n_paragraphs)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter start, end;

  if (gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      int last = gtk_text_iter_get_line (&end);

      /* a selection that ends at the start of a line does not take it */
      if (gtk_text_iter_starts_line (&end) && last > gtk_text_iter_get_line (&start))
        last--;
      *first = (guint) gtk_text_iter_get_line (&start);
      *n_paragraphs = (guint) (last - gtk_text_iter_get_line (&start) + 1);
      self->menu_at_pointer = FALSE;
      return;
    }
  acted_on (self, &start);
  *first = (guint) gtk_text_iter_get_line (&start);
  *n_paragraphs = 1;
}

static void
take_target_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PwProseView *self = PW_PROSE_VIEW (widget);
  PwPlan *plan = editable_plan (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *paragraph = NULL;
  GtkTextIter iter;

  if (plan == NULL)
    return;
  acted_on (self, &iter);
  pw_prose_view_commit (self);
  paragraph = pw_paragraphs_get (pw_plan_get_paragraphs (self->object), (guint) gtk_text_iter_get_line (&iter));
  if (paragraph == NULL || *paragraph == '\0')
    {
      gtk_widget_error_bell (widget);
      return;
    }
  gtk_window_present (GTK_WINDOW (pw_target_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, plan,
                                                        self->object, paragraph,
                                                        gtk_text_iter_get_line_offset (&iter))));
}

static void
make_box_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PwProseView *self = PW_PROSE_VIEW (widget);
  PwPlan *plan = editable_plan (self);
  g_autoptr(GPtrArray) run = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) projects = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  guint first, n_paragraphs;
  PwBox *box;
  int number;

  if (plan == NULL || PW_IS_PART (self->object))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  acted_on_run (self, &first, &n_paragraphs);
  pw_prose_view_commit (self);
  for (guint i = first; i < first + n_paragraphs; i++)
    {
      char *paragraph = pw_paragraphs_get (pw_plan_get_paragraphs (self->object), i);

      if (paragraph != NULL)
        g_ptr_array_add (run, paragraph);
    }
  g_ptr_array_add (run, NULL);
  text = g_strjoinv ("\n", (char **) run->pdata);
  pw_box_read (text, &number, &title, &projects);
  box = pw_plan_paragraphs_to_box (plan, self->object, first, n_paragraphs, number, title,
                                   (const char * const *) projects);
  if (box == NULL)
    gtk_widget_error_bell (widget);
  else
    gtk_widget_activate_action (widget, "win.show-object", "s", pw_object_get_id (PW_OBJECT (box)));
}

static void
split_section_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PwProseView *self = PW_PROSE_VIEW (widget);
  PwPlan *plan = editable_plan (self);
  PwSection *added;
  GtkTextIter iter;

  if (plan == NULL || !PW_IS_SECTION (self->object))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  acted_on (self, &iter);
  pw_prose_view_commit (self);
  added = pw_plan_split_section (plan, PW_SECTION (self->object), (guint) gtk_text_iter_get_line (&iter), NULL);
  if (added == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }
  /* the new section's title is typed in place in the outline */
  gtk_widget_activate_action (widget, "win.outline", "(ss)", pw_object_get_id (PW_OBJECT (added)), "outline.rename");
}

static void
move_chosen (PwProseView *self,
             GObject     *to,
             GObject     *chooser)
{
  PwPlan *plan = editable_plan (self);
  if (plan == NULL || to == NULL ||
      !pw_plan_move_paragraph (plan, self->object, self->moving, to,
                               pw_paragraphs_count (pw_plan_get_paragraphs (to))))
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static void
move_paragraph_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PwProseView *self = PW_PROSE_VIEW (widget);
  PwPlan *plan = editable_plan (self);
  GtkRoot *root = gtk_widget_get_root (widget);
  PwOutlineChooser *chooser;
  GtkTextIter iter;
  guint paragraph;

  if (plan == NULL)
    return;
  acted_on (self, &iter);
  pw_prose_view_commit (self);
  paragraph = (guint) gtk_text_iter_get_line (&iter);
  if (paragraph >= pw_paragraphs_count (pw_plan_get_paragraphs (self->object)))
    {
      gtk_widget_error_bell (widget);
      return;
    }
  chooser = pw_outline_chooser_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, plan,
                                    PW_OUTLINE_CHOOSE_HOLDER, self->object, _("Move Paragraph To"),
                                    _("_Move"));
  /* the chooser is modal: one paragraph moves at a time */
  self->moving = paragraph;
  g_signal_connect_object (chooser, "chosen", G_CALLBACK (move_chosen), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (chooser));
}

static void
make_heading_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PwProseView *self = PW_PROSE_VIEW (widget);
  PwPlan *plan = editable_plan (self);
  GtkTextIter cursor;

  if (plan == NULL)
    return;
  acted_on (self, &cursor);
  pw_prose_view_commit (self);
  if (pw_plan_paragraph_to_heading (plan, self->object, (guint) gtk_text_iter_get_line (&cursor),
                                    (PwLevel) g_variant_get_int32 (parameter), NULL) == NULL)
    gtk_widget_error_bell (widget);
}

/* GObject overrides */

static void
pw_prose_view_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (pw_prose_view_parent_class)->css_changed (widget, change);

  update_indent (PW_PROSE_VIEW (widget));
}

static void
pw_prose_view_dispose (GObject *object)
{
  PwProseView *self = (PwProseView *) object;

  /* nothing typed is lost when the view goes */
  pw_prose_view_commit (self);
  g_clear_handle_id (&self->scroll_source, g_source_remove);
  if (self->object != NULL)
    g_signal_handlers_disconnect_by_func (self->object, property_changed, self);
  g_clear_object (&self->object);

  G_OBJECT_CLASS (pw_prose_view_parent_class)->dispose (object);
}

static void
pw_prose_view_finalize (GObject *object)
{
  PwProseView *self = (PwProseView *) object;

  g_clear_pointer (&self->property, g_free);
  g_clear_pointer (&self->undo_label, g_free);

  G_OBJECT_CLASS (pw_prose_view_parent_class)->finalize (object);
}

/* Where the context menu was asked for: the text view's own gesture opens
 * it; this one only notes the place, before. */
static void
secondary_pressed (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   PwProseView     *self)
{
  self->menu_x = x;
  self->menu_y = y;
  self->menu_at_pointer = TRUE;
}

static void
add_comment_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PwProseView *self = PW_PROSE_VIEW (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gboolean prose = g_strcmp0 (self->property, "text") == 0;
  GtkTextIter iter;
  int paragraph;

  if (!PW_IS_OBJECT (self->object) || pw_object_get_id (PW_OBJECT (self->object)) == NULL)
    return;
  /* from 1: a line of the buffer */
  acted_on (self, &iter);
  paragraph = gtk_text_iter_get_line (&iter) + 1;
  /* an empty text has no paragraph to point at */
  if (gtk_text_buffer_get_char_count (buffer) == 0)
    paragraph = 0;
  gtk_widget_activate_action (widget, "win.comment-on", "(sii)", pw_object_get_id (PW_OBJECT (self->object)), 0,
                              prose ? paragraph : 0);
}

static void
pw_prose_view_class_init (PwProseViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pw_prose_view_dispose;
  object_class->finalize = pw_prose_view_finalize;

  widget_class->css_changed = pw_prose_view_css_changed;

  gtk_widget_class_install_action (widget_class, "prose.add-comment", NULL, add_comment_action);
  gtk_widget_class_install_action (widget_class, "prose.make-heading", "i", make_heading_action);
  gtk_widget_class_install_action (widget_class, "prose.take-target", NULL, take_target_action);
  gtk_widget_class_install_action (widget_class, "prose.make-box", NULL, make_box_action);
  gtk_widget_class_install_action (widget_class, "prose.split-section", NULL, split_section_action);
  gtk_widget_class_install_action (widget_class, "prose.move-paragraph", NULL, move_paragraph_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "prose.take-target", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "prose.make-box", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "prose.split-section", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "prose.move-paragraph", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "prose.make-heading", "i", PW_LEVEL_PART);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "prose.make-heading", "i", PW_LEVEL_CHAPTER);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_CONTROL_MASK | GDK_ALT_MASK,
                                       "prose.make-heading", "i", PW_LEVEL_SECTION);
}

static void
pw_prose_view_init (PwProseView *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (view, FALSE);
  gtk_text_view_set_pixels_below_lines (view, 8);
  gtk_text_view_set_pixels_inside_wrap (view, 3);
  gtk_text_view_set_left_margin (view, 14);
  gtk_text_view_set_right_margin (view, 14);
  gtk_text_view_set_top_margin (view, 10);
  gtk_text_view_set_bottom_margin (view, 10);
  gtk_widget_add_css_class (GTK_WIDGET (self), "pw-prose");

  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  /* The hint shown in an empty view sits where the text would start. */
  self->placeholder = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->placeholder), 0);
  gtk_widget_set_can_target (self->placeholder, FALSE);
  gtk_widget_add_css_class (self->placeholder, "dim-label");
  gtk_widget_set_visible (self->placeholder, FALSE);
  gtk_text_view_add_overlay (view, self->placeholder,
                             gtk_text_view_get_left_margin (view), gtk_text_view_get_top_margin (view));

  g_signal_connect_object (buffer, "changed", G_CALLBACK (buffer_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (buffer, "mark-set", G_CALLBACK (mark_set), self, G_CONNECT_SWAPPED);

  self->focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (self->focus, "leave", G_CALLBACK (pw_prose_view_commit), self);
  gtk_widget_add_controller (GTK_WIDGET (self), self->focus);

  {
    g_autoptr(GMenu) menu = g_menu_new ();
    GtkGesture *click = gtk_gesture_click_new ();

    g_autoptr(GMenu) headings = g_menu_new ();
    g_autoptr(GMenu) repairs = g_menu_new ();

    g_menu_append (menu, _("Add C_omment on This Paragraph…"), "prose.add-comment");
    g_menu_append (headings, _("Make Part Heading"), "prose.make-heading(0)");
    g_menu_append (headings, _("Make Chapter Heading"), "prose.make-heading(1)");
    g_menu_append (headings, _("Make Section Heading"), "prose.make-heading(2)");
    g_menu_append_section (menu, NULL, G_MENU_MODEL (headings));
    g_menu_append (repairs, _("Take Target into _Indicators…"), "prose.take-target");
    g_menu_append (repairs, _("Make a _Box of the Paragraphs"), "prose.make-box");
    g_menu_append (repairs, _("_Split Section Here"), "prose.split-section");
    g_menu_append (repairs, _("_Move Paragraph To…"), "prose.move-paragraph");
    g_menu_append_section (menu, NULL, G_MENU_MODEL (repairs));
    gtk_text_view_set_extra_menu (view, G_MENU_MODEL (menu));
    gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
    gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
    g_signal_connect (click, "pressed", G_CALLBACK (secondary_pressed), self);
    gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  }
}

/* Public API */

GtkWidget *
pw_prose_view_new (void)
{
  return g_object_new (PW_TYPE_PROSE_VIEW, NULL);
}

/**
 * pw_prose_view_bind:
 * @self: a prose view
 * @object: (nullable): the object whose prose to edit, or %NULL for none
 * @property: the name of a string property of @object, one paragraph per line
 * @undo_label: (nullable): the label of the undo step of a burst of typing
 *
 * Shows the property and edits it from now on. What was typed for the object
 * shown before is stored first.
 */
void
pw_prose_view_bind (PwProseView *self,
                    GObject     *object,
                    const char  *property,
                    const char  *undo_label)
{
  g_return_if_fail (PW_IS_PROSE_VIEW (self));
  g_return_if_fail (object == NULL || G_IS_OBJECT (object));
  g_return_if_fail (object == NULL || property != NULL);

  pw_prose_view_commit (self);
  if (self->object != NULL)
    g_signal_handlers_disconnect_by_func (self->object, property_changed, self);

  g_set_object (&self->object, object);
  g_free (self->property);
  self->property = g_strdup (property);
  g_free (self->undo_label);
  self->undo_label = g_strdup (undo_label);

  if (object != NULL)
    {
      g_autofree char *signal = g_strconcat ("notify::", property, NULL);

      g_signal_connect_object (object, signal, G_CALLBACK (property_changed), self, G_CONNECT_SWAPPED);
    }

  self->loading = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), "", 0);
  self->loading = FALSE;
  load (self);
}

/**
 * pw_prose_view_set_placeholder:
 * @self: a prose view
 * @text: (nullable): what an empty view shows, dimmed
 */
void
pw_prose_view_set_placeholder (PwProseView *self,
                               const char  *text)
{
  g_return_if_fail (PW_IS_PROSE_VIEW (self));

  gtk_label_set_label (GTK_LABEL (self->placeholder), text);
  update_placeholder (self);
}

/**
 * pw_prose_view_get_object:
 * @self: a prose view
 *
 * Returns: (transfer none) (nullable): the object edited
 */
GObject *
pw_prose_view_get_object (PwProseView *self)
{
  g_return_val_if_fail (PW_IS_PROSE_VIEW (self), NULL);

  return self->object;
}

/**
 * pw_prose_view_commit:
 * @self: a prose view
 *
 * Stores what was typed, if anything, as one undo step, without waiting for
 * the pause.
 */
void
pw_prose_view_commit (PwProseView *self)
{
  g_autofree char *text = NULL;
  g_autofree char *current = NULL;
  PwHistory *history;

  g_return_if_fail (PW_IS_PROSE_VIEW (self));

  g_clear_handle_id (&self->commit_source, g_source_remove);
  if (!self->dirty || self->object == NULL)
    return;
  self->dirty = FALSE;

  text = buffer_text (self);
  current = model_text (self);
  if (g_strcmp0 (text, current ? current : "") == 0)
    return;

  history = PW_IS_OBJECT (self->object) ? pw_object_get_history (PW_OBJECT (self->object)) : NULL;
  if (history != NULL)
    pw_history_begin (history, self->undo_label);
  g_object_set (self->object, self->property, *text != '\0' ? text : NULL, NULL);
  if (history != NULL)
    pw_history_end (history);
}

/**
 * pw_prose_view_get_dirty:
 * @self: a prose view
 *
 * Returns: whether something typed waits to be stored
 */
gboolean
pw_prose_view_get_dirty (PwProseView *self)
{
  g_return_val_if_fail (PW_IS_PROSE_VIEW (self), FALSE);

  return self->dirty;
}
