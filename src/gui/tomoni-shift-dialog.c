/* tomoni-shift-dialog.c: add or edit a shift (once or weekly) or a role slot
 *
 * One window in four modes: a new shift shows its date, times, a weekly
 * repetition and its first slot; editing a shift shows date and times;
 * adding or editing a slot shows the slot. What is typed is checked here
 * (dates, times, languages) and again by the store, whose messages name
 * the field; nothing is written until everything is right.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-shift-dialog"

#include <glib/gi18n.h>

#include "tomoni-date.h"
#include "tomoni-roster-format.h"
#include "tomoni-shift-dialog.h"
#include "tomoni-store-activities.h"
#include "tomoni-store-volunteers.h"
#include "tomoni-window.h"

typedef enum {
  MODE_NEW_SHIFT,
  MODE_EDIT_SHIFT,
  MODE_NEW_SLOT,
  MODE_EDIT_SLOT,
} Mode;

struct _TomoniShiftDialog
{
  TomoniFormDialog parent_instance;

  TomoniStore  *store;
  Mode          mode;
  gint64        activity_id;
  gint64        shift_id;
  TomoniShift  *shift;          /* MODE_EDIT_SHIFT */
  TomoniSlot   *slot;           /* MODE_EDIT_SLOT */
  GPtrArray    *skills;         /* TomoniCatalogEntry*, [0] of the combo is "None" */
  GPtrArray    *trainings;

  GtkWidget    *when_group;
  AdwEntryRow  *date_row;
  AdwEntryRow  *start_row;
  AdwEntryRow  *end_row;
  GtkWidget    *repeat_row;
  GtkSwitch    *repeat_switch;
  AdwEntryRow  *until_row;
  GtkWidget    *slot_group;
  AdwEntryRow  *role_row;
  GtkSpinButton *needed_spin;
  AdwEntryRow  *languages_row;
  AdwComboRow  *skill_row;
  AdwComboRow  *training_row;
};

G_DEFINE_FINAL_TYPE (TomoniShiftDialog, tomoni_shift_dialog, TOMONI_TYPE_FORM_DIALOG)

/* Reads a date row into 'YYYY-MM-DD'; the message names @what. */
static gboolean
read_date (TomoniShiftDialog *self,
           AdwEntryRow       *row,
           const char        *what,
           char             **out_iso)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GDate date;

  g_date_clear (&date, 1);
  if (!tomoni_date_parse (text, &date, &error))
    {
      /* Translators: "Date: <what is wrong>" */
      message = g_strdup_printf (_("%s: %s"), what, error->message);
      tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), GTK_WIDGET (row), message);
      return FALSE;
    }
  *out_iso = tomoni_date_format_iso (&date);
  return TRUE;
}

static gboolean
read_time (TomoniShiftDialog *self,
           AdwEntryRow       *row,
           const char        *what,
           int               *out_minutes)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!tomoni_time_parse (text, out_minutes, &error))
    {
      message = g_strdup_printf (_("%s: %s"), what, error->message);
      tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), GTK_WIDGET (row), message);
      return FALSE;
    }
  return TRUE;
}

/* Fills @slot from the slot fields. */
static gboolean
read_slot (TomoniShiftDialog *self,
           TomoniSlot        *slot)
{
  g_autofree char *role = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->role_row))));
  const char *languages = gtk_editable_get_text (GTK_EDITABLE (self->languages_row));
  g_autoptr(GArray) parsed = g_array_new (FALSE, TRUE, sizeof (TomoniLanguage));
  g_auto(GStrv) parts = NULL;
  guint skill = adw_combo_row_get_selected (self->skill_row);
  guint training = adw_combo_row_get_selected (self->training_row);

  if (*role == '\0')
    {
      tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), GTK_WIDGET (self->role_row), _("Role: enter what the people in this slot do, e.g. “Interpreter”"));
      return FALSE;
    }

  parts = g_regex_split_simple ("[;,；、，]", languages, 0, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *part = g_strstrip (g_strdup (parts[i]));
      g_autoptr(GError) error = NULL;
      TomoniLanguage language = { 0 };

      if (*part == '\0')
        continue;
      if (!tomoni_language_parse (part, &language, &error))
        {
          g_autofree char *message = g_strdup_printf (_("%s: %s"), _("Required languages"), error->message);
          tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), GTK_WIDGET (self->languages_row), message);
          return FALSE;
        }
      g_array_append_val (parsed, language);
    }

  tomoni_slot_set_role (slot, role);
  tomoni_slot_set_needed (slot, (guint)gtk_spin_button_get_value_as_int (self->needed_spin));
  tomoni_slot_set_languages (slot, (TomoniLanguage *)(gpointer)parsed->data, parsed->len);
  tomoni_slot_set_required_skill (slot, skill > 0 && skill <= self->skills->len
                                  ? ((TomoniCatalogEntry *)g_ptr_array_index (self->skills, skill - 1))->key : "");
  tomoni_slot_set_required_training (slot, training > 0 && training <= self->trainings->len
                                     ? ((TomoniCatalogEntry *)g_ptr_array_index (self->trainings, training - 1))->key : "");
  return TRUE;
}

static void
toast (TomoniShiftDialog *self,
       const char        *message)
{
  TomoniWindow *window = tomoni_window_from_widget (GTK_WIDGET (self));

  if (window != NULL)
    tomoni_window_add_toast (window, adw_toast_new (message));
}

/* Errors are shown where they are found, on their field: returns FALSE
 * without @error then. */
static gboolean
tomoni_shift_dialog_save_form (TomoniFormDialog  *dialog,
                               GError           **error)
{
  TomoniShiftDialog *self = TOMONI_SHIFT_DIALOG (dialog);
  g_autofree char *date = NULL;
  g_autofree char *until = NULL;
  int start = 0, end = 0;

  if (self->mode == MODE_NEW_SHIFT || self->mode == MODE_EDIT_SHIFT)
    {
      if (!read_date (self, self->date_row, _("Date"), &date) ||
          !read_time (self, self->start_row, _("Start"), &start) ||
          !read_time (self, self->end_row, _("End"), &end))
        return FALSE;
      if (end <= start)
        {
          tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), GTK_WIDGET (self->end_row), _("End: the shift ends before it starts"));
          return FALSE;
        }
      if (self->mode == MODE_NEW_SHIFT && gtk_switch_get_active (self->repeat_switch) &&
          !read_date (self, self->until_row, _("Repeat until"), &until))
        return FALSE;
    }

  switch (self->mode)
    {
    case MODE_NEW_SHIFT:
      {
        g_autoptr(TomoniShift) shift = tomoni_shift_new ();
        g_autoptr(TomoniSlot) slot = tomoni_slot_new ();
        g_autoptr(GPtrArray) created = NULL;
        g_autofree char *message = NULL;

        if (!read_slot (self, slot))
          return FALSE;
        tomoni_shift_set_activity_id (shift, self->activity_id);
        tomoni_shift_set_date (shift, date);
        tomoni_shift_set_times (shift, start, end);
        tomoni_shift_add_slot (shift, slot);

        if (until != NULL)
          {
            if (strcmp (until, date) < 0)
              {
                tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), GTK_WIDGET (self->until_row), _("Repeat until: the date lies before the first shift"));
                return FALSE;
              }
            if (!tomoni_store_add_weekly_shifts (self->store, shift, until, &created, error))
              return FALSE;
            message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u shift added", "%u shifts added",
                                                    created->len), created->len);
          }
        else
          {
            if (!tomoni_store_add_shift (self->store, shift, error))
              return FALSE;
            message = g_strdup (_("Shift added"));
          }
        toast (self, message);
      }
      break;

    case MODE_EDIT_SHIFT:
      {
        tomoni_shift_set_date (self->shift, date);
        tomoni_shift_set_times (self->shift, start, end);
        if (!tomoni_store_update_shift (self->store, self->shift, error))
          return FALSE;
        toast (self, _("Shift saved"));
      }
      break;

    case MODE_NEW_SLOT:
      {
        g_autoptr(TomoniSlot) slot = tomoni_slot_new ();

        if (!read_slot (self, slot))
          return FALSE;
        tomoni_slot_set_shift_id (slot, self->shift_id);
        if (!tomoni_store_add_slot (self->store, slot, error))
          return FALSE;
        toast (self, _("Slot added"));
      }
      break;

    case MODE_EDIT_SLOT:
    default:
      {
        g_autoptr(TomoniSlot) slot = tomoni_slot_copy (self->slot);

        tomoni_slot_set_id (slot, tomoni_slot_get_id (self->slot));
        tomoni_slot_set_uuid (slot, tomoni_slot_get_uuid (self->slot));
        tomoni_slot_set_shift_id (slot, tomoni_slot_get_shift_id (self->slot));
        if (!read_slot (self, slot))
          return FALSE;
        if (!tomoni_store_update_slot (self->store, slot, error))
          {
            tomoni_form_dialog_mark_field (dialog, GTK_WIDGET (self->needed_spin));
            return FALSE;
          }
        toast (self, _("Slot saved"));
      }
      break;
    }

  return TRUE;
}

gboolean
tomoni_shift_dialog_save (TomoniShiftDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_SHIFT_DIALOG (self), FALSE);
  return tomoni_form_dialog_save (TOMONI_FORM_DIALOG (self));
}

static void
entry_activated_cb (TomoniShiftDialog *self)
{
  tomoni_form_dialog_save (TOMONI_FORM_DIALOG (self));
}

void
tomoni_shift_dialog_set_text (TomoniShiftDialog *self,
                              const char        *field,
                              const char        *text)
{
  g_return_if_fail (TOMONI_IS_SHIFT_DIALOG (self));

  if (g_str_equal (field, "date"))
    gtk_editable_set_text (GTK_EDITABLE (self->date_row), text);
  else if (g_str_equal (field, "start"))
    gtk_editable_set_text (GTK_EDITABLE (self->start_row), text);
  else if (g_str_equal (field, "end"))
    gtk_editable_set_text (GTK_EDITABLE (self->end_row), text);
  else if (g_str_equal (field, "until"))
    {
      gtk_switch_set_active (self->repeat_switch, *text != '\0');
      gtk_editable_set_text (GTK_EDITABLE (self->until_row), text);
    }
  else if (g_str_equal (field, "role"))
    gtk_editable_set_text (GTK_EDITABLE (self->role_row), text);
  else if (g_str_equal (field, "needed"))
    gtk_spin_button_set_value (self->needed_spin, g_ascii_strtod (text, NULL));
  else if (g_str_equal (field, "languages"))
    gtk_editable_set_text (GTK_EDITABLE (self->languages_row), text);
  else
    g_return_if_reached ();
}

static guint
catalog_position (GPtrArray  *entries,
                  const char *key)
{
  for (guint i = 0; entries != NULL && key != NULL && i < entries->len; i++)
    if (g_strcmp0 (((TomoniCatalogEntry *)g_ptr_array_index (entries, i))->key, key) == 0)
      return i + 1;
  return 0;
}

void
tomoni_shift_dialog_set_skill (TomoniShiftDialog *self,
                               const char        *key)
{
  g_return_if_fail (TOMONI_IS_SHIFT_DIALOG (self));
  adw_combo_row_set_selected (self->skill_row, catalog_position (self->skills, key));
}

/* --- building --------------------------------------------------------- */

static void
fill_catalog_row (AdwComboRow *row,
                  GPtrArray   *entries)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  /* Translators: no skill or training is required */
  gtk_string_list_append (names, C_("requirement", "None"));
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    gtk_string_list_append (names, tomoni_catalog_entry_get_name (g_ptr_array_index (entries, i)));
  adw_combo_row_set_model (row, G_LIST_MODEL (names));
}

static void
load_slot (TomoniShiftDialog *self,
           TomoniSlot        *slot)
{
  GArray *languages = tomoni_slot_get_languages (slot);
  g_autoptr(GString) text = g_string_new (NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->role_row), tomoni_slot_get_role (slot));
  gtk_spin_button_set_value (self->needed_spin, tomoni_slot_get_needed (slot));
  for (guint i = 0; languages != NULL && i < languages->len; i++)
    {
      g_autofree char *one = tomoni_language_format (&g_array_index (languages, TomoniLanguage, i));
      if (text->len > 0)
        g_string_append (text, "; ");
      g_string_append (text, one);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->languages_row), text->str);
  adw_combo_row_set_selected (self->skill_row, catalog_position (self->skills, tomoni_slot_get_required_skill (slot)));
  adw_combo_row_set_selected (self->training_row,
                              catalog_position (self->trainings, tomoni_slot_get_required_training (slot)));
}

static TomoniShiftDialog *
dialog_new (GtkWindow   *parent,
            TomoniStore *store,
            Mode         mode)
{
  TomoniShiftDialog *self = g_object_new (TOMONI_TYPE_SHIFT_DIALOG, "transient-for", parent, NULL);
  const char *titles[] = {
    [MODE_NEW_SHIFT] = N_("Add Shift"),
    [MODE_EDIT_SHIFT] = N_("Edit Shift"),
    [MODE_NEW_SLOT] = N_("Add Slot"),
    [MODE_EDIT_SLOT] = N_("Edit Slot"),
  };

  self->store = g_object_ref (store);
  self->mode = mode;
  self->skills = tomoni_store_list_skills (self->store, NULL);
  self->trainings = tomoni_store_list_trainings (self->store, NULL);
  fill_catalog_row (self->skill_row, self->skills);
  fill_catalog_row (self->training_row, self->trainings);
  gtk_window_set_title (GTK_WINDOW (self), _(titles[mode]));
  tomoni_form_dialog_set_save_label (TOMONI_FORM_DIALOG (self),
                                     mode == MODE_NEW_SHIFT || mode == MODE_NEW_SLOT ? _("_Add") : _("_Save"));
  gtk_widget_set_visible (self->when_group, mode == MODE_NEW_SHIFT || mode == MODE_EDIT_SHIFT);
  gtk_widget_set_visible (self->repeat_row, mode == MODE_NEW_SHIFT);
  gtk_widget_set_visible (GTK_WIDGET (self->until_row), mode == MODE_NEW_SHIFT);
  gtk_widget_set_visible (self->slot_group, mode != MODE_EDIT_SHIFT);
  return self;
}

TomoniShiftDialog *
tomoni_shift_dialog_new_shift (GtkWindow   *parent,
                               TomoniStore *store,
                               gint64       activity_id)
{
  TomoniShiftDialog *self;
  g_autofree char *today = tomoni_roster_today ();

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);
  g_return_val_if_fail (activity_id > 0, NULL);

  self = dialog_new (parent, store, MODE_NEW_SHIFT);
  self->activity_id = activity_id;
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), "10:00");
  gtk_editable_set_text (GTK_EDITABLE (self->end_row), "12:00");
  return self;
}

TomoniShiftDialog *
tomoni_shift_dialog_edit_shift (GtkWindow   *parent,
                                TomoniStore *store,
                                TomoniShift *shift)
{
  TomoniShiftDialog *self;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);
  g_return_val_if_fail (TOMONI_IS_SHIFT (shift), NULL);

  self = dialog_new (parent, store, MODE_EDIT_SHIFT);
  self->shift = g_object_ref (shift);
  self->shift_id = tomoni_shift_get_id (shift);
  start = tomoni_time_format (tomoni_shift_get_start_minute (shift));
  end = tomoni_time_format (tomoni_shift_get_end_minute (shift));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), tomoni_shift_get_date (shift));
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), start);
  gtk_editable_set_text (GTK_EDITABLE (self->end_row), end);
  return self;
}

TomoniShiftDialog *
tomoni_shift_dialog_new_slot (GtkWindow   *parent,
                              TomoniStore *store,
                              gint64       shift_id)
{
  TomoniShiftDialog *self;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);
  g_return_val_if_fail (shift_id > 0, NULL);

  self = dialog_new (parent, store, MODE_NEW_SLOT);
  self->shift_id = shift_id;
  return self;
}

TomoniShiftDialog *
tomoni_shift_dialog_edit_slot (GtkWindow   *parent,
                               TomoniStore *store,
                               TomoniSlot  *slot)
{
  TomoniShiftDialog *self;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);
  g_return_val_if_fail (TOMONI_IS_SLOT (slot), NULL);

  self = dialog_new (parent, store, MODE_EDIT_SLOT);
  self->slot = g_object_ref (slot);
  self->shift_id = tomoni_slot_get_shift_id (slot);
  load_slot (self, slot);
  return self;
}

static void
tomoni_shift_dialog_dispose (GObject *object)
{
  TomoniShiftDialog *self = TOMONI_SHIFT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->shift);
  g_clear_object (&self->slot);
  g_clear_pointer (&self->skills, g_ptr_array_unref);
  g_clear_pointer (&self->trainings, g_ptr_array_unref);

  G_OBJECT_CLASS (tomoni_shift_dialog_parent_class)->dispose (object);
}

static void
tomoni_shift_dialog_class_init (TomoniShiftDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tomoni_shift_dialog_dispose;
  TOMONI_FORM_DIALOG_CLASS (klass)->save = tomoni_shift_dialog_save_form;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-shift-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniShiftDialog, when_group);
  gtk_widget_class_bind_template_child (widget_class, TomoniShiftDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniShiftDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniShiftDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniShiftDialog, repeat_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniShiftDialog, repeat_switch);
  gtk_widget_class_bind_template_child (widget_class, TomoniShiftDialog, until_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniShiftDialog, slot_group);
  gtk_widget_class_bind_template_child (widget_class, TomoniShiftDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniShiftDialog, needed_spin);
  gtk_widget_class_bind_template_child (widget_class, TomoniShiftDialog, languages_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniShiftDialog, skill_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniShiftDialog, training_row);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
}

static void
tomoni_shift_dialog_init (TomoniShiftDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
