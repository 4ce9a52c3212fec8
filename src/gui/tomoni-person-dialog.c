/* tomoni-person-dialog.c: add or edit a person, with checks shown in place
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-person-dialog"

#include <glib/gi18n.h>

#include "tomoni-person-dialog.h"
#include "tomoni-store-people.h"
#include "tomoni-window.h"

struct _TomoniPersonDialog
{
  TomoniFormDialog parent_instance;

  TomoniStore   *store;
  TomoniPerson  *person;        /* NULL while adding */

  GtkButton     *delete_button;
  AdwEntryRow   *family_row;
  AdwEntryRow   *given_row;
  AdwEntryRow   *reading_row;
  AdwEntryRow   *latin_row;
  AdwEntryRow   *alias_row;
  AdwEntryRow   *nationality_row;
  AdwEntryRow   *birth_row;
  AdwComboRow   *ward_row;
  AdwEntryRow   *contact_language_row;
  AdwEntryRow   *email_row;
  AdwEntryRow   *phone_row;
  GtkSwitch     *consent_switch;
  GtkTextView   *notes_view;
};

G_DEFINE_FINAL_TYPE (TomoniPersonDialog, tomoni_person_dialog, TOMONI_TYPE_FORM_DIALOG)

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The entry row that edits each field, or NULL. */
static GtkWidget *
row_for_field (TomoniPersonDialog *self,
               TomoniPersonField   field)
{
  switch (field)
    {
    case TOMONI_PERSON_FAMILY_NAME: return GTK_WIDGET (self->family_row);
    case TOMONI_PERSON_GIVEN_NAME: return GTK_WIDGET (self->given_row);
    case TOMONI_PERSON_READING: return GTK_WIDGET (self->reading_row);
    case TOMONI_PERSON_LATIN_NAME: return GTK_WIDGET (self->latin_row);
    case TOMONI_PERSON_ALIAS: return GTK_WIDGET (self->alias_row);
    case TOMONI_PERSON_NATIONALITY: return GTK_WIDGET (self->nationality_row);
    case TOMONI_PERSON_BIRTH_DATE: return GTK_WIDGET (self->birth_row);
    case TOMONI_PERSON_WARD: return GTK_WIDGET (self->ward_row);
    case TOMONI_PERSON_CONTACT_LANGUAGE: return GTK_WIDGET (self->contact_language_row);
    case TOMONI_PERSON_EMAIL: return GTK_WIDGET (self->email_row);
    case TOMONI_PERSON_PHONE: return GTK_WIDGET (self->phone_row);
    case TOMONI_PERSON_NOTES: return GTK_WIDGET (self->notes_view);
    case TOMONI_PERSON_AGE_BAND:
    case TOMONI_PERSON_GENDER:
    case TOMONI_PERSON_N_FIELDS:
    default:
      return NULL;
    }
}

static char *
dup_field_text (TomoniPersonDialog *self,
                TomoniPersonField   field)
{
  GtkWidget *row = row_for_field (self, field);

  if (row == NULL)
    return g_strdup (self->person != NULL ? tomoni_person_get_field (self->person, field) : "");

  if (field == TOMONI_PERSON_WARD)
    return g_strdup (tomoni_wards ()[adw_combo_row_get_selected (self->ward_row)]);

  if (field == TOMONI_PERSON_NOTES)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (row)));
}

void
tomoni_person_dialog_set_field (TomoniPersonDialog *self,
                                TomoniPersonField   field,
                                const char         *text)
{
  GtkWidget *row;

  g_return_if_fail (TOMONI_IS_PERSON_DIALOG (self));

  row = row_for_field (self, field);
  if (row == NULL)
    return;

  if (field == TOMONI_PERSON_WARD)
    {
      const char * const *wards = tomoni_wards ();
      for (guint i = 0; wards[i] != NULL; i++)
        if (g_strcmp0 (wards[i], text) == 0)
          adw_combo_row_set_selected (self->ward_row, i);
    }
  else if (field == TOMONI_PERSON_NOTES)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), text != NULL ? text : "", -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

TomoniPerson *
tomoni_person_dialog_get_person (TomoniPersonDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_PERSON_DIALOG (self), NULL);
  return self->person;
}

/* Checks what was typed and writes it. On a problem the field is marked,
 * the message shown above the form, and nothing is written. */
static gboolean
tomoni_person_dialog_save_form (TomoniFormDialog  *dialog,
                                GError           **error)
{
  TomoniPersonDialog *self = TOMONI_PERSON_DIALOG (dialog);
  g_autoptr(TomoniPerson) edited = NULL;
  TomoniPersonField bad = TOMONI_PERSON_N_FIELDS;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;
  TomoniWindow *window;
  gboolean adding = self->person == NULL;

  edited = adding ? tomoni_person_new () : tomoni_person_copy (self->person);
  for (guint f = 0; f < TOMONI_PERSON_N_FIELDS; f++)
    {
      g_autofree char *text = dup_field_text (self, f);
      tomoni_person_set_field (edited, f, text);
    }
  tomoni_person_set_consent (edited, gtk_switch_get_active (self->consent_switch));

  if (!tomoni_person_normalize (edited, &bad, error))
    {
      tomoni_form_dialog_mark_field (dialog, bad < TOMONI_PERSON_N_FIELDS ? row_for_field (self, bad) : NULL);
      return FALSE;
    }

  if (adding ? !tomoni_store_add_person (self->store, edited, error)
             : !tomoni_store_update_person (self->store, edited, error))
    return FALSE;

  g_set_object (&self->person, edited);

  window = tomoni_window_from_widget (GTK_WIDGET (self));
  name = tomoni_person_dup_display_name (edited);
  /* Translators: %s is a person's name */
  message = g_strdup_printf (adding ? _("“%s” added") : _("“%s” saved"), name);
  if (window != NULL)
    tomoni_window_add_toast (window, adw_toast_new (message));
  return TRUE;
}

gboolean
tomoni_person_dialog_save (TomoniPersonDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_PERSON_DIALOG (self), FALSE);
  return tomoni_form_dialog_save (TOMONI_FORM_DIALOG (self));
}

static void
save_clicked_cb (TomoniPersonDialog *self)
{
  tomoni_person_dialog_save (self);
}

static void
delete_clicked_cb (TomoniPersonDialog *self)
{
  if (self->person != NULL)
    g_signal_emit (self, signals[DELETE_REQUESTED], 0, self->person);
}

static void
row_changed_cb (GtkWidget          *row,
                TomoniPersonDialog *self)
{
  gtk_widget_remove_css_class (row, "error");
}

static void
load_person (TomoniPersonDialog *self)
{
  gboolean adding = self->person == NULL;

  gtk_window_set_title (GTK_WINDOW (self), adding ? _("Add Person") : _("Edit Person"));
  tomoni_form_dialog_set_save_label (TOMONI_FORM_DIALOG (self), adding ? _("_Add") : _("_Save"));
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), !adding);

  if (adding)
    return;

  for (guint f = 0; f < TOMONI_PERSON_N_FIELDS; f++)
    tomoni_person_dialog_set_field (self, f, tomoni_person_get_field (self->person, f));
  gtk_switch_set_active (self->consent_switch, tomoni_person_get_consent (self->person));
}

TomoniPersonDialog *
tomoni_person_dialog_new (GtkWindow    *parent,
                          TomoniStore  *store,
                          TomoniPerson *person)
{
  TomoniPersonDialog *self;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);
  g_return_val_if_fail (person == NULL || TOMONI_IS_PERSON (person), NULL);

  self = g_object_new (TOMONI_TYPE_PERSON_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->person = person != NULL ? g_object_ref (person) : NULL;
  load_person (self);
  return self;
}

static void
tomoni_person_dialog_dispose (GObject *object)
{
  TomoniPersonDialog *self = TOMONI_PERSON_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->person);

  G_OBJECT_CLASS (tomoni_person_dialog_parent_class)->dispose (object);
}

static void
tomoni_person_dialog_class_init (TomoniPersonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tomoni_person_dialog_dispose;
  TOMONI_FORM_DIALOG_CLASS (klass)->save = tomoni_person_dialog_save_form;

  /**
   * TomoniPersonDialog::delete-requested:
   * @person: the person shown
   *
   * The Delete button was pressed; the page deletes and offers undo.
   */
  signals[DELETE_REQUESTED] =
    g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TOMONI_TYPE_PERSON);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-person-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniPersonDialog, delete_button);
  gtk_widget_class_bind_template_child (widget_class, TomoniPersonDialog, family_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniPersonDialog, given_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniPersonDialog, reading_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniPersonDialog, latin_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniPersonDialog, alias_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniPersonDialog, nationality_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniPersonDialog, birth_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniPersonDialog, ward_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniPersonDialog, contact_language_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniPersonDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniPersonDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniPersonDialog, consent_switch);
  gtk_widget_class_bind_template_child (widget_class, TomoniPersonDialog, notes_view);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
}

static void
tomoni_person_dialog_init (TomoniPersonDialog *self)
{
  g_autoptr(GtkStringList) wards = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (const char * const *w = tomoni_wards (); *w != NULL; w++)
    gtk_string_list_append (wards, tomoni_ward_get_label (*w));
  adw_combo_row_set_model (self->ward_row, G_LIST_MODEL (wards));

  /* Enter in any field saves; editing a marked field clears its mark. */
  for (guint f = 0; f < TOMONI_PERSON_N_FIELDS; f++)
    {
      GtkWidget *row = row_for_field (self, f);

      if (ADW_IS_ENTRY_ROW (row))
        {
          g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (save_clicked_cb), self);
          g_signal_connect (row, "changed", G_CALLBACK (row_changed_cb), self);
        }
    }
}
