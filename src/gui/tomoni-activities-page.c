/* tomoni-activities-page.c: activities, their shifts and slots, the roster,
 * auto-fill and check-in
 *
 * The list on the left is a lazy model over activity ids. The right side
 * shows the selected activity: one group per shift, one expander per role
 * slot, one row per assignee with check-in and hours. Every action goes
 * through a page action whose target is the id it works on, so buttons,
 * menus and keyboard shortcuts share one path. The detail is rebuilt when
 * the store changes (after an idle, so a button can finish its signal);
 * the focused control and the scroll position are kept across a rebuild.
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
#include "tomoni-lazy-list-model.h"
#include "tomoni-roster-format.h"
#include "tomoni-roster-print.h"
#include "tomoni-shift-dialog.h"
#include "tomoni-store-activities.h"
#include "tomoni-store-volunteers.h"
#include "tomoni-window.h"

G_DEFINE_FINAL_TYPE (TomoniActivitiesPage, tomoni_activities_page, TOMONI_TYPE_PAGE)

static GObject *
load_activity (TomoniStore  *store,
               gint64        id,
               GError      **error)
{
  return G_OBJECT (tomoni_store_get_activity (store, id, error));
}

/* --- the list ------------------------------------------------------------ */

static char *
dup_dates (TomoniActivity *activity)
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
static char *
dup_filled (guint n_assigned,
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

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *dates = gtk_label_new (NULL);
  GtkWidget *status_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *status = gtk_label_new (NULL);

  g_object_set (box, "margin-top", 6, "margin-bottom", 6, NULL);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (box), title);
  gtk_label_set_xalign (GTK_LABEL (dates), 0);
  gtk_label_set_ellipsize (GTK_LABEL (dates), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (dates, "caption");
  gtk_box_append (GTK_BOX (box), dates);
  gtk_label_set_xalign (GTK_LABEL (status), 0);
  gtk_widget_add_css_class (status, "caption");
  gtk_widget_add_css_class (status, "dim-label");
  gtk_box_append (GTK_BOX (status_box), icon);
  gtk_box_append (GTK_BOX (status_box), status);
  gtk_box_append (GTK_BOX (box), status_box);
  gtk_list_item_set_child (item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  TomoniActivity *activity = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *dates = gtk_widget_get_next_sibling (title);
  GtkWidget *status_box = gtk_widget_get_next_sibling (dates);
  GtkWidget *icon = gtk_widget_get_first_child (status_box);
  GtkWidget *status = gtk_widget_get_next_sibling (icon);
  g_autofree char *when = dup_dates (activity);
  g_autofree char *kind_when = NULL;
  g_autofree char *filled = NULL;
  guint needed = tomoni_activity_get_n_needed (activity);
  guint assigned = tomoni_activity_get_n_assigned (activity);

  /* Translators: "Exchange event · Sat 11 April 2026" */
  kind_when = g_strdup_printf (_("%s · %s"), tomoni_activity_kind_get_label (tomoni_activity_get_kind (activity)), when);
  filled = dup_filled (assigned, needed);
  gtk_label_set_text (GTK_LABEL (title), tomoni_activity_get_title (activity));
  gtk_label_set_text (GTK_LABEL (dates), kind_when);
  gtk_label_set_text (GTK_LABEL (status), filled);
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), needed > 0 && assigned >= needed
                                ? "emblem-ok-symbolic" : needed > 0 ? "dialog-warning-symbolic" : NULL);
  gtk_widget_set_visible (icon, needed > 0);
}

static void
range_bounds (TomoniActivitiesPage *self,
              char                **out_from,
              char                **out_to)
{
  Range range = gtk_drop_down_get_selected (self->range_dropdown);
  g_autofree char *today = tomoni_roster_today ();

  *out_from = NULL;
  *out_to = NULL;
  if (range == RANGE_UPCOMING)
    *out_from = g_steal_pointer (&today);
  else if (range == RANGE_FISCAL_YEAR)
    {
      GDate date, start, end;

      g_date_clear (&date, 1);
      g_date_clear (&start, 1);
      g_date_clear (&end, 1);
      tomoni_date_parse (today, &date, NULL);
      tomoni_fiscal_year_bounds (tomoni_fiscal_year_of (&date), &start, &end);
      *out_from = tomoni_date_format_iso (&start);
      *out_to = tomoni_date_format_iso (&end);
    }
}

void
_tomoni_activities_page_reload_list (TomoniActivitiesPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  gint64 selected = self->activity != NULL ? tomoni_activity_get_id (self->activity) : 0;
  guint position;

  if (self->model == NULL)
    return;

  range_bounds (self, &from, &to);
  ids = tomoni_store_query_activity_ids (get_store (self), from, to, &error);
  if (ids == NULL)
    {
      g_warning ("Cannot list activities: %s", error->message);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  tomoni_lazy_list_model_set_ids (self->model, ids);
  gtk_stack_set_visible_child_name (self->list_stack, ids->len > 0 ? "list" : "empty");

  position = selected > 0 ? tomoni_lazy_list_model_find (self->model, selected) : G_MAXUINT;
  if (position != G_MAXUINT)
    gtk_single_selection_set_selected (self->selection, position);
  else if (selected > 0)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
range_changed_cb (TomoniActivitiesPage *self)
{
  _tomoni_activities_page_reload_list (self);
}

static void
list_activated_cb (TomoniActivitiesPage *self,
                   guint                 position)
{
  gtk_single_selection_set_selected (self->selection, position);
  /* Enter on an activity moves the keyboard into its roster. */
  if (!gtk_widget_child_focus (GTK_WIDGET (self->shifts_box), GTK_DIR_TAB_FORWARD))
    gtk_widget_child_focus (gtk_stack_get_visible_child (self->detail_stack), GTK_DIR_TAB_FORWARD);
}

static void
selection_changed_cb (TomoniActivitiesPage *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->selection);
  gint64 id = item != NULL ? tomoni_activity_get_id (item) : 0;

  if (id == (self->activity != NULL ? tomoni_activity_get_id (self->activity) : 0) && !self->rebuilding)
    {
      if (id != 0)
        _tomoni_activities_page_rebuild_detail (self);
      return;
    }
  g_clear_object (&self->activity);
  if (id > 0)
    self->activity = tomoni_store_get_activity (get_store (self), id, NULL);
  _tomoni_activities_page_rebuild_detail (self);
}

gboolean
tomoni_activities_page_select_activity (TomoniActivitiesPage *self,
                                        gint64                activity_id)
{
  guint position;

  g_return_val_if_fail (TOMONI_IS_ACTIVITIES_PAGE (self), FALSE);

  position = tomoni_lazy_list_model_find (self->model, activity_id);
  if (position == G_MAXUINT && gtk_drop_down_get_selected (self->range_dropdown) != RANGE_ALL)
    {
      gtk_drop_down_set_selected (self->range_dropdown, RANGE_ALL);
      position = tomoni_lazy_list_model_find (self->model, activity_id);
    }
  if (position == G_MAXUINT)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  return TRUE;
}

gint64
tomoni_activities_page_get_activity_id (TomoniActivitiesPage *self)
{
  g_return_val_if_fail (TOMONI_IS_ACTIVITIES_PAGE (self), 0);
  return self->activity != NULL ? tomoni_activity_get_id (self->activity) : 0;
}

GListModel *
tomoni_activities_page_get_model (TomoniActivitiesPage *self)
{
  g_return_val_if_fail (TOMONI_IS_ACTIVITIES_PAGE (self), NULL);
  return G_LIST_MODEL (self->model);
}

/* --- the detail: building -------------------------------------------- */

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
dup_slot_requirements (TomoniActivitiesPage *self,
                       TomoniSlot           *slot,
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
                    TomoniActivitiesPage *self)
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
  if (!tomoni_store_check_in (get_store (self), id, wanted, &error))
    toast (self, error->message);
}

static void
hours_changed_cb (GtkSpinButton        *spin,
                  TomoniActivitiesPage *self)
{
  gint64 id = *(gint64 *)g_object_get_data (G_OBJECT (spin), "assignment-id");
  int minutes = (int)(gtk_spin_button_get_value (spin) * 60.0 + 0.5);
  g_autoptr(GError) error = NULL;

  if (self->rebuilding)
    return;
  if (!tomoni_store_set_assignment_minutes (get_store (self), id, minutes, &error))
    toast (self, error->message);
}

static GtkWidget *
assignment_row (TomoniActivitiesPage *self,
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
slot_row (TomoniActivitiesPage *self,
          TomoniSlot           *slot,
          GPtrArray            *assignments,
          GPtrArray            *skills,
          GPtrArray            *trainings)
{
  GtkWidget *row = adw_expander_row_new ();
  g_autofree char *title = g_markup_escape_text (tomoni_slot_get_role (slot), -1);
  g_autofree char *requirements = dup_slot_requirements (self, slot, skills, trainings);
  g_autofree char *filled = dup_filled (tomoni_slot_get_n_assigned (slot), tomoni_slot_get_needed (slot));
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
shift_group (TomoniActivitiesPage *self,
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
  g_autofree char *filled = dup_filled (tomoni_shift_get_n_assigned (shift), tomoni_shift_get_n_needed (shift));
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

static void
update_actions (TomoniActivitiesPage *self)
{
  gboolean have = self->activity != NULL;
  const char *names[] = { "page.edit", "page.add-shift", "page.autofill", "page.print", "page.delete" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), names[i], have);
}

void
_tomoni_activities_page_rebuild_detail (TomoniActivitiesPage *self)
{
  TomoniStore *store = get_store (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) shifts = NULL;
  g_autoptr(GPtrArray) roster = NULL;
  g_autoptr(GPtrArray) skills = NULL;
  g_autoptr(GPtrArray) trainings = NULL;
  g_autoptr(GHashTable) by_slot = NULL;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *focus_key = NULL;
  g_autofree char *when = NULL;
  GtkAdjustment *vadjustment = gtk_scrolled_window_get_vadjustment (self->detail_scroll);
  double scroll = gtk_adjustment_get_value (vadjustment);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  update_actions (self);
  if (self->activity == NULL || store == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }

  /* Remember which control had the focus. */
  for (GtkWidget *w = focus; w != NULL && w != GTK_WIDGET (self->shifts_box); w = gtk_widget_get_parent (w))
    if (g_object_get_data (G_OBJECT (w), "focus-key") != NULL && focus_key == NULL)
      focus_key = g_strdup (g_object_get_data (G_OBJECT (w), "focus-key"));
  if (focus != NULL && !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->shifts_box)))
    g_clear_pointer (&focus_key, g_free);

  self->rebuilding = TRUE;
  clear_box (self->shifts_box);

  gtk_label_set_text (self->title_label, tomoni_activity_get_title (self->activity));
  g_string_append (subtitle, tomoni_activity_kind_get_label (tomoni_activity_get_kind (self->activity)));
  when = dup_dates (self->activity);
  g_string_append_printf (subtitle, " · %s", when);
  if (*tomoni_activity_get_requester_name (self->activity) != '\0')
    /* Translators: who asked for the activity */
    g_string_append_printf (subtitle, " · %s %s", _("Requested by"), tomoni_activity_get_requester_name (self->activity));
  if (*tomoni_activity_get_requester_contact (self->activity) != '\0')
    g_string_append_printf (subtitle, " (%s)", tomoni_activity_get_requester_contact (self->activity));
  if (tomoni_activity_get_confidential (self->activity))
    g_string_append_printf (subtitle, " · %s", _("Confidential"));
  if (*tomoni_activity_get_notes (self->activity) != '\0')
    g_string_append_printf (subtitle, "\n%s", tomoni_activity_get_notes (self->activity));
  gtk_label_set_text (self->subtitle_label, subtitle->str);

  shifts = tomoni_store_list_shifts (store, tomoni_activity_get_id (self->activity), &error);
  if (shifts != NULL)
    roster = tomoni_store_list_roster (store, tomoni_activity_get_id (self->activity), TRUE, &error);
  if (roster == NULL)
    {
      GtkWidget *label = gtk_label_new (error->message);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_box_append (self->shifts_box, label);
      gtk_stack_set_visible_child_name (self->detail_stack, "detail");
      self->rebuilding = FALSE;
      return;
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

  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.autofill", shifts->len > 0);

  if (focus_key != NULL)
    {
      GtkWidget *target = find_focus_key (GTK_WIDGET (self->shifts_box), focus_key);
      if (target != NULL)
        gtk_widget_grab_focus (target);
    }
  gtk_adjustment_set_value (vadjustment, scroll);
  self->rebuilding = FALSE;
}

static gboolean
rebuild_idle (gpointer data)
{
  TomoniActivitiesPage *self = data;

  self->rebuild_id = 0;
  if (self->activity != NULL)
    {
      g_autoptr(TomoniActivity) fresh = tomoni_store_get_activity (get_store (self), tomoni_activity_get_id (self->activity), NULL);
      g_set_object (&self->activity, fresh);
    }
  _tomoni_activities_page_reload_list (self);
  _tomoni_activities_page_rebuild_detail (self);
  return G_SOURCE_REMOVE;
}

static void
tomoni_activities_page_store_changed (TomoniPage *page,
                                      const char *area)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (page);

  if (g_strcmp0 (area, "activities") != 0 && g_strcmp0 (area, "volunteers") != 0 &&
      g_strcmp0 (area, "people") != 0 && g_strcmp0 (area, "all") != 0)
    return;
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_DEFAULT, rebuild_idle, self, NULL);
}

/* --- setup -------------------------------------------------------------- */

static void
tomoni_activities_page_store_set (TomoniPage  *page,
                                  TomoniStore *store)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (page);

  g_clear_object (&self->model);
  self->model = tomoni_lazy_list_model_new (store, TOMONI_TYPE_ACTIVITY, load_activity, NULL);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->model));
  _tomoni_activities_page_reload_list (self);
  _tomoni_activities_page_rebuild_detail (self);
}

static void
tomoni_activities_page_dispose (GObject *object)
{
  TomoniActivitiesPage *self = TOMONI_ACTIVITIES_PAGE (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TOMONI_TYPE_ACTIVITIES_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->activity);
  g_clear_pointer (&self->undo_token, g_free);

  G_OBJECT_CLASS (tomoni_activities_page_parent_class)->dispose (object);
}

static void
tomoni_activities_page_class_init (TomoniActivitiesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TomoniPageClass *page_class = TOMONI_PAGE_CLASS (klass);

  object_class->dispose = tomoni_activities_page_dispose;
  page_class->store_set = tomoni_activities_page_store_set;
  page_class->store_changed = tomoni_activities_page_store_changed;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-activities-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniActivitiesPage, range_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivitiesPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivitiesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivitiesPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivitiesPage, detail_scroll);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivitiesPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivitiesPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivitiesPage, shifts_box);
  gtk_widget_class_bind_template_callback (widget_class, range_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activated_cb);

  _tomoni_activities_page_class_actions_init (widget_class);
}

static void
tomoni_activities_page_init (TomoniActivitiesPage *self)
{
  GtkListItemFactory *factory;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb), self);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);

  update_actions (self);
}
