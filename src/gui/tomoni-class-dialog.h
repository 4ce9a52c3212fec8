/* tomoni-class-dialog.h: create or edit a class; plan a term and its
 * weekly schedule, or a new term from the previous one
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-form-dialog.h"

#include "tomoni-store-classes.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_CLASS_DIALOG (tomoni_class_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TomoniClassDialog, tomoni_class_dialog, TOMONI, CLASS_DIALOG, TomoniFormDialog)

/* On "saved" (the dialog then closes), get_class_id() and get_term_id()
 * (0: none) say what was stored. */

/* @klass NULL: a new class with its first term; else edits the class and its staff. */
TomoniClassDialog *tomoni_class_dialog_new            (GtkWindow         *parent,
                                                       TomoniStore       *store,
                                                       TomoniClass       *klass);
/* A new term of @class_id; @previous_term_id (0: none) offers to copy its schedule. */
TomoniClassDialog *tomoni_class_dialog_new_term       (GtkWindow         *parent,
                                                       TomoniStore       *store,
                                                       gint64             class_id,
                                                       gint64             previous_term_id);

/* For tests: fields by name ("title-ja", "title-en", "capacity", "notes",
 * "term-name", "start-date", "end-date"), the weekly slots, the copy switch. */
void               tomoni_class_dialog_set_text       (TomoniClassDialog *self,
                                                       const char        *field,
                                                       const char        *value);
void               tomoni_class_dialog_set_slot       (TomoniClassDialog *self,
                                                       int                weekday,
                                                       gboolean           on,
                                                       const char        *start,
                                                       const char        *end);
void               tomoni_class_dialog_set_room       (TomoniClassDialog *self,
                                                       gint64             venue_id,
                                                       gint64             room_id);
void               tomoni_class_dialog_set_copy_previous (TomoniClassDialog *self,
                                                          gboolean           copy);
/* Saves; FALSE: the problem is shown in the dialog (get_error). */
gboolean           tomoni_class_dialog_save           (TomoniClassDialog *self);
const char        *tomoni_class_dialog_get_error      (TomoniClassDialog *self);
gint64             tomoni_class_dialog_get_class_id   (TomoniClassDialog *self);
gint64             tomoni_class_dialog_get_term_id    (TomoniClassDialog *self);
/* After a room conflict: "Book Anyway" is offered; this saves with @reason. */
gboolean           tomoni_class_dialog_get_offers_override (TomoniClassDialog *self);
gboolean           tomoni_class_dialog_book_anyway    (TomoniClassDialog *self,
                                                       const char        *reason);

G_END_DECLS
