/* tomoni-people-page.c: everyone Tomoni knows, searchable and sortable
 *
 * The column view shows a TomoniPeopleModel, which holds ids only and reads
 * people from the store as rows come into view. Sorting is done by the
 * store (ORDER BY), not by a GtkSortListModel, which would read every row.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-people-page"

#include <glib/gi18n.h>

#include "tomoni-country.h"
#include "tomoni-date.h"
#include "tomoni-people-model.h"
#include "tomoni-people-page.h"
#include "tomoni-person-dialog.h"
#include "tomoni-window.h"

typedef enum {
  COLUMN_NAME,
  COLUMN_READING,
  COLUMN_LATIN,
  COLUMN_NATIONALITY,
  COLUMN_WARD,
  COLUMN_ADDED,
  N_COLUMNS
} Column;

static const struct {
  const char       *title;        /* N_() */
  const char       *property;     /* what the cell follows */
  TomoniPeopleSort  sort;
  gboolean          expand;
} columns[N_COLUMNS] = {
  [COLUMN_NAME] = { N_("Name"), "display-name", TOMONI_PEOPLE_SORT_READING, TRUE },
  [COLUMN_READING] = { N_("Reading"), "reading", TOMONI_PEOPLE_SORT_READING, TRUE },
  [COLUMN_LATIN] = { N_("Name in Latin letters"), "latin-name", TOMONI_PEOPLE_SORT_LATIN_NAME, TRUE },
  [COLUMN_NATIONALITY] = { N_("Nationality"), "nationality", TOMONI_PEOPLE_SORT_NATIONALITY, FALSE },
  [COLUMN_WARD] = { N_("Ward"), "ward", TOMONI_PEOPLE_SORT_WARD, FALSE },
  [COLUMN_ADDED] = { N_("Added"), NULL, TOMONI_PEOPLE_SORT_CREATED, FALSE },
};

struct _TomoniPeoplePage
{
  TomoniPage          parent_instance;

  TomoniPeopleModel  *model;
  GtkSingleSelection *selection;
  GSettings          *settings;
  GtkColumnViewColumn *columns[N_COLUMNS];

  GtkSearchEntry     *search_entry;
  GtkColumnView      *column_view;
  GtkStack           *stack;
  GtkLabel           *count_label;
};

G_DEFINE_FINAL_TYPE (TomoniPeoplePage, tomoni_people_page, TOMONI_TYPE_PAGE)

/* --- cells -------------------------------------------------------------- */

static void
update_cell (GtkLabel     *label,
             GParamSpec   *pspec,
             TomoniPerson *person)
{
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (label), "column"));
  g_autofree char *text = NULL;

  switch (column)
    {
    case COLUMN_NAME:
      text = tomoni_person_dup_display_name (person);
      break;
    case COLUMN_WARD:
      {
        const char *ward = tomoni_person_get_field (person, TOMONI_PERSON_WARD);
        text = g_strdup (*ward != '\0' ? tomoni_ward_get_label (ward) : "");
      }
      break;
    case COLUMN_ADDED:
      {
        const char *created = tomoni_person_get_created_at (person);
        g_autoptr(GDateTime) utc = created != NULL ? g_date_time_new_from_iso8601 (created, NULL) : NULL;
        g_autoptr(GTimeZone) tokyo = g_time_zone_new_identifier ("Asia/Tokyo");
        g_autoptr(GDateTime) local = utc != NULL && tokyo != NULL ? g_date_time_to_timezone (utc, tokyo) : NULL;

        /* 2026年4月7日(火) in Japanese, Tue 7 April 2026 in English, in Japan's time. */
        if (local != NULL)
          {
            GDate date;
            g_date_clear (&date, 1);
            g_date_set_dmy (&date, g_date_time_get_day_of_month (local),
                            g_date_time_get_month (local), g_date_time_get_year (local));
            text = tomoni_date_format_long (&date);
          }
      }
      break;
    case COLUMN_NATIONALITY:
      {
        g_autofree char *code = NULL;

        /* The country's name (ベトナム, Viet Nam), not the stored code. */
        g_object_get (person, columns[column].property, &code, NULL);
        text = tomoni_country_describe (code);
      }
      break;
    case COLUMN_READING:
    case COLUMN_LATIN:
    case N_COLUMNS:
    default:
      g_object_get (person, columns[column].property, &text, NULL);
      break;
    }
  gtk_label_set_text (label, text != NULL ? text : "");
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  g_object_set_data (G_OBJECT (label), "column", column);
  if (GPOINTER_TO_UINT (column) == COLUMN_ADDED)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  column)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  TomoniPerson *person = gtk_list_item_get_item (item);
  const char *property = columns[GPOINTER_TO_UINT (column)].property;
  g_autofree char *signal = g_strconcat ("notify::", property != NULL ? property : "display-name", NULL);

  update_cell (GTK_LABEL (label), NULL, person);
  /* Edits elsewhere update the cached person in place: follow them. */
  g_signal_connect_object (person, signal, G_CALLBACK (update_cell), label, G_CONNECT_SWAPPED);
  if (GPOINTER_TO_UINT (column) == COLUMN_NAME)
    g_signal_connect_object (person, "notify::erased", G_CALLBACK (update_cell), label, G_CONNECT_SWAPPED);
}

static void
unbind_cell (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  column)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  TomoniPerson *person = gtk_list_item_get_item (item);

  if (person != NULL)
    g_signal_handlers_disconnect_by_data (person, label);
}

/* --- sorting ------------------------------------------------------------ */

/* GTK 4.8 has no API to ask a GtkColumnViewSorter for its primary column
 * (gtk_column_view_sorter_get_primary_sort_column is 4.10). Each column's
 * sorter records that it was asked first; the view's answer tells the
 * direction. Nothing is sorted by GTK: the store orders the ids. */
static int probed_column = -1;

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      column)
{
  if (probed_column < 0)
    probed_column = GPOINTER_TO_INT (column);
  return GTK_ORDERING_SMALLER;
}

static void
sorter_changed_cb (TomoniPeoplePage *self,
                   GtkSorterChange   change,
                   GtkSorter        *sorter)
{
  g_autoptr(TomoniPerson) a = tomoni_person_new ();
  g_autoptr(TomoniPerson) b = tomoni_person_new ();
  GtkOrdering order;
  Column column;

  if (self->model == NULL)
    return;
  probed_column = -1;
  order = gtk_sorter_compare (sorter, a, b);
  column = probed_column >= 0 ? (Column)probed_column : COLUMN_NAME;
  probed_column = -1;

  tomoni_people_model_set_sort (self->model, columns[column].sort, order == GTK_ORDERING_LARGER);
  g_settings_set_string (self->settings, "people-sort-column",
                         column == COLUMN_NAME ? "reading" : columns[column].property != NULL
                         ? columns[column].property : "created");
  g_settings_set_boolean (self->settings, "people-sort-ascending", order != GTK_ORDERING_LARGER);
}

static void
restore_sort (TomoniPeoplePage *self)
{
  g_autofree char *key = g_settings_get_string (self->settings, "people-sort-column");
  gboolean ascending = g_settings_get_boolean (self->settings, "people-sort-ascending");
  Column column = COLUMN_NAME;

  for (guint i = COLUMN_LATIN; i < N_COLUMNS; i++)
    if (g_strcmp0 (key, columns[i].property) == 0 || (i == COLUMN_ADDED && g_str_equal (key, "created")))
      column = i;

  gtk_column_view_sort_by_column (self->column_view, self->columns[column],
                                  ascending ? GTK_SORT_ASCENDING : GTK_SORT_DESCENDING);
}

/* --- state -------------------------------------------------------------- */

static void
update_state (TomoniPeoplePage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *count = NULL;

  if (n > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (search != NULL && *search != '\0')
    gtk_stack_set_visible_child_name (self->stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->stack, "empty");

  /* Translators: the number of people listed, e.g. "60,000 people" */
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u person", "%'u people", n), n);
  gtk_label_set_text (self->count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), n > 0);
}

static void
search_changed_cb (TomoniPeoplePage *self,
                   GtkSearchEntry   *entry)
{
  tomoni_people_model_set_search (self->model, gtk_editable_get_text (GTK_EDITABLE (entry)));
  update_state (self);
}

static TomoniPerson *
dup_selected (TomoniPeoplePage *self)
{
  gpointer item = gtk_single_selection_get_selected_item (self->selection);

  return item != NULL ? g_object_ref (item) : NULL;
}

static void
row_activated_cb (TomoniPeoplePage *self,
                  guint             position,
                  GtkColumnView    *view)
{
  g_autoptr(TomoniPerson) person = g_list_model_get_item (G_LIST_MODEL (self->model), position);

  if (person != NULL)
    tomoni_people_page_edit_person (self, person);
}

/* --- editing, deleting, undo ------------------------------------------- */

static void
person_delete_requested_cb (TomoniPeoplePage   *self,
                            TomoniPerson       *person,
                            TomoniPersonDialog *dialog)
{
  if (tomoni_people_page_delete_person (self, person))
    gtk_window_destroy (GTK_WINDOW (dialog));
}

void
tomoni_people_page_edit_person (TomoniPeoplePage *self,
                                TomoniPerson     *person)
{
  TomoniPersonDialog *dialog;
  GtkRoot *root;

  g_return_if_fail (TOMONI_IS_PEOPLE_PAGE (self));

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = tomoni_person_dialog_new (GTK_WINDOW (root), tomoni_page_get_store (TOMONI_PAGE (self)), person);
  g_signal_connect_object (dialog, "delete-requested", G_CALLBACK (person_delete_requested_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
undo_delete_cb (AdwToast *toast,
                gpointer  user_data)
{
  TomoniStore *store = g_object_get_data (G_OBJECT (toast), "store");
  gint64 id = *(gint64 *)user_data;
  g_autoptr(GError) error = NULL;

  if (!tomoni_store_undelete_person (store, id, &error))
    g_warning ("Undo failed: %s", error->message);
}

/**
 * tomoni_people_page_delete_person:
 *
 * Deletes @person at once and offers to undo it from a toast.
 */
gboolean
tomoni_people_page_delete_person (TomoniPeoplePage *self,
                                  TomoniPerson     *person)
{
  TomoniStore *store = tomoni_page_get_store (TOMONI_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;
  gint64 *id;

  if (!tomoni_store_delete_person (store, tomoni_person_get_id (person), &error))
    {
      tomoni_page_toast (TOMONI_PAGE (self), adw_toast_new (error->message));
      return FALSE;
    }

  name = tomoni_person_dup_display_name (person);
  /* Translators: %s is a person's name */
  title = g_strdup_printf (_("“%s” deleted"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  id = g_new (gint64, 1);
  *id = tomoni_person_get_id (person);
  g_object_set_data_full (G_OBJECT (toast), "store", g_object_ref (store), g_object_unref);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_cb), id,
                         (GClosureNotify)(void (*) (void))g_free, 0);
  tomoni_page_toast (TOMONI_PAGE (self), toast);
  return TRUE;
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  tomoni_people_page_edit_person (TOMONI_PEOPLE_PAGE (widget), NULL);
}

static void
search_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TomoniPeoplePage *self = TOMONI_PEOPLE_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
edit_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TomoniPeoplePage *self = TOMONI_PEOPLE_PAGE (widget);
  g_autoptr(TomoniPerson) person = dup_selected (self);

  if (person != NULL)
    tomoni_people_page_edit_person (self, person);
}

static void
delete_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TomoniPeoplePage *self = TOMONI_PEOPLE_PAGE (widget);
  g_autoptr(TomoniPerson) person = dup_selected (self);

  if (person != NULL)
    tomoni_people_page_delete_person (self, person);
}

/* --- setup ------------------------------------------------------------- */

static void
tomoni_people_page_store_set (TomoniPage  *page,
                              TomoniStore *store)
{
  TomoniPeoplePage *self = TOMONI_PEOPLE_PAGE (page);

  g_clear_object (&self->model);
  self->model = tomoni_people_model_new (store);
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (update_state),
                           self, G_CONNECT_SWAPPED);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->model));
  restore_sort (self);
  update_state (self);
}

GListModel *
tomoni_people_page_get_model (TomoniPeoplePage *self)
{
  g_return_val_if_fail (TOMONI_IS_PEOPLE_PAGE (self), NULL);
  return G_LIST_MODEL (self->model);
}

static void
tomoni_people_page_dispose (GObject *object)
{
  TomoniPeoplePage *self = TOMONI_PEOPLE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TOMONI_TYPE_PEOPLE_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (tomoni_people_page_parent_class)->dispose (object);
}

static void
tomoni_people_page_class_init (TomoniPeoplePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TomoniPageClass *page_class = TOMONI_PAGE_CLASS (klass);

  object_class->dispose = tomoni_people_page_dispose;
  page_class->store_set = tomoni_people_page_store_set;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-people-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniPeoplePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TomoniPeoplePage, column_view);
  gtk_widget_class_bind_template_child (widget_class, TomoniPeoplePage, stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniPeoplePage, count_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "page.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "page.search", NULL, search_activated);
  gtk_widget_class_install_action (widget_class, "page.edit", NULL, edit_activated);
  gtk_widget_class_install_action (widget_class, "page.delete", NULL, delete_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "page.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "page.delete", NULL);
}

static void
tomoni_people_page_init (TomoniPeoplePage *self)
{
  GtkSorter *view_sorter;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkColumnViewColumn *column;

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GUINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GUINT_TO_POINTER (i));
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell), GUINT_TO_POINTER (i));

      column = gtk_column_view_column_new (_(columns[i].title), factory);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      if (i != COLUMN_READING)
        {
          g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (probe_compare, GINT_TO_POINTER (i), NULL));
          gtk_column_view_column_set_sorter (column, sorter);
        }
      gtk_column_view_append_column (self->column_view, column);
      self->columns[i] = column;
      g_object_unref (column);
    }

  view_sorter = gtk_column_view_get_sorter (self->column_view);
  g_signal_connect_object (view_sorter, "changed", G_CALLBACK (sorter_changed_cb), self, G_CONNECT_SWAPPED);
}
