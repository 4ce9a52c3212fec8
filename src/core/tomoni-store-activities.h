/* tomoni-store-activities.h: activities in the store. It also includes the
 * headers of shifts, assignments and auto-fill, which were part of it
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-activity.h"
#include "tomoni-store.h"
#include "tomoni-store-assignments.h"
#include "tomoni-store-autofill.h"
#include "tomoni-store-matching.h"
#include "tomoni-store-shifts.h"

G_BEGIN_DECLS

/* Activities. add sets id and uuid (and requester-id). The store emits
 * "changed" with detail "activities". */
gboolean        tomoni_store_add_activity          (TomoniStore     *self,
                                                    TomoniActivity  *activity,
                                                    GError         **error);
gboolean        tomoni_store_update_activity       (TomoniStore     *self,
                                                    TomoniActivity  *activity,
                                                    GError         **error);
/* Deletes the activity with its shifts, slots and assignments; refused
 * (CONFLICT) if anyone was checked in. */
gboolean        tomoni_store_delete_activity       (TomoniStore     *self,
                                                    gint64           activity_id,
                                                    GError         **error);
TomoniActivity *tomoni_store_get_activity          (TomoniStore     *self,
                                                    gint64           activity_id,
                                                    GError         **error);
TomoniActivity *tomoni_store_get_activity_by_uuid  (TomoniStore     *self,
                                                    const char      *uuid,
                                                    GError         **error);
/* Ids of activities with a shift in [@from, @to] (either NULL: open), and
 * activities without shifts when both are NULL; latest first. */
GArray         *tomoni_store_query_activity_ids    (TomoniStore     *self,
                                                    const char      *from,
                                                    const char      *to,
                                                    GError         **error);

G_END_DECLS
