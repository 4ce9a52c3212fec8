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
  AdwWindow     parent_instance;

  TomoniStore  *store;
  Mode          mode;
  gint64        activity_id;
  gint64        shift_id;
  TomoniShift  *shift;          /* MODE_EDIT_SHIFT */
  TomoniSlot   *slot;           /* MODE_EDIT_SLOT */
  GPtrArray    *skills;         /* TomoniCatalogEntry*, [0] of the combo is "None" */
  GPtrArray    *trainings;

  GtkButton    *save_button;
  GtkRevealer  *error_revealer;
  GtkLabel     *error_label;
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

G_DEFINE_FINAL_TYPE (TomoniShiftDialog, tomoni_shift_dialog, ADW_TYPE_WINDOW)

static void
show_error (TomoniShiftDialog *self,
            GtkWidget         *row,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->error_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, message, -1);
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
}

static void
clear_error (TomoniShiftDialog *self)
{
  GtkWidget *rows[] = {
    GTK_WIDGET (self->date_row), GTK_WIDGET (self->start_row), GTK_WIDGET (self->end_row),
    GTK_WIDGET (self->until_row), GTK_WIDGET (self->role_row), GTK_WIDGET (self->languages_row),
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

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
      show_error (self, GTK_WIDGET (row), message);
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
      show_error (self, GTK_WIDGET (row), message);
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
      show_error (self, GTK_WIDGET (self->role_row), _("Role: enter what the people in this slot do, e.g. “Interpreter”"));
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
          show_error (self, GTK_WIDGET (self->languages_row), message);
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

gboolean
tomoni_shift_dialog_save (TomoniShiftDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  g_autofree char *until = NULL;
  int start = 0, end = 0;

  g_return_val_if_fail (TOMONI_IS_SHIFT_DIALOG (self), FALSE);

  clear_error (self);

  if (self->mode == MODE_NEW_SHIFT || self->mode == MODE_EDIT_SHIFT)
    {
      if (!read_date (self, self->date_row, _("Date"), &date) ||
          !read_time (self, self->start_row, _("Start"), &start) ||
          !read_time (self, self->end_row, _("End"), &end))
        return FALSE;
      if (end <= start)
        {
          show_error (self, GTK_WIDGET (self->end_row), _("End: the shift ends before it starts"));
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
                show_error (self, GTK_WIDGET (self->until_row), _("Repeat until: the date lies before the first shift"));
                return FALSE;
              }
            if (!tomoni_store_add_weekly_shifts (self->store, shift, until, &created, &error))
              {
                show_error (self, NULL, error->message);
                return FALSE;
              }
            message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u shift added", "%u shifts added",
                                                    created->len), created->len);
          }
        else
          {
            if (!tomoni_store_add_shift (self->store, shift, &error))
              {
                show_error (self, NULL, error->message);
                return FALSE;
              }
            message = g_strdup (_("Shift added"));
          }
        toast (self, message);
      }
      break;

    case MODE_EDIT_SHIFT:
      {
        tomoni_shift_set_date (self->shift, date);
        tomoni_shift_set_times (self->shift, start, end);
        if (!tomoni_store_update_shift (self->store, self->shift, &error))
          {
            show_error (self, NULL, error->message);
            return FALSE;
          }
        toast (self, _("Shift saved"));
      }
      break;

    case MODE_NEW_SLOT:
      {
        g_autoptr(TomoniSlot) slot = tomoni_slot_new ();

        if (!read_slot (self, slot))
          return FALSE;
        tomoni_slot_set_shift_id (slot, self->shift_id);
        if (!tomoni_store_add_slot (self->store, slot, &error))
          {
            show_error (self, NULL, error->message);
            return FALSE;
          }
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
        if (!tomoni_store_update_slot (self->store, slot, &error))
          {
            show_error (self, GTK_WIDGET (self->needed_spin), error->message);
            return FALSE;
          }
        toast (self, _("Slot saved"));
      }
      break;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
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

static AdwEntryRow *
entry_row (GtkWidget         *group,
           const char        *title,
           TomoniShiftDialog *self)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (tomoni_shift_dialog_save), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return ADW_ENTRY_ROW (row);
}

static AdwComboRow *
catalog_row (GtkWidget  *group,
             const char *title,
             GPtrArray  *entries)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  /* Translators: no skill or training is required */
  gtk_string_list_append (names, C_("requirement", "None"));
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    gtk_string_list_append (names, tomoni_catalog_entry_get_name (g_ptr_array_index (entries, i)));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (names));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return ADW_COMBO_ROW (row);
}

static void
build (TomoniShiftDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *error_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *row;
  GtkAdjustment *adjustment = gtk_adjustment_new (1, 1, 99, 1, 5, 0);   /* floating */

  self->skills = tomoni_store_list_skills (self->store, NULL);
  self->trainings = tomoni_store_list_trainings (self->store, NULL);

  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->save_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Save")));
  gtk_widget_add_css_class (GTK_WIDGET (self->save_button), "suggested-action");
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (tomoni_shift_dialog_save), self);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), GTK_WIDGET (self->save_button));
  gtk_box_append (GTK_BOX (box), header);

  self->error_revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_widget_add_css_class (error_box, "error-bar");
  gtk_widget_set_margin_start (icon, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Problem"), -1);
  gtk_box_append (GTK_BOX (error_box), icon);
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->error_label), TRUE);
  g_object_set (self->error_label, "margin-top", 8, "margin-bottom", 8, "margin-end", 12, NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_box_append (GTK_BOX (error_box), GTK_WIDGET (self->error_label));
  gtk_revealer_set_child (self->error_revealer, error_box);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_revealer));

  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);

  self->when_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->when_group), _("When"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->when_group),
                                         _("Dates like 2026-04-11 or 2026年4月11日; times like 9:30 or 18時."));
  self->date_row = entry_row (self->when_group, _("_Date"), self);
  self->start_row = entry_row (self->when_group, _("Sta_rt"), self);
  self->end_row = entry_row (self->when_group, _("_End"), self);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Repeat e_very week"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("The same times and slots on the same weekday, up to 200 shifts"));
  self->repeat_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->repeat_switch), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->repeat_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->repeat_switch));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->when_group), row);
  self->repeat_row = row;
  self->until_row = entry_row (self->when_group, _("Repeat _until"), self);
  g_object_bind_property (self->repeat_switch, "active", self->until_row, "sensitive", G_BINDING_SYNC_CREATE);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (self->when_group));

  self->slot_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->slot_group), _("Role Slot"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->slot_group),
                                         _("Languages as code:level, several separated by “;”, e.g. “vi:fluent; ja:business:N2”. "
                                           "Levels: basic, conversational, business, fluent, native."));
  self->role_row = entry_row (self->slot_group, _("R_ole"), self);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("People _needed"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  self->needed_spin = GTK_SPIN_BUTTON (gtk_spin_button_new (adjustment, 1, 0));
  gtk_widget_set_valign (GTK_WIDGET (self->needed_spin), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->needed_spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("People needed"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->needed_spin));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->needed_spin));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->slot_group), row);
  self->languages_row = entry_row (self->slot_group, _("Required _languages"), self);
  self->skill_row = catalog_row (self->slot_group, _("Required s_kill"), self->skills);
  self->training_row = catalog_row (self->slot_group, _("Required _training"), self->trainings);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (self->slot_group));

  adw_window_set_content (ADW_WINDOW (self), box);
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
  TomoniShiftDialog *self = g_object_new (TOMONI_TYPE_SHIFT_DIALOG,
                                          "transient-for", parent,
                                          "modal", TRUE,
                                          "default-width", 520,
                                          "default-height", 680,
                                          NULL);
  const char *titles[] = {
    [MODE_NEW_SHIFT] = N_("Add Shift"),
    [MODE_EDIT_SHIFT] = N_("Edit Shift"),
    [MODE_NEW_SLOT] = N_("Add Slot"),
    [MODE_EDIT_SLOT] = N_("Edit Slot"),
  };

  self->store = g_object_ref (store);
  self->mode = mode;
  build (self);
  gtk_window_set_title (GTK_WINDOW (self), _(titles[mode]));
  gtk_button_set_label (self->save_button, mode == MODE_NEW_SHIFT || mode == MODE_NEW_SLOT ? _("_Add") : _("_Save"));
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
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tomoni_shift_dialog_init (TomoniShiftDialog *self)
{
}
