/* tomoni-cli-admin.c: init, version, backup and check
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-cli"

#include <glib/gi18n-lib.h>

#include "tomoni-cli.h"

static int
no_arguments (const char   *summary,
              int           argc,
              char        **argv)
{
  g_autoptr(GOptionContext) context = tomoni_cli_context_new (NULL, summary, NULL);
  int status = tomoni_cli_parse (context, &argc, &argv);

  if (status >= 0)
    return status;
  if (argc > 1)
    return tomoni_cli_usage (context, _("unexpected argument “%s”"), argv[1]);
  return -1;
}

int
tomoni_cli_init (TomoniCli  *cli,
                 int         argc,
                 char      **argv)
{
  int status = no_arguments (_("Create the database, or update an older one to this version "
                               "of Tomoni (after a backup copy next to it)."), argc, argv);
  TomoniStore *store;

  if (status >= 0)
    return status;
  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;

  g_print ("%s\n", tomoni_store_get_path (store));
  if (tomoni_store_get_migration_backup (store) != NULL)
    g_print (_("Backup of the previous version: %s\n"), tomoni_store_get_migration_backup (store));
  return TOMONI_CLI_OK;
}

int
tomoni_cli_version (TomoniCli  *cli,
                    int         argc,
                    char      **argv)
{
  int status = no_arguments (_("Show the versions of Tomoni, of the database schema it "
                               "writes and of SQLite."), argc, argv);

  if (status >= 0)
    return status;

  g_print ("tomoni %s\n", PACKAGE_VERSION);
  g_print ("schema %d\n", tomoni_store_get_supported_version ());
  g_print ("%s %s\n", tomoni_store_get_backend_name (NULL), tomoni_store_get_backend_version (NULL));
  return TOMONI_CLI_OK;
}

int
tomoni_cli_backup (TomoniCli  *cli,
                   int         argc,
                   char      **argv)
{
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (_("DESTINATION"),
                            _("Copy the database to DESTINATION with SQLite's online backup. "
                              "Safe while Tomoni is running; the copy appears only when complete."),
                            NULL);
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  int status = tomoni_cli_parse (context, &argc, &argv);

  if (status >= 0)
    return status;
  if (argc != 2)
    return tomoni_cli_usage (context, "%s", _("give one destination file"));
  if (g_file_test (argv[1], G_FILE_TEST_IS_DIR))
    return tomoni_cli_usage (context, _("“%s” is a folder; give a file name"), argv[1]);

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  if (!tomoni_store_backup (store, argv[1], &error))
    return tomoni_cli_fail (error);
  g_print ("%s\n", argv[1]);
  return TOMONI_CLI_OK;
}

int
tomoni_cli_check (TomoniCli  *cli,
                  int         argc,
                  char      **argv)
{
  int status = no_arguments (_("Run SQLite's integrity and foreign key checks. Exits with 1 "
                               "when a problem is found."), argc, argv);
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  TomoniStore *store;
  gboolean ok;

  if (status >= 0)
    return status;
  store = tomoni_cli_open_store_for_reading (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;

  ok = tomoni_store_check (store, &report, &error);
  if (report != NULL)
    g_print ("%s", report);
  if (!ok)
    return tomoni_cli_fail (error);
  return TOMONI_CLI_OK;
}
