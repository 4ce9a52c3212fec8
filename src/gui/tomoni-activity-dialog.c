/* tomoni-activity-dialog.c: add or edit an activity and who asked for it
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-activity-dialog"

#include <glib/gi18n.h>

#include "tomoni-activity-dialog.h"
#include "tomoni-store-activities.h"
#include "tomoni-window.h"

/* Requester kinds as stored, and their labels. */
static const struct {
  const char *key;
  const char *label;
} requester_kinds[] = {
  { "school", N_("School") },
  { "hospital", N_("Hospital") },
  { "city-office", N_("City office") },
  { "other", N_("Other") },
};

struct _TomoniActivityDialog
{
  TomoniFormDialog parent_instance;

  TomoniStore    *store;
  TomoniActivity *activity;     /* NULL while adding */
  TomoniActivity *saved;        /* as stored, once saved */

  AdwEntryRow    *title_row;
  AdwEntryRow    *title_en_row;
  AdwComboRow    *kind_row;
  AdwEntryRow    *requester_row;
  AdwComboRow    *requester_kind_row;
  AdwEntryRow    *contact_row;
  AdwEntryRow    *requester_notes_row;
  GtkSwitch      *confidential_switch;
  AdwEntryRow    *notes_row;
};

G_DEFINE_FINAL_TYPE (TomoniActivityDialog, tomoni_activity_dialog, TOMONI_TYPE_FORM_DIALOG)

static char *
dup_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static gboolean
tomoni_activity_dialog_save_form (TomoniFormDialog  *dialog,
                                  GError           **error)
{
  TomoniActivityDialog *self = TOMONI_ACTIVITY_DIALOG (dialog);
  g_autoptr(TomoniActivity) edited = tomoni_activity_new ();
  g_autofree char *title = NULL;
  g_autofree char *title_en = NULL;
  g_autofree char *requester = NULL;
  g_autofree char *contact = NULL;
  g_autofree char *requester_notes = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *message = NULL;
  TomoniWindow *window;
  gboolean adding = self->activity == NULL;
  guint kind;

  title = dup_text (self->title_row);
  title_en = dup_text (self->title_en_row);
  requester = dup_text (self->requester_row);
  contact = dup_text (self->contact_row);
  requester_notes = dup_text (self->requester_notes_row);
  notes = dup_text (self->notes_row);

  if (*title == '\0')
    {
      tomoni_form_dialog_mark_field (dialog, GTK_WIDGET (self->title_row));
      g_set_error_literal (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                           _("Title: enter what the activity is called"));
      return FALSE;
    }

  if (!adding)
    {
      tomoni_activity_set_id (edited, tomoni_activity_get_id (self->activity));
      tomoni_activity_set_uuid (edited, tomoni_activity_get_uuid (self->activity));
      tomoni_activity_set_venue_id (edited, tomoni_activity_get_venue_id (self->activity));
    }
  tomoni_activity_set_title (edited, title);
  tomoni_activity_set_title_en (edited, title_en);
  tomoni_activity_set_kind (edited, (TomoniActivityKind)adw_combo_row_get_selected (self->kind_row));
  tomoni_activity_set_requester_name (edited, requester);
  kind = adw_combo_row_get_selected (self->requester_kind_row);
  tomoni_activity_set_requester_kind (edited, kind < G_N_ELEMENTS (requester_kinds) ? requester_kinds[kind].key : "other");
  tomoni_activity_set_requester_contact (edited, contact);
  tomoni_activity_set_requester_notes (edited, requester_notes);
  tomoni_activity_set_confidential (edited, gtk_switch_get_active (self->confidential_switch));
  tomoni_activity_set_notes (edited, notes);

  if (adding ? !tomoni_store_add_activity (self->store, edited, error)
             : !tomoni_store_update_activity (self->store, edited, error))
    return FALSE;

  window = tomoni_window_from_widget (GTK_WIDGET (self));
  /* Translators: %s is an activity's title */
  message = g_strdup_printf (adding ? C_("activity", "“%s” added") : _("“%s” saved"), title);
  if (window != NULL)
    tomoni_window_add_toast (window, adw_toast_new (message));
  g_set_object (&self->saved, edited);
  return TRUE;
}

gboolean
tomoni_activity_dialog_save (TomoniActivityDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_ACTIVITY_DIALOG (self), FALSE);
  return tomoni_form_dialog_save (TOMONI_FORM_DIALOG (self));
}

/* The activity as stored (with its id), once "saved" was emitted. */
TomoniActivity *
tomoni_activity_dialog_get_activity (TomoniActivityDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_ACTIVITY_DIALOG (self), NULL);
  return self->saved;
}

static void
entry_activated_cb (TomoniActivityDialog *self)
{
  tomoni_form_dialog_save (TOMONI_FORM_DIALOG (self));
}

void
tomoni_activity_dialog_set_text (TomoniActivityDialog *self,
                                 const char           *field,
                                 const char           *text)
{
  g_return_if_fail (TOMONI_IS_ACTIVITY_DIALOG (self));

  if (g_str_equal (field, "title"))
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), text);
  else if (g_str_equal (field, "title-en"))
    gtk_editable_set_text (GTK_EDITABLE (self->title_en_row), text);
  else if (g_str_equal (field, "requester"))
    gtk_editable_set_text (GTK_EDITABLE (self->requester_row), text);
  else if (g_str_equal (field, "contact"))
    gtk_editable_set_text (GTK_EDITABLE (self->contact_row), text);
  else if (g_str_equal (field, "notes"))
    gtk_editable_set_text (GTK_EDITABLE (self->notes_row), text);
  else
    g_return_if_reached ();
}

void
tomoni_activity_dialog_set_kind (TomoniActivityDialog *self,
                                 TomoniActivityKind    kind)
{
  g_return_if_fail (TOMONI_IS_ACTIVITY_DIALOG (self));
  adw_combo_row_set_selected (self->kind_row, kind);
}

static void
load (TomoniActivityDialog *self)
{
  TomoniActivity *a = self->activity;
  TomoniActivityKind kind = TOMONI_ACTIVITY_OTHER;

  gtk_window_set_title (GTK_WINDOW (self), a == NULL ? _("Add Activity") : _("Edit Activity"));
  tomoni_form_dialog_set_save_label (TOMONI_FORM_DIALOG (self), a == NULL ? _("_Add") : _("_Save"));
  if (a == NULL)
    {
      adw_combo_row_set_selected (self->kind_row, TOMONI_ACTIVITY_EXCHANGE_EVENT);
      adw_combo_row_set_selected (self->requester_kind_row, G_N_ELEMENTS (requester_kinds) - 1);
      return;
    }

  kind = tomoni_activity_get_kind (a);
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), tomoni_activity_get_title (a));
  gtk_editable_set_text (GTK_EDITABLE (self->title_en_row), tomoni_activity_get_title_en (a));
  adw_combo_row_set_selected (self->kind_row, kind);
  gtk_editable_set_text (GTK_EDITABLE (self->requester_row), tomoni_activity_get_requester_name (a));
  for (guint i = 0; i < G_N_ELEMENTS (requester_kinds); i++)
    if (g_strcmp0 (requester_kinds[i].key, tomoni_activity_get_requester_kind (a)) == 0)
      adw_combo_row_set_selected (self->requester_kind_row, i);
  gtk_editable_set_text (GTK_EDITABLE (self->contact_row), tomoni_activity_get_requester_contact (a));
  gtk_editable_set_text (GTK_EDITABLE (self->requester_notes_row), tomoni_activity_get_requester_notes (a));
  gtk_switch_set_active (self->confidential_switch, tomoni_activity_get_confidential (a));
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), tomoni_activity_get_notes (a));
}

TomoniActivityDialog *
tomoni_activity_dialog_new (GtkWindow      *parent,
                            TomoniStore    *store,
                            TomoniActivity *activity)
{
  TomoniActivityDialog *self;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);
  g_return_val_if_fail (activity == NULL || TOMONI_IS_ACTIVITY (activity), NULL);

  self = g_object_new (TOMONI_TYPE_ACTIVITY_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->activity = activity != NULL ? g_object_ref (activity) : NULL;
  load (self);
  return self;
}

static void
tomoni_activity_dialog_dispose (GObject *object)
{
  TomoniActivityDialog *self = TOMONI_ACTIVITY_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->activity);
  g_clear_object (&self->saved);

  G_OBJECT_CLASS (tomoni_activity_dialog_parent_class)->dispose (object);
}

static void
tomoni_activity_dialog_class_init (TomoniActivityDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tomoni_activity_dialog_dispose;
  TOMONI_FORM_DIALOG_CLASS (klass)->save = tomoni_activity_dialog_save_form;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-activity-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniActivityDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivityDialog, title_en_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivityDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivityDialog, requester_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivityDialog, requester_kind_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivityDialog, contact_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivityDialog, requester_notes_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivityDialog, confidential_switch);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivityDialog, notes_row);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
}

static void
tomoni_activity_dialog_init (TomoniActivityDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) requester_labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < TOMONI_ACTIVITY_N_KINDS; i++)
    gtk_string_list_append (kinds, tomoni_activity_kind_get_label (i));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  for (guint i = 0; i < G_N_ELEMENTS (requester_kinds); i++)
    gtk_string_list_append (requester_labels, _(requester_kinds[i].label));
  adw_combo_row_set_model (self->requester_kind_row, G_LIST_MODEL (requester_labels));
}
