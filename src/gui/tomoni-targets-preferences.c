/* tomoni-targets-preferences.c: the Targets page of Preferences
 *
 * For each target: titles, baseline and target (value and date), the
 * counting rule, which programmes count, interim milestones and the history
 * of changes. Then a form to add an indicator the Center owns (e.g.
 * consultations), and the external entries: participation reported as a
 * number, with undo after a deletion.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-targets-preferences"

#include <glib/gi18n-lib.h>

#include "tomoni-date.h"
#include "tomoni-store-targets.h"
#include "tomoni-targets-preferences.h"

struct _TomoniTargetsPreferences
{
  AdwPreferencesPage  parent_instance;

  TomoniStore        *store;
  GPtrArray          *groups;   /* AdwPreferencesGroup we added */
  guint               rebuild_source;
};

G_DEFINE_FINAL_TYPE (TomoniTargetsPreferences, tomoni_targets_preferences, ADW_TYPE_PREFERENCES_PAGE)

static void rebuild (TomoniTargetsPreferences *self);

static void
toast (TomoniTargetsPreferences *self,
       const char               *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  g_debug ("%s", message);
  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (message));
  else
    g_message ("%s", message);
}

static GtkWidget *
entry_row (AdwPreferencesGroup *group,
           const char          *title,
           const char          *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  adw_preferences_group_add (group, row);
  return row;
}

static GtkWidget *
spin_row (AdwPreferencesGroup *group,
          const char          *title,
          gint64               value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 10000000, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), (double)value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  adw_preferences_group_add (group, row);
  return spin;
}

static GtkWidget *
switch_row (AdwPreferencesGroup *group,
            const char          *title,
            const char          *subtitle,
            gboolean             active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_switch_set_active (GTK_SWITCH (toggle), active);
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  adw_preferences_group_add (group, row);
  return toggle;
}

static GtkWidget *
rule_row (AdwPreferencesGroup *group,
          TomoniCountingRule   rule)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) rules = gtk_string_list_new (NULL);

  for (guint i = 0; i < TOMONI_COUNTING_N_RULES; i++)
    gtk_string_list_append (rules, tomoni_counting_rule_get_label (i));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Counting rule"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (rules));
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), rule);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), tomoni_counting_rule_get_description (rule));
  adw_preferences_group_add (group, row);
  return row;
}

static GtkWidget *
button_row (AdwPreferencesGroup *group,
            const char          *title,
            const char          *label,
            GCallback            callback,
            gpointer             data)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_swapped (button, "clicked", callback, data);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_preferences_group_add (group, row);
  return button;
}

/* --- one target ---------------------------------------------------------------- */

typedef struct {
  TomoniTargetsPreferences *self;
  TomoniTarget             *target;
  GtkWidget                *title_ja, *title_en, *baseline, *baseline_date, *goal, *goal_date;
  GtkWidget                *rule, *classes, *activities;
  GtkWidget                *milestone_date, *milestone_value;
} TargetForm;

static void
target_form_free (gpointer data)
{
  TargetForm *form = data;

  g_clear_object (&form->target);
  g_free (form);
}

static void
save_target (TargetForm *form)
{
  g_autoptr(TomoniTarget) edited = tomoni_target_copy (form->target);
  g_autoptr(GError) error = NULL;
  g_autofree char *baseline = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (form->baseline)));
  g_autofree char *goal = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (form->goal)));

  tomoni_target_set_title_ja (edited, gtk_editable_get_text (GTK_EDITABLE (form->title_ja)));
  tomoni_target_set_title_en (edited, gtk_editable_get_text (GTK_EDITABLE (form->title_en)));
  tomoni_target_set_counting_rule (edited, adw_combo_row_get_selected (ADW_COMBO_ROW (form->rule)));
  tomoni_target_set_counts_classes (edited, gtk_switch_get_active (GTK_SWITCH (form->classes)));
  tomoni_target_set_counts_activities (edited, gtk_switch_get_active (GTK_SWITCH (form->activities)));
  if (!tomoni_target_set_field_text (edited, TOMONI_TARGET_BASELINE_VALUE, baseline, &error) ||
      !tomoni_target_set_field_text (edited, TOMONI_TARGET_TARGET_VALUE, goal, &error) ||
      !tomoni_target_set_field_text (edited, TOMONI_TARGET_BASELINE_DATE,
                                     gtk_editable_get_text (GTK_EDITABLE (form->baseline_date)), &error) ||
      !tomoni_target_set_field_text (edited, TOMONI_TARGET_TARGET_DATE,
                                     gtk_editable_get_text (GTK_EDITABLE (form->goal_date)), &error) ||
      !tomoni_store_update_target (form->self->store, edited, &error))
    {
      toast (form->self, error->message);
      return;
    }
  /* Translators: a target was saved */
  toast (form->self, _("Target saved; the dashboard follows"));
}

static void
add_milestone (TargetForm *form)
{
  g_autoptr(GError) error = NULL;

  if (!tomoni_store_set_target_milestone (form->self->store, tomoni_target_get_id (form->target),
                                          gtk_editable_get_text (GTK_EDITABLE (form->milestone_date)),
                                          gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (form->milestone_value)),
                                          &error))
    toast (form->self, error->message);
}

typedef struct {
  TomoniTargetsPreferences *self;
  gint64                    target_id;
  char                     *date;
} MilestoneRef;

static void
milestone_ref_free (gpointer data,
                    GClosure *closure)
{
  MilestoneRef *ref = data;

  g_free (ref->date);
  g_free (ref);
}

static void
remove_milestone (MilestoneRef *ref)
{
  g_autoptr(GError) error = NULL;

  if (!tomoni_store_remove_target_milestone (ref->self->store, ref->target_id, ref->date, &error))
    toast (ref->self, error->message);
}

static void
add_target_group (TomoniTargetsPreferences *self,
                  TomoniTarget             *target)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  TargetForm *form = g_new0 (TargetForm, 1);
  g_autoptr(GArray) milestones = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  GtkWidget *expander, *row, *box, *button;
  g_autofree char *description = NULL;

  form->self = self;
  form->target = g_object_ref (target);
  g_object_set_data_full (G_OBJECT (group), "form", form, target_form_free);

  adw_preferences_group_set_title (group, tomoni_target_get_title (target));
  /* Translators: %s is a target's key, e.g. japanese-support-participants */
  description = g_strdup_printf (_("Key: %s. Changes are recorded with your login name."),
                                 tomoni_target_get_key (target));
  adw_preferences_group_set_description (group, description);

  form->title_ja = entry_row (group, _("Title in Japanese"), tomoni_target_get_title_ja (target));
  form->title_en = entry_row (group, _("Title in English"), tomoni_target_get_title_en (target));
  form->baseline = spin_row (group, _("Baseline value"), tomoni_target_get_baseline_value (target));
  form->baseline_date = entry_row (group, _("Baseline date (YYYY-MM-DD)"), tomoni_target_get_baseline_date (target));
  form->goal = spin_row (group, _("Target value"), tomoni_target_get_target_value (target));
  form->goal_date = entry_row (group, _("Target date (YYYY-MM-DD)"), tomoni_target_get_target_date (target));
  form->rule = rule_row (group, tomoni_target_get_counting_rule (target));
  form->classes = switch_row (group, _("Japanese classes count"),
                              _("Present or late attendance of learners"), tomoni_target_get_counts_classes (target));
  form->activities = switch_row (group, _("Volunteer activities count"),
                                 _("Check-ins of volunteers"), tomoni_target_get_counts_activities (target));
  button_row (group, _("Save the changes above"), _("_Save"), G_CALLBACK (save_target), form);

  /* Milestones */
  milestones = tomoni_store_list_target_milestones (self->store, tomoni_target_get_id (target), NULL);
  expander = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("Interim milestones"));
  if (milestones != NULL)
    for (guint i = 0; i < milestones->len; i++)
      {
        TomoniTargetMilestone *m = &g_array_index (milestones, TomoniTargetMilestone, i);
        g_autofree char *value = g_strdup_printf ("%'" G_GINT64_FORMAT, m->value);
        MilestoneRef *ref = g_new0 (MilestoneRef, 1);

        row = adw_action_row_new ();
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), m->date);
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
        button = gtk_button_new_from_icon_name ("user-trash-symbolic");
        gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
        gtk_widget_add_css_class (button, "flat");
        gtk_widget_set_tooltip_text (button, _("Remove this milestone"));
        ref->self = self;
        ref->target_id = tomoni_target_get_id (target);
        ref->date = g_strdup (m->date);
        g_signal_connect_data (button, "clicked", G_CALLBACK (remove_milestone), ref, milestone_ref_free,
                               G_CONNECT_SWAPPED);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
        adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
      }
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Add a milestone"));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  form->milestone_date = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (form->milestone_date), "2027-03-31");
  gtk_editable_set_width_chars (GTK_EDITABLE (form->milestone_date), 11);
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->milestone_date), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Milestone date"), -1);
  form->milestone_value = gtk_spin_button_new_with_range (0, 10000000, 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->milestone_value), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Milestone value"), -1);
  button = gtk_button_new_with_mnemonic (_("_Add"));
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (add_milestone), form);
  gtk_box_append (GTK_BOX (box), form->milestone_date);
  gtk_box_append (GTK_BOX (box), form->milestone_value);
  gtk_box_append (GTK_BOX (box), button);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  adw_preferences_group_add (group, expander);

  /* History */
  changes = tomoni_store_list_target_changes (self->store, tomoni_target_get_id (target), NULL);
  expander = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), _("History of changes"));
  if (changes != NULL)
    {
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u change", "%u changes", changes->len),
                                                changes->len);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), count);
      for (guint i = changes->len; i-- > 0;)
        {
          TomoniTargetChange *change = changes->pdata[i];
          /* Translators: a change in a target's history: field, old value → new value */
          g_autofree char *title = g_strdup_printf (_("%s: %s → %s"), change->field,
                                                    change->old_value != NULL ? change->old_value : "—",
                                                    change->new_value != NULL ? change->new_value : "—");
          /* Translators: who changed a target, and when (UTC) */
          g_autofree char *subtitle = g_strdup_printf (_("%s, %s"), change->changed_by, change->changed_at);

          row = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
        }
    }
  adw_preferences_group_add (group, expander);

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), group);
  g_ptr_array_add (self->groups, group);
}

/* --- a new indicator -------------------------------------------------------------- */

typedef struct {
  TomoniTargetsPreferences *self;
  GtkWidget                *key, *title_ja, *title_en, *baseline, *baseline_date, *goal, *goal_date;
} NewForm;

static void
add_indicator (NewForm *form)
{
  g_autoptr(TomoniTarget) target = tomoni_target_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *baseline = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (form->baseline)));
  g_autofree char *goal = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (form->goal)));

  tomoni_target_set_key (target, gtk_editable_get_text (GTK_EDITABLE (form->key)));
  tomoni_target_set_title_ja (target, gtk_editable_get_text (GTK_EDITABLE (form->title_ja)));
  tomoni_target_set_title_en (target, gtk_editable_get_text (GTK_EDITABLE (form->title_en)));
  if (!tomoni_target_set_field_text (target, TOMONI_TARGET_BASELINE_VALUE, baseline, &error) ||
      !tomoni_target_set_field_text (target, TOMONI_TARGET_TARGET_VALUE, goal, &error) ||
      !tomoni_target_set_field_text (target, TOMONI_TARGET_BASELINE_DATE,
                                     gtk_editable_get_text (GTK_EDITABLE (form->baseline_date)), &error) ||
      !tomoni_target_set_field_text (target, TOMONI_TARGET_TARGET_DATE,
                                     gtk_editable_get_text (GTK_EDITABLE (form->goal_date)), &error) ||
      !tomoni_store_add_target (form->self->store, target, &error))
    {
      toast (form->self, error->message);
      return;
    }
  toast (form->self, _("Indicator added; enter its numbers as external entries below"));
}

static void
add_new_group (TomoniTargetsPreferences *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  NewForm *form = g_new0 (NewForm, 1);

  form->self = self;
  g_object_set_data_full (G_OBJECT (group), "form", form, g_free);
  adw_preferences_group_set_title (group, _("Add an Indicator"));
  adw_preferences_group_set_description (group, _("Another number the Center reports on, such as consultations "
                                                  "at the Support Plaza (752 → 1,500). It counts external "
                                                  "entries until you switch programmes on after adding it."));
  form->key = entry_row (group, _("Key (lower-case letters, digits, hyphens)"), "");
  form->title_ja = entry_row (group, _("Title in Japanese"), "");
  form->title_en = entry_row (group, _("Title in English"), "");
  form->baseline = spin_row (group, _("Baseline value"), 0);
  form->baseline_date = entry_row (group, _("Baseline date (YYYY-MM-DD)"), "2023-03-31");
  form->goal = spin_row (group, _("Target value"), 0);
  form->goal_date = entry_row (group, _("Target date (YYYY-MM-DD)"), "2031-03-31");
  button_row (group, _("Add the indicator"), _("A_dd"), G_CALLBACK (add_indicator), form);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), group);
  g_ptr_array_add (self->groups, group);
}

/* --- external entries --------------------------------------------------------------- */

typedef struct {
  TomoniTargetsPreferences *self;
  GPtrArray                *targets;
  GtkWidget                *target, *date, *programme, *count, *source;
} ExternalForm;

static void
external_form_free (gpointer data)
{
  ExternalForm *form = data;

  g_clear_pointer (&form->targets, g_ptr_array_unref);
  g_free (form);
}

static void
add_external (ExternalForm *form)
{
  g_autoptr(TomoniExternalCount) entry = g_new0 (TomoniExternalCount, 1);
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (form->target));

  if (selected >= form->targets->len)
    return;
  entry->target_id = tomoni_target_get_id (form->targets->pdata[selected]);
  entry->date = g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->date)));
  entry->programme = g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->programme)));
  entry->source = g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->source)));
  entry->count = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (form->count));
  if (!tomoni_store_add_external_count (form->self->store, entry, &error))
    toast (form->self, error->message);
}

typedef struct {
  TomoniTargetsPreferences *self;
  TomoniExternalCount      *entry;
} ExternalRef;

static void
external_ref_free (gpointer  data,
                   GClosure *closure)
{
  ExternalRef *ref = data;

  tomoni_external_count_free (ref->entry);
  g_free (ref);
}

static void
undo_delete_cb (AdwToast *toast_,
                gpointer  user_data)
{
  ExternalRef *ref = user_data;
  g_autoptr(GError) error = NULL;

  if (!tomoni_store_add_external_count (ref->self->store, ref->entry, &error))
    g_warning ("Could not restore the external entry: %s", error->message);
}

static void
delete_external (ExternalRef *ref)
{
  g_autoptr(GError) error = NULL;
  ExternalRef *undo;
  AdwToast *undo_toast;
  GtkRoot *root;

  if (!tomoni_store_delete_external_count (ref->self->store, ref->entry->id, &error))
    {
      toast (ref->self, error->message);
      return;
    }
  undo = g_new0 (ExternalRef, 1);
  undo->self = ref->self;
  undo->entry = g_new0 (TomoniExternalCount, 1);
  *undo->entry = *ref->entry;
  undo->entry->uuid = NULL;
  undo->entry->date = g_strdup (ref->entry->date);
  undo->entry->programme = g_strdup (ref->entry->programme);
  undo->entry->source = g_strdup (ref->entry->source);

  undo_toast = adw_toast_new (_("External entry deleted"));
  adw_toast_set_button_label (undo_toast, _("_Undo"));
  g_signal_connect_data (undo_toast, "button-clicked", G_CALLBACK (undo_delete_cb), undo, external_ref_free, 0);
  root = gtk_widget_get_root (GTK_WIDGET (ref->self));
  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), undo_toast);
  else
    g_object_unref (g_object_ref_sink (undo_toast));
}

static void
add_external_group (TomoniTargetsPreferences *self,
                    GPtrArray                *targets)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  ExternalForm *form = g_new0 (ExternalForm, 1);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) entries = tomoni_store_list_external_counts (self->store, 0, NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  form->self = self;
  form->targets = g_ptr_array_ref (targets);
  g_object_set_data_full (G_OBJECT (group), "form", form, external_form_free);
  adw_preferences_group_set_title (group, _("External Entries"));
  adw_preferences_group_set_description (group, _("Participants reported as a number, e.g. a partner organisation "
                                                  "reports 35 participants in its class. They count as given "
                                                  "under every counting rule."));

  for (guint i = 0; i < targets->len; i++)
    gtk_string_list_append (names, tomoni_target_get_title (targets->pdata[i]));
  form->target = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->target), _("Target"));
  adw_combo_row_set_model (ADW_COMBO_ROW (form->target), G_LIST_MODEL (names));
  adw_preferences_group_add (group, form->target);
  form->date = entry_row (group, _("Date (YYYY-MM-DD)"), today);
  form->programme = entry_row (group, _("Programme"), "");
  form->count = spin_row (group, _("Participants"), 1);
  form->source = entry_row (group, _("Source (who reported it)"), "");
  button_row (group, _("Add the entry"), _("Add _Entry"), G_CALLBACK (add_external), form);

  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      TomoniExternalCount *entry = entries->pdata[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
      ExternalRef *ref = g_new0 (ExternalRef, 1);
      const char *target_title = "";
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *count = g_strdup_printf ("%'" G_GINT64_FORMAT, entry->count);

      for (guint j = 0; j < targets->len; j++)
        if (tomoni_target_get_id (targets->pdata[j]) == entry->target_id)
          target_title = tomoni_target_get_title (targets->pdata[j]);
      /* Translators: an external entry: date · programme */
      title = g_strdup_printf (_("%s · %s"), entry->date, entry->programme);
      /* Translators: an external entry: number of participants, who reported it, the target */
      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s participant, reported by %s, for %s",
                                               "%s participants, reported by %s, for %s", (gulong)entry->count),
                                  count, entry->source, target_title);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Delete this entry"));
      ref->self = self;
      ref->entry = g_new0 (TomoniExternalCount, 1);
      *ref->entry = *entry;
      ref->entry->uuid = g_strdup (entry->uuid);
      ref->entry->date = g_strdup (entry->date);
      ref->entry->programme = g_strdup (entry->programme);
      ref->entry->source = g_strdup (entry->source);
      g_signal_connect_data (button, "clicked", G_CALLBACK (delete_external), ref, external_ref_free,
                             G_CONNECT_SWAPPED);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_preferences_group_add (group, row);
    }

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), group);
  g_ptr_array_add (self->groups, group);
}

/* --- building ------------------------------------------------------------------------ */

static void
rebuild (TomoniTargetsPreferences *self)
{
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (ADW_PREFERENCES_PAGE (self), self->groups->pdata[i]);
  g_ptr_array_set_size (self->groups, 0);

  targets = tomoni_store_list_targets (self->store, &error);
  if (targets == NULL)
    {
      g_warning ("Cannot list the targets: %s", error->message);
      return;
    }
  for (guint i = 0; i < targets->len; i++)
    add_target_group (self, targets->pdata[i]);
  add_new_group (self);
  add_external_group (self, targets);
}

static gboolean
rebuild_idle_cb (gpointer user_data)
{
  TomoniTargetsPreferences *self = user_data;

  self->rebuild_source = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
store_changed_cb (TomoniTargetsPreferences *self,
                  const char               *area,
                  TomoniStore              *store)
{
  /* Rebuilding from a button's own handler would destroy the button: wait. */
  if (self->rebuild_source == 0 && (g_strcmp0 (area, "targets") == 0 || g_strcmp0 (area, "all") == 0))
    self->rebuild_source = g_idle_add_full (G_PRIORITY_DEFAULT, rebuild_idle_cb, self, NULL);
}

TomoniTargetsPreferences *
tomoni_targets_preferences_new (TomoniStore *store)
{
  TomoniTargetsPreferences *self;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);

  self = g_object_new (TOMONI_TYPE_TARGETS_PREFERENCES, NULL);
  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  rebuild (self);
  return self;
}

static void
tomoni_targets_preferences_dispose (GObject *object)
{
  TomoniTargetsPreferences *self = TOMONI_TARGETS_PREFERENCES (object);

  g_clear_handle_id (&self->rebuild_source, g_source_remove);
  g_clear_object (&self->store);
  gtk_widget_dispose_template (GTK_WIDGET (self), TOMONI_TYPE_TARGETS_PREFERENCES);
  G_OBJECT_CLASS (tomoni_targets_preferences_parent_class)->dispose (object);
}

static void
tomoni_targets_preferences_finalize (GObject *object)
{
  TomoniTargetsPreferences *self = TOMONI_TARGETS_PREFERENCES (object);

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  G_OBJECT_CLASS (tomoni_targets_preferences_parent_class)->finalize (object);
}

static void
tomoni_targets_preferences_class_init (TomoniTargetsPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tomoni_targets_preferences_dispose;
  object_class->finalize = tomoni_targets_preferences_finalize;

  gtk_widget_class_set_template_from_resource (GTK_WIDGET_CLASS (klass),
                                               "/io/github/tomoni/Tomoni/ui/tomoni-targets-preferences.ui");
}

static void
tomoni_targets_preferences_init (TomoniTargetsPreferences *self)
{
  self->groups = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
