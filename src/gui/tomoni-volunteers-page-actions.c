/* tomoni-volunteers-page-actions.c: what the page's buttons, menus and
 * shortcuts do
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-volunteers-page"

#include <glib/gi18n.h>

#include "tomoni-volunteers-page-private.h"

/* --- actions ------------------------------------------------------------ */

static void
volunteer_saved_cb (TomoniVolunteersPage  *self,
                    TomoniVolunteerDialog *dialog)
{
  gint64 person_id = tomoni_volunteer_dialog_get_person_id (dialog);

  self->shown_id = person_id;
  _tomoni_volunteers_page_reload (self);
  tomoni_volunteers_page_select (self, person_id);
}

GtkWindow *
tomoni_volunteers_page_edit_volunteer (TomoniVolunteersPage *self,
                                       TomoniVolunteer      *volunteer)
{
  TomoniVolunteerDialog *dialog;

  g_return_val_if_fail (TOMONI_IS_VOLUNTEERS_PAGE (self), NULL);

  dialog = tomoni_volunteer_dialog_new (get_window (self), get_store (self), volunteer);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (volunteer_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

GtkWindow *
tomoni_volunteers_page_import (TomoniVolunteersPage *self)
{
  TomoniCsvImportDialog *dialog;

  g_return_val_if_fail (TOMONI_IS_VOLUNTEERS_PAGE (self), NULL);

  dialog = tomoni_csv_import_dialog_new (get_window (self), get_store (self));
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  tomoni_volunteers_page_edit_volunteer (TOMONI_VOLUNTEERS_PAGE (widget), NULL);
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TomoniVolunteersPage *self = TOMONI_VOLUNTEERS_PAGE (widget);
  g_autoptr(TomoniVolunteer) v = self->shown_id > 0
    ? tomoni_store_get_volunteer (get_store (self), self->shown_id, NULL) : NULL;

  if (v != NULL)
    tomoni_volunteers_page_edit_volunteer (self, v);
}

static void
import_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  tomoni_volunteers_page_import (TOMONI_VOLUNTEERS_PAGE (widget));
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_widget_grab_focus (GTK_WIDGET (TOMONI_VOLUNTEERS_PAGE (widget)->search_entry));
}

static void
renew_response_cb (AdwMessageDialog     *dialog,
                   const char           *response,
                   TomoniVolunteersPage *self)
{
  gint64 id = *(gint64 *)g_object_get_data (G_OBJECT (dialog), "id");
  g_autoptr(GError) error = NULL;
  g_autofree char *expires = NULL;
  g_autofree char *date = NULL;
  g_autofree char *message = NULL;

  if (!g_str_equal (response, "renew"))
    return;
  if (!tomoni_store_renew_volunteer (get_store (self), id, 1, &expires, &error))
    {
      toast (self, error->message);
      return;
    }
  date = tomoni_roster_format_date (expires);
  /* Translators: %s is a date */
  message = g_strdup_printf (_("Registered until %s"), date);
  toast (self, message);
}

static void
renew_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TomoniVolunteersPage *self = TOMONI_VOLUNTEERS_PAGE (widget);
  g_autoptr(TomoniVolunteer) v = self->shown_id > 0
    ? tomoni_store_get_volunteer (get_store (self), self->shown_id, NULL) : NULL;
  g_autofree char *heading = NULL;
  g_autofree char *expires = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (v == NULL)
    return;
  /* Translators: %s is a volunteer's name */
  heading = g_strdup_printf (_("Renew %s’s Registration?"), tomoni_volunteer_get_display_name (v));
  expires = tomoni_roster_format_date (tomoni_volunteer_get_expires_on (v));
  body = g_strdup_printf (_("The registration now ends on %s. Renewing extends it by one fiscal year, "
                            "to the following 31 March; an expired one is renewed from this fiscal year."),
                          expires);
  dialog = adw_message_dialog_new (get_window (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "renew", _("_Renew"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "renew", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "renew");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "id", g_memdup2 (&self->shown_id, sizeof (gint64)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (renew_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_status_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TomoniVolunteersPage *self = TOMONI_VOLUNTEERS_PAGE (widget);
  TomoniVolunteerStatus status;
  g_autoptr(GError) error = NULL;

  if (self->shown_id <= 0 || !tomoni_volunteer_status_from_string (g_variant_get_string (parameter, NULL), &status))
    return;
  if (!tomoni_store_set_volunteer_status (get_store (self), self->shown_id, status, &error))
    toast (self, error->message);
}

void
_tomoni_volunteers_page_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "page.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "page.import", NULL, import_activated);
  gtk_widget_class_install_action (widget_class, "page.renew", NULL, renew_activated);
  gtk_widget_class_install_action (widget_class, "page.set-status", "s", set_status_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "page.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "page.edit", NULL);
}
