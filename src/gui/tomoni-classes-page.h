/* tomoni-classes-page.h
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-page.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_CLASSES_PAGE (tomoni_classes_page_get_type ())
G_DECLARE_FINAL_TYPE (TomoniClassesPage, tomoni_classes_page, TOMONI, CLASSES_PAGE, TomoniPage)

G_END_DECLS
