/* tomoni-activities-page.c: activities, their shifts and slots, the roster,
 * auto-fill and check-in
 *
 * The list on the left is a lazy model over activity ids. The right side
 * is a TomoniActivityDetail: one group per shift, one expander per role
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
#include "tomoni-activity-detail.h"
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
  g_autofree char *when = tomoni_activity_detail_dup_dates (activity);
  g_autofree char *kind_when = NULL;
  g_autofree char *filled = NULL;
  guint needed = tomoni_activity_get_n_needed (activity);
  guint assigned = tomoni_activity_get_n_assigned (activity);

  /* Translators: "Exchange event · Sat 11 April 2026" */
  kind_when = g_strdup_printf (_("%s · %s"), tomoni_activity_kind_get_label (tomoni_activity_get_kind (activity)), when);
  filled = tomoni_activity_detail_dup_filled (assigned, needed);
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
  if (!tomoni_activity_detail_focus_roster (self->detail))
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
  int n_shifts;

  update_actions (self);
  if (self->activity == NULL || store == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }

  self->rebuilding = TRUE;
  n_shifts = tomoni_activity_detail_show (self->detail, store, self->activity);
  gtk_stack_set_visible_child_name (self->detail_stack, "detail");
  if (n_shifts >= 0)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.autofill", n_shifts > 0);
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

  g_type_ensure (TOMONI_TYPE_ACTIVITY_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-activities-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniActivitiesPage, range_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivitiesPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivitiesPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivitiesPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniActivitiesPage, detail);
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
