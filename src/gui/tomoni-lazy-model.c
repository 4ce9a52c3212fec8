/* tomoni-lazy-model.c: a list model that holds ids and reads rows on demand
 *
 * Like TomoniPeopleModel, but for any record the store reads by id: the
 * volunteer registry and the activities list. A bounded cache keeps the
 * rows on screen.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-lazy-model"

#include "tomoni-lazy-model.h"

#define CACHE_LIMIT 512

struct _TomoniLazyModel
{
  GObject             parent_instance;

  TomoniStore        *store;
  GType               item_type;
  TomoniLazyLoadFunc  load;
  GArray             *ids;        /* gint64 */
  GHashTable         *cache;      /* gint64 * → GObject */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TomoniLazyModel, tomoni_lazy_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return TOMONI_LAZY_MODEL (model)->item_type;
}

static guint
get_n_items (GListModel *model)
{
  return TOMONI_LAZY_MODEL (model)->ids->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  TomoniLazyModel *self = TOMONI_LAZY_MODEL (model);
  g_autoptr(GError) error = NULL;
  GObject *item;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  item = g_hash_table_lookup (self->cache, &id);
  if (item != NULL)
    return g_object_ref (item);

  item = self->load (self->store, id, &error);
  if (item == NULL)
    {
      /* Deleted since the ids were read: an empty row keeps the contract. */
      g_debug ("Row %" G_GINT64_FORMAT ": %s", id, error != NULL ? error->message : "?");
      item = g_object_new (self->item_type, NULL);
    }

  if (g_hash_table_size (self->cache) >= CACHE_LIMIT)
    g_hash_table_remove_all (self->cache);
  g_hash_table_insert (self->cache, g_memdup2 (&id, sizeof id), g_object_ref (item));
  return item;
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
tomoni_lazy_model_finalize (GObject *object)
{
  TomoniLazyModel *self = TOMONI_LAZY_MODEL (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->cache, g_hash_table_unref);

  G_OBJECT_CLASS (tomoni_lazy_model_parent_class)->finalize (object);
}

static void
tomoni_lazy_model_class_init (TomoniLazyModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tomoni_lazy_model_finalize;
}

static void
tomoni_lazy_model_init (TomoniLazyModel *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

TomoniLazyModel *
tomoni_lazy_model_new (TomoniStore        *store,
                       GType               item_type,
                       TomoniLazyLoadFunc  load)
{
  TomoniLazyModel *self;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);
  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);
  g_return_val_if_fail (load != NULL, NULL);

  self = g_object_new (TOMONI_TYPE_LAZY_MODEL, NULL);
  self->store = g_object_ref (store);
  self->item_type = item_type;
  self->load = load;
  return self;
}

void
tomoni_lazy_model_set_ids (TomoniLazyModel *self,
                           GArray          *ids)
{
  guint old_len, new_len, prefix = 0, suffix = 0;

  g_return_if_fail (TOMONI_IS_LAZY_MODEL (self));
  g_return_if_fail (ids != NULL);

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
  self->ids = g_array_ref (ids);
  /* Rows may have changed even where the ids did not: read them again. */
  g_hash_table_remove_all (self->cache);

  if (prefix == old_len && prefix == new_len)
    {
      if (new_len > 0)
        g_list_model_items_changed (G_LIST_MODEL (self), 0, new_len, new_len);
      return;
    }
  g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                              old_len - prefix - suffix, new_len - prefix - suffix);
}

gint64
tomoni_lazy_model_get_id (TomoniLazyModel *self,
                          guint            position)
{
  g_return_val_if_fail (TOMONI_IS_LAZY_MODEL (self), 0);
  g_return_val_if_fail (position < self->ids->len, 0);
  return g_array_index (self->ids, gint64, position);
}

guint
tomoni_lazy_model_find (TomoniLazyModel *self,
                        gint64           id)
{
  g_return_val_if_fail (TOMONI_IS_LAZY_MODEL (self), G_MAXUINT);

  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}

void
tomoni_lazy_model_invalidate (TomoniLazyModel *self)
{
  g_return_if_fail (TOMONI_IS_LAZY_MODEL (self));

  g_hash_table_remove_all (self->cache);
  if (self->ids->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, self->ids->len, self->ids->len);
}

guint
tomoni_lazy_model_get_n_loaded (TomoniLazyModel *self)
{
  g_return_val_if_fail (TOMONI_IS_LAZY_MODEL (self), 0);
  return g_hash_table_size (self->cache);
}
