/* fuzz-csv.c: the CSV reader (tomoni-csv.c) and the volunteer registry
 * preview that reads what it returns
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "tomoni-csv.h"
#include "tomoni-fuzz.h"
#include "tomoni-store.h"
#include "tomoni-store-volunteers.h"

static TomoniStore *store;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  tomoni_fuzz_init_common ();
  dir = g_dir_make_tmp ("tomoni-fuzz-csv-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "fuzz.sqlite", NULL);
  store = tomoni_store_open (path, &error);
  g_assert_no_error (error);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(TomoniVolunteerImport) import = NULL;
  TomoniCsvEncoding encoding;

  text = tomoni_csv_decode ((const char *) data, size, &encoding, &error);
  if (text == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }
  g_assert (g_utf8_validate (text, -1, NULL));
  rows = tomoni_csv_parse (text, &error);
  if (rows == NULL)
    g_assert (error != NULL);
  else
    for (guint i = 0; i < rows->len; i++)
      {
        TomoniCsvRow *row = g_ptr_array_index (rows, i);

        g_assert (g_strv_length (row->fields) == row->n_fields);
        for (guint j = 0; j < row->n_fields; j++)
          {
            g_autofree char *quoted = tomoni_csv_quote (row->fields[j]);
            g_autofree char *safe = tomoni_csv_spreadsheet_cell (row->fields[j]);

            g_assert (g_utf8_validate (quoted, -1, NULL));
            g_assert (safe[0] != '=' && safe[0] != '+' && safe[0] != '-' && safe[0] != '@' &&
                      safe[0] != '\t' && safe[0] != '\r');
          }
      }
  g_clear_error (&error);

  /* The whole preview, as the CLI and the import window run it. */
  import = tomoni_store_preview_volunteer_import (store, (const char *) data, size, &error);
  g_assert ((import == NULL) == (error != NULL));
  return 0;
}
