/* tomoni-dashboard-page.h: where each target stands
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-page.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_DASHBOARD_PAGE (tomoni_dashboard_page_get_type ())
G_DECLARE_FINAL_TYPE (TomoniDashboardPage, tomoni_dashboard_page, TOMONI, DASHBOARD_PAGE, TomoniPage)

/* What the page shows, for tests: the figures behind the cards (NULL while
 * counting), how many times they were counted, and the text of a target's
 * "cumulative / target" label (@key), or with @key "KEY#status", "KEY#pace",
 * "KEY#pace-detail" or "KEY#projected" the badge, the pace needed, its
 * detail line and the projection. */
GPtrArray  *tomoni_dashboard_page_get_figures      (TomoniDashboardPage *self);
guint       tomoni_dashboard_page_get_generation   (TomoniDashboardPage *self);
const char *tomoni_dashboard_page_get_summary_text (TomoniDashboardPage *self,
                                                    const char          *key);

G_END_DECLS
