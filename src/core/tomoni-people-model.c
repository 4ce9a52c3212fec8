/* tomoni-people-model.c: a lazy list of people over the store
 *
 * The model holds only the ids of the people in the list, in order; a
 * person is read from the store when a view asks for it, and a bounded
 * cache keeps the rows on screen. 60,000 people cost 480 KB of ids.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-people-model"

#include "tomoni-people-model.h"

#define CACHE_LIMIT 512

struct _TomoniPeopleModel
{
  GObject           parent_instance;

  TomoniStore      *store;
  GArray           *ids;        /* gint64 */
  GHashTable       *cache;      /* gint64 * id → TomoniPerson */
  char             *search;
  TomoniPeopleSort  sort;
  guint             descending : 1;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TomoniPeopleModel, tomoni_people_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_SEARCH,
  PROP_SORT,
  PROP_DESCENDING,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
get_item_type (GListModel *model)
{
  return TOMONI_TYPE_PERSON;
}

static guint
get_n_items (GListModel *model)
{
  TomoniPeopleModel *self = TOMONI_PEOPLE_MODEL (model);

  return self->ids->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  TomoniPeopleModel *self = TOMONI_PEOPLE_MODEL (model);
  g_autoptr(GError) error = NULL;
  TomoniPerson *person;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  person = g_hash_table_lookup (self->cache, &id);
  if (person != NULL)
    return g_object_ref (person);

  person = tomoni_store_get_person (self->store, id, &error);
  if (person == NULL)
    {
      /* Deleted by someone else since the ids were read: show an empty row
       * rather than break the model's contract; the next reload drops it. */
      g_debug ("Person %" G_GINT64_FORMAT ": %s", id, error->message);
      person = tomoni_person_new ();
      tomoni_person_set_id (person, id);
    }

  if (g_hash_table_size (self->cache) >= CACHE_LIMIT)
    g_hash_table_remove_all (self->cache);
  g_hash_table_insert (self->cache, g_memdup2 (&id, sizeof id), g_object_ref (person));
  return person;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/* Copies the stored values into the cached objects, so rows bound to their
 * properties update in place. */
static void
refresh_cached (TomoniPeopleModel *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->cache);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      TomoniPerson *cached = value;
      g_autoptr(TomoniPerson) fresh = tomoni_store_get_person (self->store, *(gint64 *)key, NULL);

      if (fresh == NULL)
        {
          g_hash_table_iter_remove (&iter);
          continue;
        }
      g_object_freeze_notify (G_OBJECT (cached));
      for (guint f = 0; f < TOMONI_PERSON_N_FIELDS; f++)
        tomoni_person_set_field (cached, f, tomoni_person_get_field (fresh, f));
      tomoni_person_set_consent (cached, tomoni_person_get_consent (fresh));
      tomoni_person_set_erased (cached, tomoni_person_get_erased (fresh));
      tomoni_person_set_timestamps (cached, tomoni_person_get_created_at (fresh),
                                    tomoni_person_get_updated_at (fresh));
      g_object_thaw_notify (G_OBJECT (cached));
    }
}

/**
 * tomoni_people_model_reload:
 *
 * Reads the ids again and tells views only about the range that changed,
 * so an added or deleted person does not move the rest of the list.
 */
void
tomoni_people_model_reload (TomoniPeopleModel *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;
  guint old_len, new_len, prefix = 0, suffix = 0;

  g_return_if_fail (TOMONI_IS_PEOPLE_MODEL (self));

  ids = tomoni_store_query_person_ids (self->store, self->search, self->sort, self->descending, &error);
  if (ids == NULL)
    {
      g_warning ("Cannot list people: %s", error->message);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }

  old_len = self->ids->len;
  new_len = ids->len;
  while (prefix < old_len && prefix < new_len &&
         g_array_index (self->ids, gint64, prefix) == g_array_index (ids, gint64, prefix))
    prefix++;
  while (suffix < old_len - prefix && suffix < new_len - prefix &&
         g_array_index (self->ids, gint64, old_len - 1 - suffix) ==
         g_array_index (ids, gint64, new_len - 1 - suffix))
    suffix++;

  g_array_unref (self->ids);
  self->ids = g_steal_pointer (&ids);
  refresh_cached (self);

  if (prefix == old_len && prefix == new_len)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                              old_len - prefix - suffix, new_len - prefix - suffix);
  if (old_len != new_len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

static void
on_store_changed (TomoniPeopleModel *self,
                  const char        *area,
                  TomoniStore       *store)
{
  tomoni_people_model_reload (self);
}

static void
tomoni_people_model_constructed (GObject *object)
{
  TomoniPeopleModel *self = TOMONI_PEOPLE_MODEL (object);

  G_OBJECT_CLASS (tomoni_people_model_parent_class)->constructed (object);

  g_signal_connect_object (self->store, "changed::people", G_CALLBACK (on_store_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed::all", G_CALLBACK (on_store_changed),
                           self, G_CONNECT_SWAPPED);
  tomoni_people_model_reload (self);
}

static void
tomoni_people_model_finalize (GObject *object)
{
  TomoniPeopleModel *self = (TomoniPeopleModel *)object;

  g_clear_object (&self->store);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (tomoni_people_model_parent_class)->finalize (object);
}

static void
tomoni_people_model_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TomoniPeopleModel *self = TOMONI_PEOPLE_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;
    case PROP_SORT:
      g_value_set_int (value, self->sort);
      break;
    case PROP_DESCENDING:
      g_value_set_boolean (value, self->descending);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_people_model_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TomoniPeopleModel *self = TOMONI_PEOPLE_MODEL (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SEARCH:
      tomoni_people_model_set_search (self, g_value_get_string (value));
      break;
    case PROP_SORT:
      tomoni_people_model_set_sort (self, g_value_get_int (value), self->descending);
      break;
    case PROP_DESCENDING:
      tomoni_people_model_set_sort (self, self->sort, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_people_model_class_init (TomoniPeopleModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tomoni_people_model_constructed;
  object_class->finalize = tomoni_people_model_finalize;
  object_class->get_property = tomoni_people_model_get_property;
  object_class->set_property = tomoni_people_model_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TOMONI_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SORT] =
    g_param_spec_int ("sort", NULL, NULL,
                      TOMONI_PEOPLE_SORT_READING, TOMONI_PEOPLE_SORT_CREATED, TOMONI_PEOPLE_SORT_READING,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCENDING] =
    g_param_spec_boolean ("descending", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_people_model_init (TomoniPeopleModel *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

TomoniPeopleModel *
tomoni_people_model_new (TomoniStore *store)
{
  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);

  return g_object_new (TOMONI_TYPE_PEOPLE_MODEL, "store", store, NULL);
}

TomoniStore *
tomoni_people_model_get_store (TomoniPeopleModel *self)
{
  g_return_val_if_fail (TOMONI_IS_PEOPLE_MODEL (self), NULL);
  return self->store;
}

const char *
tomoni_people_model_get_search (TomoniPeopleModel *self)
{
  g_return_val_if_fail (TOMONI_IS_PEOPLE_MODEL (self), NULL);
  return self->search;
}

void
tomoni_people_model_set_search (TomoniPeopleModel *self,
                                const char        *search)
{
  g_return_if_fail (TOMONI_IS_PEOPLE_MODEL (self));

  if (search != NULL && *search == '\0')
    search = NULL;
  if (g_strcmp0 (self->search, search) == 0)
    return;

  g_free (self->search);
  self->search = g_strdup (search);
  if (self->store != NULL)
    tomoni_people_model_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

TomoniPeopleSort
tomoni_people_model_get_sort (TomoniPeopleModel *self)
{
  g_return_val_if_fail (TOMONI_IS_PEOPLE_MODEL (self), 0);
  return self->sort;
}

gboolean
tomoni_people_model_get_descending (TomoniPeopleModel *self)
{
  g_return_val_if_fail (TOMONI_IS_PEOPLE_MODEL (self), FALSE);
  return self->descending;
}

void
tomoni_people_model_set_sort (TomoniPeopleModel *self,
                              TomoniPeopleSort   sort,
                              gboolean           descending)
{
  gboolean sort_changed, desc_changed;

  g_return_if_fail (TOMONI_IS_PEOPLE_MODEL (self));

  descending = !!descending;
  sort_changed = self->sort != sort;
  desc_changed = self->descending != (guint)descending;
  if (!sort_changed && !desc_changed)
    return;

  self->sort = sort;
  self->descending = descending;
  if (self->store != NULL)
    tomoni_people_model_reload (self);
  if (sort_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
  if (desc_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCENDING]);
}

/**
 * tomoni_people_model_get_n_loaded:
 *
 * How many people are held in memory right now (for tests and benchmarks:
 * it stays small however long the list is).
 */
guint
tomoni_people_model_get_n_loaded (TomoniPeopleModel *self)
{
  g_return_val_if_fail (TOMONI_IS_PEOPLE_MODEL (self), 0);
  return g_hash_table_size (self->cache);
}
