/* tomoni-store-autofill.h: auto-fill in the store: plan, apply and undo
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-matching.h"
#include "tomoni-store.h"
#include "tomoni-store-matching.h"

G_BEGIN_DECLS

/* Loads and solves: the preview of an auto-fill. */
TomoniMatchPlan *tomoni_store_plan_auto_fill       (TomoniStore     *self,
                                                    gint64           activity_id,
                                                    const char      *from,
                                                    const char      *to,
                                                    GCancellable    *cancellable,
                                                    GError         **error);
/* The same within @time_limit seconds (0: none; the above uses
 * TOMONI_MATCH_DEFAULT_TIME_LIMIT): at the limit, the best plan found with
 * its bound (see TomoniMatchPlan). */
TomoniMatchPlan *tomoni_store_plan_auto_fill_with_limit (TomoniStore   *self,
                                                         gint64         activity_id,
                                                         const char    *from,
                                                         const char    *to,
                                                         double         time_limit,
                                                         GCancellable  *cancellable,
                                                         GError       **error);
/* The same on a worker thread with its own connection. */
void            tomoni_store_plan_auto_fill_async  (TomoniStore         *self,
                                                    gint64               activity_id,
                                                    const char          *from,
                                                    const char          *to,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
TomoniMatchPlan *tomoni_store_plan_auto_fill_finish (TomoniStore        *self,
                                                     GAsyncResult       *result,
                                                     GError            **error);
/**
 * tomoni_store_apply_plan:
 * @out_token: (out): a token naming this application, for undo
 *
 * Writes every proposal as an assignment (source 'auto', its score) in one
 * transaction, after checking again that each is still allowed (CONFLICT
 * naming the slot and person otherwise, nothing written).
 */
gboolean        tomoni_store_apply_plan            (TomoniStore      *self,
                                                    TomoniMatchPlan  *plan,
                                                    char            **out_token,
                                                    GError          **error);
/* Removes exactly the assignments that apply created with @token, in one
 * transaction; refused (CONFLICT) if one of them was checked in since.
 * @out_n_removed (optional). */
gboolean        tomoni_store_undo_plan             (TomoniStore      *self,
                                                    const char       *token,
                                                    guint            *out_n_removed,
                                                    GError          **error);

G_END_DECLS
