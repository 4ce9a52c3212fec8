/* tomoni-window.h
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-application.h"
#include "tomoni-store.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_WINDOW (tomoni_window_get_type ())
G_DECLARE_FINAL_TYPE (TomoniWindow, tomoni_window, TOMONI, WINDOW, AdwApplicationWindow)

TomoniWindow *tomoni_window_new          (TomoniApplication *application,
                                          TomoniStore       *store);
TomoniStore  *tomoni_window_get_store    (TomoniWindow      *self);
void          tomoni_window_add_toast    (TomoniWindow      *self,
                                          AdwToast          *toast);
void          tomoni_window_show_page    (TomoniWindow      *self,
                                          const char        *name);
const char   *tomoni_window_get_page     (TomoniWindow      *self);
gboolean      tomoni_window_is_welcoming (TomoniWindow      *self);

/* For pages: the window a widget is in, or NULL. */
TomoniWindow *tomoni_window_from_widget  (GtkWidget         *widget);

G_END_DECLS
