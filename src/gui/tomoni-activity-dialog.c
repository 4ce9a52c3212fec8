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
  AdwWindow       parent_instance;

  TomoniStore    *store;
  TomoniActivity *activity;     /* NULL while adding */

  GtkButton      *save_button;
  GtkRevealer    *error_revealer;
  GtkLabel       *error_label;
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

G_DEFINE_FINAL_TYPE (TomoniActivityDialog, tomoni_activity_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (TomoniActivityDialog *self,
            GtkWidget            *row,
            const char           *message)
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

static char *
dup_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

gboolean
tomoni_activity_dialog_save (TomoniActivityDialog *self)
{
  g_autoptr(TomoniActivity) edited = tomoni_activity_new ();
  g_autoptr(GError) error = NULL;
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

  g_return_val_if_fail (TOMONI_IS_ACTIVITY_DIALOG (self), FALSE);

  gtk_widget_remove_css_class (GTK_WIDGET (self->title_row), "error");
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);

  title = dup_text (self->title_row);
  title_en = dup_text (self->title_en_row);
  requester = dup_text (self->requester_row);
  contact = dup_text (self->contact_row);
  requester_notes = dup_text (self->requester_notes_row);
  notes = dup_text (self->notes_row);

  if (*title == '\0')
    {
      show_error (self, GTK_WIDGET (self->title_row), _("Title: enter what the activity is called"));
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

  if (adding ? !tomoni_store_add_activity (self->store, edited, &error)
             : !tomoni_store_update_activity (self->store, edited, &error))
    {
      show_error (self, NULL, error->message);
      return FALSE;
    }

  window = tomoni_window_from_widget (GTK_WIDGET (self));
  /* Translators: %s is an activity's title */
  message = g_strdup_printf (adding ? _("“%s” added") : _("“%s” saved"), title);
  if (window != NULL)
    tomoni_window_add_toast (window, adw_toast_new (message));
  g_signal_emit (self, signals[SAVED], 0, edited);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
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

static AdwEntryRow *
entry_row (GtkWidget            *group,
           const char           *title,
           TomoniActivityDialog *self)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (tomoni_activity_dialog_save), self);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return ADW_ENTRY_ROW (row);
}

static void
build (TomoniActivityDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *error_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group;
  GtkWidget *row;
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) requester_labels = gtk_string_list_new (NULL);

  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  self->save_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("_Save")));
  gtk_widget_add_css_class (GTK_WIDGET (self->save_button), "suggested-action");
  g_signal_connect_swapped (self->save_button, "clicked", G_CALLBACK (tomoni_activity_dialog_save), self);
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

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Activity"));
  self->title_row = entry_row (group, _("_Title"), self);
  self->title_en_row = entry_row (group, _("Title in _English"), self);
  for (guint i = 0; i < TOMONI_ACTIVITY_N_KINDS; i++)
    gtk_string_list_append (kinds, tomoni_activity_kind_get_label (i));
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("_Kind"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (kinds));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  self->kind_row = ADW_COMBO_ROW (row);
  self->notes_row = entry_row (group, _("N_otes"), self);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Requester"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The school, hospital or city office that asked for help, if any. "
                                           "A name used before is reused."));
  self->requester_row = entry_row (group, _("Na_me"), self);
  for (guint i = 0; i < G_N_ELEMENTS (requester_kinds); i++)
    gtk_string_list_append (requester_labels, _(requester_kinds[i].label));
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("K_ind of requester"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (requester_labels));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  self->requester_kind_row = ADW_COMBO_ROW (row);
  self->contact_row = entry_row (group, _("Co_ntact"), self);
  self->requester_notes_row = entry_row (group, _("Re_quester notes"), self);
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Con_fidential"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("For example a consultation: printed rosters leave the details out"));
  self->confidential_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->confidential_switch), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->confidential_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->confidential_switch));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));

  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
load (TomoniActivityDialog *self)
{
  TomoniActivity *a = self->activity;
  TomoniActivityKind kind = TOMONI_ACTIVITY_OTHER;

  gtk_window_set_title (GTK_WINDOW (self), a == NULL ? _("Add Activity") : _("Edit Activity"));
  gtk_button_set_label (self->save_button, a == NULL ? _("_Add") : _("_Save"));
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

  self = g_object_new (TOMONI_TYPE_ACTIVITY_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "default-width", 520,
                       "default-height", 680,
                       NULL);
  self->store = g_object_ref (store);
  self->activity = activity != NULL ? g_object_ref (activity) : NULL;
  build (self);
  load (self);
  return self;
}

static void
tomoni_activity_dialog_dispose (GObject *object)
{
  TomoniActivityDialog *self = TOMONI_ACTIVITY_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->activity);

  G_OBJECT_CLASS (tomoni_activity_dialog_parent_class)->dispose (object);
}

static void
tomoni_activity_dialog_class_init (TomoniActivityDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tomoni_activity_dialog_dispose;

  /**
   * TomoniActivityDialog::saved:
   * @activity: the activity as stored (with its id)
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TOMONI_TYPE_ACTIVITY);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tomoni_activity_dialog_init (TomoniActivityDialog *self)
{
}
