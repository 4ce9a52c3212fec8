/* test-export-dialog.c: the Export and Import Attendance dialogs on a real
 * window: export through the dialog's own code path (thread, progress,
 * rename into place), validate the file against the shipped XSD, refuse a
 * bad period, and import a file back through the Import dialog
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <libxml/xmlschemas.h>

#include "tomoni-export-dialog.h"
#include "tomoni-gui-test.h"
#include "tomoni-import-dialog.h"
#include "tomoni-store-people.h"
#include "tomoni-xml-import.h"

typedef struct {
  gboolean done;
  gboolean ok;
} Finished;

static void
finished_cb (GtkWidget *dialog,
             gboolean   ok,
             Finished  *f)
{
  f->done = TRUE;
  f->ok = ok;
}

static gboolean
is_done (gpointer data)
{
  return ((Finished *) data)->done;
}

static char *
source_file (const char *first,
             ...)
{
  const char *root = g_getenv ("TOMONI_SOURCE_ROOT");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *part;
  va_list args;

  g_assert_nonnull (root);
  g_ptr_array_add (parts, (char *) root);
  g_ptr_array_add (parts, (char *) first);
  va_start (args, first);
  while ((part = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (parts, (char *) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);
  return g_build_filenamev ((char **) parts->pdata);
}

static gboolean
valid (const char *path)
{
  g_autofree char *xsd = source_file ("data", "tomoni-attendance.xsd", NULL);
  xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt (xsd);
  xmlSchemaPtr schema = xmlSchemaParse (parser);
  xmlSchemaValidCtxtPtr ctxt = xmlSchemaNewValidCtxt (schema);
  int rc = xmlSchemaValidateFile (ctxt, path, XML_PARSE_NONET);

  xmlSchemaFreeValidCtxt (ctxt);
  xmlSchemaFree (schema);
  xmlSchemaFreeParserCtxt (parser);
  return rc == 0;
}

static void
fill_with_sample (TomoniGuiFixture *f)
{
  g_autofree char *sample = source_file ("tests", "xml", "sample.xml", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (tomoni_xml_import (f->store, sample, FALSE, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static TomoniExportDialog *
open_export_dialog (TomoniGuiFixture *f)
{
  GtkWindow *dialog;

  /* The window's menu action opens it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export-attendance", NULL));
  tomoni_gui_test_spin (100);
  dialog = tomoni_gui_test_find_window (TOMONI_TYPE_EXPORT_DIALOG, GTK_WINDOW (f->window));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (f->window));
  return TOMONI_EXPORT_DIALOG (dialog);
}

static void
test_export (void)
{
  TomoniGuiFixture f = { 0 };
  const struct {
    gboolean    pseudonymise;
    guint       kind;          /* position in the Kind list */
    const char *present;       /* in the file */
    const char *absent;        /* not in the file */
  } cases[] = {
    { FALSE, 0, "<family-name>山田</family-name>", NULL },
    { TRUE, 0, "<pseudonymised>true</pseudonymised>", "山田" },
    { FALSE, 1, "<session ", "<shift " },
    { FALSE, 2, "<shift ", "<session " },
  };

  tomoni_gui_fixture_set_up (&f, TRUE);
  fill_with_sample (&f);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TomoniExportDialog) dialog = g_object_ref (open_export_dialog (&f));
      g_autofree char *name = g_strdup_printf ("export-%u.xml", i);
      g_autofree char *path = tomoni_test_dir_file (f.dir, name);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *text = NULL;
      Finished finished = { 0 };
      GtkWidget *widget;

      g_signal_connect (dialog, "finished", G_CALLBACK (finished_cb), &finished);
      tomoni_export_dialog_set_period (dialog, "2025-04-01", "2026-03-31");
      tomoni_export_dialog_set_file (dialog, file);
      widget = tomoni_gui_test_find (GTK_WIDGET (dialog), GTK_TYPE_SWITCH);
      g_assert_nonnull (widget);
      gtk_switch_set_active (GTK_SWITCH (widget), cases[i].pseudonymise);
      widget = tomoni_gui_test_find (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW);
      g_assert_nonnull (widget);   /* the first combo row is the kind */
      adw_combo_row_set_selected (ADW_COMBO_ROW (widget), cases[i].kind);
      tomoni_gui_test_spin (20);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.start", NULL));
      g_assert_true (tomoni_gui_test_wait (is_done, &finished, 20000));
      g_assert_true (finished.ok);
      tomoni_gui_test_spin (50);
      /* Done: the dialog closed itself and the window got a toast. */
      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

      g_assert_true (valid (path));
      g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_assert_nonnull (strstr (text, cases[i].present));
      if (cases[i].absent != NULL)
        g_assert_null (strstr (text, cases[i].absent));
    }

  tomoni_gui_fixture_tear_down (&f);
}

static void
test_export_refuses_bad_period (void)
{
  TomoniGuiFixture f = { 0 };
  g_autoptr(TomoniExportDialog) dialog = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  tomoni_gui_fixture_set_up (&f, TRUE);
  fill_with_sample (&f);
  dialog = g_object_ref (open_export_dialog (&f));
  path = tomoni_test_dir_file (f.dir, "bad.xml");
  file = g_file_new_for_path (path);
  tomoni_export_dialog_set_file (dialog, file);
  tomoni_export_dialog_set_period (dialog, "2025-04-01", "2025-02-30");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.start", NULL));
  tomoni_gui_test_spin (100);
  g_assert_false (tomoni_export_dialog_get_busy (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* The message names the field, in the dialog's error bar. */
  g_assert_nonnull (tomoni_form_dialog_get_error (TOMONI_FORM_DIALOG (dialog)));
  g_assert_true (g_str_has_prefix (tomoni_form_dialog_get_error (TOMONI_FORM_DIALOG (dialog)), "To"));

  /* Escape (export.cancel) closes it when nothing runs. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.cancel", NULL));
  tomoni_gui_test_spin (50);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));

  tomoni_gui_fixture_tear_down (&f);
}

/* Cancelling right away: either the export was already complete (a valid
 * file) or it stopped, and then nothing is left behind. */
static void
test_export_cancel (void)
{
  TomoniGuiFixture f = { 0 };
  g_autoptr(TomoniExportDialog) dialog = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GDir) listing = NULL;
  Finished finished = { 0 };
  const char *name;

  tomoni_gui_fixture_set_up (&f, TRUE);
  fill_with_sample (&f);
  dialog = g_object_ref (open_export_dialog (&f));
  g_signal_connect (dialog, "finished", G_CALLBACK (finished_cb), &finished);
  path = tomoni_test_dir_file (f.dir, "cancelled.xml");
  file = g_file_new_for_path (path);
  tomoni_export_dialog_set_file (dialog, file);
  tomoni_export_dialog_set_period (dialog, "2025-04-01", "2026-03-31");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.start", NULL));
  g_assert_true (tomoni_export_dialog_get_busy (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.cancel", NULL));
  g_assert_true (tomoni_gui_test_wait (is_done, &finished, 20000));
  if (finished.ok)
    g_assert_true (valid (path));
  else
    {
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
    }
  listing = g_dir_open (f.dir->path, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_false (g_str_has_prefix (name, ".tomoni-export"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  tomoni_gui_fixture_tear_down (&f);
}

static void
test_import (void)
{
  TomoniGuiFixture f = { 0 };
  g_autoptr(TomoniImportDialog) dialog = NULL;
  g_autofree char *sample = source_file ("tests", "xml", "sample.xml", NULL);
  g_autofree char *hostile = source_file ("tests", "xml", "external-entity.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  g_autoptr(GFile) bad = g_file_new_for_path (hostile);
  Finished finished = { 0 };
  GtkWidget *label;

  tomoni_gui_fixture_set_up (&f, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.import-attendance", NULL));
  tomoni_gui_test_spin (100);
  dialog = g_object_ref (TOMONI_IMPORT_DIALOG (tomoni_gui_test_find_window (TOMONI_TYPE_IMPORT_DIALOG,
                                                                          GTK_WINDOW (f.window))));
  g_signal_connect (dialog, "finished", G_CALLBACK (finished_cb), &finished);

  /* A hostile file: refused, Import stays disabled. */
  tomoni_import_dialog_set_file (dialog, bad);
  g_assert_true (tomoni_gui_test_wait (is_done, &finished, 20000));
  g_assert_false (finished.ok);
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.start", NULL) &&
                  tomoni_import_dialog_get_busy (dialog));

  /* The sample: the dry run says what it would add, and writes nothing. */
  finished.done = FALSE;
  tomoni_import_dialog_set_file (dialog, file);
  g_assert_true (tomoni_gui_test_wait (is_done, &finished, 20000));
  g_assert_true (finished.ok);
  label = tomoni_gui_test_find (GTK_WIDGET (dialog), GTK_TYPE_LABEL);
  g_assert_nonnull (label);
  g_assert_cmpint (tomoni_store_count_people (f.store), ==, 0);

  finished.done = FALSE;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.start", NULL));
  g_assert_true (tomoni_gui_test_wait (is_done, &finished, 20000));
  g_assert_true (finished.ok);
  tomoni_gui_test_spin (50);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpint (tomoni_store_count_people (f.store), ==, 5);

  tomoni_gui_fixture_tear_down (&f);
}

/* With $TOMONI_SCREENSHOT_DIR set: pictures of both dialogs, to look at. */
static void
test_screenshots (void)
{
  const char *dir = g_getenv ("TOMONI_SCREENSHOT_DIR");
  TomoniGuiFixture f = { 0 };
  g_autofree char *sample = source_file ("tests", "xml", "sample.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  TomoniExportDialog *export_dialog;
  GtkWindow *import_dialog;
  Finished finished = { 0 };

  if (dir == NULL)
    {
      g_test_skip ("TOMONI_SCREENSHOT_DIR is not set");
      return;
    }
  tomoni_gui_fixture_set_up (&f, TRUE);
  fill_with_sample (&f);
  export_dialog = open_export_dialog (&f);
  {
    g_autofree char *out = g_build_filename (dir, "export-dialog.png", NULL);
    g_autoptr(GFile) dest = g_file_new_for_path ("/tmp/attendance-2025.xml");

    tomoni_export_dialog_set_file (export_dialog, dest);
    tomoni_gui_test_spin (500);
    tomoni_gui_test_save_png (GTK_WIDGET (export_dialog), out);
  }
  gtk_window_destroy (GTK_WINDOW (export_dialog));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.import-attendance", NULL));
  tomoni_gui_test_spin (100);
  import_dialog = tomoni_gui_test_find_window (TOMONI_TYPE_IMPORT_DIALOG, GTK_WINDOW (f.window));
  g_signal_connect (import_dialog, "finished", G_CALLBACK (finished_cb), &finished);
  tomoni_import_dialog_set_file (TOMONI_IMPORT_DIALOG (import_dialog), file);
  g_assert_true (tomoni_gui_test_wait (is_done, &finished, 20000));
  {
    g_autofree char *out = g_build_filename (dir, "import-dialog.png", NULL);

    tomoni_gui_test_spin (500);
    tomoni_gui_test_save_png (GTK_WIDGET (import_dialog), out);
  }
  gtk_window_destroy (import_dialog);
  tomoni_gui_fixture_tear_down (&f);
}

int
main (int    argc,
      char **argv)
{
  tomoni_gui_test_init (&argc, &argv);

  g_test_add_func ("/export-dialog/export", test_export);
  g_test_add_func ("/export-dialog/bad-period", test_export_refuses_bad_period);
  g_test_add_func ("/export-dialog/cancel", test_export_cancel);
  g_test_add_func ("/export-dialog/import", test_import);
  g_test_add_func ("/export-dialog/screenshots", test_screenshots);

  return g_test_run ();
}
