/* tomoni-people-model.c: a lazy list of people over the store
 *
 * A TomoniLazyListModel of the people that match a search, in the chosen
 * order: it holds their ids, and a person is read from the store when a
 * view asks for it.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-people-model"

#include "tomoni-people-model.h"

struct _TomoniPeopleModel
{
  TomoniLazyListModel  parent_instance;

  TomoniStore         *store;
  char                *search;
  TomoniPeopleSort     sort;
  guint                descending : 1;
};

G_DEFINE_FINAL_TYPE (TomoniPeopleModel, tomoni_people_model, TOMONI_TYPE_LAZY_LIST_MODEL)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SEARCH,
  PROP_SORT,
  PROP_DESCENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GObject *
load_person (TomoniStore  *store,
             gint64        id,
             GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  TomoniPerson *person = tomoni_store_get_person (store, id, &local_error);

  if (person == NULL)
    {
      /* Deleted by someone else since the ids were read: show an empty row
       * rather than break the model's contract; the next reload drops it. */
      g_debug ("Person %" G_GINT64_FORMAT ": %s", id, local_error->message);
      if (error == NULL)
        return NULL;  /* a refresh: drop the cached row */
      person = tomoni_person_new ();
      tomoni_person_set_id (person, id);
    }
  return G_OBJECT (person);
}

/* Copies the stored values into the cached objects, so rows bound to their
 * properties update in place. */
static void
refresh_person (GObject *cached_object,
                GObject *fresh_object)
{
  TomoniPerson *cached = TOMONI_PERSON (cached_object);
  TomoniPerson *fresh = TOMONI_PERSON (fresh_object);

  for (guint f = 0; f < TOMONI_PERSON_N_FIELDS; f++)
    tomoni_person_set_field (cached, f, tomoni_person_get_field (fresh, f));
  tomoni_person_set_consent (cached, tomoni_person_get_consent (fresh));
  tomoni_person_set_erased (cached, tomoni_person_get_erased (fresh));
  tomoni_person_set_timestamps (cached, tomoni_person_get_created_at (fresh),
                                tomoni_person_get_updated_at (fresh));
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

  g_return_if_fail (TOMONI_IS_PEOPLE_MODEL (self));

  ids = tomoni_store_query_person_ids (self->store, self->search, self->sort, self->descending, &error);
  if (ids == NULL)
    {
      g_warning ("Cannot list people: %s", error->message);
      ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    }
  tomoni_lazy_list_model_set_ids (TOMONI_LAZY_LIST_MODEL (self), ids);
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

  tomoni_lazy_list_model_setup (TOMONI_LAZY_LIST_MODEL (self), self->store, TOMONI_TYPE_PERSON,
                                load_person, refresh_person);

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

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_people_model_init (TomoniPeopleModel *self)
{
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
  return tomoni_lazy_list_model_get_n_loaded (TOMONI_LAZY_LIST_MODEL (self));
}
