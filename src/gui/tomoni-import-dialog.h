/* tomoni-import-dialog.h: check and import a Tomoni attendance XML file
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-form-dialog.h"
#include "tomoni-store.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_IMPORT_DIALOG (tomoni_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TomoniImportDialog, tomoni_import_dialog, TOMONI, IMPORT_DIALOG, TomoniFormDialog)

TomoniImportDialog *tomoni_import_dialog_new       (GtkWindow          *parent,
                                                    TomoniStore        *store);
/* Checks @file at once (a dry run in a thread); Import is enabled if it passes. */
void                tomoni_import_dialog_set_file  (TomoniImportDialog *self,
                                                    GFile              *file);
gboolean            tomoni_import_dialog_get_busy  (TomoniImportDialog *self);

G_END_DECLS
