/* Placeholder until the demo branch lands (replaced by it). */
#pragma once
#include "tomoni-store.h"
G_BEGIN_DECLS
typedef enum { TOMONI_DEMO_SMALL, TOMONI_DEMO_LARGE } TomoniDemoScale;
void     tomoni_store_demo_generate_async  (TomoniStore *store, guint32 seed, TomoniDemoScale scale,
                                            TomoniProgressFunc progress, gpointer progress_data,
                                            GCancellable *cancellable, GAsyncReadyCallback callback,
                                            gpointer user_data);
gboolean tomoni_store_demo_generate_finish (TomoniStore *store, GAsyncResult *result, GError **error);
G_END_DECLS
