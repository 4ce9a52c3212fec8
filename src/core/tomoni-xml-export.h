/* tomoni-xml-export.h: attendance to the Tomoni attendance XML format
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tomoni-store-xml.h"

G_BEGIN_DECLS

#define TOMONI_XML_NAMESPACE "urn:tomoni:attendance:1"
#define TOMONI_XML_VERSION   "1"
/* The schema, compiled into the core library and installed as
 * PKGDATADIR/tomoni-attendance.xsd. */
#define TOMONI_XML_SCHEMA_RESOURCE "/io/github/tomoni/Tomoni/schema/tomoni-attendance.xsd"

#define TOMONI_XML_ERROR (tomoni_xml_error_quark ())

/**
 * TomoniXmlError:
 * @TOMONI_XML_ERROR_FAILED: writing or reading the file failed (disk, permissions)
 * @TOMONI_XML_ERROR_INVALID: the file breaks the schema or is not well-formed
 * @TOMONI_XML_ERROR_UNSAFE: the file declares a DOCTYPE or entities
 * @TOMONI_XML_ERROR_TOO_LARGE: the file is too big or nested too deeply
 * @TOMONI_XML_ERROR_ENCODING: the file is not valid UTF-8
 * @TOMONI_XML_ERROR_NAMESPACE: not a Tomoni attendance file (root or namespace)
 * @TOMONI_XML_ERROR_TRUNCATED: the file ends before its document does
 */
typedef enum {
  TOMONI_XML_ERROR_FAILED,
  TOMONI_XML_ERROR_INVALID,
  TOMONI_XML_ERROR_UNSAFE,
  TOMONI_XML_ERROR_TOO_LARGE,
  TOMONI_XML_ERROR_ENCODING,
  TOMONI_XML_ERROR_NAMESPACE,
  TOMONI_XML_ERROR_TRUNCATED,
} TomoniXmlError;

GQuark    tomoni_xml_error_quark    (void);

gboolean  tomoni_xml_export         (TomoniStore            *store,
                                     const TomoniXmlFilter  *filter,
                                     const char             *path,
                                     TomoniProgressFunc      progress,
                                     gpointer                progress_data,
                                     GCancellable           *cancellable,
                                     GError                **error);

void      tomoni_xml_export_async   (TomoniStore            *store,
                                     const TomoniXmlFilter  *filter,
                                     const char             *path,
                                     TomoniProgressFunc      progress,
                                     gpointer                progress_data,
                                     GCancellable           *cancellable,
                                     GAsyncReadyCallback     callback,
                                     gpointer                user_data);
gboolean  tomoni_xml_export_finish  (TomoniStore            *store,
                                     GAsyncResult           *result,
                                     GError                **error);

G_END_DECLS
