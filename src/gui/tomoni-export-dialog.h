/* tomoni-export-dialog.h: export attendance to a Tomoni attendance XML file
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-form-dialog.h"
#include "tomoni-store.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_EXPORT_DIALOG (tomoni_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TomoniExportDialog, tomoni_export_dialog, TOMONI, EXPORT_DIALOG, TomoniFormDialog)

TomoniExportDialog *tomoni_export_dialog_new        (GtkWindow          *parent,
                                                     TomoniStore        *store);
void                tomoni_export_dialog_set_period (TomoniExportDialog *self,
                                                     const char         *from,
                                                     const char         *to);
void                tomoni_export_dialog_set_file   (TomoniExportDialog *self,
                                                     GFile              *file);
gboolean            tomoni_export_dialog_get_busy   (TomoniExportDialog *self);

G_END_DECLS
