/* tomoni-candidates-dialog.c: who may take a slot, ranked, and why the
 * others may not; assigning by hand, with an override when a rule breaks
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-candidates-dialog"

#include <glib/gi18n.h>

#include "tomoni-candidates-dialog.h"
#include "tomoni-roster-format.h"
#include "tomoni-store-activities.h"
#include "tomoni-window.h"

struct _TomoniCandidatesDialog
{
  TomoniFormDialog parent_instance;

  TomoniStore  *store;
  gint64        slot_id;
  GPtrArray    *candidates;     /* TomoniCandidate* */

  AdwWindowTitle *window_title;
  GtkStack     *stack;
  GtkListBox   *eligible_list;
  GtkListBox   *excluded_list;
  GtkWidget    *eligible_group;
  GtkWidget    *excluded_group;
  GtkLabel     *filled_label;
};

G_DEFINE_FINAL_TYPE (TomoniCandidatesDialog, tomoni_candidates_dialog, TOMONI_TYPE_FORM_DIALOG)

static void reload (TomoniCandidatesDialog *self);

gboolean
tomoni_candidates_dialog_assign (TomoniCandidatesDialog *self,
                                 gint64                  person_id,
                                 const char             *override_reason,
                                 GError                **error)
{
  TomoniWindow *window;
  g_autofree char *message = NULL;
  const char *name = "";

  g_return_val_if_fail (TOMONI_IS_CANDIDATES_DIALOG (self), FALSE);

  if (tomoni_store_assign (self->store, self->slot_id, person_id, override_reason, error) == 0)
    return FALSE;

  for (guint i = 0; self->candidates != NULL && i < self->candidates->len; i++)
    {
      TomoniCandidate *c = g_ptr_array_index (self->candidates, i);
      if (c->person_id == person_id)
        name = c->name;
    }
  window = tomoni_window_from_widget (GTK_WIDGET (self));
  /* Translators: %s is a volunteer's name */
  message = g_strdup_printf (_("%s assigned"), name);
  if (window != NULL)
    tomoni_window_add_toast (window, adw_toast_new (message));
  reload (self);
  return TRUE;
}

GPtrArray *
tomoni_candidates_dialog_get_candidates (TomoniCandidatesDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_CANDIDATES_DIALOG (self), NULL);
  return self->candidates;
}

/* --- override ---------------------------------------------------------- */

static void
override_entry_changed_cb (GtkEditable      *entry,
                           AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "assign", *text != '\0');
}

static void
override_response_cb (AdwMessageDialog       *dialog,
                      const char             *response,
                      TomoniCandidatesDialog *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  gint64 person_id = *(gint64 *)g_object_get_data (G_OBJECT (dialog), "person-id");
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "assign") || *reason == '\0')
    return;
  if (!tomoni_candidates_dialog_assign (self, person_id, reason, &error))
    tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, error->message);
}

static void
ask_override (TomoniCandidatesDialog *self,
              TomoniCandidate        *candidate)
{
  GtkWidget *dialog, *entry;
  gint64 *id = g_new (gint64, 1);
  g_autofree char *heading = NULL;

  /* Translators: %s is a volunteer's name */
  heading = g_strdup_printf (_("Assign %s Anyway?"), candidate->name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, candidate->reason);
  entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Why the rule may be broken this time"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Override reason"), -1);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "assign", _("_Assign With Override"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "assign", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "assign", FALSE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "assign");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  *id = candidate->person_id;
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data_full (G_OBJECT (dialog), "person-id", id, g_free);
  g_signal_connect (entry, "changed", G_CALLBACK (override_entry_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (override_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}

static void
assign_clicked_cb (GtkButton              *button,
                   TomoniCandidatesDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  TomoniCandidate *candidate;
  g_autoptr(GError) error = NULL;

  if (self->candidates == NULL || index >= self->candidates->len)
    return;
  candidate = g_ptr_array_index (self->candidates, index);
  tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, NULL);
  if (candidate->rules != 0)
    ask_override (self, candidate);
  else if (!tomoni_candidates_dialog_assign (self, candidate->person_id, NULL, &error))
    tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, error->message);
}

/* --- the lists -------------------------------------------------------- */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
candidate_row (TomoniCandidatesDialog *self,
               TomoniCandidate        *candidate,
               guint                   index,
               guint                   rank)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button;
  g_autofree char *title = NULL;
  g_autofree char *accessible = NULL;

  if (candidate->rules == 0)
    {
      /* Translators: a rank and a name, "1. Nguyen Thi Mai" */
      title = g_strdup_printf (_("%u. %s"), rank, candidate->name);
      button = gtk_button_new_with_label (_("Assign"));
      gtk_widget_add_css_class (button, "suggested-action");
      /* Translators: %s is a volunteer's name */
      accessible = g_strdup_printf (_("Assign %s"), candidate->name);
    }
  else
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("action-unavailable-symbolic");

      title = g_markup_escape_text (candidate->name, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Not eligible"), -1);
      gtk_widget_set_tooltip_text (icon, _("Not eligible"));
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      button = gtk_button_new_with_label (_("Assign Anyway…"));
      /* Translators: %s is a volunteer's name */
      accessible = g_strdup_printf (_("Assign %s anyway"), candidate->name);
    }
  if (candidate->rules == 0)
    {
      g_autofree char *escaped = g_markup_escape_text (title, -1);
      g_free (title);
      title = g_steal_pointer (&escaped);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), candidate->reason != NULL ? candidate->reason : "");
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", G_CALLBACK (assign_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
reload (TomoniCandidatesDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniSlot) slot = NULL;
  g_autoptr(TomoniShift) shift = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *when = NULL;
  g_autofree char *filled = NULL;
  guint n_eligible = 0, n_excluded = 0;

  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  clear_list (self->eligible_list);
  clear_list (self->excluded_list);

  slot = tomoni_store_get_slot (self->store, self->slot_id, &error);
  if (slot != NULL)
    shift = tomoni_store_get_shift (self->store, tomoni_slot_get_shift_id (slot), &error);
  if (shift != NULL)
    self->candidates = tomoni_store_rank_candidates (self->store, self->slot_id, &error);
  if (self->candidates == NULL)
    {
      tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, error != NULL ? error->message : NULL);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  when = tomoni_roster_format_when (tomoni_shift_get_date (shift), tomoni_shift_get_start_minute (shift),
                                    tomoni_shift_get_end_minute (shift));
  /* Translators: "Interpreter · Sat 11 April 2026 10:00–12:00" */
  subtitle = g_strdup_printf (_("%s · %s"), tomoni_slot_get_role (slot), when);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  /* Translators: "1 of 2 places filled" */
  filled = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u place filled", "%u of %u places filled",
                                         tomoni_slot_get_needed (slot)),
                            tomoni_slot_get_n_assigned (slot), tomoni_slot_get_needed (slot));
  gtk_label_set_text (self->filled_label, filled);

  for (guint i = 0; i < self->candidates->len; i++)
    {
      TomoniCandidate *c = g_ptr_array_index (self->candidates, i);

      if (c->rules == 0)
        gtk_list_box_append (self->eligible_list, candidate_row (self, c, i, ++n_eligible));
      else
        {
          gtk_list_box_append (self->excluded_list, candidate_row (self, c, i, 0));
          n_excluded++;
        }
    }
  gtk_widget_set_visible (self->eligible_group, n_eligible > 0);
  gtk_widget_set_visible (self->excluded_group, n_excluded > 0);
  gtk_stack_set_visible_child_name (self->stack, self->candidates->len > 0 ? "list" : "empty");
}

static void
store_changed_cb (TomoniCandidatesDialog *self,
                  const char             *area)
{
  if (self->store == NULL)
    return;
  if (g_strcmp0 (area, "activities") == 0 || g_strcmp0 (area, "volunteers") == 0 || g_strcmp0 (area, "all") == 0)
    reload (self);
}

static void
build (TomoniCandidatesDialog *self)
{
  TomoniFormDialog *form = TOMONI_FORM_DIALOG (self);

  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new (_("Candidates"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (tomoni_form_dialog_get_header_bar (form)),
                                   GTK_WIDGET (self->window_title));
  tomoni_form_dialog_set_form_buttons (form, FALSE);
}

TomoniCandidatesDialog *
tomoni_candidates_dialog_new (GtkWindow   *parent,
                              TomoniStore *store,
                              gint64       slot_id)
{
  TomoniCandidatesDialog *self;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);
  g_return_val_if_fail (slot_id > 0, NULL);

  self = g_object_new (TOMONI_TYPE_CANDIDATES_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->slot_id = slot_id;
  build (self);
  reload (self);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  return self;
}

static void
tomoni_candidates_dialog_dispose (GObject *object)
{
  TomoniCandidatesDialog *self = TOMONI_CANDIDATES_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), TOMONI_TYPE_CANDIDATES_DIALOG);

  G_OBJECT_CLASS (tomoni_candidates_dialog_parent_class)->dispose (object);
}

/* Nothing to save: people are assigned row by row. */
static gboolean
tomoni_candidates_dialog_save_form (TomoniFormDialog  *dialog,
                                    GError           **error)
{
  return TRUE;
}

static void
tomoni_candidates_dialog_class_init (TomoniCandidatesDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tomoni_candidates_dialog_dispose;
  TOMONI_FORM_DIALOG_CLASS (klass)->save = tomoni_candidates_dialog_save_form;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-candidates-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniCandidatesDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniCandidatesDialog, filled_label);
  gtk_widget_class_bind_template_child (widget_class, TomoniCandidatesDialog, eligible_group);
  gtk_widget_class_bind_template_child (widget_class, TomoniCandidatesDialog, eligible_list);
  gtk_widget_class_bind_template_child (widget_class, TomoniCandidatesDialog, excluded_group);
  gtk_widget_class_bind_template_child (widget_class, TomoniCandidatesDialog, excluded_list);
}

static void
tomoni_candidates_dialog_init (TomoniCandidatesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
