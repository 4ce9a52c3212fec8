/* Placeholder until the demo branch lands (replaced by it). */
#include "tomoni-store-demo.h"
void
tomoni_store_demo_generate_async (TomoniStore *store, guint32 seed, TomoniDemoScale scale,
                                  TomoniProgressFunc progress, gpointer progress_data,
                                  GCancellable *cancellable, GAsyncReadyCallback callback,
                                  gpointer user_data)
{
  g_task_report_new_error (store, callback, user_data, NULL, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           "sample data is not available yet");
}
gboolean
tomoni_store_demo_generate_finish (TomoniStore *store, GAsyncResult *result, GError **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}
