/* tomoni-xml-import.h: safe import of Tomoni attendance XML files
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tomoni-store-xml.h"
#include "tomoni-xml-export.h"

G_BEGIN_DECLS

/* Files beyond these are refused before or while they are read. */
#define TOMONI_XML_MAX_FILE_SIZE (G_GINT64_CONSTANT (512) * 1024 * 1024)
#define TOMONI_XML_MAX_DEPTH     32

typedef struct {
  gboolean  pseudonymised;
  gboolean  dry_run;
  guint     added[TOMONI_XML_N_RECORDS];
  guint     unchanged[TOMONI_XML_N_RECORDS];
} TomoniXmlImportReport;

gboolean  tomoni_xml_import          (TomoniStore            *store,
                                      const char             *path,
                                      gboolean                dry_run,
                                      TomoniXmlImportReport  *report,
                                      TomoniProgressFunc      progress,
                                      gpointer                progress_data,
                                      GCancellable           *cancellable,
                                      GError                **error);

void      tomoni_xml_import_async    (TomoniStore            *store,
                                      const char             *path,
                                      gboolean                dry_run,
                                      TomoniProgressFunc      progress,
                                      gpointer                progress_data,
                                      GCancellable           *cancellable,
                                      GAsyncReadyCallback     callback,
                                      gpointer                user_data);
gboolean  tomoni_xml_import_finish   (TomoniStore            *store,
                                      GAsyncResult           *result,
                                      TomoniXmlImportReport  *report,
                                      GError                **error);

/* "3 people, 120 attendance records" — the records added, translated;
 * "nothing new" when none. */
char     *tomoni_xml_import_report_describe (const TomoniXmlImportReport *report);

/* Validates a file against the schema alone, with the same safety rules as
 * the import (used by tests and by `tomoni-cli import --dry-run`). */
gboolean  tomoni_xml_validate_file   (const char             *path,
                                      GError                **error);

G_END_DECLS
