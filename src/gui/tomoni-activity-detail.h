/* tomoni-activity-detail.h: one activity, its shifts, role slots and roster
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-activity.h"
#include "tomoni-store.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_ACTIVITY_DETAIL (tomoni_activity_detail_get_type ())
G_DECLARE_FINAL_TYPE (TomoniActivityDetail, tomoni_activity_detail, TOMONI, ACTIVITY_DETAIL, AdwBin)

GtkWidget *tomoni_activity_detail_new           (void);
/* Shows @activity with its shifts and roster read from @store, keeping the
 * focused control and the scroll position. Returns the number of shifts,
 * or -1 when they could not be read (the detail then says why). Buttons
 * and menus activate the page's actions ("page.edit", "page.add-slot", …);
 * check-in and hours are written to @store here. */
int        tomoni_activity_detail_show          (TomoniActivityDetail *self,
                                                 TomoniStore          *store,
                                                 TomoniActivity       *activity);
/* Moves the keyboard focus into the roster; FALSE if nothing there takes it. */
gboolean   tomoni_activity_detail_focus_roster  (TomoniActivityDetail *self);
gboolean   tomoni_activity_detail_is_rebuilding (TomoniActivityDetail *self);

/* The texts the detail and the list share. */
char      *tomoni_activity_detail_dup_dates     (TomoniActivity       *activity);
char      *tomoni_activity_detail_dup_filled    (guint                 n_assigned,
                                                 guint                 n_needed);

G_END_DECLS
