/* tomoni-print.h: sign-in sheets and class rosters, on paper or as PDF
 *
 * A TomoniPrintDocument holds what is printed (headings and a table); it is
 * built from the store, then drawn with Pango on any cairo context: the one
 * GtkPrintOperation gives, or a cairo PDF surface (A4 portrait) directly.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tomoni-store.h"

G_BEGIN_DECLS

#define TOMONI_PRINT_ERROR (tomoni_print_error_quark ())

typedef enum {
  TOMONI_PRINT_ERROR_FAILED,     /* cairo could not write the file */
} TomoniPrintError;

typedef enum {
  TOMONI_PRINT_SIGN_IN_SHEET,
  TOMONI_PRINT_ROSTER,
} TomoniPrintKind;

/* A4 portrait in points, and the margin used when drawing to PDF directly */
#define TOMONI_PRINT_A4_WIDTH  595.2756
#define TOMONI_PRINT_A4_HEIGHT 841.8898
#define TOMONI_PRINT_MARGIN    42.0

typedef struct _TomoniPrintDocument TomoniPrintDocument;

GQuark               tomoni_print_error_quark            (void);

/* Building by hand (the store builders below use this). */
TomoniPrintDocument *tomoni_print_document_new           (TomoniPrintKind      kind,
                                                          const char          *title);
void                 tomoni_print_document_add_detail    (TomoniPrintDocument *self,
                                                          const char          *label,
                                                          const char          *value);
/* @cells: one string per column of the kind (sign-in sheet: name, reading;
 * roster: name, reading, status, attended). The number column and the
 * signature column are added when drawing. */
void                 tomoni_print_document_add_row       (TomoniPrintDocument *self,
                                                          const char * const  *cells);
/* Rows with nothing in them, for walk-ins to write their names. */
void                 tomoni_print_document_set_blank_rows (TomoniPrintDocument *self,
                                                           guint                n_blank);
TomoniPrintKind      tomoni_print_document_get_kind      (TomoniPrintDocument *self);
guint                tomoni_print_document_get_n_rows    (TomoniPrintDocument *self);

/* From the store: the session's enrolled learners, sorted by reading. */
TomoniPrintDocument *tomoni_print_document_new_sign_in_sheet (TomoniStore  *store,
                                                              gint64        session_id,
                                                              GError      **error);
/* The term's enrolled and waiting learners with their attendance. */
TomoniPrintDocument *tomoni_print_document_new_roster     (TomoniStore  *store,
                                                           gint64        term_id,
                                                           GError      **error);
void                 tomoni_print_document_free          (TomoniPrintDocument *self);

/* Rendering, in points: pages for a printable area of @width × @height. */
guint                tomoni_print_document_paginate      (TomoniPrintDocument *self,
                                                          cairo_t             *cr,
                                                          double               width,
                                                          double               height);
void                 tomoni_print_document_draw_page     (TomoniPrintDocument *self,
                                                          cairo_t             *cr,
                                                          double               width,
                                                          double               height,
                                                          guint                page);
/* Writes an A4 portrait PDF. @out_n_pages (optional): pages written. */
gboolean             tomoni_print_document_write_pdf     (TomoniPrintDocument *self,
                                                          const char          *filename,
                                                          guint               *out_n_pages,
                                                          GError             **error);

/* A print operation for @document (taken over), A4 portrait, with a job name. */
GtkPrintOperation   *tomoni_print_operation_new          (TomoniPrintDocument *document);
/* Shows the print dialog for @document (taken over); errors end in a toast. */
void                 tomoni_print_document_run_dialog    (TomoniPrintDocument *document,
                                                          GtkWidget           *parent);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TomoniPrintDocument, tomoni_print_document_free)

G_END_DECLS
