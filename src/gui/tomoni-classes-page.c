/* tomoni-classes-page.c: Japanese classes: terms and their sessions,
 * learners and the waiting list, the attendance grid, the week view
 *
 * Classes are tens to a few hundred: the list holds them all. Sessions and
 * enrolments are those of one term (tens). The grid comes from the core's
 * grid API in two queries.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-classes-page"

#include <glib/gi18n-lib.h>

#include "tomoni-attendance-grid.h"
#include "tomoni-class-dialog.h"
#include "tomoni-classes-page-private.h"
#include "tomoni-date.h"
#include "tomoni-enrol-dialog.h"
#include "tomoni-print.h"
#include "tomoni-session-view.h"
#include "tomoni-store-classes.h"
#include "tomoni-store-people.h"
#include "tomoni-text.h"
#include "tomoni-week-view.h"

G_DEFINE_FINAL_TYPE (TomoniClassesPage, tomoni_classes_page, TOMONI_TYPE_PAGE)


static gboolean
ui_is_japanese (void)
{
  const char * const *langs = g_get_language_names ();

  return langs[0] != NULL && g_str_has_prefix (langs[0], "ja");
}


/* --- selection --------------------------------------------------------- */

TomoniClass *
tomoni_classes_page_get_class (TomoniClassesPage *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASSES_PAGE (self), NULL);
  return gtk_single_selection_get_selected_item (self->class_selection);
}

TomoniTerm *
tomoni_classes_page_get_term (TomoniClassesPage *self)
{
  guint i;

  g_return_val_if_fail (TOMONI_IS_CLASSES_PAGE (self), NULL);
  i = gtk_drop_down_get_selected (self->term_dropdown);
  if (self->terms == NULL || i == GTK_INVALID_LIST_POSITION || i >= self->terms->len)
    return NULL;
  return g_ptr_array_index (self->terms, i);
}

void
tomoni_classes_page_select_class (TomoniClassesPage *self,
                                  gint64             class_id,
                                  gint64             term_id)
{
  GListModel *model;

  g_return_if_fail (TOMONI_IS_CLASSES_PAGE (self));

  model = G_LIST_MODEL (self->filtered);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TomoniClass) klass = g_list_model_get_item (model, i);
      if (tomoni_class_get_id (klass) == class_id)
        {
          gtk_single_selection_set_selected (self->class_selection, i);
          break;
        }
    }
  if (term_id != 0 && self->terms != NULL)
    for (guint i = 0; i < self->terms->len; i++)
      if (tomoni_term_get_id (g_ptr_array_index (self->terms, i)) == term_id)
        gtk_drop_down_set_selected (self->term_dropdown, i);
}

/* --- the class list ----------------------------------------------------- */

static char *
class_subtitle (TomoniClass *klass)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *level = tomoni_class_get_level (klass);

  if (*level != '\0')
    g_string_append (text, tomoni_class_level_label (level));
  if (*tomoni_class_get_venue_name (klass) != '\0')
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", tomoni_class_get_venue_name (klass));
  g_string_append_printf (text, "%s", text->len > 0 ? " · " : "");
  /* Translators: enrolled / capacity of a class, e.g. "12/15 enrolled" */
  g_string_append_printf (text, _("%d/%d enrolled"), tomoni_class_get_n_enrolled (klass),
                          tomoni_class_get_capacity (klass));
  if (tomoni_class_get_n_waiting (klass) > 0)
    {
      g_string_append (text, " · ");
      /* Translators: learners on the waiting list */
      g_string_append_printf (text, _("%d waiting"), tomoni_class_get_n_waiting (klass));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
setup_class_row (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_item_set_child (item, box);
}

static void
bind_class_row (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  data)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  TomoniClass *klass = gtk_list_item_get_item (item);
  g_autofree char *subtitle = class_subtitle (klass);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)),
                      tomoni_class_get_title (klass, ui_is_japanese ()));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), subtitle);
}

static gboolean
class_matches (gpointer item,
               gpointer user_data)
{
  TomoniClassesPage *self = user_data;
  g_autofree char *ja = NULL;
  g_autofree char *en = NULL;

  if (self->search_key == NULL || *self->search_key == '\0')
    return TRUE;
  ja = tomoni_text_search_key (tomoni_class_get_title_ja (item));
  en = tomoni_text_search_key (tomoni_class_get_title_en (item));
  return strstr (ja, self->search_key) != NULL || strstr (en, self->search_key) != NULL;
}

static void
update_main_state (TomoniClassesPage *self)
{
  if (gtk_toggle_button_get_active (self->week_button))
    gtk_stack_set_visible_child_name (self->main_stack, "week");
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->classes)) == 0)
    gtk_stack_set_visible_child_name (self->main_stack, "empty");
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0)
    gtk_stack_set_visible_child_name (self->main_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->main_stack, "classes");
}

void
_tomoni_classes_page_reload_classes (TomoniClassesPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) classes = NULL;
  TomoniClass *selected = tomoni_classes_page_get_class (self);
  gint64 selected_id = selected != NULL ? tomoni_class_get_id (selected) : 0;
  gint64 term_id = current_term_id (self);

  if (get_store (self) == NULL)
    return;
  classes = tomoni_store_list_classes (get_store (self), &error);
  if (classes == NULL)
    {
      toast (self, error->message);
      return;
    }
  self->loading = TRUE;
  g_list_store_splice (self->classes, 0, g_list_model_get_n_items (G_LIST_MODEL (self->classes)),
                       classes->pdata, classes->len);
  self->loading = FALSE;
  update_main_state (self);
  if (selected_id != 0)
    tomoni_classes_page_select_class (self, selected_id, term_id);
  _tomoni_classes_page_reload_detail (self);
}

static void
search_changed_cb (TomoniClassesPage *self)
{
  g_free (self->search_key);
  self->search_key = tomoni_text_search_key (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  if (gtk_toggle_button_get_active (self->week_button))
    gtk_toggle_button_set_active (self->week_button, FALSE);
  gtk_filter_changed (gtk_filter_list_model_get_filter (self->filtered), GTK_FILTER_CHANGE_DIFFERENT);
  update_main_state (self);
}

static void
week_toggled_cb (TomoniClassesPage *self)
{
  if (gtk_toggle_button_get_active (self->week_button))
    tomoni_week_view_reload (self->week_view);
  update_main_state (self);
  if (gtk_toggle_button_get_active (self->week_button))
    gtk_widget_grab_focus (GTK_WIDGET (self->week_view));
}

/* --- sessions ----------------------------------------------------------- */

typedef enum {
  SESSION_DATE,
  SESSION_TIME,
  SESSION_ROOM,
  SESSION_STATUS,
  SESSION_ATTENDED,
  SESSION_REASON,
  N_SESSION_COLUMNS
} SessionColumn;

static const char *session_titles[N_SESSION_COLUMNS] = {
  N_("Date"), N_("Time"), N_("Room"), N_("Status"), N_("Attended"), N_("Reason"),
};

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_session (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  column)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  TomoniSession *session = gtk_list_item_get_item (item);
  const char *status = tomoni_session_get_status (session);
  g_autofree char *text = NULL;
  gboolean held = g_str_equal (status, "scheduled");

  switch (GPOINTER_TO_INT (column))
    {
    case SESSION_DATE:
      {
        GDate date;
        g_date_clear (&date, 1);
        if (tomoni_date_parse (tomoni_session_get_date (session), &date, NULL))
          text = tomoni_date_format_long (&date);
        else
          text = g_strdup (tomoni_session_get_date (session));
      }
      break;
    case SESSION_TIME:
      {
        g_autofree char *a = tomoni_time_format (tomoni_session_get_start_minute (session));
        g_autofree char *b = tomoni_time_format (tomoni_session_get_end_minute (session));
        text = g_strdup_printf ("%s–%s", a, b);
      }
      break;
    case SESSION_ROOM:
      text = g_strdup (tomoni_session_get_room_name (session));
      break;
    case SESSION_STATUS:
      if (tomoni_session_get_extra (session) && held)
        /* Translators: status of a session added by hand */
        text = g_strdup_printf ("%s (%s)", tomoni_session_status_label (status), _("extra"));
      else
        text = g_strdup (tomoni_session_status_label (status));
      break;
    case SESSION_ATTENDED:
      text = held ? g_strdup_printf ("%d", tomoni_session_get_n_attended (session)) : g_strdup ("");
      break;
    case SESSION_REASON:
    default:
      if (*tomoni_session_get_room_override (session) != '\0')
        /* Translators: a session booked knowingly in a room that was in use */
        text = g_strdup_printf (_("Room shared: %s"), tomoni_session_get_room_override (session));
      else
        text = g_strdup (tomoni_session_get_reason (session));
      break;
    }
  gtk_label_set_text (GTK_LABEL (label), text);
  if (held)
    gtk_widget_remove_css_class (label, "dim-label");
  else
    gtk_widget_add_css_class (label, "dim-label");
}

static void
build_sessions_view (TomoniClassesPage *self)
{
  for (int c = 0; c < N_SESSION_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_label), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_session), GINT_TO_POINTER (c));
      column = gtk_column_view_column_new (_(session_titles[c]), factory);
      gtk_column_view_column_set_expand (column, c == SESSION_DATE || c == SESSION_REASON);
      gtk_column_view_append_column (self->sessions_view, column);
      g_object_unref (column);
    }
  self->sessions = g_list_store_new (TOMONI_TYPE_SESSION);
  self->session_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->sessions)));
  gtk_column_view_set_model (self->sessions_view, GTK_SELECTION_MODEL (self->session_selection));
}

void
tomoni_classes_page_open_session (TomoniClassesPage *self,
                                  gint64             session_id)
{
  TomoniSessionView *view;

  g_return_if_fail (TOMONI_IS_CLASSES_PAGE (self));
  view = tomoni_session_view_new (get_window (self), get_store (self), session_id);
  gtk_window_present (GTK_WINDOW (view));
}

static void
session_activated_cb (TomoniClassesPage *self,
                      guint              position)
{
  g_autoptr(TomoniSession) session = g_list_model_get_item (G_LIST_MODEL (self->sessions), position);

  if (session != NULL && !g_str_equal (tomoni_session_get_status (session), "skipped"))
    tomoni_classes_page_open_session (self, tomoni_session_get_id (session));
}

static void
week_session_cb (TomoniClassesPage *self,
                 gint64             session_id)
{
  tomoni_classes_page_open_session (self, session_id);
}

/* --- learners ----------------------------------------------------------- */

typedef enum {
  LEARNER_NAME,
  LEARNER_READING,
  LEARNER_STATUS,
  LEARNER_SINCE,
  N_LEARNER_COLUMNS
} LearnerColumn;

static const char *learner_titles[N_LEARNER_COLUMNS] = {
  N_("Name"), N_("Reading"), N_("Status"), N_("Since"),
};

static void
bind_learner (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  column)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  TomoniEnrolment *enrolment = gtk_list_item_get_item (item);
  const char *status = tomoni_enrolment_get_status (enrolment);
  g_autofree char *text = NULL;

  switch (GPOINTER_TO_INT (column))
    {
    case LEARNER_NAME:
      text = g_strdup (tomoni_enrolment_get_person_name (enrolment));
      break;
    case LEARNER_READING:
      text = g_strdup (tomoni_enrolment_get_person_reading (enrolment));
      break;
    case LEARNER_STATUS:
      if (g_str_equal (status, "waiting"))
        /* Translators: a learner's place on the waiting list */
        text = g_strdup_printf (_("Waiting (%d)"), tomoni_enrolment_get_position (enrolment));
      else if (g_str_equal (status, "withdrawn"))
        text = g_strdup (_("Withdrawn"));
      else if (*tomoni_enrolment_get_promoted_on (enrolment) != '\0')
        /* Translators: enrolled after waiting */
        text = g_strdup (_("Enrolled (from the waiting list)"));
      else
        text = g_strdup (_("Enrolled"));
      break;
    case LEARNER_SINCE:
    default:
      text = g_strdup (g_str_equal (status, "withdrawn") ? tomoni_enrolment_get_withdrawn_on (enrolment)
                       : tomoni_enrolment_get_enrolled_on (enrolment));
      break;
    }
  gtk_label_set_text (GTK_LABEL (label), text);
  if (g_str_equal (status, "withdrawn"))
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
build_learners_view (TomoniClassesPage *self)
{
  for (int c = 0; c < N_LEARNER_COLUMNS; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_label), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_learner), GINT_TO_POINTER (c));
      column = gtk_column_view_column_new (_(learner_titles[c]), factory);
      gtk_column_view_column_set_expand (column, c <= LEARNER_READING);
      gtk_column_view_append_column (self->learners_view, column);
      g_object_unref (column);
    }
  self->enrolments = g_list_store_new (TOMONI_TYPE_ENROLMENT);
  self->enrolment_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->enrolments)));
  gtk_column_view_set_model (self->learners_view, GTK_SELECTION_MODEL (self->enrolment_selection));
}

/* --- the detail of a class ---------------------------------------------- */

void
_tomoni_classes_page_reload_term (TomoniClassesPage *self)
{
  TomoniStore *store = get_store (self);
  gint64 term_id = current_term_id (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) enrolments = NULL;
  TomoniClass *klass = tomoni_classes_page_get_class (self);
  guint held = 0, skipped = 0, cancelled = 0;
  int enrolled = 0, waiting = 0;
  g_autoptr(GString) info = g_string_new (NULL);

  gtk_stack_set_visible_child_name (self->term_stack, term_id != 0 ? "term" : "no-term");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "class.enrol", term_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "class.withdraw", term_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "class.extra-session", term_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "class.print-roster", term_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "class.print-sign-in", term_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "class.open-session", term_id != 0);
  if (term_id == 0 || store == NULL)
    {
      g_list_store_remove_all (self->sessions);
      g_list_store_remove_all (self->enrolments);
      tomoni_attendance_grid_view_load (self->grid_view, NULL, 0, NULL);
      gtk_label_set_text (self->info_label, "");
      return;
    }

  sessions = tomoni_store_list_sessions (store, term_id, &error);
  if (sessions == NULL)
    {
      toast (self, error->message);
      return;
    }
  g_list_store_splice (self->sessions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->sessions)),
                       sessions->pdata, sessions->len);
  for (guint i = 0; i < sessions->len; i++)
    {
      const char *status = tomoni_session_get_status (g_ptr_array_index (sessions, i));
      held += g_str_equal (status, "scheduled");
      skipped += g_str_equal (status, "skipped");
      cancelled += g_str_equal (status, "cancelled");
    }

  enrolments = tomoni_store_list_enrolments (store, term_id, &error);
  if (enrolments == NULL)
    {
      toast (self, error->message);
      return;
    }
  g_list_store_splice (self->enrolments, 0, g_list_model_get_n_items (G_LIST_MODEL (self->enrolments)),
                       enrolments->pdata, enrolments->len);
  gtk_stack_set_visible_child_name (self->learners_stack, enrolments->len > 0 ? "list" : "empty");
  for (guint i = 0; i < enrolments->len; i++)
    {
      const char *status = tomoni_enrolment_get_status (g_ptr_array_index (enrolments, i));
      enrolled += g_str_equal (status, "enrolled");
      waiting += g_str_equal (status, "waiting");
    }

  /* Translators: the state of a term: "12 of 15 enrolled" */
  g_string_append_printf (info, _("%d of %d enrolled"), enrolled, klass != NULL ? tomoni_class_get_capacity (klass) : 0);
  if (waiting > 0)
    /* Translators: appended to the state of a term */
    g_string_append_printf (info, _(" · %d waiting"), waiting);
  g_string_append (info, " · ");
  g_string_append_printf (info, g_dngettext (GETTEXT_PACKAGE, "%u session", "%u sessions", held), held);
  if (skipped > 0)
    {
      g_string_append (info, " · ");
      /* Translators: dates of the weekly schedule on which no session is held */
      g_string_append_printf (info, g_dngettext (GETTEXT_PACKAGE, "%u date skipped", "%u dates skipped", skipped), skipped);
    }
  if (cancelled > 0)
    {
      g_string_append (info, " · ");
      g_string_append_printf (info, g_dngettext (GETTEXT_PACKAGE, "%u cancelled", "%u cancelled", cancelled), cancelled);
    }
  gtk_label_set_text (self->info_label, info->str);

  if (!tomoni_attendance_grid_view_load (self->grid_view, store, term_id, &error))
    toast (self, error->message);
}

static char *
term_label (TomoniTerm *term)
{
  if (*tomoni_term_get_name (term) != '\0')
    return g_strdup_printf ("%s (%s – %s)", tomoni_term_get_name (term),
                            tomoni_term_get_start_date (term), tomoni_term_get_end_date (term));
  return g_strdup_printf ("%s – %s", tomoni_term_get_start_date (term), tomoni_term_get_end_date (term));
}

void
_tomoni_classes_page_reload_detail (TomoniClassesPage *self)
{
  TomoniClass *klass = tomoni_classes_page_get_class (self);
  TomoniStore *store = get_store (self);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  gint64 term_id = current_term_id (self);
  guint selected = GTK_INVALID_LIST_POSITION;
  const char *other_title;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "class.edit", klass != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "class.new-term", klass != NULL);
  if (klass == NULL || store == NULL)
    {
      g_clear_pointer (&self->terms, g_ptr_array_unref);
      _tomoni_classes_page_reload_term (self);
      return;
    }

  gtk_label_set_text (self->title_label, tomoni_class_get_title (klass, ui_is_japanese ()));
  other_title = ui_is_japanese () ? tomoni_class_get_title_en (klass) : tomoni_class_get_title_ja (klass);
  if (*other_title != '\0' && !g_str_equal (other_title, tomoni_class_get_title (klass, ui_is_japanese ())))
    g_string_append (subtitle, other_title);
  if (*tomoni_class_get_level (klass) != '\0')
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "",
                            tomoni_class_level_label (tomoni_class_get_level (klass)));
  g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "",
                          tomoni_class_format_label (tomoni_class_get_format (klass)));
  if (*tomoni_class_get_venue_name (klass) != '\0')
    g_string_append_printf (subtitle, " · %s", tomoni_class_get_venue_name (klass));
  if (*tomoni_class_get_room_name (klass) != '\0')
    g_string_append_printf (subtitle, " · %s", tomoni_class_get_room_name (klass));
  if (tomoni_class_get_meets_on_holidays (klass))
    g_string_append_printf (subtitle, " · %s", _("meets on holidays"));
  gtk_label_set_text (self->subtitle_label, subtitle->str);

  g_clear_pointer (&self->terms, g_ptr_array_unref);
  self->terms = tomoni_store_list_terms (store, tomoni_class_get_id (klass), &error);
  if (self->terms == NULL)
    toast (self, error->message);
  for (guint i = 0; self->terms != NULL && i < self->terms->len; i++)
    {
      TomoniTerm *term = g_ptr_array_index (self->terms, i);
      g_autofree char *label = term_label (term);

      gtk_string_list_append (labels, label);
      if (tomoni_term_get_id (term) == term_id)
        selected = i;
    }
  /* The latest term unless one was chosen. */
  if (selected == GTK_INVALID_LIST_POSITION && self->terms != NULL && self->terms->len > 0)
    selected = self->terms->len - 1;
  self->loading = TRUE;
  gtk_drop_down_set_model (self->term_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->term_dropdown, selected);
  self->loading = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->term_dropdown), self->terms != NULL && self->terms->len > 0);
  _tomoni_classes_page_reload_term (self);
}

static void
term_selected_cb (TomoniClassesPage *self)
{
  if (!self->loading)
    _tomoni_classes_page_reload_term (self);
}

static void
class_selected_cb (TomoniClassesPage *self)
{
  if (self->loading)
    return;
  /* Another class: its latest term. */
  self->loading = TRUE;
  gtk_drop_down_set_selected (self->term_dropdown, GTK_INVALID_LIST_POSITION);
  self->loading = FALSE;
  g_clear_pointer (&self->terms, g_ptr_array_unref);
  _tomoni_classes_page_reload_detail (self);
}

/* --- the store ---------------------------------------------------------- */

static void
tomoni_classes_page_store_set (TomoniPage  *page,
                               TomoniStore *store)
{
  TomoniClassesPage *self = TOMONI_CLASSES_PAGE (page);

  tomoni_week_view_set_store (self->week_view, store);
  _tomoni_classes_page_reload_classes (self);
}

static void
tomoni_classes_page_store_changed (TomoniPage *page,
                                   const char *area)
{
  TomoniClassesPage *self = TOMONI_CLASSES_PAGE (page);

  if (area == NULL || g_str_equal (area, "classes") || g_str_equal (area, "all") || g_str_equal (area, "people"))
    _tomoni_classes_page_reload_classes (self);
  else if (g_str_equal (area, "attendance"))
    _tomoni_classes_page_reload_term (self);
  else
    return;
  if (gtk_toggle_button_get_active (self->week_button))
    tomoni_week_view_reload (self->week_view);
}

TomoniWeekView *
tomoni_classes_page_get_week_view (TomoniClassesPage *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASSES_PAGE (self), NULL);
  return self->week_view;
}

TomoniAttendanceGridView *
tomoni_classes_page_get_grid_view (TomoniClassesPage *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASSES_PAGE (self), NULL);
  return self->grid_view;
}

GListModel *
tomoni_classes_page_get_sessions (TomoniClassesPage *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASSES_PAGE (self), NULL);
  return G_LIST_MODEL (self->sessions);
}

/* --- construction ------------------------------------------------------- */

static void
tomoni_classes_page_dispose (GObject *object)
{
  TomoniClassesPage *self = TOMONI_CLASSES_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), TOMONI_TYPE_CLASSES_PAGE);
  g_clear_object (&self->class_selection);
  g_clear_object (&self->filtered);
  g_clear_object (&self->classes);
  g_clear_object (&self->session_selection);
  g_clear_object (&self->sessions);
  g_clear_object (&self->enrolment_selection);
  g_clear_object (&self->enrolments);
  g_clear_pointer (&self->terms, g_ptr_array_unref);
  g_clear_pointer (&self->search_key, g_free);
  G_OBJECT_CLASS (tomoni_classes_page_parent_class)->dispose (object);
}

static void
tomoni_classes_page_class_init (TomoniClassesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TomoniPageClass *page_class = TOMONI_PAGE_CLASS (klass);

  object_class->dispose = tomoni_classes_page_dispose;
  page_class->store_set = tomoni_classes_page_store_set;
  page_class->store_changed = tomoni_classes_page_store_changed;

  g_type_ensure (TOMONI_TYPE_WEEK_VIEW);
  g_type_ensure (TOMONI_TYPE_ATTENDANCE_GRID_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-classes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniClassesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassesPage, week_button);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassesPage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassesPage, week_view);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassesPage, class_list);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassesPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassesPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassesPage, info_label);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassesPage, term_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassesPage, term_stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassesPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassesPage, sessions_view);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassesPage, learners_view);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassesPage, learners_stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassesPage, grid_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, week_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, week_session_cb);
  gtk_widget_class_bind_template_callback (widget_class, term_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, session_activated_cb);

  _tomoni_classes_page_class_actions_init (widget_class);
}

static void
tomoni_classes_page_init (TomoniClassesPage *self)
{
  GtkListItemFactory *factory;
  GtkFilter *filter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->classes = g_list_store_new (TOMONI_TYPE_CLASS);
  filter = GTK_FILTER (gtk_custom_filter_new (class_matches, self, NULL));
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->classes)), filter);
  self->class_selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)));
  g_signal_connect_swapped (self->class_selection, "notify::selected", G_CALLBACK (class_selected_cb), self);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_class_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_class_row), NULL);
  gtk_list_view_set_factory (self->class_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->class_list, GTK_SELECTION_MODEL (self->class_selection));

  build_sessions_view (self);
  build_learners_view (self);
  update_main_state (self);
  _tomoni_classes_page_reload_detail (self);
}
