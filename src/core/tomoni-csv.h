/* tomoni-csv.h: reading CSV files as spreadsheets write them
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tomoni-limits.h"

G_BEGIN_DECLS

#define TOMONI_CSV_ERROR (tomoni_csv_error_quark ())

/**
 * TomoniCsvError:
 * @TOMONI_CSV_ERROR_ENCODING: neither UTF-8 nor CP932 (Shift_JIS)
 * @TOMONI_CSV_ERROR_SYNTAX: bad quoting; the message names row and field
 * @TOMONI_CSV_ERROR_EMPTY: no header row
 * @TOMONI_CSV_ERROR_TOO_LARGE: the file is larger than
 *   %TOMONI_MAX_CSV_FILE_SIZE, or a field longer than
 *   %TOMONI_MAX_CSV_FIELD_LENGTH characters
 * @TOMONI_CSV_ERROR_BINARY: the file has a NUL byte (damaged, or UTF-16);
 *   the message names line and column
 */
typedef enum {
  TOMONI_CSV_ERROR_ENCODING,
  TOMONI_CSV_ERROR_SYNTAX,
  TOMONI_CSV_ERROR_EMPTY,
  TOMONI_CSV_ERROR_TOO_LARGE,
  TOMONI_CSV_ERROR_BINARY,
} TomoniCsvError;

typedef enum {
  TOMONI_CSV_ENCODING_UTF8,
  TOMONI_CSV_ENCODING_UTF8_BOM,
  TOMONI_CSV_ENCODING_CP932,
} TomoniCsvEncoding;

GQuark      tomoni_csv_error_quark        (void);
/* "UTF-8", "UTF-8 with BOM", "Shift_JIS (CP932)" (translated). */
const char *tomoni_csv_encoding_get_label (TomoniCsvEncoding  encoding);

/**
 * tomoni_csv_load_file:
 *
 * Reads a CSV file whole, refusing one larger than %TOMONI_MAX_CSV_FILE_SIZE
 * before reading it (%TOMONI_CSV_ERROR_TOO_LARGE, naming the size and the
 * limit). Blocks: call it from a thread in the GUI. Returns the bytes
 * (NUL-terminated) and their length.
 */
char       *tomoni_csv_load_file          (GFile              *file,
                                           gsize              *out_length,
                                           GCancellable       *cancellable,
                                           GError            **error);

/**
 * tomoni_csv_decode:
 *
 * Detects the encoding (valid UTF-8, with or without a BOM, else CP932 via
 * g_convert) and returns the text as UTF-8 without the BOM, or NULL with
 * TOMONI_CSV_ERROR_ENCODING. Data with a NUL byte is refused
 * (TOMONI_CSV_ERROR_BINARY, naming line and column), as is data larger than
 * %TOMONI_MAX_CSV_FILE_SIZE.
 */
char       *tomoni_csv_decode             (const char         *data,
                                           gsize               length,
                                           TomoniCsvEncoding  *out_encoding,
                                           GError            **error);

/**
 * tomoni_csv_parse:
 *
 * Splits UTF-8 text into rows of fields (RFC 4180: ',' separates, '"'
 * quotes, '""' is a quote inside quotes; quoted fields may hold commas and
 * line breaks; CRLF, LF and CR end rows). Rows are numbered from 1 as a
 * spreadsheet shows them (the header is row 1). Entirely empty rows are
 * skipped but counted. Returns a GPtrArray of TomoniCsvRow* or NULL with
 * TOMONI_CSV_ERROR_SYNTAX naming the row and field (or
 * TOMONI_CSV_ERROR_TOO_LARGE for a field longer than
 * %TOMONI_MAX_CSV_FIELD_LENGTH characters).
 */
typedef struct {
  guint   number;                 /* spreadsheet row number */
  char  **fields;                 /* NULL-terminated */
  guint   n_fields;
} TomoniCsvRow;

GPtrArray  *tomoni_csv_parse              (const char         *text,
                                           GError            **error);
void        tomoni_csv_row_free           (TomoniCsvRow       *row);

/* Quotes a field if needed, for writing CSV. */
char       *tomoni_csv_quote              (const char         *field);

/**
 * tomoni_csv_spreadsheet_cell:
 *
 * A cell for a file meant to be opened in a spreadsheet: a value that starts
 * with = + - @, a tab or a carriage return (which Excel, LibreOffice and
 * Numbers read as a formula: `=HYPERLINK(…)`, `=cmd|' /c calc'!A1`) gets a
 * leading apostrophe, so the spreadsheet shows it as text. Other values are
 * returned unchanged. Not for files meant for scripts, which must get the
 * data as it is.
 */
char       *tomoni_csv_spreadsheet_cell   (const char         *value);

G_END_DECLS
