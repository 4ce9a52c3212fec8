/* tomoni-activity-detail.c: one activity, its shifts, role slots and roster
 *
 * The title, the buttons and the frame are in the template; below them one
 * group per shift, one expander per role slot and one row per assignee with
 * check-in and hours, made here from the store's rows. Buttons and menus
 * activate the page's actions ("page.…") with the id they work on. A
 * rebuild keeps the focused control and the scroll position.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-activity-detail"

#include <glib/gi18n.h>

#include "tomoni-activity-detail.h"
#include "tomoni-page.h"
#include "tomoni-roster-format.h"
#include "tomoni-store-activities.h"
#include "tomoni-store-skills.h"
#include "tomoni-store-volunteers.h"

struct _TomoniActivityDetail
{
  AdwBin             parent_instance;

  TomoniStore       *store;
  gboolean           rebuilding;

  GtkLabel          *title_label;
  GtkLabel          *subtitle_label;
  GtkBox            *shifts_box;
};

G_DEFINE_FINAL_TYPE (TomoniActivityDetail, tomoni_activity_detail, ADW_TYPE_BIN)

static void
toast (TomoniActivityDetail *self,
       const char           *message)
{
  GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self), TOMONI_TYPE_PAGE);

  if (page != NULL)
    tomoni_page_toast (TOMONI_PAGE (page), adw_toast_new (message));
  else
    g_warning ("%s", message);
}

/* --- text ---------------------------------------------------------------- */

char *
tomoni_activity_detail_dup_dates (TomoniActivity *activity)
{
  const char *first = tomoni_activity_get_first_date (activity);
  const char *last = tomoni_activity_get_last_date (activity);

  if (first == NULL || *first == '\0')
    return g_strdup (_("No shifts yet"));
  if (g_strcmp0 (first, last) == 0 || last == NULL || *last == '\0')
    return tomoni_roster_format_date (first);
  {
    g_autofree char *a = tomoni_roster_format_date (first);
    g_autofree char *b = tomoni_roster_format_date (last);
    /* Translators: a range of dates */
    return g_strdup_printf (_("%s – %s"), a, b);
  }
}

/* "12 of 20 places filled", or "Fully staffed". Never colour alone. */
char *
tomoni_activity_detail_dup_filled (guint n_assigned,
                                   guint n_needed)
{
  if (n_needed == 0)
    return g_strdup (_("No places to fill"));
  if (n_assigned >= n_needed)
    return g_strdup (_("Fully staffed"));
  /* Translators: "12 of 20 places filled" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u place filled", "%u of %u places filled", n_needed),
                          n_assigned, n_needed);
}

/* --- building -------------------------------------------------------------- */

/* Widgets that can hold the focus carry a key, so a rebuild can give the
 * focus back to the same control. */
static void
set_focus_key (GtkWidget  *widget,
               const char *format,
               gint64      id)
{
  g_object_set_data_full (G_OBJECT (widget), "focus-key",
                          g_strdup_printf ("%s:%" G_GINT64_FORMAT, format, id), g_free);
}

static GtkWidget *
find_focus_key (GtkWidget  *widget,
                const char *key)
{
  const char *own = g_object_get_data (G_OBJECT (widget), "focus-key");

  if (own != NULL && g_str_equal (own, key))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_focus_key (child, key);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
action_button (const char *icon_name,
               const char *label,
               const char *action,
               gint64      target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (target));
  set_focus_key (button, action, target);
  return button;
}

static char *
dup_slot_requirements (TomoniSlot           *slot,
                       GPtrArray            *skills,
                       GPtrArray            *trainings)
{
  g_autoptr(GString) s = g_string_new (NULL);
  GArray *languages = tomoni_slot_get_languages (slot);
  const char *skill = tomoni_slot_get_required_skill (slot);
  const char *training = tomoni_slot_get_required_training (slot);

  for (guint i = 0; languages != NULL && i < languages->len; i++)
    {
      const TomoniLanguage *l = &g_array_index (languages, TomoniLanguage, i);
      const char *name = tomoni_language_code_get_name (l->code);

      if (s->len > 0)
        g_string_append (s, " · ");
      /* Translators: a required language and its minimum level, "Vietnamese (fluent)" */
      g_string_append_printf (s, _("%s (%s)"), name != NULL ? name : l->code, tomoni_language_level_get_label (l->level));
      if (l->jlpt > 0)
        g_string_append_printf (s, " N%d", l->jlpt);
    }
  for (guint pass = 0; pass < 2; pass++)
    {
      const char *key = pass == 0 ? skill : training;
      GPtrArray *entries = pass == 0 ? skills : trainings;
      const char *name = key;

      if (key == NULL || *key == '\0')
        continue;
      for (guint i = 0; entries != NULL && i < entries->len; i++)
        if (g_strcmp0 (((TomoniCatalogEntry *)g_ptr_array_index (entries, i))->key, key) == 0)
          name = tomoni_catalog_entry_get_name (g_ptr_array_index (entries, i));
      if (s->len > 0)
        g_string_append (s, " · ");
      g_string_append (s, name);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
dup_assignment_subtitle (TomoniAssignment *a)
{
  g_autoptr(GString) s = g_string_new (NULL);
  TomoniAssignmentStatus status = tomoni_assignment_get_status (a);
  TomoniCheckin checkin = tomoni_assignment_get_checkin (a);
  const char *override = tomoni_assignment_get_override_reason (a);

  g_string_append (s, tomoni_assignment_status_get_label (status));
  if (status == TOMONI_ASSIGNMENT_CANCELLED)
    {
      const char *reason = tomoni_assignment_get_cancel_reason (a);
      if (reason != NULL && *reason != '\0')
        /* Translators: ": <why it was cancelled>" */
        g_string_append_printf (s, _(": %s"), reason);
      return g_string_free (g_steal_pointer (&s), FALSE);
    }
  if (g_strcmp0 (tomoni_assignment_get_source (a), "auto") == 0)
    g_string_append_printf (s, " · %s", _("by auto-fill"));
  if (override != NULL && *override != '\0')
    /* Translators: a rule was broken on purpose; %s says why */
    g_string_append_printf (s, " · %s%s", _("Override: "), override);
  if (checkin != TOMONI_CHECKIN_NONE)
    g_string_append_printf (s, " · %s", tomoni_checkin_get_label (checkin));
  if (checkin == TOMONI_CHECKIN_PRESENT && tomoni_assignment_get_minutes_corrected (a))
    g_string_append_printf (s, " · %s", _("hours corrected"));
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
checkin_toggled_cb (GtkToggleButton      *button,
                    TomoniActivityDetail *self)
{
  gint64 id = *(gint64 *)g_object_get_data (G_OBJECT (button), "assignment-id");
  TomoniCheckin which = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "checkin"));
  TomoniCheckin current = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "current"));
  TomoniCheckin wanted = gtk_toggle_button_get_active (button) ? which : TOMONI_CHECKIN_NONE;
  g_autoptr(GError) error = NULL;

  if (self->rebuilding || wanted == current)
    return;
  /* The other button of the pair turning off is not a choice. */
  if (!gtk_toggle_button_get_active (button) && current != which)
    return;
  if (!tomoni_store_check_in (self->store, id, wanted, &error))
    toast (self, error->message);
}

static void
hours_changed_cb (GtkSpinButton        *spin,
                  TomoniActivityDetail *self)
{
  gint64 id = *(gint64 *)g_object_get_data (G_OBJECT (spin), "assignment-id");
  int minutes = (int)(gtk_spin_button_get_value (spin) * 60.0 + 0.5);
  g_autoptr(GError) error = NULL;

  if (self->rebuilding)
    return;
  if (!tomoni_store_set_assignment_minutes (self->store, id, minutes, &error))
    toast (self, error->message);
}

static GtkWidget *
assignment_row (TomoniActivityDetail *self,
                TomoniAssignment     *a)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_markup_escape_text (tomoni_assignment_get_person_name (a), -1);
  g_autofree char *subtitle = dup_assignment_subtitle (a);
  gint64 id = tomoni_assignment_get_id (a);
  TomoniAssignmentStatus status = tomoni_assignment_get_status (a);
  TomoniCheckin checkin = tomoni_assignment_get_checkin (a);
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *menu_button;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  if (status == TOMONI_ASSIGNMENT_CANCELLED)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("action-unavailable-symbolic");
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Cancelled"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_widget_add_css_class (row, "dim-label");
      return row;
    }

  {
    GtkWidget *pair = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
    const struct { TomoniCheckin value; const char *label; const char *key; } choices[] = {
      { TOMONI_CHECKIN_PRESENT, N_("Present"), "present" },
      { TOMONI_CHECKIN_NO_SHOW, N_("No-show"), "no-show" },
    };
    GtkToggleButton *first = NULL;

    gtk_widget_add_css_class (pair, "linked");
    gtk_widget_set_valign (pair, GTK_ALIGN_CENTER);
    for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
      {
        GtkWidget *toggle = gtk_toggle_button_new_with_label (_(choices[i].label));
        g_autofree char *accessible = g_strdup_printf ("%s: %s", _(choices[i].label),
                                                       tomoni_assignment_get_person_name (a));

        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), checkin == choices[i].value);
        if (first != NULL)
          gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (toggle), first);
        else
          first = GTK_TOGGLE_BUTTON (toggle);
        gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
        g_object_set_data_full (G_OBJECT (toggle), "assignment-id", g_memdup2 (&id, sizeof id), g_free);
        g_object_set_data (G_OBJECT (toggle), "checkin", GINT_TO_POINTER (choices[i].value));
        g_object_set_data (G_OBJECT (toggle), "current", GINT_TO_POINTER (checkin));
        set_focus_key (toggle, choices[i].key, id);
        g_signal_connect (toggle, "toggled", G_CALLBACK (checkin_toggled_cb), self);
        gtk_box_append (GTK_BOX (pair), toggle);
      }
    /* A toggle group cannot be emptied by clicking; the menu clears. */
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), pair);
  }

  if (checkin == TOMONI_CHECKIN_PRESENT)
    {
      GtkAdjustment *adjustment = gtk_adjustment_new (tomoni_assignment_get_minutes (a) / 60.0, 0, 24, 0.25, 1, 0);
      GtkWidget *spin = gtk_spin_button_new (adjustment, 0.25, 2);
      g_autofree char *accessible = g_strdup_printf (_("Hours of %s"), tomoni_assignment_get_person_name (a));

      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (spin, _("Hours worked; change them if the shift ran longer or shorter"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_object_set_data_full (G_OBJECT (spin), "assignment-id", g_memdup2 (&id, sizeof id), g_free);
      set_focus_key (spin, "hours", id);
      g_signal_connect (spin, "value-changed", G_CALLBACK (hours_changed_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
    }

  if (status == TOMONI_ASSIGNMENT_ASSIGNED)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("_Confirm"), NULL);
      g_menu_item_set_action_and_target_value (item, "page.confirm", g_variant_new_int64 (id));
      g_menu_append_item (menu, item);
    }
  if (checkin != TOMONI_CHECKIN_NONE)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("C_lear Check-In"), NULL);
      g_menu_item_set_action_and_target_value (item, "page.clear-checkin", g_variant_new_int64 (id));
      g_menu_append_item (menu, item);
    }
  if (checkin == TOMONI_CHECKIN_PRESENT && tomoni_assignment_get_minutes_corrected (a))
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("Hours From the _Shift"), NULL);
      g_menu_item_set_action_and_target_value (item, "page.reset-hours", g_variant_new_int64 (id));
      g_menu_append_item (menu, item);
    }
  {
    g_autoptr(GMenuItem) cancel = g_menu_item_new (_("C_ancel Assignment…"), NULL);
    g_autoptr(GMenuItem) unassign = g_menu_item_new (_("_Unassign"), NULL);

    g_menu_item_set_action_and_target_value (cancel, "page.cancel-assignment", g_variant_new_int64 (id));
    g_menu_append_item (menu, cancel);
    g_menu_item_set_action_and_target_value (unassign, "page.unassign", g_variant_new_int64 (id));
    g_menu_append_item (menu, unassign);
  }
  menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  {
    g_autofree char *accessible = g_strdup_printf (_("More for %s"), tomoni_assignment_get_person_name (a));
    gtk_widget_set_tooltip_text (menu_button, _("Confirm, cancel or unassign"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  }
  set_focus_key (menu_button, "menu", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu_button);
  return row;
}

static GtkWidget *
slot_row (TomoniActivityDetail *self,
          TomoniSlot           *slot,
          GPtrArray            *assignments,
          GPtrArray            *skills,
          GPtrArray            *trainings)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *title = g_markup_escape_text (tomoni_slot_get_role (slot), -1);
  g_autofree char *requirements = dup_slot_requirements (slot, skills, trainings);
  g_autofree char *filled = tomoni_activity_detail_dup_filled (tomoni_slot_get_n_assigned (slot), tomoni_slot_get_needed (slot));
  g_autofree char *subtitle = NULL;
  g_autofree char *escaped = NULL;
  gint64 id = tomoni_slot_get_id (slot);
  GtkWidget *button;
  guint n_rows = 0;

  subtitle = *requirements != '\0' ? g_strdup_printf (_("%s · %s"), filled, requirements) : g_strdup (filled);
  escaped = g_markup_escape_text (subtitle, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), escaped);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  set_focus_key (row, "slot", id);

  /* adw_expander_row_add_action () puts each action before the ones added
   * earlier: add them right to left so Delete ends up last. */
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               action_button ("user-trash-symbolic", _("Delete the slot"), "page.delete-slot", id));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               action_button ("document-edit-symbolic", _("Edit the slot"), "page.edit-slot", id));
  button = gtk_button_new_with_mnemonic (_("Candida_tes…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Who may take this slot, best first, and why others may not"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "page.candidates");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  set_focus_key (button, "page.candidates", id);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);

  for (guint i = 0; assignments != NULL && i < assignments->len; i++)
    {
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), assignment_row (self, g_ptr_array_index (assignments, i)));
      n_rows++;
    }
  if (n_rows == 0)
    {
      GtkWidget *empty = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (empty), _("No one assigned yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (empty), _("Use Candidates or Auto-Fill"));
      gtk_widget_add_css_class (empty, "dim-label");
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), empty);
    }
  return row;
}

static GtkWidget *
shift_group (TomoniActivityDetail *self,
             TomoniShift          *shift,
             GHashTable           *by_slot,
             GPtrArray            *skills,
             GPtrArray            *trainings)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  g_autofree char *when = tomoni_roster_format_when (tomoni_shift_get_date (shift),
                                                     tomoni_shift_get_start_minute (shift),
                                                     tomoni_shift_get_end_minute (shift));
  g_autofree char *filled = tomoni_activity_detail_dup_filled (tomoni_shift_get_n_assigned (shift), tomoni_shift_get_n_needed (shift));
  g_autofree char *escaped = g_markup_escape_text (when, -1);
  GListModel *slots = G_LIST_MODEL (tomoni_shift_get_slots (shift));
  gint64 id = tomoni_shift_get_id (shift);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), escaped);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), filled);
  gtk_box_append (GTK_BOX (suffix), action_button ("list-add-symbolic", _("Add a role slot"), "page.add-slot", id));
  gtk_box_append (GTK_BOX (suffix), action_button ("document-edit-symbolic", _("Change the date or times"), "page.edit-shift", id));
  gtk_box_append (GTK_BOX (suffix), action_button ("user-trash-symbolic", _("Delete the shift"), "page.delete-shift", id));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), suffix);

  for (guint i = 0; i < g_list_model_get_n_items (slots); i++)
    {
      g_autoptr(TomoniSlot) slot = g_list_model_get_item (slots, i);
      gint64 slot_id = tomoni_slot_get_id (slot);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                 slot_row (self, slot, g_hash_table_lookup (by_slot, &slot_id), skills, trainings));
    }
  if (g_list_model_get_n_items (slots) == 0)
    {
      GtkWidget *empty = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (empty), _("No role slots"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (empty), _("Add a slot to say who is needed"));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), empty);
    }
  return group;
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

int
tomoni_activity_detail_show (TomoniActivityDetail *self,
                             TomoniStore          *store,
                             TomoniActivity       *activity)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) shifts = NULL;
  g_autoptr(GPtrArray) roster = NULL;
  g_autoptr(GPtrArray) skills = NULL;
  g_autoptr(GPtrArray) trainings = NULL;
  g_autoptr(GHashTable) by_slot = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *focus_key = NULL;
  g_autofree char *when = NULL;
  GtkWidget *scrolled = adw_bin_get_child (ADW_BIN (self));
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  double scroll = gtk_adjustment_get_value (vadjustment);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  g_return_val_if_fail (TOMONI_IS_ACTIVITY_DETAIL (self), -1);
  g_return_val_if_fail (TOMONI_IS_STORE (store), -1);
  g_return_val_if_fail (TOMONI_IS_ACTIVITY (activity), -1);

  g_set_object (&self->store, store);
  /* Remember which control had the focus. */
  for (GtkWidget *w = focus; w != NULL && w != GTK_WIDGET (self->shifts_box); w = gtk_widget_get_parent (w))
    if (g_object_get_data (G_OBJECT (w), "focus-key") != NULL && focus_key == NULL)
      focus_key = g_strdup (g_object_get_data (G_OBJECT (w), "focus-key"));
  if (focus != NULL && !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->shifts_box)))
    g_clear_pointer (&focus_key, g_free);

  self->rebuilding = TRUE;
  clear_box (self->shifts_box);

  gtk_label_set_text (self->title_label, tomoni_activity_get_title (activity));
  g_string_append (subtitle, tomoni_activity_kind_get_label (tomoni_activity_get_kind (activity)));
  when = tomoni_activity_detail_dup_dates (activity);
  g_string_append_printf (subtitle, " · %s", when);
  if (*tomoni_activity_get_requester_name (activity) != '\0')
    /* Translators: who asked for the activity */
    g_string_append_printf (subtitle, " · %s %s", _("Requested by"), tomoni_activity_get_requester_name (activity));
  if (*tomoni_activity_get_requester_contact (activity) != '\0')
    g_string_append_printf (subtitle, " (%s)", tomoni_activity_get_requester_contact (activity));
  if (tomoni_activity_get_confidential (activity))
    g_string_append_printf (subtitle, " · %s", _("Confidential"));
  if (*tomoni_activity_get_notes (activity) != '\0')
    g_string_append_printf (subtitle, "\n%s", tomoni_activity_get_notes (activity));
  gtk_label_set_text (self->subtitle_label, subtitle->str);

  shifts = tomoni_store_list_shifts (store, tomoni_activity_get_id (activity), &error);
  if (shifts != NULL)
    roster = tomoni_store_list_roster (store, tomoni_activity_get_id (activity), TRUE, &error);
  if (roster == NULL)
    {
      GtkWidget *label = gtk_label_new (error->message);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_box_append (self->shifts_box, label);
      self->rebuilding = FALSE;
      return -1;
    }
  skills = tomoni_store_list_skills (store, NULL);
  trainings = tomoni_store_list_trainings (store, NULL);

  by_slot = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
  for (guint i = 0; i < roster->len; i++)
    {
      TomoniAssignment *a = g_ptr_array_index (roster, i);
      gint64 slot_id = tomoni_assignment_get_slot_id (a);
      GPtrArray *list = g_hash_table_lookup (by_slot, &slot_id);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (by_slot, g_memdup2 (&slot_id, sizeof slot_id), list);
        }
      g_ptr_array_add (list, g_object_ref (a));
    }

  for (guint i = 0; i < shifts->len; i++)
    gtk_box_append (self->shifts_box, shift_group (self, g_ptr_array_index (shifts, i), by_slot, skills, trainings));

  if (shifts->len == 0)
    {
      GtkWidget *empty = adw_status_page_new ();
      GtkWidget *button = gtk_button_new_with_label (_("Add Shift"));

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "alarm-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Shifts Yet"));
      adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                       _("A shift has a date, times and role slots. Weekly shifts, like every "
                                         "Saturday of a term, are added in one go."));
      gtk_widget_add_css_class (empty, "compact");
      gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "pill");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "page.add-shift");
      adw_status_page_set_child (ADW_STATUS_PAGE (empty), button);
      gtk_box_append (self->shifts_box, empty);
    }

  if (focus_key != NULL)
    {
      GtkWidget *target = find_focus_key (GTK_WIDGET (self->shifts_box), focus_key);
      if (target != NULL)
        gtk_widget_grab_focus (target);
    }
  gtk_adjustment_set_value (vadjustment, scroll);
  self->rebuilding = FALSE;
  return (int)shifts->len;
}

gboolean
tomoni_activity_detail_focus_roster (TomoniActivityDetail *self)
{
  g_return_val_if_fail (TOMONI_IS_ACTIVITY_DETAIL (self), FALSE);
  return gtk_widget_child_focus (GTK_WIDGET (self->shifts_box), GTK_DIR_TAB_FORWARD);
}

gboolean
tomoni_activity_detail_is_rebuilding (TomoniActivityDetail *self)
{
  g_return_val_if_fail (TOMONI_IS_ACTIVITY_DETAIL (self), FALSE);
  return self->rebuilding;
}

static void
tomoni_activity_detail_dispose (GObject *object)
{
  TomoniActivityDetail *self = TOMONI_ACTIVITY_DETAIL (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TOMONI_TYPE_ACTIVITY_DETAIL);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (tomoni_activity_detail_parent_class)->dispose (object);
}

static void
tomoni_activity_detail_class_init (TomoniActivityDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tomoni_activity_detail_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-activity-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniActivityDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivityDetail, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivityDetail, shifts_box);
}

static void
tomoni_activity_detail_init (TomoniActivityDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tomoni_activity_detail_new (void)
{
  return g_object_new (TOMONI_TYPE_ACTIVITY_DETAIL, NULL);
}
