/* tomoni-demo.h: deterministic sample data for demonstrations and tests
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tomoni-store.h"

G_BEGIN_DECLS

/**
 * TomoniDemoScale:
 * @TOMONI_DEMO_SMALL: a few hundred people over three fiscal years; fast
 * @TOMONI_DEMO_LARGE: a decade of a busy Center (60,000+ people, 2,000,000+
 *   attendance records)
 */
typedef enum {
  TOMONI_DEMO_SMALL,
  TOMONI_DEMO_LARGE,
} TomoniDemoScale;

/* The sample data's "today" is a parameter: attendance and check-ins are
 * recorded up to it, later sessions and shifts are still to come. By default
 * it is today in Japan; tests and benchmarks pass this fixed one (a Monday)
 * so that their expectations hold. */
#define TOMONI_DEMO_TODAY "2026-11-30"

/* The years a sample's today may fall in. */
#define TOMONI_DEMO_YEAR_MIN 2000
#define TOMONI_DEMO_YEAR_MAX 2099

gboolean tomoni_demo_scale_from_string  (const char            *text,
                                         TomoniDemoScale       *out_scale);
void     tomoni_demo_today              (GDate                 *out);
gboolean tomoni_demo_today_is_valid     (const GDate           *today);

gboolean tomoni_demo_generate           (TomoniStore           *store,
                                         guint32                seed,
                                         TomoniDemoScale        scale,
                                         const GDate           *today,
                                         TomoniProgressFunc     progress,
                                         gpointer               progress_data,
                                         GCancellable          *cancellable,
                                         GError               **error);
void     tomoni_demo_generate_async     (TomoniStore           *store,
                                         guint32                seed,
                                         TomoniDemoScale        scale,
                                         const GDate           *today,
                                         TomoniProgressFunc     progress,
                                         gpointer               progress_data,
                                         GCancellable          *cancellable,
                                         GAsyncReadyCallback    callback,
                                         gpointer               user_data);
gboolean tomoni_demo_generate_finish    (TomoniStore           *store,
                                         GAsyncResult          *result,
                                         GError               **error);

G_END_DECLS
