/* tomoni-csv.c: reading CSV files as spreadsheets write them
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-csv"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tomoni-csv.h"

G_DEFINE_QUARK (tomoni-csv-error-quark, tomoni_csv_error)

const char *
tomoni_csv_encoding_get_label (TomoniCsvEncoding encoding)
{
  switch (encoding)
    {
    case TOMONI_CSV_ENCODING_UTF8: return _("UTF-8");
    case TOMONI_CSV_ENCODING_UTF8_BOM: return _("UTF-8 with BOM");
    case TOMONI_CSV_ENCODING_CP932: return _("Shift_JIS (CP932)");
    default: g_return_val_if_reached ("");
    }
}

static gboolean
too_large (goffset   size,
           GError  **error)
{
  g_autofree char *have = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
  g_autofree char *limit = g_format_size_full (TOMONI_MAX_CSV_FILE_SIZE, G_FORMAT_SIZE_IEC_UNITS);

  g_set_error (error, TOMONI_CSV_ERROR, TOMONI_CSV_ERROR_TOO_LARGE,
               /* Translators: “The file is too large (1.0 GiB): a registry CSV may be up to 64.0 MiB” */
               _("The file is too large (%s): a registry CSV may be up to %s; split it into "
                 "several files"), have, limit);
  return FALSE;
}

char *
tomoni_csv_load_file (GFile         *file,
                      gsize         *out_length,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (out_length != NULL, NULL);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;
  info = g_file_input_stream_query_info (stream, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_size (info) > TOMONI_MAX_CSV_FILE_SIZE)
    {
      too_large (g_file_info_get_size (info), error);
      return NULL;
    }
  bytes = g_byte_array_sized_new (g_file_info_get_size (info) + 1);
  for (;;)
    {
      guint8 chunk[64 * 1024];
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      /* A file that grew since it was measured is refused as well. */
      if (bytes->len + (gsize) n > (gsize) TOMONI_MAX_CSV_FILE_SIZE)
        {
          too_large (bytes->len + n, error);
          return NULL;
        }
      g_byte_array_append (bytes, chunk, n);
    }
  *out_length = bytes->len;
  g_byte_array_append (bytes, (const guint8 *) "", 1);
  return (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);
}

/* A NUL byte: “Line 3, column 7” as an editor shows it (characters when
 * the line so far is UTF-8 or CP932, else bytes). */
static gboolean
refuse_nul (const char  *data,
            const char  *nul,
            GError     **error)
{
  const char *line_start = data;
  guint line = 1;
  glong column;

  for (const char *p = data; p < nul; p++)
    if (*p == '\n' || (*p == '\r' && p + 1 < nul && p[1] != '\n'))
      {
        line++;
        line_start = p + 1;
      }
  if (g_utf8_validate_len (line_start, nul - line_start, NULL))
    column = g_utf8_strlen (line_start, nul - line_start) + 1;
  else
    {
      g_autofree char *converted = g_convert (line_start, nul - line_start, "UTF-8", "CP932", NULL, NULL, NULL);

      column = (converted != NULL ? g_utf8_strlen (converted, -1) : nul - line_start) + 1;
    }
  g_set_error (error, TOMONI_CSV_ERROR, TOMONI_CSV_ERROR_BINARY,
               _("Line %u, column %ld: the file has a NUL (zero) byte, which no CSV text has: it is "
                 "damaged, or saved as “Unicode text” (UTF-16); save it from the spreadsheet as "
                 "“CSV UTF-8”. Nothing was read."), line, column);
  return FALSE;
}

char *
tomoni_csv_decode (const char         *data,
                   gsize               length,
                   TomoniCsvEncoding  *out_encoding,
                   GError            **error)
{
  g_autoptr(GError) local = NULL;
  const char *nul;
  char *text;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > (gsize) TOMONI_MAX_CSV_FILE_SIZE)
    {
      too_large (length, error);
      return NULL;
    }
  if (length > 0 && (nul = memchr (data, '\0', length)) != NULL)
    {
      refuse_nul (data, nul, error);
      return NULL;
    }

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      if (!g_utf8_validate_len (data + 3, length - 3, NULL))
        {
          g_set_error_literal (error, TOMONI_CSV_ERROR, TOMONI_CSV_ERROR_ENCODING,
                               _("The file starts like UTF-8 but is not valid UTF-8"));
          return NULL;
        }
      if (out_encoding != NULL)
        *out_encoding = TOMONI_CSV_ENCODING_UTF8_BOM;
      return g_strndup (data + 3, length - 3);
    }
  if (g_utf8_validate_len (data, length, NULL))
    {
      if (out_encoding != NULL)
        *out_encoding = TOMONI_CSV_ENCODING_UTF8;
      return g_strndup (data, length);
    }
  text = g_convert (data, length, "UTF-8", "CP932", NULL, NULL, &local);
  if (text == NULL)
    {
      g_set_error_literal (error, TOMONI_CSV_ERROR, TOMONI_CSV_ERROR_ENCODING,
                           _("The file is neither UTF-8 nor Shift_JIS (CP932): save it from "
                             "the spreadsheet as “CSV UTF-8”"));
      return NULL;
    }
  if (out_encoding != NULL)
    *out_encoding = TOMONI_CSV_ENCODING_CP932;
  return text;
}

void
tomoni_csv_row_free (TomoniCsvRow *row)
{
  if (row == NULL)
    return;
  g_strfreev (row->fields);
  g_free (row);
}

static gboolean
row_is_blank (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    if (*(const char *)g_ptr_array_index (fields, i) != '\0')
      return FALSE;
  return TRUE;
}

static void
finish_row (GPtrArray *rows,
            GPtrArray *fields,
            guint      number)
{
  TomoniCsvRow *row;

  if (row_is_blank (fields))
    {
      g_ptr_array_set_size (fields, 0);
      return;
    }
  row = g_new0 (TomoniCsvRow, 1);
  row->number = number;
  row->n_fields = fields->len;
  g_ptr_array_add (fields, NULL);
  row->fields = (char **)g_ptr_array_steal (fields, NULL);
  g_ptr_array_add (rows, row);
}

static gboolean
field_too_long (guint    row,
                guint    field,
                GError **error)
{
  g_set_error (error, TOMONI_CSV_ERROR, TOMONI_CSV_ERROR_TOO_LARGE,
               _("Row %u, field %u: the field is longer than %d characters, more than any field of "
                 "a record can hold"), row, field, TOMONI_MAX_CSV_FIELD_LENGTH);
  return FALSE;
}

GPtrArray *
tomoni_csv_parse (const char  *text,
                  GError     **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify)tomoni_csv_row_free);
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = text;
  guint row_number = 1;       /* the spreadsheet row being read */
  guint start_row = 1;        /* the row the current record started on */
  gboolean in_quotes = FALSE;
  gboolean after_quotes = FALSE;
  guint quote_row = 0;

  g_return_val_if_fail (text != NULL, NULL);

  for (;; p++)
    {
      char c = *p;

      /* Four bytes are the longest character: no need to count yet. */
      if (G_UNLIKELY (field->len > 4 * TOMONI_MAX_CSV_FIELD_LENGTH))
        {
          field_too_long (start_row, fields->len + 1, error);
          return NULL;
        }

      if (in_quotes)
        {
          if (c == '\0')
            {
              g_set_error (error, TOMONI_CSV_ERROR, TOMONI_CSV_ERROR_SYNTAX,
                           _("Row %u, field %u: a quoted field is never closed"),
                           quote_row, fields->len + 1);
              return NULL;
            }
          if (c == '"')
            {
              if (p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p++;
                }
              else
                {
                  in_quotes = FALSE;
                  after_quotes = TRUE;
                }
            }
          else
            {
              if (c == '\n' || (c == '\r' && p[1] != '\n'))
                row_number++;
              g_string_append_c (field, c);
            }
          continue;
        }

      if (c == ',' || c == '\n' || c == '\r' || c == '\0')
        {
          if (field->len > TOMONI_MAX_CSV_FIELD_LENGTH &&
              g_utf8_strlen (field->str, field->len) > TOMONI_MAX_CSV_FIELD_LENGTH)
            {
              field_too_long (start_row, fields->len + 1, error);
              return NULL;
            }
          g_ptr_array_add (fields, g_strdup (field->str));
          g_string_truncate (field, 0);
          after_quotes = FALSE;
          if (c == ',')
            continue;
          if (c == '\r' && p[1] == '\n')
            p++;
          if (c == '\0' && fields->len == 1 && *(char *)fields->pdata[0] == '\0')
            break;
          finish_row (rows, fields, start_row);
          g_ptr_array_set_size (fields, 0);
          if (c == '\0')
            break;
          row_number++;
          start_row = row_number;
          continue;
        }

      if (after_quotes)
        {
          g_set_error (error, TOMONI_CSV_ERROR, TOMONI_CSV_ERROR_SYNTAX,
                       _("Row %u, field %u: text after the closing quote (write \"\" for a quote inside a quoted field)"),
                       row_number, fields->len + 1);
          return NULL;
        }
      if (c == '"')
        {
          if (field->len > 0)
            {
              g_set_error (error, TOMONI_CSV_ERROR, TOMONI_CSV_ERROR_SYNTAX,
                           _("Row %u, field %u: a quote in the middle of an unquoted field"),
                           row_number, fields->len + 1);
              return NULL;
            }
          in_quotes = TRUE;
          quote_row = row_number;
          continue;
        }
      g_string_append_c (field, c);
    }

  if (rows->len == 0)
    {
      g_set_error_literal (error, TOMONI_CSV_ERROR, TOMONI_CSV_ERROR_EMPTY,
                           _("The file is empty: there is no header row"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

char *
tomoni_csv_quote (const char *field)
{
  GString *out;

  if (field == NULL)
    return g_strdup ("");
  if (strpbrk (field, ",\"\r\n") == NULL)
    return g_strdup (field);
  out = g_string_new ("\"");
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
  return g_string_free (out, FALSE);
}

char *
tomoni_csv_spreadsheet_cell (const char *value)
{
  if (value == NULL)
    return g_strdup ("");
  if (strchr ("=+-@\t\r", value[0]) != NULL && value[0] != '\0')
    return g_strconcat ("'", value, NULL);
  return g_strdup (value);
}
