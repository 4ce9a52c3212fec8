/* tomoni-candidates-dialog.h: who may take a slot, ranked, and why the
 * others may not; assigning by hand, with an override when a rule breaks
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-form-dialog.h"

#include "tomoni-store.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_CANDIDATES_DIALOG (tomoni_candidates_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TomoniCandidatesDialog, tomoni_candidates_dialog, TOMONI, CANDIDATES_DIALOG, TomoniFormDialog)

TomoniCandidatesDialog *tomoni_candidates_dialog_new          (GtkWindow              *parent,
                                                               TomoniStore            *store,
                                                               gint64                  slot_id);
/* The ranked list shown (TomoniCandidate*, transfer none). */
GPtrArray              *tomoni_candidates_dialog_get_candidates (TomoniCandidatesDialog *self);
/* Assigns @person_id; @override_reason is needed when a rule breaks. */
gboolean                tomoni_candidates_dialog_assign       (TomoniCandidatesDialog *self,
                                                               gint64                  person_id,
                                                               const char             *override_reason,
                                                               GError                **error);

G_END_DECLS
