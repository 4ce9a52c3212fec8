/* tomoni-application.h
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-store.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_APPLICATION (tomoni_application_get_type ())
G_DECLARE_FINAL_TYPE (TomoniApplication, tomoni_application, TOMONI, APPLICATION, AdwApplication)

TomoniApplication *tomoni_application_new       (void);
TomoniStore       *tomoni_application_get_store (TomoniApplication *self);

G_END_DECLS
