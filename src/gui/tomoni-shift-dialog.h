/* tomoni-shift-dialog.h: add or edit a shift (once or weekly) or a role slot
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-form-dialog.h"
#include "tomoni-shift.h"
#include "tomoni-store.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_SHIFT_DIALOG (tomoni_shift_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TomoniShiftDialog, tomoni_shift_dialog, TOMONI, SHIFT_DIALOG, TomoniFormDialog)

/* A new shift with its first slot, optionally repeated every week. */
TomoniShiftDialog *tomoni_shift_dialog_new_shift  (GtkWindow         *parent,
                                                   TomoniStore       *store,
                                                   gint64             activity_id);
/* The date and times of a shift. */
TomoniShiftDialog *tomoni_shift_dialog_edit_shift (GtkWindow         *parent,
                                                   TomoniStore       *store,
                                                   TomoniShift       *shift);
TomoniShiftDialog *tomoni_shift_dialog_new_slot   (GtkWindow         *parent,
                                                   TomoniStore       *store,
                                                   gint64             shift_id);
TomoniShiftDialog *tomoni_shift_dialog_edit_slot  (GtkWindow         *parent,
                                                   TomoniStore       *store,
                                                   TomoniSlot        *slot);

/* For tests: @field is "date", "start", "end", "until" ("" = once),
 * "role", "needed" or "languages"; skills and trainings by key. */
void               tomoni_shift_dialog_set_text   (TomoniShiftDialog *self,
                                                   const char        *field,
                                                   const char        *text);
void               tomoni_shift_dialog_set_skill  (TomoniShiftDialog *self,
                                                   const char        *key);
gboolean           tomoni_shift_dialog_save       (TomoniShiftDialog *self);

G_END_DECLS
