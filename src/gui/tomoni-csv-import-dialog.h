/* tomoni-csv-import-dialog.h: import a volunteer registry from CSV, with a
 * preview of every row and its problems before anything is written
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-form-dialog.h"

#include "tomoni-store.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_CSV_IMPORT_DIALOG (tomoni_csv_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TomoniCsvImportDialog, tomoni_csv_import_dialog, TOMONI, CSV_IMPORT_DIALOG, TomoniFormDialog)

TomoniCsvImportDialog *tomoni_csv_import_dialog_new          (GtkWindow             *parent,
                                                              TomoniStore           *store);
/* Previews @data as if read from a file called @name (what "Choose File"
 * does after reading the file). FALSE if the file cannot be read at all. */
gboolean               tomoni_csv_import_dialog_load_data    (TomoniCsvImportDialog *self,
                                                              const char            *name,
                                                              const char            *data,
                                                              gsize                  length);
guint                  tomoni_csv_import_dialog_get_n_rows   (TomoniCsvImportDialog *self);
guint                  tomoni_csv_import_dialog_get_n_problems (TomoniCsvImportDialog *self);
gboolean               tomoni_csv_import_dialog_can_import   (TomoniCsvImportDialog *self);
/* Writes every row in one transaction, emits "imported" and closes. */
gboolean               tomoni_csv_import_dialog_import       (TomoniCsvImportDialog *self,
                                                              GError               **error);

G_END_DECLS
