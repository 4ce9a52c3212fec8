/* tomoni-cli.c: the admin tool for IT staff, scripts and tests
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-cli"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdio.h>

#include "tomoni-cli.h"
#include "tomoni-csv.h"

struct _TomoniCli
{
  char        *db_path;
  TomoniStore *store;
};

/* The commands, in the order --help lists them (tomoni-cli-commands.def). */
static const TomoniCliCommand commands[] = {
#define TOMONI_CLI_COMMAND(name, func, summary) { name, func, summary },
#include "tomoni-cli-commands.def"
#undef TOMONI_CLI_COMMAND
  { NULL }
};

TomoniStore *
tomoni_cli_open_store (TomoniCli *cli)
{
  g_autoptr(GError) error = NULL;

  if (cli->store != NULL)
    return cli->store;

  cli->store = tomoni_store_open (cli->db_path, &error);
  if (cli->store == NULL)
    {
      tomoni_cli_fail (error);
      return NULL;
    }
  return cli->store;
}

/* For commands that only read: opens without removing the people deleted a
 * day ago or more (tomoni_store_open() does that). */
TomoniStore *
tomoni_cli_open_store_for_reading (TomoniCli *cli)
{
  g_autoptr(GError) error = NULL;

  if (cli->store != NULL)
    return cli->store;

  cli->store = tomoni_store_open_keeping_deleted (cli->db_path, &error);
  if (cli->store == NULL)
    {
      tomoni_cli_fail (error);
      return NULL;
    }
  return cli->store;
}

const char *
tomoni_cli_get_db_path (TomoniCli *cli)
{
  return cli->db_path;
}

GOptionContext *
tomoni_cli_context_new (const char *parameter_string,
                        const char *summary,
                        const char *description)
{
  GOptionContext *context = g_option_context_new (parameter_string);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (summary != NULL)
    g_option_context_set_summary (context, summary);
  if (description != NULL)
    g_option_context_set_description (context, description);
  return context;
}

/* Returns -1 when parsing went well, else the exit status. */
int
tomoni_cli_parse (GOptionContext   *context,
                  int              *argc,
                  char           ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    return tomoni_cli_usage (context, "%s", error->message);
  return -1;
}

int
tomoni_cli_usage (GOptionContext *context,
                  const char     *format,
                  ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("tomoni-cli: %s\n", message);
  if (context != NULL)
    /* Translators: %s is a command, e.g. "tomoni-cli people add" */
    g_printerr (_("Try “%s --help”.\n"), g_get_prgname ());
  return TOMONI_CLI_USAGE;
}

int
tomoni_cli_fail (const GError *error)
{
  g_printerr ("tomoni-cli: %s\n", error->message);
  return TOMONI_CLI_FAIL;
}

int
tomoni_cli_fail_message (const char *format,
                         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("tomoni-cli: %s\n", message);
  return TOMONI_CLI_FAIL;
}

static void
print_commands (FILE                   *out,
                const TomoniCliCommand *table)
{
  for (const TomoniCliCommand *c = table; c->name != NULL; c++)
    fprintf (out, "  %-12s %s\n", c->name, g_dgettext (GETTEXT_PACKAGE, c->summary));
}

/**
 * tomoni_cli_dispatch:
 * @group: the words before the sub-command, e.g. "people"
 *
 * Runs argv[1] from @commands, with argv shifted so that the sub-command
 * sees its own name first. Used by the top level and by command groups.
 */
int
tomoni_cli_dispatch (TomoniCli               *cli,
                     const char              *group,
                     const TomoniCliCommand  *table,
                     int                      argc,
                     char                   **argv)
{
  const char *name = argc > 1 ? argv[1] : NULL;
  g_autofree char *prgname = NULL;

  if (name == NULL || g_str_equal (name, "--help") || g_str_equal (name, "-h") ||
      g_str_equal (name, "help"))
    {
      FILE *out = name == NULL ? stderr : stdout;

      fprintf (out, _("Usage:\n  tomoni-cli [--db PATH] [--spreadsheet] %s COMMAND [OPTION…]\n\n"), group);
      fprintf (out, "%s\n", _("Commands:"));
      print_commands (out, table);
      if (*group == '\0')
        fprintf (out, "\n%s\n",
                 _("--spreadsheet: for output that will be opened in a spreadsheet, a value that "
                   "starts with = + - or @ gets a leading ' so that it is not run as a formula."));
      fprintf (out, "\n%s\n", _("Run a command with --help to see its options."));
      return name == NULL ? TOMONI_CLI_USAGE : TOMONI_CLI_OK;
    }

  for (const TomoniCliCommand *c = table; c->name != NULL; c++)
    if (g_str_equal (c->name, name))
      {
        prgname = *group != '\0' ? g_strdup_printf ("tomoni-cli %s %s", group, name)
                                  : g_strdup_printf ("tomoni-cli %s", name);
        g_set_prgname (prgname);
        return c->func (cli, argc - 1, argv + 1);
      }

  g_printerr (_("tomoni-cli: unknown command “%s”\n"), name);
  g_printerr (_("Try “tomoni-cli %s --help”.\n"), group);
  return TOMONI_CLI_USAGE;
}

/* --spreadsheet, a global option: TSV meant for a spreadsheet, not for a
 * script. */
static gboolean for_spreadsheet;

/* Writes one TSV line; tabs, newlines and backslashes inside a value are
 * escaped as \t, \n and \\ so that every record stays on one line. With
 * --spreadsheet, values a spreadsheet would run as formulas are neutralised
 * (tomoni_csv_spreadsheet_cell()); without it the data is written as it is,
 * for scripts (a phone number "+81 …" stays one). */
void
tomoni_cli_print_tsv (const char * const *fields,
                      guint               n_fields)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i < n_fields; i++)
    {
      g_autofree char *cell = for_spreadsheet ? tomoni_csv_spreadsheet_cell (fields[i]) : NULL;
      const char *value = cell != NULL ? cell : fields[i];

      if (i > 0)
        g_string_append_c (line, '\t');
      for (const char *p = value != NULL ? value : ""; *p != '\0'; p++)
        {
          switch (*p)
            {
            case '\t': g_string_append (line, "\\t"); break;
            case '\n': g_string_append (line, "\\n"); break;
            case '\r': g_string_append (line, "\\r"); break;
            case '\\': g_string_append (line, "\\\\"); break;
            default: g_string_append_c (line, *p);
            }
        }
    }
  g_string_append_c (line, '\n');
  fputs (line->str, stdout);
}

int
main (int    argc,
      char **argv)
{
  TomoniCli cli = { 0 };
  g_autoptr(GPtrArray) rest = g_ptr_array_new ();
  int status;

  setlocale (LC_ALL, "");
  /* TOMONI_LOCALEDIR lets an uninstalled build find its translations. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("TOMONI_LOCALEDIR") != NULL ? g_getenv ("TOMONI_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("tomoni-cli");

  /* Global options come before the command. */
  g_ptr_array_add (rest, argv[0]);
  for (int i = 1; i < argc; i++)
    {
      if (rest->len == 1 && g_str_equal (argv[i], "--db"))
        {
          if (i + 1 >= argc)
            return tomoni_cli_usage (NULL, "%s", _("--db needs a file name"));
          g_free (cli.db_path);
          cli.db_path = g_strdup (argv[++i]);
        }
      else if (rest->len == 1 && g_str_has_prefix (argv[i], "--db="))
        {
          g_free (cli.db_path);
          cli.db_path = g_strdup (argv[i] + strlen ("--db="));
        }
      else if (rest->len == 1 && g_str_equal (argv[i], "--spreadsheet"))
        for_spreadsheet = TRUE;
      else if (rest->len == 1 && g_str_equal (argv[i], "--version"))
        {
          g_ptr_array_add (rest, (char *)"version");
        }
      else
        g_ptr_array_add (rest, argv[i]);
    }
  g_ptr_array_add (rest, NULL);

  if (cli.db_path == NULL)
    cli.db_path = tomoni_store_default_path ();
  if (*cli.db_path == '\0')
    return tomoni_cli_usage (NULL, "%s", _("--db needs a file name"));

  status = tomoni_cli_dispatch (&cli, "", commands, rest->len - 1, (char **)rest->pdata);

  g_clear_object (&cli.store);
  g_free (cli.db_path);
  return status;
}
