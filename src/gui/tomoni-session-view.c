/* tomoni-session-view.c: one session: attendance by keyboard, walk-ins,
 * cancel, move; and the small form for moving, cancelling or adding a session
 *
 * A class has tens of learners, not thousands: the rows are a GtkListBox,
 * which lets the keyboard move from row to row and the view know which row
 * has focus. Each mark is written at once (one store call per key press).
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-session-view"

#include <glib/gi18n-lib.h>

#include "tomoni-date.h"
#include "tomoni-enrol-dialog.h"
#include "tomoni-print.h"
#include "tomoni-session-view.h"
#include "tomoni-text.h"

typedef struct {
  gint64                  person_id;
  TomoniAttendanceKind    kind;
  TomoniAttendanceStatus  status;
  gboolean                withdrawn;
  GtkWidget              *row;
  GtkWidget              *status_image;
  GtkWidget              *status_label;
  GtkWidget              *buttons[4];
} Learner;

struct _TomoniSessionView
{
  AdwWindow           parent_instance;

  TomoniStore        *store;
  gint64              session_id;
  TomoniSession      *session;
  GArray             *learners;      /* Learner */
  gboolean            updating;

  AdwWindowTitle     *title;
  AdwToastOverlay    *toasts;
  GtkWidget          *banner;
  GtkLabel           *banner_label;
  GtkLabel           *summary;
  GtkListBox         *list;
  GtkStack           *stack;
  GtkWidget          *visitor_button;
};

G_DEFINE_FINAL_TYPE (TomoniSessionView, tomoni_session_view, ADW_TYPE_WINDOW)

static const struct {
  TomoniAttendanceStatus  status;
  const char             *icon;
  const char             *style;
  const char             *short_label;   /* N_() */
} marks[] = {
  { TOMONI_ATTENDANCE_PRESENT, "object-select-symbolic", "success",
    /* Translators: one-letter button for "present"; Japanese: 出 */
    NC_("attendance", "P") },
  { TOMONI_ATTENDANCE_LATE, "alarm-symbolic", "warning",
    /* Translators: one-letter button for "late"; Japanese: 遅 */
    NC_("attendance", "L") },
  { TOMONI_ATTENDANCE_EXCUSED, "mail-unread-symbolic", "accent",
    /* Translators: one-letter button for "excused" (absent with notice); Japanese: 届 */
    NC_("attendance", "E") },
  { TOMONI_ATTENDANCE_ABSENT, "window-close-symbolic", "error",
    /* Translators: one-letter button for "absent"; Japanese: 欠 */
    NC_("attendance", "A") },
};

static void reload (TomoniSessionView *self);

char *
tomoni_session_dup_when (TomoniSession *session)
{
  GDate date;
  g_autofree char *day = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  const char *venue, *room;

  g_return_val_if_fail (TOMONI_IS_SESSION (session), NULL);

  g_date_clear (&date, 1);
  if (tomoni_date_parse (tomoni_session_get_date (session), &date, NULL))
    day = tomoni_date_format_long (&date);
  else
    day = g_strdup (tomoni_session_get_date (session));
  start = tomoni_time_format (tomoni_session_get_start_minute (session));
  end = tomoni_time_format (tomoni_session_get_end_minute (session));
  venue = tomoni_session_get_venue_name (session);
  room = tomoni_session_get_room_name (session);
  if (*venue != '\0' && *room != '\0')
    return g_strdup_printf ("%s %s–%s · %s · %s", day, start, end, venue, room);
  if (*venue != '\0' || *room != '\0')
    return g_strdup_printf ("%s %s–%s · %s", day, start, end, *venue != '\0' ? venue : room);
  return g_strdup_printf ("%s %s–%s", day, start, end);
}

/* --- rows --------------------------------------------------------------- */

static void
show_status (Learner *learner)
{
  const char *icon = "radio-symbolic";
  const char *word = _("Not taken");

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      gboolean on = marks[i].status == learner->status;

      gtk_widget_remove_css_class (learner->status_label, marks[i].style);
      gtk_widget_remove_css_class (learner->status_image, marks[i].style);
      if (on)
        {
          icon = marks[i].icon;
          word = tomoni_attendance_status_label (marks[i].status);
          gtk_widget_add_css_class (learner->status_label, marks[i].style);
          gtk_widget_add_css_class (learner->status_image, marks[i].style);
        }
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (learner->buttons[i]), on);
    }
  gtk_image_set_from_icon_name (GTK_IMAGE (learner->status_image), icon);
  gtk_label_set_text (GTK_LABEL (learner->status_label), word);
  gtk_accessible_update_property (GTK_ACCESSIBLE (learner->row),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, word, -1);
}

static void
update_summary (TomoniSessionView *self)
{
  guint marked = 0, attended = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < self->learners->len; i++)
    {
      Learner *learner = &g_array_index (self->learners, Learner, i);

      if (learner->status != TOMONI_ATTENDANCE_NONE)
        marked++;
      if (learner->status == TOMONI_ATTENDANCE_PRESENT || learner->status == TOMONI_ATTENDANCE_LATE)
        attended++;
    }
  /* Translators: a summary above the attendance list, e.g. "12 of 15 marked · 11 attended" */
  text = g_strdup_printf (_("%u of %u marked · %u attended"), marked, self->learners->len, attended);
  gtk_label_set_text (self->summary, text);
  /* Attendance stays with its session: a session with marks cannot move. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.move",
                                 marked == 0 && self->session != NULL &&
                                 g_str_equal (tomoni_session_get_status (self->session), "scheduled"));
}

static gboolean
set_status (TomoniSessionView       *self,
            guint                    index,
            TomoniAttendanceStatus   status)
{
  Learner *learner;
  g_autoptr(GError) error = NULL;

  g_assert (index < self->learners->len);
  learner = &g_array_index (self->learners, Learner, index);

  if (!tomoni_store_set_attendance (self->store, self->session_id, learner->person_id,
                                    status, learner->kind, &error))
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return FALSE;
    }
  learner->status = status;
  self->updating = TRUE;
  show_status (learner);
  self->updating = FALSE;
  update_summary (self);
  return TRUE;
}

static void
mark_button_toggled (GtkToggleButton *button,
                     Learner         *unused)
{
  TomoniSessionView *self = TOMONI_SESSION_VIEW (gtk_widget_get_root (GTK_WIDGET (button)));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  guint mark = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "mark"));
  Learner *learner;

  if (self->updating || index >= self->learners->len)
    return;
  learner = &g_array_index (self->learners, Learner, index);
  if (gtk_toggle_button_get_active (button))
    set_status (self, index, marks[mark].status);
  else if (learner->status == marks[mark].status)
    set_status (self, index, TOMONI_ATTENDANCE_NONE);
}

static GtkWidget *
build_row (TomoniSessionView *self,
           Learner           *learner,
           guint              index,
           const char        *name,
           const char        *reading)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *status_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  if (learner->kind != TOMONI_ATTENDANCE_KIND_ENROLLED || learner->withdrawn)
    {
      /* Translators: a reading and a tag, e.g. "グエン · Trial" */
      g_autofree char *sub = g_strdup_printf (_("%s · %s"), reading,
                                              learner->withdrawn ? _("Withdrawn")
                                              : tomoni_attendance_kind_label (learner->kind));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sub);
    }
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), reading);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, TRUE);

  learner->status_image = gtk_image_new ();
  learner->status_label = gtk_label_new (NULL);
  gtk_label_set_width_chars (GTK_LABEL (learner->status_label), 8);
  gtk_label_set_xalign (GTK_LABEL (learner->status_label), 0);
  gtk_box_append (GTK_BOX (status_box), learner->status_image);
  gtk_box_append (GTK_BOX (status_box), learner->status_label);
  gtk_widget_set_valign (status_box, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status_box);

  gtk_widget_add_css_class (buttons, "linked");
  gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      GtkWidget *button = gtk_toggle_button_new_with_label (g_dpgettext2 (GETTEXT_PACKAGE, "attendance",
                                                                          marks[i].short_label));
      const char *word = tomoni_attendance_status_label (marks[i].status);
      g_autofree char *tip = g_strdup_printf ("%s (%s, %u)", word,
                                              g_dpgettext2 (GETTEXT_PACKAGE, "attendance", marks[i].short_label),
                                              i + 1);

      /* The keys do this for keyboard users; the buttons are for the mouse. */
      gtk_widget_set_focusable (button, FALSE);
      gtk_widget_set_tooltip_text (button, tip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, word, -1);
      g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
      g_object_set_data (G_OBJECT (button), "mark", GUINT_TO_POINTER (i));
      g_signal_connect (button, "toggled", G_CALLBACK (mark_button_toggled), NULL);
      learner->buttons[i] = button;
      gtk_box_append (GTK_BOX (buttons), button);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), buttons);
  learner->row = row;
  return row;
}

static void
clear_learner (gpointer data)
{
  Learner *learner = data;
  learner->row = NULL;
}

/* --- loading ------------------------------------------------------------ */

static void
reload (TomoniSessionView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniSession) session = NULL;
  g_autoptr(TomoniAttendanceGrid) grid = NULL;
  g_autofree char *when = NULL;
  int focused = tomoni_session_view_get_focused (self);
  const char *status;
  int col;
  GtkWidget *child;

  session = tomoni_store_get_session (self->store, self->session_id, &error);
  if (session == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  g_set_object (&self->session, session);

  adw_window_title_set_title (self->title, tomoni_session_get_class_title (session));
  when = tomoni_session_dup_when (session);
  adw_window_title_set_subtitle (self->title, when);
  gtk_window_set_title (GTK_WINDOW (self), tomoni_session_get_class_title (session));

  status = tomoni_session_get_status (session);
  gtk_widget_set_visible (self->banner, !g_str_equal (status, "scheduled"));
  if (!g_str_equal (status, "scheduled"))
    {
      const char *reason = tomoni_session_get_reason (session);
      g_autofree char *text = NULL;

      if (*reason != '\0')
        /* Translators: a session's status and why, e.g. "Cancelled: typhoon" */
        text = g_strdup_printf (_("%s: %s"), tomoni_session_status_label (status), reason);
      else
        text = g_strdup (tomoni_session_status_label (status));
      gtk_label_set_text (self->banner_label, text);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.cancel", g_str_equal (status, "scheduled"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.move", g_str_equal (status, "scheduled"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.add-visitor", g_str_equal (status, "scheduled"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "session.mark", g_str_equal (status, "scheduled"));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_array_set_size (self->learners, 0);

  grid = tomoni_store_get_attendance_grid (self->store, tomoni_session_get_term_id (session), &error);
  if (grid == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  col = tomoni_attendance_grid_find_session (grid, self->session_id);

  for (guint r = 0; r < grid->n_rows; r++)
    {
      TomoniGridRow *row = &grid->rows[r];
      Learner learner = { 0 };

      learner.person_id = row->person_id;
      learner.kind = g_str_equal (row->enrolment, "") ? row->kind : TOMONI_ATTENDANCE_KIND_ENROLLED;
      learner.withdrawn = g_str_equal (row->enrolment, "withdrawn");
      learner.status = col >= 0 ? tomoni_attendance_grid_get (grid, r, (guint)col) : TOMONI_ATTENDANCE_NONE;
      /* Withdrawn learners and visitors of other sessions: only if marked here. */
      if ((learner.withdrawn || learner.kind != TOMONI_ATTENDANCE_KIND_ENROLLED) &&
          learner.status == TOMONI_ATTENDANCE_NONE)
        continue;
      g_array_append_val (self->learners, learner);
    }
  for (guint i = 0; i < self->learners->len; i++)
    {
      Learner *learner = &g_array_index (self->learners, Learner, i);
      guint r;

      for (r = 0; r < grid->n_rows; r++)
        if (grid->rows[r].person_id == learner->person_id)
          break;
      gtk_list_box_append (self->list, build_row (self, learner, i, grid->rows[r].name, grid->rows[r].reading));
      self->updating = TRUE;
      show_status (learner);
      self->updating = FALSE;
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->list), g_str_equal (status, "scheduled"));
  gtk_stack_set_visible_child_name (self->stack, self->learners->len > 0 ? "list" : "empty");
  update_summary (self);

  if (self->learners->len > 0)
    tomoni_session_view_focus_learner (self, focused >= 0 ? MIN ((guint)focused, self->learners->len - 1) : 0);
}

static void
store_changed_cb (TomoniSessionView *self,
                  const char        *area,
                  TomoniStore       *store)
{
  /* Our own marks are shown already; anything else may change the list. */
  if (g_strcmp0 (area, "attendance") != 0)
    reload (self);
}

/* --- public ------------------------------------------------------------ */

gint64
tomoni_session_view_get_session_id (TomoniSessionView *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION_VIEW (self), 0);
  return self->session_id;
}

guint
tomoni_session_view_get_n_learners (TomoniSessionView *self)
{
  g_return_val_if_fail (TOMONI_IS_SESSION_VIEW (self), 0);
  return self->learners->len;
}

gint64
tomoni_session_view_get_learner (TomoniSessionView *self,
                                 guint              index)
{
  g_return_val_if_fail (TOMONI_IS_SESSION_VIEW (self), 0);
  g_return_val_if_fail (index < self->learners->len, 0);
  return g_array_index (self->learners, Learner, index).person_id;
}

void
tomoni_session_view_focus_learner (TomoniSessionView *self,
                                   guint              index)
{
  g_return_if_fail (TOMONI_IS_SESSION_VIEW (self));
  g_return_if_fail (index < self->learners->len);
  gtk_widget_grab_focus (g_array_index (self->learners, Learner, index).row);
}

int
tomoni_session_view_get_focused (TomoniSessionView *self)
{
  GtkWidget *focus;

  g_return_val_if_fail (TOMONI_IS_SESSION_VIEW (self), -1);

  focus = gtk_root_get_focus (GTK_ROOT (self));
  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    if (GTK_IS_LIST_BOX_ROW (focus) && gtk_widget_get_parent (focus) == GTK_WIDGET (self->list))
      return gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (focus));
  return -1;
}

/* --- actions ------------------------------------------------------------ */

static void
mark_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TomoniSessionView *self = TOMONI_SESSION_VIEW (widget);
  const char *key = g_variant_get_string (parameter, NULL);
  TomoniAttendanceStatus status = TOMONI_ATTENDANCE_NONE;
  int index = tomoni_session_view_get_focused (self);

  if (index < 0)
    {
      if (self->learners->len == 0)
        return;
      index = 0;
    }
  if (*key != '\0' && !tomoni_attendance_status_from_key (key, &status))
    return;
  if (!set_status (self, (guint)index, status))
    return;
  /* On to the next learner, as on paper. */
  if ((guint)index + 1 < self->learners->len)
    tomoni_session_view_focus_learner (self, (guint)index + 1);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TomoniSessionView *self = TOMONI_SESSION_VIEW (widget);
  g_autoptr(GError) error = NULL;
  TomoniPrintDocument *document;

  document = tomoni_print_document_new_sign_in_sheet (self->store, self->session_id, &error);
  if (document == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (error->message));
      return;
    }
  tomoni_print_document_run_dialog (document, widget);
}

static void
form_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TomoniSessionView *self = TOMONI_SESSION_VIEW (widget);
  TomoniSessionFormKind kind = g_str_equal (action_name, "session.move")
                               ? TOMONI_SESSION_FORM_MOVE : TOMONI_SESSION_FORM_CANCEL;

  gtk_window_present (tomoni_session_form_new (GTK_WINDOW (self), self->store, kind, self->session_id));
}

static void
visitor_added_cb (TomoniSessionView *self,
                  gint64             person_id,
                  TomoniEnrolDialog *dialog)
{
  reload (self);
  for (guint i = 0; i < self->learners->len; i++)
    if (g_array_index (self->learners, Learner, i).person_id == person_id)
      tomoni_session_view_focus_learner (self, i);
}

static void
add_visitor_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TomoniSessionView *self = TOMONI_SESSION_VIEW (widget);
  TomoniEnrolDialog *dialog;

  dialog = tomoni_enrol_dialog_new_visitor (GTK_WINDOW (self), self->store, self->session_id);
  g_signal_connect_object (dialog, "done", G_CALLBACK (visitor_added_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- construction ------------------------------------------------------- */

static void
tomoni_session_view_dispose (GObject *object)
{
  TomoniSessionView *self = TOMONI_SESSION_VIEW (object);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  g_clear_object (&self->session);
  g_clear_pointer (&self->learners, g_array_unref);
  G_OBJECT_CLASS (tomoni_session_view_parent_class)->dispose (object);
}

static void
tomoni_session_view_class_init (TomoniSessionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const struct { guint key; const char *status; } keys[] = {
    { GDK_KEY_p, "present" }, { GDK_KEY_1, "present" }, { GDK_KEY_KP_1, "present" },
    { GDK_KEY_l, "late" }, { GDK_KEY_2, "late" }, { GDK_KEY_KP_2, "late" },
    { GDK_KEY_e, "excused" }, { GDK_KEY_3, "excused" }, { GDK_KEY_KP_3, "excused" },
    { GDK_KEY_a, "absent" }, { GDK_KEY_4, "absent" }, { GDK_KEY_KP_4, "absent" },
    { GDK_KEY_Delete, "" }, { GDK_KEY_BackSpace, "" },
  };

  object_class->dispose = tomoni_session_view_dispose;

  gtk_widget_class_install_action (widget_class, "session.mark", "s", mark_activated);
  gtk_widget_class_install_action (widget_class, "session.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "session.cancel", NULL, form_activated);
  gtk_widget_class_install_action (widget_class, "session.move", NULL, form_activated);
  gtk_widget_class_install_action (widget_class, "session.add-visitor", NULL, add_visitor_activated);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i].key, 0, "session.mark", "s", keys[i].status);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "session.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "session.add-visitor", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-session-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniSessionView, title);
  gtk_widget_class_bind_template_child (widget_class, TomoniSessionView, toasts);
  gtk_widget_class_bind_template_child (widget_class, TomoniSessionView, banner);
  gtk_widget_class_bind_template_child (widget_class, TomoniSessionView, banner_label);
  gtk_widget_class_bind_template_child (widget_class, TomoniSessionView, summary);
  gtk_widget_class_bind_template_child (widget_class, TomoniSessionView, list);
  gtk_widget_class_bind_template_child (widget_class, TomoniSessionView, stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniSessionView, visitor_button);
}

static void
tomoni_session_view_init (TomoniSessionView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->learners = g_array_new (FALSE, TRUE, sizeof (Learner));
  g_array_set_clear_func (self->learners, clear_learner);
}

TomoniSessionView *
tomoni_session_view_new (GtkWindow   *parent,
                         TomoniStore *store,
                         gint64       session_id)
{
  TomoniSessionView *self;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);

  self = g_object_new (TOMONI_TYPE_SESSION_VIEW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->session_id = session_id;
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  reload (self);
  return self;
}

/* --- the small form: move, extra, cancel -------------------------------- */

typedef struct {
  GtkWindow             *window;
  TomoniStore           *store;
  TomoniSessionFormKind  kind;
  gint64                 id;
  gint64                 class_id;
  gint64                 room_id;
  GtkEditable           *date;
  GtkEditable           *start;
  GtkEditable           *end;
  GtkEditable           *reason;
  GtkLabel              *error;
  GtkWidget             *override_box;
  GtkEditable           *override_reason;
} Form;

static void
form_free (Form *form)
{
  g_clear_object (&form->store);
  g_free (form);
}

static void
form_show_error (Form       *form,
                 const char *message)
{
  gtk_label_set_text (form->error, message);
  gtk_widget_set_visible (GTK_WIDGET (form->error), message != NULL);
}

static gboolean
form_parse (Form  *form,
            char **out_date,
            int   *out_start,
            int   *out_end)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  g_date_clear (&date, 1);
  if (!tomoni_date_parse (gtk_editable_get_text (form->date), &date, &error))
    {
      /* Translators: %s says what is wrong with the date */
      g_autofree char *message = g_strdup_printf (_("Date: %s"), error->message);
      form_show_error (form, message);
      gtk_widget_grab_focus (GTK_WIDGET (form->date));
      return FALSE;
    }
  if (!tomoni_time_parse (gtk_editable_get_text (form->start), out_start, &error))
    {
      /* Translators: %s says what is wrong with the time */
      g_autofree char *message = g_strdup_printf (_("Start: %s"), error->message);
      form_show_error (form, message);
      gtk_widget_grab_focus (GTK_WIDGET (form->start));
      return FALSE;
    }
  if (!tomoni_time_parse (gtk_editable_get_text (form->end), out_end, &error))
    {
      g_autofree char *message = g_strdup_printf (_("End: %s"), error->message);
      form_show_error (form, message);
      gtk_widget_grab_focus (GTK_WIDGET (form->end));
      return FALSE;
    }
  *out_date = tomoni_date_format_iso (&date);
  return TRUE;
}

static void
form_save (Form     *form,
           gboolean  override)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autoptr(TomoniSession) created = NULL;
  const char *override_reason = NULL;
  const char *reason = gtk_editable_get_text (form->reason);
  int start = 0, end = 0;

  if (form->kind == TOMONI_SESSION_FORM_CANCEL)
    {
      if (!tomoni_store_cancel_session (form->store, form->id, reason, &error))
        {
          form_show_error (form, error->message);
          gtk_widget_grab_focus (GTK_WIDGET (form->reason));
          return;
        }
      gtk_window_destroy (form->window);
      return;
    }

  if (!form_parse (form, &date, &start, &end))
    return;

  if (override)
    {
      override_reason = gtk_editable_get_text (form->override_reason);
      if (tomoni_text_is_blank (override_reason))
        {
          form_show_error (form, _("Reason for the double booking: write why the room may be shared."));
          gtk_widget_grab_focus (GTK_WIDGET (form->override_reason));
          return;
        }
    }
  else
    {
      TomoniConflictKind conflict = TOMONI_CONFLICT_NONE;

      if (!tomoni_store_check_booking (form->store, form->class_id, date, start, end, form->room_id,
                                       form->kind == TOMONI_SESSION_FORM_MOVE ? form->id : 0,
                                       &conflict, &error))
        {
          form_show_error (form, error->message);
          gtk_widget_set_visible (form->override_box, conflict == TOMONI_CONFLICT_ROOM);
          return;
        }
    }

  if (form->kind == TOMONI_SESSION_FORM_MOVE)
    created = tomoni_store_move_session (form->store, form->id, date, start, end, 0,
                                         reason, override_reason, &error);
  else
    created = tomoni_store_add_extra_session (form->store, form->id, date, start, end, 0,
                                              override_reason, &error);
  if (created == NULL)
    {
      form_show_error (form, error->message);
      gtk_widget_set_visible (form->override_box,
                              g_error_matches (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT) &&
                              override_reason == NULL && gtk_widget_get_visible (form->override_box));
      return;
    }
  gtk_window_destroy (form->window);
}

static void
form_save_clicked (GtkButton *button,
                   Form      *form)
{
  form_save (form, FALSE);
}

static void
form_override_clicked (GtkButton *button,
                       Form      *form)
{
  form_save (form, TRUE);
}

static GtkWidget *
form_entry_row (GtkWidget    *group,
                const char   *title,
                GtkEditable **out)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  *out = GTK_EDITABLE (row);
  return row;
}

GtkWindow *
tomoni_session_form_new (GtkWindow             *parent,
                         TomoniStore           *store,
                         TomoniSessionFormKind  kind,
                         gint64                 id)
{
  Form *form = g_new0 (Form, 1);
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *override_group = adw_preferences_group_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Back"));
  GtkWidget *save;
  GtkWidget *override;
  g_autoptr(GError) error = NULL;
  const char *title;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);

  form->window = GTK_WINDOW (window);
  form->store = g_object_ref (store);
  form->kind = kind;
  form->id = id;
  g_object_set_data_full (G_OBJECT (window), "tomoni-form", form, (GDestroyNotify)form_free);

  switch (kind)
    {
    case TOMONI_SESSION_FORM_MOVE:
      title = _("Move Session");
      save = gtk_button_new_with_mnemonic (_("_Move"));
      break;
    case TOMONI_SESSION_FORM_EXTRA:
      title = _("Add Extra Session");
      save = gtk_button_new_with_mnemonic (_("_Add"));
      break;
    case TOMONI_SESSION_FORM_CANCEL:
    default:
      title = _("Cancel Session");
      save = gtk_button_new_with_mnemonic (_("_Cancel Session"));
      break;
    }

  gtk_window_set_title (GTK_WINDOW (window), title);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 480, -1);
  gtk_widget_add_css_class (save, kind == TOMONI_SESSION_FORM_CANCEL ? "destructive-action" : "suggested-action");
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), window);
  g_signal_connect (save, "clicked", G_CALLBACK (form_save_clicked), form);
  gtk_window_set_default_widget (GTK_WINDOW (window), save);
  gtk_box_append (GTK_BOX (box), header);

  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 18);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);

  form->error = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (form->error, TRUE);
  gtk_label_set_xalign (form->error, 0);
  gtk_widget_add_css_class (GTK_WIDGET (form->error), "error");
  gtk_widget_set_visible (GTK_WIDGET (form->error), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->error), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problem"), -1);

  if (kind == TOMONI_SESSION_FORM_EXTRA)
    {
      g_autoptr(TomoniTerm) term = tomoni_store_get_term (store, id, &error);
      g_autoptr(TomoniClass) klass = term != NULL ? tomoni_store_get_class (store, tomoni_term_get_class_id (term), NULL) : NULL;
      g_autoptr(GArray) schedule = tomoni_store_get_term_schedule (store, id, NULL);

      form_entry_row (group, _("_Date"), &form->date);
      form_entry_row (group, _("_Start"), &form->start);
      form_entry_row (group, _("_End"), &form->end);
      if (klass != NULL)
        {
          form->class_id = tomoni_class_get_id (klass);
          form->room_id = tomoni_class_get_room_id (klass);
        }
      if (schedule != NULL && schedule->len > 0)
        {
          TomoniWeeklySlot *slot = &g_array_index (schedule, TomoniWeeklySlot, 0);
          g_autofree char *a = tomoni_time_format (slot->start_minute);
          g_autofree char *b = tomoni_time_format (slot->end_minute);
          gtk_editable_set_text (form->start, a);
          gtk_editable_set_text (form->end, b);
        }
      form->reason = GTK_EDITABLE (gtk_entry_new ());   /* unused, not shown */
      g_object_ref_sink (form->reason);
      g_object_set_data_full (G_OBJECT (window), "unused-reason", form->reason, g_object_unref);
    }
  else
    {
      g_autoptr(TomoniSession) session = tomoni_store_get_session (store, id, &error);

      if (session != NULL)
        {
          g_autofree char *when = tomoni_session_dup_when (session);
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), tomoni_session_get_class_title (session));
          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), when);
          form->class_id = tomoni_session_get_class_id (session);
          form->room_id = tomoni_session_get_room_id (session);
        }
      if (kind == TOMONI_SESSION_FORM_MOVE)
        {
          form_entry_row (group, _("New _Date"), &form->date);
          form_entry_row (group, _("_Start"), &form->start);
          form_entry_row (group, _("_End"), &form->end);
          if (session != NULL)
            {
              g_autofree char *a = tomoni_time_format (tomoni_session_get_start_minute (session));
              g_autofree char *b = tomoni_time_format (tomoni_session_get_end_minute (session));
              gtk_editable_set_text (form->date, tomoni_session_get_date (session));
              gtk_editable_set_text (form->start, a);
              gtk_editable_set_text (form->end, b);
            }
        }
      form_entry_row (group, kind == TOMONI_SESSION_FORM_MOVE ? _("_Reason (optional)") : _("_Reason"),
                      &form->reason);
    }
  gtk_box_append (GTK_BOX (content), group);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (form->error));

  /* Shown after a room conflict: book anyway, saying why. */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (override_group), _("Share the Room Anyway"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (override_group),
                                         _("The reason is kept with the session."));
  form_entry_row (override_group, _("Reason for the _double booking"), &form->override_reason);
  override = gtk_button_new_with_mnemonic (_("_Book Anyway"));
  gtk_widget_add_css_class (override, "destructive-action");
  gtk_widget_set_halign (override, GTK_ALIGN_END);
  gtk_widget_set_margin_top (override, 6);
  g_signal_connect (override, "clicked", G_CALLBACK (form_override_clicked), form);
  form->override_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (form->override_box), override_group);
  gtk_box_append (GTK_BOX (form->override_box), override);
  gtk_widget_set_visible (form->override_box, FALSE);
  gtk_box_append (GTK_BOX (content), form->override_box);

  gtk_box_append (GTK_BOX (box), content);
  adw_window_set_content (ADW_WINDOW (window), box);
  if (error != NULL)
    form_show_error (form, error->message);
  return GTK_WINDOW (window);
}
