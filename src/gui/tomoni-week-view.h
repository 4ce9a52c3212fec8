/* tomoni-week-view.h: every session of a week, by venue and room
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-store.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_WEEK_VIEW (tomoni_week_view_get_type ())
G_DECLARE_FINAL_TYPE (TomoniWeekView, tomoni_week_view, TOMONI, WEEK_VIEW, AdwBin)

/* Signal "session-activated" (gint64 session_id). Actions "week.previous"
 * (Page Up), "week.next" (Page Down), "week.today" (Home). */
GtkWidget  *tomoni_week_view_new            (void);
void        tomoni_week_view_set_store      (TomoniWeekView *self,
                                             TomoniStore    *store);
/* Shows the week (Monday to Sunday) that holds @date ("YYYY-MM-DD"). */
void        tomoni_week_view_show_week      (TomoniWeekView *self,
                                             const char     *date);
/* The Monday shown, "YYYY-MM-DD". */
const char *tomoni_week_view_get_monday     (TomoniWeekView *self);
guint       tomoni_week_view_get_n_sessions (TomoniWeekView *self);
void        tomoni_week_view_reload         (TomoniWeekView *self);

G_END_DECLS
