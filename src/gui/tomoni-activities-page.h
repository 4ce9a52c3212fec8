/* tomoni-activities-page.h
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-page.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_ACTIVITIES_PAGE (tomoni_activities_page_get_type ())
G_DECLARE_FINAL_TYPE (TomoniActivitiesPage, tomoni_activities_page, TOMONI, ACTIVITIES_PAGE, TomoniPage)

G_END_DECLS
