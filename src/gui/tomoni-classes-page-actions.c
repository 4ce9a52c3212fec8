/* tomoni-classes-page-actions.c: what the page's buttons, menus and
 * shortcuts do
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-classes-page"

#include <glib/gi18n.h>

#include "tomoni-classes-page-private.h"

/* --- actions ------------------------------------------------------------ */

static void
class_saved_cb (TomoniClassesPage *self,
                TomoniClassDialog *dialog)
{
  gint64 class_id = tomoni_class_dialog_get_class_id (dialog);
  gint64 term_id = tomoni_class_dialog_get_term_id (dialog);

  _tomoni_classes_page_reload_classes (self);
  tomoni_classes_page_select_class (self, class_id, term_id);
  if (term_id != 0)
    {
      g_autoptr(TomoniTerm) term = tomoni_store_get_term (get_store (self), term_id, NULL);
      g_autoptr(GPtrArray) sessions = tomoni_store_list_sessions (get_store (self), term_id, NULL);
      guint held = 0, skipped = 0;
      g_autofree char *message = NULL;

      for (guint i = 0; sessions != NULL && i < sessions->len; i++)
        {
          const char *status = tomoni_session_get_status (g_ptr_array_index (sessions, i));
          held += g_str_equal (status, "scheduled");
          skipped += g_str_equal (status, "skipped");
        }
      /* Translators: after planning a term */
      message = g_strdup_printf (_("Term planned: %u sessions, %u dates skipped"), held, skipped);
      toast (self, message);
      adw_view_stack_set_visible_child_name (self->detail_stack, "sessions");
    }
}

void
tomoni_classes_page_new_class (TomoniClassesPage *self)
{
  TomoniClassDialog *dialog;

  g_return_if_fail (TOMONI_IS_CLASSES_PAGE (self));
  dialog = tomoni_class_dialog_new (get_window (self), get_store (self), NULL);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (class_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  tomoni_classes_page_new_class (TOMONI_CLASSES_PAGE (widget));
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TomoniClassesPage *self = TOMONI_CLASSES_PAGE (widget);

  gtk_toggle_button_set_active (self->week_button, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TomoniClassesPage *self = TOMONI_CLASSES_PAGE (widget);
  TomoniClass *klass = tomoni_classes_page_get_class (self);
  TomoniClassDialog *dialog;

  if (klass == NULL)
    return;
  dialog = tomoni_class_dialog_new (get_window (self), get_store (self), klass);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (class_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_term_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TomoniClassesPage *self = TOMONI_CLASSES_PAGE (widget);
  TomoniClass *klass = tomoni_classes_page_get_class (self);
  gint64 previous = 0;
  TomoniClassDialog *dialog;

  if (klass == NULL)
    return;
  if (self->terms != NULL && self->terms->len > 0)
    previous = tomoni_term_get_id (g_ptr_array_index (self->terms, self->terms->len - 1));
  dialog = tomoni_class_dialog_new_term (get_window (self), get_store (self), tomoni_class_get_id (klass), previous);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (class_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
extra_session_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  TomoniClassesPage *self = TOMONI_CLASSES_PAGE (widget);
  gint64 term_id = current_term_id (self);

  if (term_id != 0)
    gtk_window_present (tomoni_session_form_new (get_window (self), get_store (self),
                                                 TOMONI_SESSION_FORM_EXTRA, term_id));
}

static void
enrol_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TomoniClassesPage *self = TOMONI_CLASSES_PAGE (widget);
  gint64 term_id = current_term_id (self);

  if (term_id != 0)
    gtk_window_present (GTK_WINDOW (tomoni_enrol_dialog_new (get_window (self), get_store (self), term_id)));
}

gboolean
tomoni_classes_page_withdraw (TomoniClassesPage *self,
                              gint64             person_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniEnrolment) promoted = NULL;
  g_autoptr(TomoniPerson) person = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  gint64 term_id;

  g_return_val_if_fail (TOMONI_IS_CLASSES_PAGE (self), FALSE);

  term_id = current_term_id (self);
  person = tomoni_store_get_person (get_store (self), person_id, NULL);
  name = person != NULL ? tomoni_person_dup_display_name (person) : g_strdup ("");
  if (!tomoni_store_withdraw (get_store (self), term_id, person_id, &promoted, &error))
    {
      toast (self, error->message);
      return FALSE;
    }
  if (promoted != NULL)
    /* Translators: after a withdrawal: the first name withdrew, the second
     * was the first on the waiting list and now has a place */
    message = g_strdup_printf (_("%s withdrawn. %s was promoted from the waiting list."), name,
                               tomoni_enrolment_get_person_name (promoted));
  else
    /* Translators: %s is a name */
    message = g_strdup_printf (_("%s withdrawn"), name);
  {
    AdwToast *t = adw_toast_new (message);
    adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
    adw_toast_set_timeout (t, promoted != NULL ? 10 : 5);
    tomoni_page_toast (TOMONI_PAGE (self), t);
  }
  return TRUE;
}

static void
withdraw_response_cb (AdwMessageDialog  *dialog,
                      const char        *response,
                      TomoniClassesPage *self)
{
  gint64 person_id = *(gint64 *)g_object_get_data (G_OBJECT (dialog), "person-id");

  if (g_str_equal (response, "withdraw"))
    tomoni_classes_page_withdraw (self, person_id);
}

static void
withdraw_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TomoniClassesPage *self = TOMONI_CLASSES_PAGE (widget);
  TomoniEnrolment *enrolment = gtk_single_selection_get_selected_item (self->enrolment_selection);
  GtkWidget *dialog;
  g_autofree char *heading = NULL;
  gint64 *id;

  if (enrolment == NULL || g_str_equal (tomoni_enrolment_get_status (enrolment), "withdrawn"))
    {
      toast (self, _("Select an enrolled or waiting learner in the list first."));
      return;
    }
  /* Translators: %s is a name */
  heading = g_strdup_printf (_("Withdraw %s?"), tomoni_enrolment_get_person_name (enrolment));
  dialog = adw_message_dialog_new (get_window (self), heading,
                                   _("Their attendance so far is kept. If they had a place, the first learner on the waiting list takes it."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "withdraw", _("_Withdraw"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "withdraw", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  id = g_new (gint64, 1);
  *id = tomoni_enrolment_get_person_id (enrolment);
  g_object_set_data_full (G_OBJECT (dialog), "person-id", id, g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (withdraw_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_roster_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TomoniClassesPage *self = TOMONI_CLASSES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  TomoniPrintDocument *document;

  document = tomoni_print_document_new_roster (get_store (self), current_term_id (self), &error);
  if (document == NULL)
    {
      toast (self, error->message);
      return;
    }
  tomoni_print_document_run_dialog (document, widget);
}

/* The selected session, or else the next one to be held (today or later). */
static TomoniSession *
pick_session (TomoniClassesPage *self)
{
  TomoniSession *selected = gtk_single_selection_get_selected_item (self->session_selection);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  TomoniSession *last = NULL;

  if (selected != NULL && g_str_equal (tomoni_session_get_status (selected), "scheduled"))
    return selected;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->sessions)); i++)
    {
      g_autoptr(TomoniSession) session = g_list_model_get_item (G_LIST_MODEL (self->sessions), i);
      if (!g_str_equal (tomoni_session_get_status (session), "scheduled"))
        continue;
      last = session;
      if (strcmp (tomoni_session_get_date (session), today) >= 0)
        return session;
    }
  return last;
}

static void
print_sign_in_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  TomoniClassesPage *self = TOMONI_CLASSES_PAGE (widget);
  TomoniSession *session = pick_session (self);
  g_autoptr(GError) error = NULL;
  TomoniPrintDocument *document;

  if (session == NULL)
    {
      toast (self, _("This term has no session to print a sign-in sheet for."));
      return;
    }
  document = tomoni_print_document_new_sign_in_sheet (get_store (self), tomoni_session_get_id (session), &error);
  if (document == NULL)
    {
      toast (self, error->message);
      return;
    }
  tomoni_print_document_run_dialog (document, widget);
}

static void
open_session_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TomoniClassesPage *self = TOMONI_CLASSES_PAGE (widget);
  TomoniSession *session = pick_session (self);

  if (session != NULL)
    tomoni_classes_page_open_session (self, tomoni_session_get_id (session));
  else
    toast (self, _("This term has no session to take attendance for."));
}

static void
week_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TomoniClassesPage *self = TOMONI_CLASSES_PAGE (widget);

  gtk_toggle_button_set_active (self->week_button, !gtk_toggle_button_get_active (self->week_button));
}

void
_tomoni_classes_page_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "page.week", NULL, week_activated);
  gtk_widget_class_install_action (widget_class, "class.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "class.new-term", NULL, new_term_activated);
  gtk_widget_class_install_action (widget_class, "class.extra-session", NULL, extra_session_activated);
  gtk_widget_class_install_action (widget_class, "class.enrol", NULL, enrol_activated);
  gtk_widget_class_install_action (widget_class, "class.withdraw", NULL, withdraw_activated);
  gtk_widget_class_install_action (widget_class, "class.print-roster", NULL, print_roster_activated);
  gtk_widget_class_install_action (widget_class, "class.print-sign-in", NULL, print_sign_in_activated);
  gtk_widget_class_install_action (widget_class, "class.open-session", NULL, open_session_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "class.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "class.enrol", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK, "class.new-term", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "class.print-sign-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "class.print-roster", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "class.open-session", NULL);
}
