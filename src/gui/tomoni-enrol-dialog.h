/* tomoni-enrol-dialog.h: pick a person (or create one) to enrol in a term,
 * to record as a walk-in or trial learner of a session, or to add as staff
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-form-dialog.h"

#include "tomoni-store.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_ENROL_DIALOG (tomoni_enrol_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TomoniEnrolDialog, tomoni_enrol_dialog, TOMONI, ENROL_DIALOG, TomoniFormDialog)

/* Signal "done" (gint64 person_id): written to the store; the dialog closes. */
TomoniEnrolDialog *tomoni_enrol_dialog_new          (GtkWindow         *parent,
                                                     TomoniStore       *store,
                                                     gint64             term_id);
TomoniEnrolDialog *tomoni_enrol_dialog_new_visitor  (GtkWindow         *parent,
                                                     TomoniStore       *store,
                                                     gint64             session_id);
TomoniEnrolDialog *tomoni_enrol_dialog_new_staff    (GtkWindow         *parent,
                                                     TomoniStore       *store,
                                                     gint64             class_id);

/* For tests and the keyboard: the search text, the person picked. */
void               tomoni_enrol_dialog_set_search   (TomoniEnrolDialog *self,
                                                     const char        *search);
GListModel        *tomoni_enrol_dialog_get_people   (TomoniEnrolDialog *self);
void               tomoni_enrol_dialog_select       (TomoniEnrolDialog *self,
                                                     guint              position);
/* Fills the "new person" fields (and chooses to create one). */
void               tomoni_enrol_dialog_set_new_person (TomoniEnrolDialog *self,
                                                       const char        *family_name,
                                                       const char        *given_name,
                                                       const char        *reading);
/* The notice shown before saving: "joins the waiting list at position N", or "" */
const char        *tomoni_enrol_dialog_get_notice   (TomoniEnrolDialog *self);
/* What the primary button does; FALSE: the problem is shown in the dialog. */
gboolean           tomoni_enrol_dialog_save         (TomoniEnrolDialog *self);
/* The last problem shown, or NULL. */
const char        *tomoni_enrol_dialog_get_error    (TomoniEnrolDialog *self);

G_END_DECLS
