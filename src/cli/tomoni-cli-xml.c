/* tomoni-cli-xml.c: export attendance to XML, import it back
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-cli"

#include <glib/gi18n-lib.h>

#include "tomoni-cli.h"
#include "tomoni-xml-export.h"
#include "tomoni-xml-import.h"

static int
export_attendance (TomoniCli  *cli,
                   int         argc,
                   char      **argv)
{
  g_auto(TomoniXmlFilter) filter = { 0 };
  g_autofree char *kind = NULL;
  g_autofree char *output = NULL;
  int fiscal_year = 0;
  gboolean pseudonymise = FALSE;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &filter.from, N_("First day of the period"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &filter.to, N_("Last day of the period"), N_("YYYY-MM-DD") },
    { "fiscal-year", 0, 0, G_OPTION_ARG_INT, &fiscal_year,
      N_("The whole fiscal year (April to March), instead of --from and --to"), N_("YEAR") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind, N_("Only classes or only activities"), N_("class|activity") },
    { "programme", 0, 0, G_OPTION_ARG_STRING, &filter.programme, N_("Only this class or activity"), N_("UUID") },
    { "venue", 0, 0, G_OPTION_ARG_STRING, &filter.venue, N_("Only programmes held at this venue"), N_("UUID") },
    { "pseudonymize", 0, 0, G_OPTION_ARG_NONE, &pseudonymise,
      N_("Leave out names and readings: people appear only by their stable pseudonym"), NULL },
    { "pseudonymise", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &pseudonymise, NULL, NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (NULL,
                            _("Write the attendance and volunteer check-ins of a period to a Tomoni "
                              "attendance XML file (schema: tomoni-attendance.xsd). The file is "
                              "replaced only when it is complete."),
                            NULL);
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc > 1)
    return tomoni_cli_usage (context, _("unexpected argument “%s”"), argv[1]);
  if (fiscal_year != 0)
    {
      if (filter.from != NULL || filter.to != NULL)
        return tomoni_cli_usage (context, "%s", _("give either --fiscal-year or --from and --to"));
      if (fiscal_year < 1900 || fiscal_year > 2999)
        return tomoni_cli_fail_message (_("--fiscal-year: “%d” is not a year"), fiscal_year);
      filter.from = g_strdup_printf ("%04d-04-01", fiscal_year);
      filter.to = g_strdup_printf ("%04d-03-31", fiscal_year + 1);
    }
  if (filter.from == NULL || filter.to == NULL)
    return tomoni_cli_usage (context, "%s", _("give the period with --from and --to (or --fiscal-year)"));
  if (output == NULL)
    return tomoni_cli_usage (context, "%s", _("give the file to write with --output"));
  if (kind == NULL)
    filter.kind = TOMONI_XML_KIND_ALL;
  else if (g_str_equal (kind, "class"))
    filter.kind = TOMONI_XML_KIND_CLASS;
  else if (g_str_equal (kind, "activity"))
    filter.kind = TOMONI_XML_KIND_ACTIVITY;
  else
    return tomoni_cli_usage (context, _("--kind: “%s” is neither “class” nor “activity”"), kind);
  filter.pseudonymise = pseudonymise;
  if (!tomoni_xml_filter_check (&filter, &error))
    return tomoni_cli_fail (error);

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  if (!tomoni_xml_export (store, &filter, output, NULL, NULL, NULL, &error))
    return tomoni_cli_fail (error);
  return TOMONI_CLI_OK;
}

int
tomoni_cli_export (TomoniCli  *cli,
                   int         argc,
                   char      **argv)
{
  static const TomoniCliCommand export_commands[] = {
    { "attendance", export_attendance, N_("Write attendance and check-ins to an XML file") },
    { NULL }
  };

  return tomoni_cli_dispatch (cli, "export", export_commands, argc, argv);
}

int
tomoni_cli_import (TomoniCli  *cli,
                   int         argc,
                   char      **argv)
{
  gboolean dry_run = FALSE;
  const GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Check the file and say what would be added; write nothing"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (N_("FILE"),
                            _("Import a Tomoni attendance XML file. The file is checked against the "
                              "schema first; records are merged by their UUID, so importing a file "
                              "twice changes nothing. A record that exists with different content "
                              "stops the import. On any error nothing is written."),
                            NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *added = NULL;
  TomoniXmlImportReport report = { 0 };
  TomoniStore *store;
  guint unchanged = 0;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return tomoni_cli_usage (context, "%s", _("give one file to import"));

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  if (!tomoni_xml_import (store, argv[1], dry_run, &report, NULL, NULL, NULL, &error))
    return tomoni_cli_fail (error);

  added = tomoni_xml_import_report_describe (&report);
  for (guint i = 0; i < TOMONI_XML_N_RECORDS; i++)
    unchanged += report.unchanged[i];
  if (dry_run)
    /* Translators: %s lists counts, e.g. “3 people, 120 attendance records” */
    g_print (_("Would add: %s\n"), added);
  else
    g_print (_("Added: %s\n"), added);
  g_print (_("Already present and identical: %u records\n"), unchanged);
  if (report.pseudonymised)
    g_print ("%s\n", _("The file is pseudonymised: people are matched by pseudonym; new ones are "
                       "added without personal data."));
  return TOMONI_CLI_OK;
}
