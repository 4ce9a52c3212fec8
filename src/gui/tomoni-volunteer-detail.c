/* tomoni-volunteer-detail.c: one volunteer's registration, schedule,
 * history, languages, skills and availability
 *
 * The header, buttons and groups are in the template; the rows of each
 * group depend on the volunteer and are made here.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-volunteer-detail"

#include <glib/gi18n.h>

#include "tomoni-roster-format.h"
#include "tomoni-store-activities.h"
#include "tomoni-store-skills.h"
#include "tomoni-store-volunteers.h"
#include "tomoni-volunteer-detail.h"

struct _TomoniVolunteerDetail
{
  AdwBin                parent_instance;

  GPtrArray            *rows;     /* the rows made for the shown volunteer */

  GtkLabel             *name_label;
  GtkLabel             *status_label;
  GtkMenuButton        *status_button;
  AdwPreferencesGroup  *registration_group;
  AdwPreferencesGroup  *schedule_group;
  AdwPreferencesGroup  *history_group;
  AdwPreferencesGroup  *languages_group;
  AdwPreferencesGroup  *skills_group;
  AdwPreferencesGroup  *availability_group;
};

G_DEFINE_FINAL_TYPE (TomoniVolunteerDetail, tomoni_volunteer_detail, ADW_TYPE_BIN)

/* --- text ---------------------------------------------------------------- */

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

char *
tomoni_volunteer_detail_dup_skills (TomoniVolunteer *v,
                                    GPtrArray       *catalog)
{
  const char * const *skills = tomoni_volunteer_get_skills (v);
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    {
      if (s->len > 0)
        g_string_append (s, _(", "));
      g_string_append (s, catalog_name (catalog, skills[i]));
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
char *
tomoni_volunteer_detail_dup_status (TomoniVolunteer *v)
{
  const char *label = tomoni_volunteer_status_get_label (tomoni_volunteer_get_status (v));

  if (is_expired (v) && tomoni_volunteer_get_status (v) != TOMONI_VOLUNTEER_RETIRED)
    /* Translators: "Active, expired": the registration needs renewing */
    return g_strdup_printf (_("%s, expired"), label);
  return g_strdup (label);
}

/* --- rows ---------------------------------------------------------------- */

static void
add_row (TomoniVolunteerDetail *self,
         GtkWidget             *group,
         GtkWidget             *row)
{
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  g_ptr_array_add (self->rows, row);
}

static void
clear_rows (TomoniVolunteerDetail *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

static GtkWidget *
info_row (TomoniVolunteerDetail *self,
          GtkWidget             *group,
          const char            *title,
          const char            *value)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  g_autofree char *value_escaped = g_markup_escape_text (value != NULL ? value : "", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value_escaped);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  add_row (self, group, row);
  return row;
}

static void
empty_row (TomoniVolunteerDetail *self,
           GtkWidget             *group,
           const char            *text)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  gtk_widget_add_css_class (row, "dim-label");
  add_row (self, group, row);
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
add_assignment_rows (TomoniVolunteerDetail *self,
                     GtkWidget             *group,
                     GPtrArray             *assignments,
                     guint                  limit,
                     gboolean               with_hours)
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
        add_row (self, group, row);
      }
    }
}

static void
set_status_menu (TomoniVolunteerDetail *self,
                 TomoniVolunteerStatus  current)
{
  g_autoptr(GMenu) menu = g_menu_new ();

  for (TomoniVolunteerStatus s = TOMONI_VOLUNTEER_ACTIVE; s <= TOMONI_VOLUNTEER_RETIRED; s++)
    {
      g_autoptr(GMenuItem) menu_item = NULL;
      const char *labels[] = { N_("Mark _Active"), N_("_Pause"), N_("Re_tire") };

      if (s == current)
        continue;
      menu_item = g_menu_item_new (_(labels[s]), NULL);
      g_menu_item_set_action_and_target_value (menu_item, "page.set-status",
                                               g_variant_new_string (tomoni_volunteer_status_to_string (s)));
      g_menu_append_item (menu, menu_item);
    }
  gtk_menu_button_set_menu_model (self->status_button, G_MENU_MODEL (menu));
}

void
tomoni_volunteer_detail_show (TomoniVolunteerDetail *self,
                              TomoniStore           *store,
                              TomoniVolunteer       *v,
                              GPtrArray             *skill_catalog,
                              GPtrArray             *training_catalog)
{
  gint64 id;
  GtkWidget *group;
  g_autofree char *status = NULL;
  g_autofree char *line = NULL;
  g_autofree char *today = tomoni_roster_today ();

  g_return_if_fail (TOMONI_IS_VOLUNTEER_DETAIL (self));
  g_return_if_fail (TOMONI_IS_STORE (store));
  g_return_if_fail (TOMONI_IS_VOLUNTEER (v));

  id = tomoni_volunteer_get_person_id (v);
  clear_rows (self);

  /* Name, status and what can be done. */
  gtk_label_set_text (self->name_label, tomoni_volunteer_get_display_name (v));
  status = tomoni_volunteer_detail_dup_status (v);
  line = *tomoni_volunteer_get_reading (v) != '\0'
    ? g_strdup_printf ("%s · %s", tomoni_volunteer_get_reading (v), status) : g_strdup (status);
  gtk_label_set_text (self->status_label, line);
  set_status_menu (self, tomoni_volunteer_get_status (v));

  /* Registration. */
  group = GTK_WIDGET (self->registration_group);
  info_row (self, group, _("Status"), status);
  {
    g_autofree char *registered = tomoni_roster_format_date (tomoni_volunteer_get_registered_on (v));
    g_autofree char *expires = tomoni_roster_format_date (tomoni_volunteer_get_expires_on (v));
    g_autofree char *expires_text = is_expired (v)
      /* Translators: "Tue 31 March 2026 (expired: renew to assign again)" */
      ? g_strdup_printf (_("%s (expired: renew to assign again)"), expires) : g_strdup (expires);
    g_autofree char *cap = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u shift a month", "%u shifts a month",
                                                         tomoni_volunteer_get_monthly_cap (v)),
                                            tomoni_volunteer_get_monthly_cap (v));

    info_row (self, group, _("Registered"), registered);
    info_row (self, group, _("Registered until"), expires_text);
    info_row (self, group, _("At most"), cap);
    if (*tomoni_volunteer_get_notes (v) != '\0')
      info_row (self, group, _("Notes"), tomoni_volunteer_get_notes (v));
  }

  /* Coming shifts. */
  group = GTK_WIDGET (self->schedule_group);
  {
    g_autoptr(GPtrArray) schedule = tomoni_store_list_schedule (store, id, today, NULL, NULL);

    if (schedule != NULL && schedule->len > 0)
      add_assignment_rows (self, group, schedule, 50, FALSE);
    else
      empty_row (self, group, _("No coming shifts"));
  }

  /* What they have done. */
  group = GTK_WIDGET (self->history_group);
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
        info_row (self, group, _("Total"), summary);
        info_row (self, group, _("Last activity"), last);
        add_assignment_rows (self, group, history->assignments, 20, TRUE);
      }
    else
      empty_row (self, group, _("No activities yet"));
  }

  /* Languages. */
  group = GTK_WIDGET (self->languages_group);
  {
    GArray *languages = tomoni_volunteer_get_languages (v);
    for (guint i = 0; languages != NULL && i < languages->len; i++)
      {
        const TomoniLanguage *l = &g_array_index (languages, TomoniLanguage, i);
        const char *name = tomoni_language_code_get_name (l->code);
        g_autofree char *level = l->jlpt > 0
          ? g_strdup_printf ("%s · JLPT N%d", tomoni_language_level_get_label (l->level), l->jlpt)
          : g_strdup (tomoni_language_level_get_label (l->level));
        info_row (self, group, name != NULL ? name : l->code, level);
      }
    if (languages == NULL || languages->len == 0)
      empty_row (self, group, _("No languages recorded"));
  }

  /* Skills and trainings. */
  group = GTK_WIDGET (self->skills_group);
  {
    g_autofree char *skills = tomoni_volunteer_detail_dup_skills (v, skill_catalog);
    GPtrArray *trainings = tomoni_volunteer_get_trainings (v);

    info_row (self, group, _("Skills"), *skills != '\0' ? skills : _("None recorded"));
    for (guint i = 0; trainings != NULL && i < trainings->len; i++)
      {
        TomoniTrainingRecord *t = g_ptr_array_index (trainings, i);
        g_autofree char *date = tomoni_roster_format_date (t->completed_on);
        /* Translators: "Completed Sat 10 May 2025" */
        g_autofree char *text = g_strdup_printf (_("Completed %s"), date);
        info_row (self, group, catalog_name (training_catalog, t->key), text);
      }
    if (trainings == NULL || trainings->len == 0)
      info_row (self, group, _("Training"), _("None recorded"));
  }

  /* When they can help. */
  group = GTK_WIDGET (self->availability_group);
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
          info_row (self, group, weekday_name (day), s->str);
      }
    if (ranges == NULL || ranges->len == 0)
      empty_row (self, group, _("No weekly availability recorded: auto-fill cannot place them"));
    if (unavailable != NULL && unavailable[0] != NULL)
      {
        g_autofree char *dates = g_strjoinv (_(", "), (char **)unavailable);
        info_row (self, group, _("Unavailable on"), dates);
      }
  }

}

static void
tomoni_volunteer_detail_dispose (GObject *object)
{
  TomoniVolunteerDetail *self = TOMONI_VOLUNTEER_DETAIL (object);

  g_ptr_array_set_size (self->rows, 0);
  gtk_widget_dispose_template (GTK_WIDGET (self), TOMONI_TYPE_VOLUNTEER_DETAIL);
  G_OBJECT_CLASS (tomoni_volunteer_detail_parent_class)->dispose (object);
}

static void
tomoni_volunteer_detail_finalize (GObject *object)
{
  TomoniVolunteerDetail *self = TOMONI_VOLUNTEER_DETAIL (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (tomoni_volunteer_detail_parent_class)->finalize (object);
}

static void
tomoni_volunteer_detail_class_init (TomoniVolunteerDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tomoni_volunteer_detail_dispose;
  object_class->finalize = tomoni_volunteer_detail_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-volunteer-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDetail, status_label);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDetail, status_button);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDetail, registration_group);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDetail, schedule_group);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDetail, history_group);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDetail, languages_group);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDetail, skills_group);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDetail, availability_group);
}

static void
tomoni_volunteer_detail_init (TomoniVolunteerDetail *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tomoni_volunteer_detail_new (void)
{
  return g_object_new (TOMONI_TYPE_VOLUNTEER_DETAIL, NULL);
}
