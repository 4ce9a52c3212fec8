/* tomoni-volunteers-page.h
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-page.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_VOLUNTEERS_PAGE (tomoni_volunteers_page_get_type ())
G_DECLARE_FINAL_TYPE (TomoniVolunteersPage, tomoni_volunteers_page, TOMONI, VOLUNTEERS_PAGE, TomoniPage)

G_END_DECLS
