/* tomoni-store-enrolment.h: enrolment and the waiting list
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes follow the rules of tomoni-store-classes.h: one transaction per
 * call, the "changed" signal, TOMONI_STORE_ERROR for what a user causes.
 */
#pragma once

#include "tomoni-enrolment.h"
#include "tomoni-store.h"

G_BEGIN_DECLS

/**
 * tomoni_store_enrol:
 * @out_enrolment: (out) (optional) (transfer full): the enrolment: status
 *   "enrolled", or "waiting" with its position when the class is full
 *
 * Enrols a person in a term (creating their learner record if missing). A
 * withdrawn person enrols again; someone enrolled or waiting is refused.
 */
gboolean       tomoni_store_enrol                (TomoniStore             *self,
                                                  gint64                   term_id,
                                                  gint64                   person_id,
                                                  TomoniEnrolment        **out_enrolment,
                                                  GError                 **error);
/**
 * tomoni_store_withdraw:
 * @out_promoted: (out) (optional) (transfer full) (nullable): the first
 *   waiting learner, promoted to enrolled because a place became free, or NULL
 *
 * Withdraws an enrolled or waiting person; the waiting list closes up.
 */
gboolean       tomoni_store_withdraw             (TomoniStore             *self,
                                                  gint64                   term_id,
                                                  gint64                   person_id,
                                                  TomoniEnrolment        **out_promoted,
                                                  GError                 **error);
/* (element-type TomoniEnrolment): enrolled by reading, then waiting by
 * position, then withdrawn by reading */
GPtrArray     *tomoni_store_list_enrolments      (TomoniStore             *self,
                                                  gint64                   term_id,
                                                  GError                 **error);

G_END_DECLS
