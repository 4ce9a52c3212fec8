/* fuzz-xml.c: the attendance XML import (tomoni-xml-import.c and the merge
 * behind it), as a dry run into a real database
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "tomoni-fuzz.h"
#include "tomoni-store.h"
#include "tomoni-xml-import.h"

static TomoniStore *store;
static char *input_path;

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  tomoni_fuzz_init_common ();
  dir = g_dir_make_tmp ("tomoni-fuzz-xml-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "fuzz.sqlite", NULL);
  store = tomoni_store_open (path, &error);
  g_assert_no_error (error);
  input_path = g_build_filename (dir, "input.xml", NULL);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  TomoniXmlImportReport report = { 0 };
  gboolean ok;

  /* Written in place, without fsync(): thousands of inputs a minute. */
  if (!g_file_set_contents_full (input_path, (const char *) data, size, G_FILE_SET_CONTENTS_NONE, 0600, &error))
    g_error ("%s", error->message);

  ok = tomoni_xml_import (store, input_path, TRUE, &report, NULL, NULL, NULL, &error);
  g_assert (ok == (error == NULL));
  g_clear_error (&error);
  ok = tomoni_xml_validate_file (input_path, &error);
  g_assert (ok == (error == NULL));
  return 0;
}
