/* tomoni-preferences-window.h
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-store.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_PREFERENCES_WINDOW (tomoni_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (TomoniPreferencesWindow, tomoni_preferences_window, TOMONI, PREFERENCES_WINDOW, AdwPreferencesWindow)

TomoniPreferencesWindow *tomoni_preferences_window_new       (GtkWindow               *parent,
                                                              TomoniStore             *store);
TomoniStore             *tomoni_preferences_window_get_store (TomoniPreferencesWindow *self);

G_END_DECLS
