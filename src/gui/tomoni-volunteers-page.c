/* tomoni-volunteers-page.c: the volunteer registry: search, filters,
 * a volunteer's registration, schedule and history
 *
 * The list is a lazy model over the person ids the store returns for the
 * search, status, language, level and skill (one query), in 五十音 order.
 * The right side is a TomoniVolunteerDetail: registration, languages,
 * skills, trainings, availability, their coming shifts and their history.
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
#include "tomoni-volunteer-detail.h"
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
      text = tomoni_volunteer_detail_dup_skills (v, self->skills);
      break;
    case COLUMN_STATUS:
      text = tomoni_volunteer_detail_dup_status (v);
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

void
_tomoni_volunteers_page_show_detail (TomoniVolunteersPage *self)
{
  TomoniStore *store = get_store (self);
  gpointer item = gtk_single_selection_get_selected_item (self->selection);
  gint64 id = item != NULL ? tomoni_volunteer_get_person_id (item) : 0;
  g_autoptr(TomoniVolunteer) v = NULL;
  g_autoptr(GError) error = NULL;

  self->shown_id = id;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.edit", id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.renew", id > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "page.set-status", id > 0);

  if (id == 0 || store == NULL || (v = tomoni_store_get_volunteer (store, id, &error)) == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      return;
    }

  tomoni_volunteer_detail_show (self->detail, store, v, self->skills, self->trainings);
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

  g_type_ensure (TOMONI_TYPE_VOLUNTEER_DETAIL);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-volunteers-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteersPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteersPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteersPage, language_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteersPage, level_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteersPage, skill_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteersPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteersPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteersPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteersPage, detail);
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
