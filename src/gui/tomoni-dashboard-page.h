/* tomoni-dashboard-page.h
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-page.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_DASHBOARD_PAGE (tomoni_dashboard_page_get_type ())
G_DECLARE_FINAL_TYPE (TomoniDashboardPage, tomoni_dashboard_page, TOMONI, DASHBOARD_PAGE, TomoniPage)

G_END_DECLS
