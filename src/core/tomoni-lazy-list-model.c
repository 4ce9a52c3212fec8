/* tomoni-lazy-list-model.c: a list model that holds ids and reads records on
 * demand
 *
 * The model holds only the ids of the list, in order; a record is read from
 * the store when a view asks for it, and a bounded cache keeps the rows on
 * screen. 60,000 ids cost 480 KB. Subclasses (TomoniPeopleModel) decide
 * which ids, in which order.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-lazy-list-model"

#include "tomoni-lazy-list-model.h"

#define CACHE_LIMIT 512

typedef struct
{
  TomoniStore               *store;
  GType                      item_type;
  TomoniLazyListLoadFunc     load;
  TomoniLazyListRefreshFunc  refresh;
  GArray                    *ids;    /* gint64 */
  GHashTable                *cache;  /* gint64 * → GObject */
} TomoniLazyListModelPrivate;

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_TYPE_WITH_CODE (TomoniLazyListModel, tomoni_lazy_list_model, G_TYPE_OBJECT,
                         G_ADD_PRIVATE (TomoniLazyListModel)
                         G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
get_item_type (GListModel *model)
{
  TomoniLazyListModelPrivate *priv = tomoni_lazy_list_model_get_instance_private (TOMONI_LAZY_LIST_MODEL (model));

  return priv->item_type;
}

static guint
get_n_items (GListModel *model)
{
  TomoniLazyListModelPrivate *priv = tomoni_lazy_list_model_get_instance_private (TOMONI_LAZY_LIST_MODEL (model));

  return priv->ids->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  TomoniLazyListModelPrivate *priv = tomoni_lazy_list_model_get_instance_private (TOMONI_LAZY_LIST_MODEL (model));
  g_autoptr(GError) error = NULL;
  GObject *item;
  gint64 id;

  if (position >= priv->ids->len)
    return NULL;

  id = g_array_index (priv->ids, gint64, position);
  item = g_hash_table_lookup (priv->cache, &id);
  if (item != NULL)
    return g_object_ref (item);

  g_assert (priv->load != NULL);
  item = priv->load (priv->store, id, &error);
  if (item == NULL)
    {
      /* Deleted since the ids were read: an empty row keeps the contract;
       * the next ids drop it. */
      g_debug ("Row %" G_GINT64_FORMAT ": %s", id, error != NULL ? error->message : "?");
      item = g_object_new (priv->item_type, NULL);
    }

  if (g_hash_table_size (priv->cache) >= CACHE_LIMIT)
    g_hash_table_remove_all (priv->cache);
  g_hash_table_insert (priv->cache, g_memdup2 (&id, sizeof id), g_object_ref (item));
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
tomoni_lazy_list_model_finalize (GObject *object)
{
  TomoniLazyListModelPrivate *priv = tomoni_lazy_list_model_get_instance_private (TOMONI_LAZY_LIST_MODEL (object));

  g_clear_object (&priv->store);
  g_clear_pointer (&priv->ids, g_array_unref);
  g_clear_pointer (&priv->cache, g_hash_table_unref);

  G_OBJECT_CLASS (tomoni_lazy_list_model_parent_class)->finalize (object);
}

static void
tomoni_lazy_list_model_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TomoniLazyListModelPrivate *priv = tomoni_lazy_list_model_get_instance_private (TOMONI_LAZY_LIST_MODEL (object));

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, priv->ids->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_lazy_list_model_class_init (TomoniLazyListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tomoni_lazy_list_model_finalize;
  object_class->get_property = tomoni_lazy_list_model_get_property;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_lazy_list_model_init (TomoniLazyListModel *self)
{
  TomoniLazyListModelPrivate *priv = tomoni_lazy_list_model_get_instance_private (self);

  priv->item_type = G_TYPE_OBJECT;
  priv->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  priv->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
}

TomoniLazyListModel *
tomoni_lazy_list_model_new (TomoniStore               *store,
                            GType                      item_type,
                            TomoniLazyListLoadFunc     load,
                            TomoniLazyListRefreshFunc  refresh)
{
  TomoniLazyListModel *self = g_object_new (TOMONI_TYPE_LAZY_LIST_MODEL, NULL);

  tomoni_lazy_list_model_setup (self, store, item_type, load, refresh);
  return self;
}

void
tomoni_lazy_list_model_setup (TomoniLazyListModel       *self,
                              TomoniStore               *store,
                              GType                      item_type,
                              TomoniLazyListLoadFunc     load,
                              TomoniLazyListRefreshFunc  refresh)
{
  TomoniLazyListModelPrivate *priv;

  g_return_if_fail (TOMONI_IS_LAZY_LIST_MODEL (self));
  g_return_if_fail (TOMONI_IS_STORE (store));
  g_return_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT));
  g_return_if_fail (load != NULL);

  priv = tomoni_lazy_list_model_get_instance_private (self);
  g_return_if_fail (priv->store == NULL);
  priv->store = g_object_ref (store);
  priv->item_type = item_type;
  priv->load = load;
  priv->refresh = refresh;
}

TomoniStore *
tomoni_lazy_list_model_get_store (TomoniLazyListModel *self)
{
  TomoniLazyListModelPrivate *priv;

  g_return_val_if_fail (TOMONI_IS_LAZY_LIST_MODEL (self), NULL);
  priv = tomoni_lazy_list_model_get_instance_private (self);
  return priv->store;
}

static void
refresh_cached (TomoniLazyListModelPrivate *priv)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, priv->cache);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autoptr(GObject) fresh = priv->load (priv->store, *(gint64 *)key, NULL);

      if (fresh == NULL)
        {
          g_hash_table_iter_remove (&iter);
          continue;
        }
      g_object_freeze_notify (value);
      priv->refresh (value, fresh);
      g_object_thaw_notify (value);
    }
}

void
tomoni_lazy_list_model_set_ids (TomoniLazyListModel *self,
                                GArray              *ids)
{
  TomoniLazyListModelPrivate *priv;
  guint old_len, new_len, prefix = 0, suffix = 0;

  g_return_if_fail (TOMONI_IS_LAZY_LIST_MODEL (self));
  g_return_if_fail (ids != NULL);

  priv = tomoni_lazy_list_model_get_instance_private (self);
  old_len = priv->ids->len;
  new_len = ids->len;
  while (prefix < old_len && prefix < new_len &&
         g_array_index (priv->ids, gint64, prefix) == g_array_index (ids, gint64, prefix))
    prefix++;
  while (suffix < old_len - prefix && suffix < new_len - prefix &&
         g_array_index (priv->ids, gint64, old_len - 1 - suffix) ==
         g_array_index (ids, gint64, new_len - 1 - suffix))
    suffix++;

  g_array_unref (priv->ids);
  priv->ids = g_array_ref (ids);

  if (priv->refresh != NULL)
    refresh_cached (priv);
  else
    {
      /* Rows may have changed even where the ids did not: read them again. */
      g_hash_table_remove_all (priv->cache);
      if (prefix == old_len && prefix == new_len)
        {
          if (new_len > 0)
            g_list_model_items_changed (G_LIST_MODEL (self), 0, new_len, new_len);
          return;
        }
    }

  if (prefix == old_len && prefix == new_len)
    return;
  g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                              old_len - prefix - suffix, new_len - prefix - suffix);
  if (old_len != new_len)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

gint64
tomoni_lazy_list_model_get_id (TomoniLazyListModel *self,
                               guint                position)
{
  TomoniLazyListModelPrivate *priv;

  g_return_val_if_fail (TOMONI_IS_LAZY_LIST_MODEL (self), 0);
  priv = tomoni_lazy_list_model_get_instance_private (self);
  g_return_val_if_fail (position < priv->ids->len, 0);
  return g_array_index (priv->ids, gint64, position);
}

guint
tomoni_lazy_list_model_find (TomoniLazyListModel *self,
                             gint64               id)
{
  TomoniLazyListModelPrivate *priv;

  g_return_val_if_fail (TOMONI_IS_LAZY_LIST_MODEL (self), G_MAXUINT);
  priv = tomoni_lazy_list_model_get_instance_private (self);
  for (guint i = 0; i < priv->ids->len; i++)
    if (g_array_index (priv->ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}

void
tomoni_lazy_list_model_invalidate (TomoniLazyListModel *self)
{
  TomoniLazyListModelPrivate *priv;

  g_return_if_fail (TOMONI_IS_LAZY_LIST_MODEL (self));
  priv = tomoni_lazy_list_model_get_instance_private (self);
  g_hash_table_remove_all (priv->cache);
  if (priv->ids->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, priv->ids->len, priv->ids->len);
}

guint
tomoni_lazy_list_model_get_n_loaded (TomoniLazyListModel *self)
{
  TomoniLazyListModelPrivate *priv;

  g_return_val_if_fail (TOMONI_IS_LAZY_LIST_MODEL (self), 0);
  priv = tomoni_lazy_list_model_get_instance_private (self);
  return g_hash_table_size (priv->cache);
}
