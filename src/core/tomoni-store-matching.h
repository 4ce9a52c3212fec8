/* tomoni-store-matching.h: what the matching rules (tomoni-matching.h) read
 * from the store: slots, volunteers and their bookings
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-matching.h"
#include "tomoni-store.h"

G_BEGIN_DECLS

/* Matching. Loads every volunteer (not deleted) and the slots of
 * @activity_id (> 0), or of all shifts in [@from, @to] when @activity_id
 * is 0, with bookings in the months concerned. @today NULL: the real day. */
TomoniMatchData *tomoni_store_load_match_data      (TomoniStore     *self,
                                                    gint64           activity_id,
                                                    const char      *from,
                                                    const char      *to,
                                                    const char      *today,
                                                    GError         **error);
/* Ranked candidates for one slot (see tomoni_match_rank()). */
GPtrArray      *tomoni_store_rank_candidates       (TomoniStore     *self,
                                                    gint64           slot_id,
                                                    GError         **error);

G_END_DECLS
