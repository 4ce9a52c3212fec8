/* tomoni-volunteers-page.c: the volunteer registry: search, filters,
 * a volunteer's registration, schedule and history
 *
 * The list is a lazy model over the person ids the store returns for the
 * search and status, in 五十音 order. The language and skill filters are
 * applied here, reading each volunteer once per change of filter (the
 * store has no query for them yet). The right side shows the selected
 * volunteer: registration, languages, skills, trainings, availability,
 * their coming shifts and their history.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-volunteers-page"

#include <glib/gi18n.h>

#include "tomoni-csv-import-dialog.h"
#include "tomoni-lazy-list-model.h"
#include "tomoni-roster-format.h"
#include "tomoni-store-activities.h"
#include "tomoni-store-volunteers.h"
#include "tomoni-volunteer-dialog.h"
#include "tomoni-volunteers-page-private.h"
#include "tomoni-window.h"

/* Languages offered by the filter, when Tomoni knows them. */
static const char * const filter_languages[] = {
  "ja", "en", "zh", "ko", "vi", "tl", "ne", "id", "th", "my", "pt", "es",
  "mn", "si", "bn", "hi", "ur", "km", "fr", "de", "ru", "uk", "ar", "fa", "ms",
};

typedef enum {
  COLUMN_NAME,
  COLUMN_LANGUAGES,
  COLUMN_SKILLS,
  COLUMN_STATUS,
  COLUMN_EXPIRES,
  N_COLUMNS
} Column;

static const struct {
  const char *title;      /* N_() */
  gboolean    expand;
} columns[N_COLUMNS] = {
  [COLUMN_NAME] = { N_("Name"), TRUE },
  [COLUMN_LANGUAGES] = { N_("Languages"), TRUE },
  [COLUMN_SKILLS] = { N_("Skills"), TRUE },
  [COLUMN_STATUS] = { N_("Status"), FALSE },
  [COLUMN_EXPIRES] = { N_("Registered until"), FALSE },
};

G_DEFINE_FINAL_TYPE (TomoniVolunteersPage, tomoni_volunteers_page, TOMONI_TYPE_PAGE)



static GObject *
load_volunteer (TomoniStore  *store,
                gint64        id,
                GError      **error)
{
  return G_OBJECT (tomoni_store_get_volunteer (store, id, error));
}

/* --- text --------------------------------------------------------------- */

static const char *
catalog_name (GPtrArray  *entries,
              const char *key)
{
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      TomoniCatalogEntry *entry = g_ptr_array_index (entries, i);
      if (g_strcmp0 (entry->key, key) == 0)
        return tomoni_catalog_entry_get_name (entry);
    }
  return key;
}

/* "Vietnamese (native)" or "Japanese (business, N2)" */
static char *
dup_language_label (const TomoniLanguage *l)
{
  const char *name = tomoni_language_code_get_name (l->code);

  if (l->jlpt > 0)
    /* Translators: a language, its level and a JLPT level, "Japanese (business, N2)" */
    return g_strdup_printf (_("%s (%s, N%d)"), name != NULL ? name : l->code,
                            tomoni_language_level_get_label (l->level), l->jlpt);
  return g_strdup_printf (_("%s (%s)"), name != NULL ? name : l->code, tomoni_language_level_get_label (l->level));
}

static char *
dup_languages (TomoniVolunteer *v)
{
  GArray *languages = tomoni_volunteer_get_languages (v);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; languages != NULL && i < languages->len; i++)
    {
      g_autofree char *one = dup_language_label (&g_array_index (languages, TomoniLanguage, i));
      if (s->len > 0)
        g_string_append (s, _(", "));
      g_string_append (s, one);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
dup_skills (TomoniVolunteersPage *self,
            TomoniVolunteer      *v)
{
  const char * const *skills = tomoni_volunteer_get_skills (v);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    {
      if (s->len > 0)
        g_string_append (s, _(", "));
      g_string_append (s, catalog_name (self->skills, skills[i]));
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static gboolean
is_expired (TomoniVolunteer *v)
{
  g_autofree char *today = tomoni_roster_today ();
  const char *expires = tomoni_volunteer_get_expires_on (v);

  return expires != NULL && *expires != '\0' && strcmp (expires, today) < 0;
}

/* The status in words; an expired registration says so. */
static char *
dup_status (TomoniVolunteer *v)
{
  const char *label = tomoni_volunteer_status_get_label (tomoni_volunteer_get_status (v));

  if (is_expired (v) && tomoni_volunteer_get_status (v) != TOMONI_VOLUNTEER_RETIRED)
    /* Translators: "Active, expired": the registration needs renewing */
    return g_strdup_printf (_("%s, expired"), label);
  return g_strdup (label);
}

/* --- cells -------------------------------------------------------------- */

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (GPOINTER_TO_UINT (column) == COLUMN_EXPIRES)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  column)
{
  TomoniVolunteersPage *self = g_object_get_data (G_OBJECT (factory), "page");
  TomoniVolunteer *v = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;

  switch (GPOINTER_TO_UINT (column))
    {
    case COLUMN_NAME:
      text = g_strdup (tomoni_volunteer_get_display_name (v));
      break;
    case COLUMN_LANGUAGES:
      text = dup_languages (v);
      break;
    case COLUMN_SKILLS:
      text = dup_skills (self, v);
      break;
    case COLUMN_STATUS:
      text = dup_status (v);
      break;
    case COLUMN_EXPIRES:
    default:
      text = g_strdup (tomoni_volunteer_get_expires_on (v));
      break;
    }
  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_tooltip_text (label, GPOINTER_TO_UINT (column) == COLUMN_LANGUAGES ? text : NULL);
}

/* --- filters ------------------------------------------------------------ */

static void
fill_filter_models (TomoniVolunteersPage *self)
{
  g_autoptr(GtkStringList) languages = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) skills = gtk_string_list_new (NULL);
  guint skill_selected = gtk_drop_down_get_selected (self->skill_dropdown);

  self->updating_filters = TRUE;

  if (self->language_codes == NULL)
    {
      self->language_codes = g_ptr_array_new ();
      gtk_string_list_append (languages, _("Any language"));
      for (guint i = 0; i < G_N_ELEMENTS (filter_languages); i++)
        if (tomoni_language_code_is_known (filter_languages[i]))
          {
            g_ptr_array_add (self->language_codes, (gpointer)filter_languages[i]);
            gtk_string_list_append (languages, tomoni_language_code_get_name (filter_languages[i]));
          }
      gtk_drop_down_set_model (self->language_dropdown, G_LIST_MODEL (languages));
      gtk_drop_down_set_expression (self->language_dropdown,
                                    gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));

      gtk_string_list_append (levels, _("Any level"));
      for (TomoniLanguageLevel l = TOMONI_LEVEL_BASIC; l <= TOMONI_LEVEL_NATIVE; l++)
        {
          /* Translators: a minimum level in the filter, "business or better" */
          g_autofree char *text = g_strdup_printf (_("%s or better"), tomoni_language_level_get_label (l));
          gtk_string_list_append (levels, text);
        }
      gtk_drop_down_set_model (self->level_dropdown, G_LIST_MODEL (levels));
    }

  g_clear_pointer (&self->skills, g_ptr_array_unref);
  g_clear_pointer (&self->trainings, g_ptr_array_unref);
  if (get_store (self) != NULL)
    {
      self->skills = tomoni_store_list_skills (get_store (self), NULL);
      self->trainings = tomoni_store_list_trainings (get_store (self), NULL);
    }
  gtk_string_list_append (skills, _("Any skill"));
  for (guint i = 0; self->skills != NULL && i < self->skills->len; i++)
    gtk_string_list_append (skills, tomoni_catalog_entry_get_name (g_ptr_array_index (self->skills, i)));
  gtk_drop_down_set_model (self->skill_dropdown, G_LIST_MODEL (skills));
  if (skill_selected != GTK_INVALID_LIST_POSITION &&
      skill_selected < g_list_model_get_n_items (G_LIST_MODEL (skills)))
    gtk_drop_down_set_selected (self->skill_dropdown, skill_selected);

  self->updating_filters = FALSE;
}

void
_tomoni_volunteers_page_reload (TomoniVolunteersPage *self)
{
  TomoniStore *store = get_store (self);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint language = gtk_drop_down_get_selected (self->language_dropdown);
  guint level = gtk_drop_down_get_selected (self->level_dropdown);
  guint skill = gtk_drop_down_get_selected (self->skill_dropdown);
  const char *language_code = language > 0 && language != GTK_INVALID_LIST_POSITION &&
                              language <= self->language_codes->len
                              ? g_ptr_array_index (self->language_codes, language - 1) : NULL;
  const char *skill_key = skill > 0 && skill != GTK_INVALID_LIST_POSITION && self->skills != NULL &&
                          skill <= self->skills->len
                          ? ((TomoniCatalogEntry *)g_ptr_array_index (self->skills, skill - 1))->key : NULL;
  TomoniLanguageLevel min_level = level != GTK_INVALID_LIST_POSITION ? (TomoniLanguageLevel)level : TOMONI_LEVEL_NONE;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autofree char *count = NULL;
  gboolean filtered;
  gint64 selected = self->shown_id;
  guint position;

  if (self->model == NULL || store == NULL)
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->level_dropdown), language_code != NULL);
  ids = tomoni_store_filter_volunteer_ids (store, search != NULL && *search != '\0' ? search : NULL,
                                           status > 0 && status != GTK_INVALID_LIST_POSITION ? (int)status - 1 : -1,
                                           language_code, language_code != NULL ? min_level : TOMONI_LEVEL_NONE,
                                           skill_key, &error);
  if (ids == NULL)
    {
      g_warning ("Cannot list volunteers: %s", error->message);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }

  tomoni_lazy_list_model_set_ids (self->model, ids);

  filtered = (search != NULL && *search != '\0') || (status > 0 && status != GTK_INVALID_LIST_POSITION) ||
             language_code != NULL || skill_key != NULL;
  if (ids->len > 0)
    gtk_stack_set_visible_child_name (self->list_stack, "list");
  else
    gtk_stack_set_visible_child_name (self->list_stack, filtered ? "no-results" : "empty");

  /* Translators: the number of volunteers listed */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u volunteer", "%'u volunteers", ids->len), ids->len);
  gtk_label_set_text (self->count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), ids->len > 0);

  position = selected > 0 ? tomoni_lazy_list_model_find (self->model, selected) : G_MAXUINT;
  if (position != G_MAXUINT)
    gtk_single_selection_set_selected (self->selection, position);
  else
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  _tomoni_volunteers_page_show_detail (self);
}

static void
filter_changed_cb (TomoniVolunteersPage *self)
{
  if (!self->updating_filters)
    _tomoni_volunteers_page_reload (self);
}

void
tomoni_volunteers_page_set_filter (TomoniVolunteersPage *self,
                                   const char           *search,
                                   int                   status,
                                   const char           *language,
                                   TomoniLanguageLevel   min_level,
                                   const char           *skill)
{
  guint language_position = 0, skill_position = 0;

  g_return_if_fail (TOMONI_IS_VOLUNTEERS_PAGE (self));

  for (guint i = 0; language != NULL && i < self->language_codes->len; i++)
    if (g_str_equal (g_ptr_array_index (self->language_codes, i), language))
      language_position = i + 1;
  for (guint i = 0; skill != NULL && self->skills != NULL && i < self->skills->len; i++)
    if (g_str_equal (((TomoniCatalogEntry *)g_ptr_array_index (self->skills, i))->key, skill))
      skill_position = i + 1;

  self->updating_filters = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search != NULL ? search : "");
  gtk_drop_down_set_selected (self->status_dropdown, status < 0 ? 0 : (guint)status + 1);
  gtk_drop_down_set_selected (self->language_dropdown, language_position);
  gtk_drop_down_set_selected (self->level_dropdown, language != NULL ? (guint)min_level : 0);
  gtk_drop_down_set_selected (self->skill_dropdown, skill_position);
  self->updating_filters = FALSE;
  _tomoni_volunteers_page_reload (self);
}

GListModel *
tomoni_volunteers_page_get_model (TomoniVolunteersPage *self)
{
  g_return_val_if_fail (TOMONI_IS_VOLUNTEERS_PAGE (self), NULL);
  return G_LIST_MODEL (self->model);
}

gboolean
tomoni_volunteers_page_select (TomoniVolunteersPage *self,
                               gint64                person_id)
{
  guint position;

  g_return_val_if_fail (TOMONI_IS_VOLUNTEERS_PAGE (self), FALSE);

  position = tomoni_lazy_list_model_find (self->model, person_id);
  if (position == G_MAXUINT)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  return TRUE;
}

gint64
tomoni_volunteers_page_get_selected (TomoniVolunteersPage *self)
{
  g_return_val_if_fail (TOMONI_IS_VOLUNTEERS_PAGE (self), 0);
  return self->shown_id;
}

/* --- the detail ---------------------------------------------------------- */

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
info_row (GtkWidget  *group,
          const char *title,
          const char *value)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  g_autofree char *value_escaped = g_markup_escape_text (value != NULL ? value : "", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value_escaped);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return row;
}

static GtkWidget *
new_group (TomoniVolunteersPage *self,
           const char           *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (self->detail_box, group);
  return group;
}

static void
empty_row (GtkWidget  *group,
           const char *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
}

static const char *
weekday_name (int weekday)
{
  static const char *names[] = {
    NULL, N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"), N_("Friday"), N_("Saturday"), N_("Sunday"),
  };

  return weekday >= 1 && weekday <= 7 ? _(names[weekday]) : "";
}

static void
add_assignment_rows (GtkWidget *group,
                     GPtrArray *assignments,
                     guint      limit,
                     gboolean   with_hours)
{
  for (guint i = 0; i < assignments->len && i < limit; i++)
    {
      TomoniAssignment *a = g_ptr_array_index (assignments, i);
      g_autofree char *when = tomoni_roster_format_when (tomoni_assignment_get_date (a),
                                                         tomoni_assignment_get_start_minute (a),
                                                         tomoni_assignment_get_end_minute (a));
      g_autofree char *what = NULL;

      if (with_hours)
        {
          g_autofree char *hours = tomoni_roster_format_hours (tomoni_assignment_get_minutes (a));
          /* Translators: "Interpreter · 3:00 hours" */
          what = g_strdup_printf (_("%s · %s hours"), tomoni_assignment_get_role (a), hours);
        }
      else
        what = g_strdup_printf (_("%s · %s"), tomoni_assignment_get_role (a),
                                tomoni_assignment_status_get_label (tomoni_assignment_get_status (a)));
      {
        GtkWidget *row = adw_action_row_new ();
        g_autofree char *title = g_markup_escape_text (tomoni_assignment_get_activity_title (a), -1);
        g_autofree char *subtitle = g_strdup_printf ("%s\n%s", when, what);
        g_autofree char *escaped = g_markup_escape_text (subtitle, -1);

        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
        adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      }
    }
}

void
_tomoni_volunteers_page_show_detail (TomoniVolunteersPage *self)
{
  TomoniStore *store = get_store (self);
  gpointer item = gtk_single_selection_get_selected_item (self->selection);
  gint64 id = item != NULL ? tomoni_volunteer_get_person_id (item) : 0;
  g_autoptr(TomoniVolunteer) v = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *group, *box, *label, *button;
  g_autofree char *status = NULL;
  g_autofree char *today = tomoni_roster_today ();

  self->shown_id = id;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.edit", id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.renew", id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.set-status", id > 0);

  if (id == 0 || store == NULL || (v = tomoni_store_get_volunteer (store, id, &error)) == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }

  clear_box (self->detail_box);

  /* Name, status and what can be done. */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  label = gtk_label_new (tomoni_volunteer_get_display_name (v));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "title-2");
  gtk_box_append (GTK_BOX (box), label);
  status = dup_status (v);
  {
    g_autofree char *line = *tomoni_volunteer_get_reading (v) != '\0'
      ? g_strdup_printf ("%s · %s", tomoni_volunteer_get_reading (v), status) : g_strdup (status);
    label = gtk_label_new (line);
  }
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (self->detail_box, box);

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  button = gtk_button_new_with_mnemonic (_("_Edit…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "page.edit");
  gtk_box_append (GTK_BOX (box), button);
  button = gtk_button_new_with_mnemonic (_("_Renew…"));
  gtk_widget_set_tooltip_text (button, _("Extend the registration to the end of the next fiscal year"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "page.renew");
  gtk_box_append (GTK_BOX (box), button);
  {
    g_autoptr(GMenu) menu = g_menu_new ();
    GtkWidget *menu_button = gtk_menu_button_new ();

    for (TomoniVolunteerStatus s = TOMONI_VOLUNTEER_ACTIVE; s <= TOMONI_VOLUNTEER_RETIRED; s++)
      {
        g_autoptr(GMenuItem) menu_item = NULL;
        const char *labels[] = { N_("Mark _Active"), N_("_Pause"), N_("Re_tire") };

        if (s == tomoni_volunteer_get_status (v))
          continue;
        menu_item = g_menu_item_new (_(labels[s]), NULL);
        g_menu_item_set_action_and_target_value (menu_item, "page.set-status",
                                                 g_variant_new_string (tomoni_volunteer_status_to_string (s)));
        g_menu_append_item (menu, menu_item);
      }
    gtk_menu_button_set_label (GTK_MENU_BUTTON (menu_button), _("_Status"));
    gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (menu_button), TRUE);
    gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
    gtk_box_append (GTK_BOX (box), menu_button);
  }
  gtk_box_append (self->detail_box, box);

  /* Registration. */
  group = new_group (self, _("Registration"));
  info_row (group, _("Status"), status);
  {
    g_autofree char *registered = tomoni_roster_format_date (tomoni_volunteer_get_registered_on (v));
    g_autofree char *expires = tomoni_roster_format_date (tomoni_volunteer_get_expires_on (v));
    g_autofree char *expires_text = is_expired (v)
      /* Translators: "Tue 31 March 2026 (expired: renew to assign again)" */
      ? g_strdup_printf (_("%s (expired: renew to assign again)"), expires) : g_strdup (expires);
    g_autofree char *cap = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u shift a month", "%u shifts a month",
                                                         tomoni_volunteer_get_monthly_cap (v)),
                                            tomoni_volunteer_get_monthly_cap (v));

    info_row (group, _("Registered"), registered);
    info_row (group, _("Registered until"), expires_text);
    info_row (group, _("At most"), cap);
    if (*tomoni_volunteer_get_notes (v) != '\0')
      info_row (group, _("Notes"), tomoni_volunteer_get_notes (v));
  }

  /* Coming shifts. */
  group = new_group (self, _("Schedule"));
  {
    g_autoptr(GPtrArray) schedule = tomoni_store_list_schedule (store, id, today, NULL, NULL);

    if (schedule != NULL && schedule->len > 0)
      add_assignment_rows (group, schedule, 50, FALSE);
    else
      empty_row (group, _("No coming shifts"));
  }

  /* What they have done. */
  group = new_group (self, _("History"));
  {
    g_autoptr(TomoniVolunteerHistory) history = tomoni_store_get_volunteer_history (store, id, NULL);

    if (history != NULL && history->assignments->len > 0)
      {
        g_autofree char *hours = tomoni_roster_format_hours (history->total_minutes);
        g_autofree char *last = tomoni_roster_format_date (history->last_date);
        g_autofree char *summary =
          /* Translators: "4 activities, 12:30 hours" */
          g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u activity, %s hours", "%u activities, %s hours",
                                        history->n_activities), history->n_activities, hours);
        info_row (group, _("Total"), summary);
        info_row (group, _("Last activity"), last);
        add_assignment_rows (group, history->assignments, 20, TRUE);
      }
    else
      empty_row (group, _("No activities yet"));
  }

  /* Languages. */
  group = new_group (self, _("Languages"));
  {
    GArray *languages = tomoni_volunteer_get_languages (v);
    for (guint i = 0; languages != NULL && i < languages->len; i++)
      {
        const TomoniLanguage *l = &g_array_index (languages, TomoniLanguage, i);
        const char *name = tomoni_language_code_get_name (l->code);
        g_autofree char *level = l->jlpt > 0
          ? g_strdup_printf ("%s · JLPT N%d", tomoni_language_level_get_label (l->level), l->jlpt)
          : g_strdup (tomoni_language_level_get_label (l->level));
        info_row (group, name != NULL ? name : l->code, level);
      }
    if (languages == NULL || languages->len == 0)
      empty_row (group, _("No languages recorded"));
  }

  /* Skills and trainings. */
  group = new_group (self, _("Skills and Training"));
  {
    g_autofree char *skills = dup_skills (self, v);
    GPtrArray *trainings = tomoni_volunteer_get_trainings (v);

    info_row (group, _("Skills"), *skills != '\0' ? skills : _("None recorded"));
    for (guint i = 0; trainings != NULL && i < trainings->len; i++)
      {
        TomoniTrainingRecord *t = g_ptr_array_index (trainings, i);
        g_autofree char *date = tomoni_roster_format_date (t->completed_on);
        /* Translators: "Completed Sat 10 May 2025" */
        g_autofree char *text = g_strdup_printf (_("Completed %s"), date);
        info_row (group, catalog_name (self->trainings, t->key), text);
      }
    if (trainings == NULL || trainings->len == 0)
      info_row (group, _("Training"), _("None recorded"));
  }

  /* When they can help. */
  group = new_group (self, _("Availability"));
  {
    GArray *ranges = tomoni_volunteer_get_availability (v);
    const char * const *unavailable = tomoni_volunteer_get_unavailable_dates (v);

    for (int day = 1; day <= 7; day++)
      {
        g_autoptr(GString) s = g_string_new (NULL);
        for (guint i = 0; ranges != NULL && i < ranges->len; i++)
          {
            const TomoniAvailability *r = &g_array_index (ranges, TomoniAvailability, i);
            g_autofree char *times = NULL;

            if (r->weekday != day)
              continue;
            times = tomoni_roster_format_times (r->start_minute, r->end_minute);
            if (s->len > 0)
              g_string_append (s, _(", "));
            g_string_append (s, times);
          }
        if (s->len > 0)
          info_row (group, weekday_name (day), s->str);
      }
    if (ranges == NULL || ranges->len == 0)
      empty_row (group, _("No weekly availability recorded: auto-fill cannot place them"));
    if (unavailable != NULL && unavailable[0] != NULL)
      {
        g_autofree char *dates = g_strjoinv (_(", "), (char **)unavailable);
        info_row (group, _("Unavailable on"), dates);
      }
  }

  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
}

static void
selection_changed_cb (TomoniVolunteersPage *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->selection);
  gint64 id = item != NULL ? tomoni_volunteer_get_person_id (item) : 0;

  if (id != self->shown_id)
    _tomoni_volunteers_page_show_detail (self);
}

static void
row_activated_cb (TomoniVolunteersPage *self,
                  guint                 position)
{
  g_autoptr(TomoniVolunteer) v = g_list_model_get_item (G_LIST_MODEL (self->model), position);

  if (v != NULL)
    tomoni_volunteers_page_edit_volunteer (self, v);
}

static gboolean
reload_idle (gpointer data)
{
  TomoniVolunteersPage *self = data;

  self->reload_id = 0;
  fill_filter_models (self);
  _tomoni_volunteers_page_reload (self);
  return G_SOURCE_REMOVE;
}

static void
tomoni_volunteers_page_store_changed (TomoniPage *page,
                                      const char *area)
{
  TomoniVolunteersPage *self = TOMONI_VOLUNTEERS_PAGE (page);

  if (g_strcmp0 (area, "volunteers") != 0 && g_strcmp0 (area, "people") != 0 &&
      g_strcmp0 (area, "activities") != 0 && g_strcmp0 (area, "all") != 0)
    return;
  if (self->reload_id == 0)
    self->reload_id = g_idle_add_full (G_PRIORITY_DEFAULT, reload_idle, self, NULL);
}

/* --- setup -------------------------------------------------------------- */

static void
tomoni_volunteers_page_store_set (TomoniPage  *page,
                                  TomoniStore *store)
{
  TomoniVolunteersPage *self = TOMONI_VOLUNTEERS_PAGE (page);

  g_clear_object (&self->model);
  self->model = tomoni_lazy_list_model_new (store, TOMONI_TYPE_VOLUNTEER, load_volunteer, NULL);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->model));
  fill_filter_models (self);
  _tomoni_volunteers_page_reload (self);
}

static void
tomoni_volunteers_page_dispose (GObject *object)
{
  TomoniVolunteersPage *self = TOMONI_VOLUNTEERS_PAGE (object);

  g_clear_handle_id (&self->reload_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TOMONI_TYPE_VOLUNTEERS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_pointer (&self->skills, g_ptr_array_unref);
  g_clear_pointer (&self->trainings, g_ptr_array_unref);
  g_clear_pointer (&self->language_codes, g_ptr_array_unref);

  G_OBJECT_CLASS (tomoni_volunteers_page_parent_class)->dispose (object);
}

static void
tomoni_volunteers_page_class_init (TomoniVolunteersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TomoniPageClass *page_class = TOMONI_PAGE_CLASS (klass);

  object_class->dispose = tomoni_volunteers_page_dispose;
  page_class->store_set = tomoni_volunteers_page_store_set;
  page_class->store_changed = tomoni_volunteers_page_store_changed;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-volunteers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteersPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteersPage, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteersPage, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteersPage, skill_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteersPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteersPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteersPage, detail_box);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteersPage, count_label);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  _tomoni_volunteers_page_class_actions_init (widget_class);
}

static void
tomoni_volunteers_page_init (TomoniVolunteersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_object_set_data (G_OBJECT (factory), "page", self);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GUINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GUINT_TO_POINTER (i));
      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->column_view, column);
      g_object_unref (column);
    }

  fill_filter_models (self);
}
