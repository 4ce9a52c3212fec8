/* tomoni-week-view.c: every session of a week, by venue and room
 *
 * One row per venue and room, one column per day: staff see at a glance
 * what runs where. A week holds at most a few hundred sessions, read by
 * one store call (tomoni_store_list_sessions_between).
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-week-view"

#include <glib/gi18n-lib.h>

#include "tomoni-date.h"
#include "tomoni-store-classes.h"
#include "tomoni-week-view.h"

struct _TomoniWeekView
{
  AdwBin          parent_instance;

  TomoniStore    *store;
  GDate           monday;
  char           *monday_iso;
  guint           n_sessions;

  GtkLabel       *range_label;
  GtkStack       *stack;
  GtkScrolledWindow *scrolled;
};

G_DEFINE_FINAL_TYPE (TomoniWeekView, tomoni_week_view, ADW_TYPE_BIN)

enum {
  SESSION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *weekday_names[] = {
  NULL,
  /* Translators: short weekday names in the week view; Japanese: 月 火 水 木 金 土 日 */
  NC_("weekday", "Mon"), NC_("weekday", "Tue"), NC_("weekday", "Wed"), NC_("weekday", "Thu"),
  NC_("weekday", "Fri"), NC_("weekday", "Sat"), NC_("weekday", "Sun"),
};

static void
session_clicked (GtkButton      *button,
                 TomoniWeekView *self)
{
  gint64 id = *(gint64 *)g_object_get_data (G_OBJECT (button), "session-id");

  g_signal_emit (self, signals[SESSION_ACTIVATED], 0, id);
}

static GtkWidget *
session_button (TomoniWeekView *self,
                TomoniSession  *session)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *time = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);
  g_autofree char *start = tomoni_time_format (tomoni_session_get_start_minute (session));
  g_autofree char *end = tomoni_time_format (tomoni_session_get_end_minute (session));
  g_autofree char *time_text = NULL;
  g_autofree char *a11y = NULL;
  const char *status = tomoni_session_get_status (session);
  const char *class_title = tomoni_session_get_class_title (session);
  gint64 *id = g_new (gint64, 1);

  if (!g_str_equal (status, "scheduled"))
    /* Translators: a session in the week view that does not take place:
     * "18:30–20:00 · Cancelled" */
    time_text = g_strdup_printf (_("%s–%s · %s"), start, end, tomoni_session_get_status (session)[0] != '\0'
                                 ? tomoni_session_status_label (status) : "");
  else
    time_text = g_strdup_printf ("%s–%s", start, end);
  gtk_label_set_text (GTK_LABEL (time), time_text);
  gtk_label_set_xalign (GTK_LABEL (time), 0);
  gtk_widget_add_css_class (time, "caption");
  gtk_widget_add_css_class (time, "numeric");
  gtk_label_set_text (GTK_LABEL (title), class_title);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 14);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), time);
  gtk_box_append (GTK_BOX (box), title);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "card");
  if (!g_str_equal (status, "scheduled"))
    {
      gtk_widget_add_css_class (title, "dim-label");
      gtk_widget_add_css_class (time, "error");
    }
  if (tomoni_session_get_room_override (session)[0] != '\0')
    {
      /* Translators: tooltip of a session booked knowingly in a room that was in use */
      g_autofree char *tip = g_strdup_printf (_("Room shared: %s"), tomoni_session_get_room_override (session));
      gtk_widget_set_tooltip_text (button, tip);
    }

  a11y = g_strdup_printf ("%s, %s", class_title, time_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
  *id = tomoni_session_get_id (session);
  g_object_set_data_full (G_OBJECT (button), "session-id", id, g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (session_clicked), self);
  return button;
}

static char *
place_of (TomoniSession *session)
{
  const char *venue = tomoni_session_get_venue_name (session);
  const char *room = tomoni_session_get_room_name (session);

  if (*venue == '\0' && *room == '\0')
    /* Translators: the row of the week view for classes with no venue */
    return g_strdup (_("Online"));
  if (*room == '\0')
    return g_strdup (venue);
  return g_strdup_printf ("%s\n%s", venue, room);
}

static int
compare_places (gconstpointer a,
                gconstpointer b)
{
  return g_utf8_collate (*(const char * const *)a, *(const char * const *)b);
}

void
tomoni_week_view_reload (TomoniWeekView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sessions = NULL;
  g_autoptr(GPtrArray) places = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *sunday_iso = NULL;
  g_autofree char *range = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  GtkWidget *grid;
  GDate sunday = self->monday;
  GHashTable *cells;

  g_return_if_fail (TOMONI_IS_WEEK_VIEW (self));

  g_date_add_days (&sunday, 6);
  first = tomoni_date_format_long (&self->monday);
  last = tomoni_date_format_long (&sunday);
  /* Translators: the week shown: first day – last day */
  range = g_strdup_printf (_("%s – %s"), first, last);
  gtk_label_set_text (self->range_label, range);

  self->n_sessions = 0;
  if (self->store == NULL)
    return;
  sunday_iso = tomoni_date_format_iso (&sunday);
  sessions = tomoni_store_list_sessions_between (self->store, self->monday_iso, sunday_iso, &error);
  if (sessions == NULL)
    {
      g_warning ("Week view: %s", error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  self->n_sessions = sessions->len;
  if (sessions->len == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_top (grid, 6);
  gtk_widget_set_margin_bottom (grid, 12);

  for (int d = 0; d < 7; d++)
    {
      GDate day = self->monday;
      g_autofree char *text = NULL;
      GtkWidget *label;

      g_date_add_days (&day, d);
      text = g_strdup_printf ("%d/%d (%s)", g_date_get_month (&day), g_date_get_day (&day),
                              g_dpgettext2 (GETTEXT_PACKAGE, "weekday", weekday_names[d + 1]));
      label = gtk_label_new (text);
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_set_hexpand (label, TRUE);
      gtk_grid_attach (GTK_GRID (grid), label, d + 1, 0, 1, 1);
    }

  /* Rows: one per venue and room, in name order. */
  for (guint i = 0; i < sessions->len; i++)
    {
      g_autofree char *place = place_of (g_ptr_array_index (sessions, i));
      if (!g_ptr_array_find_with_equal_func (places, place, g_str_equal, NULL))
        g_ptr_array_add (places, g_steal_pointer (&place));
    }
  g_ptr_array_sort (places, compare_places);
  for (guint row = 0; row < places->len; row++)
    {
      GtkWidget *label = gtk_label_new (g_ptr_array_index (places, row));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_yalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 16);
      gtk_widget_add_css_class (label, "heading");
      gtk_grid_attach (GTK_GRID (grid), label, 0, (int)row + 1, 1, 1);
    }

  cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < sessions->len; i++)
    {
      TomoniSession *session = g_ptr_array_index (sessions, i);
      g_autofree char *place = place_of (session);
      guint row = 0;
      GDate date;
      int day;
      g_autofree char *key = NULL;
      GtkWidget *cell;

      g_ptr_array_find_with_equal_func (places, place, g_str_equal, &row);
      g_date_clear (&date, 1);
      if (!tomoni_date_parse (tomoni_session_get_date (session), &date, NULL))
        continue;
      day = (int)g_date_days_between (&self->monday, &date);
      if (day < 0 || day > 6)
        continue;
      key = g_strdup_printf ("%u:%d", row, day);
      cell = g_hash_table_lookup (cells, key);
      if (cell == NULL)
        {
          cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
          gtk_widget_set_valign (cell, GTK_ALIGN_START);
          gtk_grid_attach (GTK_GRID (grid), cell, day + 1, (int)row + 1, 1, 1);
          g_hash_table_insert (cells, g_steal_pointer (&key), cell);
        }
      gtk_box_append (GTK_BOX (cell), session_button (self, session));
    }
  g_hash_table_unref (cells);

  gtk_scrolled_window_set_child (self->scrolled, grid);
  gtk_stack_set_visible_child_name (self->stack, "week");
}

void
tomoni_week_view_show_week (TomoniWeekView *self,
                            const char     *date)
{
  GDate day;

  g_return_if_fail (TOMONI_IS_WEEK_VIEW (self));

  g_date_clear (&day, 1);
  if (date == NULL || !tomoni_date_parse (date, &day, NULL))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_date_set_dmy (&day, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
    }
  g_date_subtract_days (&day, g_date_get_weekday (&day) - G_DATE_MONDAY);
  self->monday = day;
  g_free (self->monday_iso);
  self->monday_iso = tomoni_date_format_iso (&day);
  tomoni_week_view_reload (self);
}

const char *
tomoni_week_view_get_monday (TomoniWeekView *self)
{
  g_return_val_if_fail (TOMONI_IS_WEEK_VIEW (self), NULL);
  return self->monday_iso;
}

guint
tomoni_week_view_get_n_sessions (TomoniWeekView *self)
{
  g_return_val_if_fail (TOMONI_IS_WEEK_VIEW (self), 0);
  return self->n_sessions;
}

void
tomoni_week_view_set_store (TomoniWeekView *self,
                            TomoniStore    *store)
{
  g_return_if_fail (TOMONI_IS_WEEK_VIEW (self));
  g_set_object (&self->store, store);
  tomoni_week_view_reload (self);
}

static void
move_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TomoniWeekView *self = TOMONI_WEEK_VIEW (widget);
  GDate day = self->monday;
  g_autofree char *iso = NULL;

  if (g_str_equal (action_name, "week.today"))
    {
      tomoni_week_view_show_week (self, NULL);
      return;
    }
  if (g_str_equal (action_name, "week.next"))
    g_date_add_days (&day, 7);
  else
    g_date_subtract_days (&day, 7);
  iso = tomoni_date_format_iso (&day);
  tomoni_week_view_show_week (self, iso);
}

static void
tomoni_week_view_dispose (GObject *object)
{
  TomoniWeekView *self = TOMONI_WEEK_VIEW (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->monday_iso, g_free);
  G_OBJECT_CLASS (tomoni_week_view_parent_class)->dispose (object);
}

static void
tomoni_week_view_class_init (TomoniWeekViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tomoni_week_view_dispose;

  signals[SESSION_ACTIVATED] = g_signal_new ("session-activated", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_install_action (widget_class, "week.previous", NULL, move_activated);
  gtk_widget_class_install_action (widget_class, "week.next", NULL, move_activated);
  gtk_widget_class_install_action (widget_class, "week.today", NULL, move_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "week.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "week.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, GDK_ALT_MASK, "week.today", NULL);
}

static GtkWidget *
nav_button (const char *icon,
            const char *action,
            const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return button;
}

static void
tomoni_week_view_init (TomoniWeekView *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *linked = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *today = gtk_button_new_with_mnemonic (_("_This Week"));
  GtkWidget *empty = adw_status_page_new ();

  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_bottom (bar, 6);
  gtk_widget_add_css_class (linked, "linked");
  gtk_box_append (GTK_BOX (linked), nav_button ("go-previous-symbolic", "week.previous", _("Previous Week (Page Up)")));
  gtk_box_append (GTK_BOX (linked), nav_button ("go-next-symbolic", "week.next", _("Next Week (Page Down)")));
  gtk_box_append (GTK_BOX (bar), linked);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (today), "week.today");
  gtk_box_append (GTK_BOX (bar), today);
  self->range_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->range_label), "title-4");
  gtk_label_set_xalign (self->range_label, 0);
  gtk_widget_set_margin_start (GTK_WIDGET (self->range_label), 6);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->range_label));
  gtk_box_append (GTK_BOX (box), bar);

  self->scrolled = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "x-office-calendar-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Sessions This Week"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Sessions of every class appear here by venue and room. Try the next week."));
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->scrolled), "week");
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->stack));
  adw_bin_set_child (ADW_BIN (self), box);

  g_date_clear (&self->monday, 1);
  tomoni_week_view_show_week (self, NULL);
}

GtkWidget *
tomoni_week_view_new (void)
{
  return g_object_new (TOMONI_TYPE_WEEK_VIEW, NULL);
}
