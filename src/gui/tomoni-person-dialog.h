/* tomoni-person-dialog.h
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-form-dialog.h"
#include "tomoni-person.h"
#include "tomoni-store.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_PERSON_DIALOG (tomoni_person_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TomoniPersonDialog, tomoni_person_dialog, TOMONI, PERSON_DIALOG, TomoniFormDialog)

TomoniPersonDialog *tomoni_person_dialog_new        (GtkWindow          *parent,
                                                     TomoniStore        *store,
                                                     TomoniPerson       *person);
void                tomoni_person_dialog_set_field  (TomoniPersonDialog *self,
                                                     TomoniPersonField   field,
                                                     const char         *text);
gboolean            tomoni_person_dialog_save       (TomoniPersonDialog *self);
TomoniPerson       *tomoni_person_dialog_get_person (TomoniPersonDialog *self);

G_END_DECLS
