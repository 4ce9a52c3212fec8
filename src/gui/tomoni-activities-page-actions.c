/* tomoni-activities-page-actions.c: what the Activities page's buttons,
 * menus and shortcuts do
 *
 * Every action targets the id it works on ("x"), so a button in the
 * roster, a menu item and a shortcut share one path.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-activities-page"

#include <glib/gi18n.h>

#include "tomoni-activities-page-private.h"
#include "tomoni-activity-dialog.h"
#include "tomoni-autofill-dialog.h"
#include "tomoni-candidates-dialog.h"
#include "tomoni-date.h"
#include "tomoni-roster-format.h"
#include "tomoni-roster-print.h"
#include "tomoni-shift-dialog.h"
#include "tomoni-store-activities.h"
#include "tomoni-store-volunteers.h"
#include "tomoni-window.h"

/* --- actions ------------------------------------------------------------ */

static void
activity_saved_cb (TomoniActivitiesPage *self,
                   TomoniActivityDialog *dialog)
{
  TomoniActivity *activity = tomoni_activity_dialog_get_activity (dialog);
  gboolean adding = self->activity == NULL || tomoni_activity_get_id (self->activity) != tomoni_activity_get_id (activity);

  _tomoni_activities_page_reload_list (self);
  tomoni_activities_page_select_activity (self, tomoni_activity_get_id (activity));
  g_clear_object (&self->activity);
  self->activity = tomoni_store_get_activity (get_store (self), tomoni_activity_get_id (activity), NULL);
  _tomoni_activities_page_rebuild_detail (self);
  if (adding && self->activity != NULL)
    gtk_window_present (GTK_WINDOW (tomoni_shift_dialog_new_shift (get_window (self), get_store (self),
                                                                   tomoni_activity_get_id (self->activity))));
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (widget);
  TomoniActivityDialog *dialog = tomoni_activity_dialog_new (get_window (self), get_store (self), NULL);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (activity_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (widget);
  TomoniActivityDialog *dialog;

  if (self->activity == NULL)
    return;
  dialog = tomoni_activity_dialog_new (get_window (self), get_store (self), self->activity);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (activity_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_shift_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (widget);

  if (self->activity != NULL)
    gtk_window_present (GTK_WINDOW (tomoni_shift_dialog_new_shift (get_window (self), get_store (self),
                                                                   tomoni_activity_get_id (self->activity))));
}

/* A yes/no question; @then runs with @id on the destructive answer. */
typedef gboolean (*ConfirmedFunc) (TomoniStore *store, gint64 id, GError **error);

static void
confirm_response_cb (AdwMessageDialog     *dialog,
                     const char           *response,
                     TomoniActivitiesPage *self)
{
  ConfirmedFunc then = g_object_get_data (G_OBJECT (dialog), "then");
  gint64 id = *(gint64 *)g_object_get_data (G_OBJECT (dialog), "id");
  const char *done = g_object_get_data (G_OBJECT (dialog), "done");
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "delete"))
    return;
  if (!then (get_store (self), id, &error))
    toast (self, error->message);
  else
    toast (self, done);
}

static void
ask_delete (TomoniActivitiesPage *self,
            const char           *heading,
            const char           *body,
            const char           *done,
            ConfirmedFunc         then,
            gint64                id)
{
  GtkWidget *dialog = adw_message_dialog_new (get_window (self), heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "then", then);
  g_object_set_data_full (G_OBJECT (dialog), "id", g_memdup2 (&id, sizeof id), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "done", g_strdup (done), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (widget);
  g_autofree char *heading = NULL;

  if (self->activity == NULL)
    return;
  /* Translators: %s is an activity's title */
  heading = g_strdup_printf (_("Delete “%s”?"), tomoni_activity_get_title (self->activity));
  ask_delete (self, heading,
              _("Its shifts, slots and assignments are deleted too. This cannot be undone. "
                "An activity where someone was checked in cannot be deleted."),
              _("Activity deleted"), tomoni_store_delete_activity, tomoni_activity_get_id (self->activity));
}

static void
add_slot_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (widget);

  gtk_window_present (GTK_WINDOW (tomoni_shift_dialog_new_slot (get_window (self), get_store (self),
                                                                g_variant_get_int64 (parameter))));
}

static void
edit_shift_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniShift) shift = tomoni_store_get_shift (get_store (self), g_variant_get_int64 (parameter), &error);

  if (shift == NULL)
    toast (self, error->message);
  else
    gtk_window_present (GTK_WINDOW (tomoni_shift_dialog_edit_shift (get_window (self), get_store (self), shift)));
}

static void
delete_shift_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (widget);

  ask_delete (self, _("Delete the Shift?"),
              _("Its slots and assignments are deleted too. This cannot be undone."),
              _("Shift deleted"), tomoni_store_delete_shift, g_variant_get_int64 (parameter));
}

static void
edit_slot_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniSlot) slot = tomoni_store_get_slot (get_store (self), g_variant_get_int64 (parameter), &error);

  if (slot == NULL)
    toast (self, error->message);
  else
    gtk_window_present (GTK_WINDOW (tomoni_shift_dialog_edit_slot (get_window (self), get_store (self), slot)));
}

static void
delete_slot_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (widget);

  ask_delete (self, _("Delete the Slot?"),
              _("Its assignments are deleted too. This cannot be undone."),
              _("Slot deleted"), tomoni_store_delete_slot, g_variant_get_int64 (parameter));
}

static void
candidates_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (widget);

  gtk_window_present (GTK_WINDOW (tomoni_candidates_dialog_new (get_window (self), get_store (self),
                                                                g_variant_get_int64 (parameter))));
}

static void
confirm_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!tomoni_store_confirm_assignment (get_store (self), g_variant_get_int64 (parameter), &error))
    toast (self, error->message);
}

static void
clear_checkin_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!tomoni_store_check_in (get_store (self), g_variant_get_int64 (parameter), TOMONI_CHECKIN_NONE, &error))
    toast (self, error->message);
}

static void
reset_hours_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!tomoni_store_set_assignment_minutes (get_store (self), g_variant_get_int64 (parameter), -1, &error))
    toast (self, error->message);
}

static void
cancel_reason_changed_cb (GtkEditable      *entry,
                          AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "cancel-assignment", *text != '\0');
}

static void
cancel_response_cb (AdwMessageDialog     *dialog,
                    const char           *response,
                    TomoniActivitiesPage *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  gint64 id = *(gint64 *)g_object_get_data (G_OBJECT (dialog), "id");
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "cancel-assignment"))
    return;
  if (!tomoni_store_cancel_assignment (get_store (self), id, reason, &error))
    toast (self, error->message);
  else
    toast (self, _("Assignment cancelled"));
}

static void
cancel_assignment_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(TomoniAssignment) a = tomoni_store_get_assignment (get_store (self), id, NULL);
  g_autofree char *heading = NULL;
  GtkWidget *dialog, *entry;

  if (a == NULL)
    return;
  /* Translators: %s is a volunteer's name */
  heading = g_strdup_printf (_("Cancel %s’s Assignment?"), tomoni_assignment_get_person_name (a));
  dialog = adw_message_dialog_new (get_window (self), heading,
                                   _("The assignment stays on record as cancelled, with the reason."));
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason, e.g. “ill”"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"), -1);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep"),
                                    "cancel-assignment", _("C_ancel Assignment"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "cancel-assignment",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "cancel-assignment", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel-assignment");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data_full (G_OBJECT (dialog), "id", g_memdup2 (&id, sizeof id), g_free);
  g_signal_connect (entry, "changed", G_CALLBACK (cancel_reason_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (cancel_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

typedef struct {
  gint64 slot_id;
  gint64 person_id;
  char  *override_reason;
} Unassigned;

static void
unassigned_free (gpointer data)
{
  Unassigned *u = data;

  g_free (u->override_reason);
  g_free (u);
}

static void
undo_unassign_cb (AdwToast *toast_,
                  gpointer  user_data)
{
  Unassigned *u = user_data;
  TomoniStore *store = g_object_get_data (G_OBJECT (toast_), "store");
  g_autoptr(GError) error = NULL;

  if (tomoni_store_assign (store, u->slot_id, u->person_id,
                           u->override_reason != NULL && *u->override_reason != '\0' ? u->override_reason : NULL,
                           &error) == 0)
    g_warning ("Undo failed: %s", error->message);
}

static void
unassign_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniAssignment) a = tomoni_store_get_assignment (get_store (self), id, &error);
  g_autofree char *title = NULL;
  Unassigned *u;
  AdwToast *t;

  if (a == NULL || !tomoni_store_unassign (get_store (self), id, &error))
    {
      toast (self, error->message);
      return;
    }
  u = g_new0 (Unassigned, 1);
  u->slot_id = tomoni_assignment_get_slot_id (a);
  u->person_id = tomoni_assignment_get_person_id (a);
  u->override_reason = g_strdup (tomoni_assignment_get_override_reason (a));
  /* Translators: %s is a volunteer's name */
  title = g_strdup_printf (_("%s unassigned"), tomoni_assignment_get_person_name (a));
  t = adw_toast_new (title);
  adw_toast_set_button_label (t, _("_Undo"));
  g_object_set_data_full (G_OBJECT (t), "store", g_object_ref (get_store (self)), g_object_unref);
  g_signal_connect_data (t, "button-clicked", G_CALLBACK (undo_unassign_cb), u,
                         (GClosureNotify)(void (*) (void))unassigned_free, 0);
  tomoni_page_toast (TOMONI_PAGE (self), t);
}

/* --- auto-fill and undo ------------------------------------------------ */

gboolean
tomoni_activities_page_undo_autofill (TomoniActivitiesPage *self,
                                      GError              **error)
{
  guint n_removed = 0;
  g_autofree char *message = NULL;

  g_return_val_if_fail (TOMONI_IS_ACTIVITIES_PAGE (self), FALSE);

  if (self->undo_token == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no auto-fill to undo"));
      return FALSE;
    }
  if (!tomoni_store_undo_plan (get_store (self), self->undo_token, &n_removed, error))
    return FALSE;
  g_clear_pointer (&self->undo_token, g_free);
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Auto-fill undone: %u assignment removed",
                                          "Auto-fill undone: %u assignments removed", n_removed), n_removed);
  toast (self, message);
  return TRUE;
}

const char *
tomoni_activities_page_get_undo_token (TomoniActivitiesPage *self)
{
  g_return_val_if_fail (TOMONI_IS_ACTIVITIES_PAGE (self), NULL);
  return self->undo_token;
}

static void
undo_autofill_cb (AdwToast             *t,
                  TomoniActivitiesPage *self)
{
  g_autoptr(GError) error = NULL;
  const char *token = g_object_get_data (G_OBJECT (t), "token");

  /* Only the toast of the latest auto-fill can undo it. */
  if (g_strcmp0 (token, self->undo_token) != 0)
    return;
  if (!tomoni_activities_page_undo_autofill (self, &error))
    toast (self, error->message);
}

static void
autofill_applied_cb (TomoniActivitiesPage *self,
                     const char           *token,
                     guint                 n_added,
                     TomoniAutofillDialog *dialog)
{
  g_autofree char *title = NULL;
  AdwToast *t;

  g_free (self->undo_token);
  self->undo_token = g_strdup (token);
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Auto-fill added %u assignment",
                                        "Auto-fill added %u assignments", n_added), n_added);
  t = adw_toast_new (title);
  adw_toast_set_button_label (t, _("_Undo"));
  adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (t, 10);
  g_object_set_data_full (G_OBJECT (t), "token", g_strdup (token), g_free);
  g_signal_connect_object (t, "button-clicked", G_CALLBACK (undo_autofill_cb), self, 0);
  tomoni_page_toast (TOMONI_PAGE (self), t);
}

TomoniAutofillDialog *
tomoni_activities_page_autofill (TomoniActivitiesPage *self)
{
  TomoniAutofillDialog *dialog;

  g_return_val_if_fail (TOMONI_IS_ACTIVITIES_PAGE (self), NULL);

  if (self->activity == NULL)
    return NULL;
  dialog = tomoni_autofill_dialog_new (get_window (self), get_store (self), tomoni_activity_get_id (self->activity),
                                       tomoni_activity_get_title (self->activity));
  g_signal_connect_object (dialog, "applied", G_CALLBACK (autofill_applied_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
autofill_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  tomoni_activities_page_autofill (TOMONI_ACTIVITIES_PAGE (widget));
}

static void
autofill_range_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (widget);
  g_autofree char *today = tomoni_roster_today ();
  g_autofree char *until = tomoni_roster_add_days (today, 30);
  TomoniAutofillDialog *dialog = tomoni_autofill_dialog_new_range (get_window (self), get_store (self), today, until);

  g_signal_connect_object (dialog, "applied", G_CALLBACK (autofill_applied_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->activity == NULL)
    return;
  if (!tomoni_roster_print (get_window (self), get_store (self), tomoni_activity_get_id (self->activity), &error))
    toast (self, error->message);
}

void
_tomoni_activities_page_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "page.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_activated);
  gtk_widget_class_install_action (widget_class, "page.add-shift", NULL, add_shift_activated);
  gtk_widget_class_install_action (widget_class, "page.autofill", NULL, autofill_activated);
  gtk_widget_class_install_action (widget_class, "page.autofill-range", NULL, autofill_range_activated);
  gtk_widget_class_install_action (widget_class, "page.print", NULL, print_activated);
  gtk_widget_class_install_action (widget_class, "page.add-slot", "x", add_slot_activated);
  gtk_widget_class_install_action (widget_class, "page.edit-shift", "x", edit_shift_activated);
  gtk_widget_class_install_action (widget_class, "page.delete-shift", "x", delete_shift_activated);
  gtk_widget_class_install_action (widget_class, "page.edit-slot", "x", edit_slot_activated);
  gtk_widget_class_install_action (widget_class, "page.delete-slot", "x", delete_slot_activated);
  gtk_widget_class_install_action (widget_class, "page.candidates", "x", candidates_activated);
  gtk_widget_class_install_action (widget_class, "page.confirm", "x", confirm_activated);
  gtk_widget_class_install_action (widget_class, "page.clear-checkin", "x", clear_checkin_activated);
  gtk_widget_class_install_action (widget_class, "page.reset-hours", "x", reset_hours_activated);
  gtk_widget_class_install_action (widget_class, "page.cancel-assignment", "x", cancel_assignment_activated);
  gtk_widget_class_install_action (widget_class, "page.unassign", "x", unassign_activated);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "page.autofill", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "page.autofill-range", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "page.add-shift", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "page.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "page.print", NULL);
}
