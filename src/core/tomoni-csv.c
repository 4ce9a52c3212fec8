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

char *
tomoni_csv_decode (const char         *data,
                   gsize               length,
                   TomoniCsvEncoding  *out_encoding,
                   GError            **error)
{
  g_autoptr(GError) local = NULL;
  char *text;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

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
