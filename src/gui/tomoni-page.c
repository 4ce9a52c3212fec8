/* tomoni-page.c: what every page of the main window shares
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-page"

#include "tomoni-page.h"
#include "tomoni-window.h"

typedef struct
{
  TomoniStore *store;
  guint        store_set_pending : 1;  /* until the page is first shown */
} TomoniPagePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (TomoniPage, tomoni_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
on_store_changed (TomoniPage  *self,
                  const char  *area,
                  TomoniStore *store)
{
  TomoniPageClass *klass = TOMONI_PAGE_GET_CLASS (self);
  TomoniPagePrivate *priv = tomoni_page_get_instance_private (self);

  /* A page not shown yet reads everything fresh when it is. */
  if (!priv->store_set_pending && klass->store_changed != NULL)
    klass->store_changed (self, area);
}

static void
run_store_set (TomoniPage *self)
{
  TomoniPagePrivate *priv = tomoni_page_get_instance_private (self);

  if (!priv->store_set_pending)
    return;
  priv->store_set_pending = FALSE;
  if (TOMONI_PAGE_GET_CLASS (self)->store_set != NULL)
    TOMONI_PAGE_GET_CLASS (self)->store_set (self, priv->store);
}

static void
tomoni_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (tomoni_page_parent_class)->map (widget);
  run_store_set (TOMONI_PAGE (widget));
}

TomoniStore *
tomoni_page_get_store (TomoniPage *self)
{
  TomoniPagePrivate *priv = tomoni_page_get_instance_private (self);

  g_return_val_if_fail (TOMONI_IS_PAGE (self), NULL);
  return priv->store;
}

void
tomoni_page_set_store (TomoniPage  *self,
                       TomoniStore *store)
{
  TomoniPagePrivate *priv = tomoni_page_get_instance_private (self);

  g_return_if_fail (TOMONI_IS_PAGE (self));
  g_return_if_fail (store == NULL || TOMONI_IS_STORE (store));

  if (priv->store == store)
    return;

  if (priv->store != NULL)
    g_signal_handlers_disconnect_by_func (priv->store, on_store_changed, self);
  g_set_object (&priv->store, store);
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed),
                               self, G_CONNECT_SWAPPED);
      /* Pages read their lists when first shown, not all at start-up. */
      priv->store_set_pending = TRUE;
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        run_store_set (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * tomoni_page_toast:
 *
 * Shows @toast in the window the page is in (takes ownership).
 */
void
tomoni_page_toast (TomoniPage *self,
                   AdwToast   *toast)
{
  TomoniWindow *window = tomoni_window_from_widget (GTK_WIDGET (self));

  g_return_if_fail (TOMONI_IS_PAGE (self));

  if (window != NULL)
    tomoni_window_add_toast (window, toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
tomoni_page_dispose (GObject *object)
{
  TomoniPage *self = TOMONI_PAGE (object);
  TomoniPagePrivate *priv = tomoni_page_get_instance_private (self);

  if (priv->store != NULL)
    g_signal_handlers_disconnect_by_func (priv->store, on_store_changed, self);
  g_clear_object (&priv->store);

  G_OBJECT_CLASS (tomoni_page_parent_class)->dispose (object);
}

static void
tomoni_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TomoniPage *self = TOMONI_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, tomoni_page_get_store (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TomoniPage *self = TOMONI_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      tomoni_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_page_class_init (TomoniPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tomoni_page_dispose;
  object_class->get_property = tomoni_page_get_property;
  object_class->set_property = tomoni_page_set_property;
  GTK_WIDGET_CLASS (klass)->map = tomoni_page_map;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TOMONI_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_page_init (TomoniPage *self)
{
}
