/* tomoni-target-chart.h: cumulative value by fiscal year against the
 * straight trajectory from baseline to target, drawn with cairo
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tomoni-store-targets.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_TARGET_CHART (tomoni_target_chart_get_type ())
G_DECLARE_FINAL_TYPE (TomoniTargetChart, tomoni_target_chart, TOMONI, TARGET_CHART, GtkWidget)

GtkWidget           *tomoni_target_chart_new         (void);
void                 tomoni_target_chart_set_figures (TomoniTargetChart   *self,
                                                      TomoniTargetFigures *figures);
TomoniTargetFigures *tomoni_target_chart_get_figures (TomoniTargetChart   *self);

G_END_DECLS
