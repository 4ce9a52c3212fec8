/* tomoni-targets-preferences.h: the Targets page of Preferences
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-store.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_TARGETS_PREFERENCES (tomoni_targets_preferences_get_type ())
G_DECLARE_FINAL_TYPE (TomoniTargetsPreferences, tomoni_targets_preferences, TOMONI, TARGETS_PREFERENCES,
                      AdwPreferencesPage)

TomoniTargetsPreferences *tomoni_targets_preferences_new (TomoniStore *store);

G_END_DECLS
