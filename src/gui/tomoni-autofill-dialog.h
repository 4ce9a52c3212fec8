/* tomoni-autofill-dialog.h: find the best roster off the main thread,
 * preview what changes, apply it in one go
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-form-dialog.h"

#include "tomoni-matching.h"
#include "tomoni-store.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_AUTOFILL_DIALOG (tomoni_autofill_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TomoniAutofillDialog, tomoni_autofill_dialog, TOMONI, AUTOFILL_DIALOG, TomoniFormDialog)

/* Auto-fill of one activity; planning starts at once. */
TomoniAutofillDialog *tomoni_autofill_dialog_new        (GtkWindow            *parent,
                                                         TomoniStore          *store,
                                                         gint64                activity_id,
                                                         const char           *title);
/* Auto-fill of every shift in a date range; the dates can be changed and
 * planning starts with "Find Roster" (or tomoni_autofill_dialog_start ()). */
TomoniAutofillDialog *tomoni_autofill_dialog_new_range  (GtkWindow            *parent,
                                                         TomoniStore          *store,
                                                         const char           *from,
                                                         const char           *to);
void                  tomoni_autofill_dialog_start      (TomoniAutofillDialog *self);
/* Stops planning; the dialog stays open. */
void                  tomoni_autofill_dialog_cancel     (TomoniAutofillDialog *self);
gboolean              tomoni_autofill_dialog_is_busy    (TomoniAutofillDialog *self);
/* The plan shown (transfer none), NULL while planning or after an error. */
TomoniMatchPlan      *tomoni_autofill_dialog_get_plan   (TomoniAutofillDialog *self);
/* Applies the plan in one transaction, emits ::applied and closes. */
gboolean              tomoni_autofill_dialog_apply      (TomoniAutofillDialog *self,
                                                         GError              **error);

G_END_DECLS
