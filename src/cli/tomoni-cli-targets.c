/* tomoni-cli-targets.c: targets, the fiscal-year report and external entries
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-cli"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "tomoni-cli.h"
#include "tomoni-date.h"
#include "tomoni-store-targets.h"

static gboolean
parse_date_option (const char  *option,
                   const char  *text,
                   GDate       *out,
                   int         *status)
{
  g_autoptr(GError) error = NULL;

  if (!tomoni_date_parse (text, out, &error))
    {
      /* Translators: first %s is an option such as --as-of, then the reason */
      *status = tomoni_cli_fail_message (_("%s: %s"), option, error->message);
      return FALSE;
    }
  return TRUE;
}

static char *
format_int (gint64 value)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, value);
}

/* --- targets (the table) ------------------------------------------------------ */

static int
targets_table (TomoniCli  *cli,
               int         argc,
               char      **argv)
{
  g_autofree char *as_of_text = NULL;
  const GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text,
      N_("Count participations up to this day, included (default: today in Japan)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new ("[COMMAND]",
                            _("Print every target as tab-separated values after a header line: key, "
                              "baseline value, counted (participations after the baseline date under "
                              "the target’s counting rule, plus external entries), cumulative "
                              "(baseline + counted), target value, the value projected at the target "
                              "date, and the status (ahead, on-track or behind)."),
                            _("Commands:\n"
                              "  set KEY       Change a target (history is kept)\n"
                              "  add KEY       Add an indicator\n"
                              "  show KEY      Print a target’s settings and figures\n"
                              "  history KEY   Print a target’s history of changes\n"
                              "  milestone KEY DATE [VALUE]  Set or remove an interim milestone\n"
                              "  check         Check the kept counts against the records\n"
                              "\n"
                              "The projection continues the mean of the last two complete fiscal years and "
                              "the current fiscal year pro-rated; the status allows 5 per cent of the planned "
                              "increase either way."));
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  GDate as_of;
  int status;
  static const char * const header[] = {
    "key", "baseline", "counted", "cumulative", "target", "projected", "status"
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc > 1)
    return tomoni_cli_usage (context, _("unknown command “%s”"), argv[1]);
  if (as_of_text != NULL && !parse_date_option ("--as-of", as_of_text, &as_of, &status))
    return status;

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  all = tomoni_store_compute_all_figures (store, as_of_text != NULL ? &as_of : NULL, 0, &error);
  if (all == NULL)
    return tomoni_cli_fail (error);

  tomoni_cli_print_tsv (header, G_N_ELEMENTS (header));
  for (guint i = 0; i < all->len; i++)
    {
      TomoniTargetFigures *figures = all->pdata[i];
      g_autofree char *baseline = format_int (tomoni_target_get_baseline_value (figures->target));
      g_autofree char *counted = format_int (figures->counted);
      g_autofree char *cumulative = format_int (figures->projection.cumulative);
      g_autofree char *target = format_int (tomoni_target_get_target_value (figures->target));
      g_autofree char *projected = format_int (figures->projection.projected);
      const char *fields[] = {
        tomoni_target_get_key (figures->target), baseline, counted, cumulative, target, projected,
        tomoni_target_status_get_name (figures->projection.status),
      };

      tomoni_cli_print_tsv (fields, G_N_ELEMENTS (fields));
    }
  return TOMONI_CLI_OK;
}

/* --- targets set / add ---------------------------------------------------------- */

typedef struct {
  char *values[TOMONI_TARGET_N_FIELDS];
} FieldOptions;

static void
field_options_clear (FieldOptions *options)
{
  for (guint i = 0; i < TOMONI_TARGET_N_FIELDS; i++)
    g_free (options->values[i]);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FieldOptions, field_options_clear)

/* The options of set and add: --title-ja, --baseline, --target, --rule, … */
static void
add_field_entries (GOptionContext *context,
                   FieldOptions   *options)
{
  GOptionEntry entries[] = {
    { "key", 0, 0, G_OPTION_ARG_STRING, &options->values[TOMONI_TARGET_KEY],
      N_("A new key (set only)"), N_("KEY") },
    { "title-ja", 0, 0, G_OPTION_ARG_STRING, &options->values[TOMONI_TARGET_TITLE_JA],
      N_("Title in Japanese"), N_("TEXT") },
    { "title-en", 0, 0, G_OPTION_ARG_STRING, &options->values[TOMONI_TARGET_TITLE_EN],
      N_("Title in English"), N_("TEXT") },
    { "baseline", 0, 0, G_OPTION_ARG_STRING, &options->values[TOMONI_TARGET_BASELINE_VALUE],
      N_("Baseline value"), N_("N") },
    { "baseline-date", 0, 0, G_OPTION_ARG_STRING, &options->values[TOMONI_TARGET_BASELINE_DATE],
      N_("The day the baseline value stands at"), N_("YYYY-MM-DD") },
    { "target", 0, 0, G_OPTION_ARG_STRING, &options->values[TOMONI_TARGET_TARGET_VALUE],
      N_("Target value"), N_("N") },
    { "target-date", 0, 0, G_OPTION_ARG_STRING, &options->values[TOMONI_TARGET_TARGET_DATE],
      N_("The day the target value is to be reached"), N_("YYYY-MM-DD") },
    { "counts-classes", 0, 0, G_OPTION_ARG_STRING, &options->values[TOMONI_TARGET_COUNTS_CLASSES],
      N_("Whether attendance at Japanese classes counts"), N_("yes|no") },
    { "counts-activities", 0, 0, G_OPTION_ARG_STRING, &options->values[TOMONI_TARGET_COUNTS_ACTIVITIES],
      N_("Whether volunteer check-ins count"), N_("yes|no") },
    { "rule", 0, 0, G_OPTION_ARG_STRING, &options->values[TOMONI_TARGET_COUNTING_RULE],
      N_("Counting rule: per-programme, every-attendance or per-fiscal-year"), N_("RULE") },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
}

static gboolean
apply_fields (TomoniTarget  *target,
              FieldOptions  *options,
              guint         *out_n,
              GError       **error)
{
  *out_n = 0;
  for (guint i = 0; i < TOMONI_TARGET_N_FIELDS; i++)
    {
      if (options->values[i] == NULL)
        continue;
      if (!tomoni_target_set_field_text (target, i, options->values[i], error))
        return FALSE;
      (*out_n)++;
    }
  return TRUE;
}

static int
targets_set (TomoniCli  *cli,
             int         argc,
             char      **argv)
{
  g_auto(FieldOptions) options = { { 0 } };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new ("KEY",
                            _("Change a target. Every changed field is recorded in the target’s "
                              "history with your login name, the time, the old and the new value."),
                            NULL);
  g_autoptr(TomoniTarget) target = NULL;
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  guint n;
  int status;

  add_field_entries (context, &options);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return tomoni_cli_usage (context, "%s", _("give one target key"));

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  target = tomoni_store_get_target (store, argv[1], &error);
  if (target == NULL)
    return tomoni_cli_fail (error);
  if (!apply_fields (target, &options, &n, &error))
    return tomoni_cli_fail (error);
  if (n == 0)
    return tomoni_cli_usage (context, "%s", _("say what to change, e.g. --rule every-attendance"));
  if (!tomoni_store_update_target (store, target, &error))
    return tomoni_cli_fail (error);
  return TOMONI_CLI_OK;
}

static int
targets_add (TomoniCli  *cli,
             int         argc,
             char      **argv)
{
  g_auto(FieldOptions) options = { { 0 } };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new ("KEY",
                            _("Add an indicator, for example consultations at the Support Plaza: "
                              "tomoni-cli targets add consultations --title-ja 相談件数 --baseline 752 "
                              "--baseline-date 2023-03-31 --target 1500 --target-date 2031-03-31. "
                              "Without --counts-classes or --counts-activities it counts external "
                              "entries only. Prints the new target’s UUID."),
                            NULL);
  g_autoptr(TomoniTarget) target = tomoni_target_new ();
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  guint n;
  int status;

  add_field_entries (context, &options);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return tomoni_cli_usage (context, "%s", _("give the new target’s key"));
  if (options.values[TOMONI_TARGET_KEY] != NULL)
    return tomoni_cli_usage (context, "%s", _("give the key as the argument, not with --key"));
  tomoni_target_set_key (target, argv[1]);
  if (!apply_fields (target, &options, &n, &error))
    return tomoni_cli_fail (error);

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  if (!tomoni_store_add_target (store, target, &error))
    return tomoni_cli_fail (error);
  g_print ("%s\n", tomoni_target_get_uuid (target));
  return TOMONI_CLI_OK;
}

/* --- targets show / history / milestone ----------------------------------------- */

static TomoniTarget *
target_from_args (TomoniCli       *cli,
                  GOptionContext  *context,
                  int              argc,
                  char           **argv,
                  int              n_args,
                  int             *status)
{
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  TomoniTarget *target;

  if (argc != n_args + 1)
    {
      *status = tomoni_cli_usage (context, "%s", _("wrong number of arguments"));
      return NULL;
    }
  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    {
      *status = TOMONI_CLI_FAIL;
      return NULL;
    }
  target = tomoni_store_get_target (store, argv[1], &error);
  if (target == NULL)
    *status = tomoni_cli_fail (error);
  return target;
}

static int
targets_show (TomoniCli  *cli,
              int         argc,
              char      **argv)
{
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new ("KEY", _("Print a target’s settings and figures, one per line."), NULL);
  g_autoptr(TomoniTarget) target = NULL;
  g_autoptr(TomoniTargetFigures) figures = NULL;
  g_autoptr(GError) error = NULL;
  int status = tomoni_cli_parse (context, &argc, &argv);

  if (status >= 0)
    return status;
  target = target_from_args (cli, context, argc, argv, 1, &status);
  if (target == NULL)
    return status;
  figures = tomoni_store_compute_target_figures (tomoni_cli_open_store (cli), target, NULL, 0, &error);
  if (figures == NULL)
    return tomoni_cli_fail (error);

  for (guint i = 0; i < TOMONI_TARGET_N_FIELDS; i++)
    {
      g_autofree char *value = tomoni_target_dup_field_text (target, i);
      const char *fields[] = { tomoni_target_field_get_name (i), value };

      tomoni_cli_print_tsv (fields, 2);
    }
  {
    const TomoniProjection *p = &figures->projection;
    g_autofree char *counted = format_int (figures->counted);
    g_autofree char *external = format_int (figures->external);
    g_autofree char *cumulative = format_int (p->cumulative);
    g_autofree char *remainder = format_int (p->remainder);
    g_autofree char *percentage = g_strdup_printf ("%.1f", p->percentage);
    g_autofree char *years = g_strdup_printf ("%d", p->remaining_years);
    g_autofree char *pace_needed = format_int (p->pace_needed);
    g_autofree char *pace = g_strdup_printf ("%.1f", p->recent_pace);
    g_autofree char *projected = format_int (p->projected);
    g_autofree char *method = tomoni_projection_describe_method (p);
    const char *rows[][2] = {
      { "counted", counted },
      { "external", external },
      { "cumulative", cumulative },
      { "remainder", remainder },
      { "percentage", percentage },
      { "remaining-fiscal-years", years },
      { "pace-needed-per-year", pace_needed },
      { "recent-pace-per-year", pace },
      { "projected", projected },
      { "projection-method", method },
      { "status", tomoni_target_status_get_name (p->status) },
    };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      tomoni_cli_print_tsv (rows[i], 2);
  }
  return TOMONI_CLI_OK;
}

static int
targets_history (TomoniCli  *cli,
                 int         argc,
                 char      **argv)
{
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new ("KEY", _("Print a target’s changes, oldest first: when, who, field, old value, "
                                     "new value."), NULL);
  g_autoptr(TomoniTarget) target = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const header[] = { "changed-at", "changed-by", "field", "old", "new" };
  int status = tomoni_cli_parse (context, &argc, &argv);

  if (status >= 0)
    return status;
  target = target_from_args (cli, context, argc, argv, 1, &status);
  if (target == NULL)
    return status;
  changes = tomoni_store_list_target_changes (tomoni_cli_open_store (cli), tomoni_target_get_id (target), &error);
  if (changes == NULL)
    return tomoni_cli_fail (error);
  tomoni_cli_print_tsv (header, G_N_ELEMENTS (header));
  for (guint i = 0; i < changes->len; i++)
    {
      TomoniTargetChange *change = changes->pdata[i];
      const char *fields[] = {
        change->changed_at, change->changed_by, change->field, change->old_value, change->new_value
      };

      tomoni_cli_print_tsv (fields, G_N_ELEMENTS (fields));
    }
  return TOMONI_CLI_OK;
}

static int
targets_milestone (TomoniCli  *cli,
                   int         argc,
                   char      **argv)
{
  gboolean remove = FALSE;
  const GOptionEntry entries[] = {
    { "remove", 0, 0, G_OPTION_ARG_NONE, &remove, N_("Remove the milestone on DATE"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new ("KEY DATE [VALUE]",
                            _("Set the interim milestone VALUE on DATE (replacing one on the same "
                              "day), or remove it with --remove."), NULL);
  g_autoptr(TomoniTarget) target = NULL;
  g_autoptr(GError) error = NULL;
  guint64 value = 0;
  gboolean ok;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (!remove && argc == 4 &&
      !g_ascii_string_to_unsigned (argv[3], 10, 0, G_MAXINT64, &value, NULL))
    return tomoni_cli_fail_message (_("Milestone value: “%s” is not a whole number"), argv[3]);
  target = target_from_args (cli, context, argc, argv, remove ? 2 : 3, &status);
  if (target == NULL)
    return status;
  if (remove)
    ok = tomoni_store_remove_target_milestone (tomoni_cli_open_store (cli), tomoni_target_get_id (target),
                                               argv[2], &error);
  else
    ok = tomoni_store_set_target_milestone (tomoni_cli_open_store (cli), tomoni_target_get_id (target),
                                            argv[2], (gint64)value, &error);
  return ok ? TOMONI_CLI_OK : tomoni_cli_fail (error);
}

static int
targets_check (TomoniCli  *cli,
               int         argc,
               char      **argv)
{
  gboolean rebuild = FALSE;
  const GOptionEntry entries[] = {
    { "rebuild", 0, 0, G_OPTION_ARG_NONE, &rebuild, N_("Count everything again from the records first"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (NULL, _("Compare the counts kept for the targets with a count from the records "
                                    "(attendance and check-ins); exit 1 when they differ."), NULL);
  g_autofree char *report = NULL;
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc > 1)
    return tomoni_cli_usage (context, _("unexpected argument “%s”"), argv[1]);
  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  if (rebuild && !tomoni_store_rebuild_target_aggregates (store, &error))
    return tomoni_cli_fail (error);
  if (!tomoni_store_check_target_aggregates (store, &report, &error))
    {
      g_print ("%s", report);
      return tomoni_cli_fail (error);
    }
  g_print ("%s", report);
  return TOMONI_CLI_OK;
}

int
tomoni_cli_targets (TomoniCli  *cli,
                    int         argc,
                    char      **argv)
{
  static const TomoniCliCommand target_commands[] = {
    { "set", targets_set, N_("Change a target") },
    { "add", targets_add, N_("Add an indicator") },
    { "show", targets_show, N_("Print a target’s settings and figures") },
    { "history", targets_history, N_("Print a target’s history of changes") },
    { "milestone", targets_milestone, N_("Set or remove an interim milestone") },
    { "check", targets_check, N_("Check the kept counts against the records") },
    { NULL }
  };

  if (argc > 1)
    for (const TomoniCliCommand *c = target_commands; c->name != NULL; c++)
      if (g_str_equal (argv[1], c->name))
        return tomoni_cli_dispatch (cli, "targets", target_commands, argc, argv);
  return targets_table (cli, argc, argv);
}

/* --- report ------------------------------------------------------------------------ */

static void
print_breakdown (const char *key,
                 const char *section,
                 const char *column,
                 GPtrArray  *rows)
{
  g_autofree char *title = g_strdup_printf ("# %s: %s", key, section);
  const char *header[] = { column, "label", "count" };

  g_print ("%s\n", title);
  tomoni_cli_print_tsv (header, G_N_ELEMENTS (header));
  for (guint i = 0; i < rows->len; i++)
    {
      TomoniBreakdownRow *row = rows->pdata[i];
      g_autofree char *count = format_int (row->count);
      const char *fields[] = { row->key, tomoni_breakdown_row_get_label (row), count };

      tomoni_cli_print_tsv (fields, G_N_ELEMENTS (fields));
    }
  g_print ("\n");
}

static int
report (TomoniCli  *cli,
        int         argc,
        char      **argv)
{
  int fiscal_year = 0;
  g_autofree char *as_of_text = NULL;
  g_autofree char *only = NULL;
  const GOptionEntry entries[] = {
    { "fiscal-year", 0, 0, G_OPTION_ARG_INT, &fiscal_year,
      N_("The fiscal year (April to March) named by the year it starts in, e.g. 2025 for 令和7年度"), N_("YYYY") },
    { "target", 0, 0, G_OPTION_ARG_STRING, &only, N_("Only this target"), N_("KEY") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text,
      N_("Count up to this day (default: the end of the fiscal year, or today if earlier)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (NULL,
                            _("Print the breakdowns of every target for one fiscal year, in sections: "
                              "each section starts with a line “# KEY: SECTION”, then a TSV header and "
                              "rows, then an empty line. Sections: summary, by-fiscal-year (every year "
                              "since the baseline), by-programme, by-venue, by-nationality (the year "
                              "given)."),
                            NULL);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  GDate as_of, first, last, today;
  gboolean japanese = tomoni_prefers_japanese ();
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc > 1)
    return tomoni_cli_usage (context, _("unexpected argument “%s”"), argv[1]);
  if (fiscal_year == 0)
    return tomoni_cli_usage (context, "%s", _("give --fiscal-year YYYY"));
  if (fiscal_year < 1990 || fiscal_year > 2200)
    return tomoni_cli_fail_message (_("--fiscal-year: %d is not a fiscal year Tomoni can count"), fiscal_year);

  tomoni_fiscal_year_bounds (fiscal_year, &first, &last);
  if (as_of_text != NULL)
    {
      if (!parse_date_option ("--as-of", as_of_text, &as_of, &status))
        return status;
    }
  else
    {
      tomoni_date_today (&today);
      as_of = g_date_compare (&today, &last) < 0 ? today : last;
    }

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  if (only != NULL)
    {
      g_autoptr(TomoniTarget) target = tomoni_store_get_target (store, only, &error);
      TomoniTargetFigures *figures;

      if (target == NULL)
        return tomoni_cli_fail (error);
      figures = tomoni_store_compute_target_figures (store, target, &as_of, fiscal_year, &error);
      if (figures == NULL)
        return tomoni_cli_fail (error);
      all = g_ptr_array_new_with_free_func ((GDestroyNotify)tomoni_target_figures_unref);
      g_ptr_array_add (all, figures);
    }
  else
    all = tomoni_store_compute_all_figures (store, &as_of, fiscal_year, &error);
  if (all == NULL)
    return tomoni_cli_fail (error);

  for (guint i = 0; i < all->len; i++)
    {
      TomoniTargetFigures *figures = all->pdata[i];
      const char *key = tomoni_target_get_key (figures->target);
      g_autofree char *as_of_iso = tomoni_date_format_iso (&figures->as_of);
      g_autofree char *fy_label = tomoni_fiscal_year_label (fiscal_year, japanese);
      g_autofree char *in_year = NULL;
      g_autofree char *cumulative = format_int (figures->projection.cumulative);
      g_autofree char *target_value = format_int (tomoni_target_get_target_value (figures->target));
      const char *summary_header[] = {
        "title", "fiscal-year", "as-of", "counting-rule", "counted-in-year", "cumulative", "target"
      };

      for (guint j = 0; j < figures->by_fiscal_year->len; j++)
        {
          TomoniFiscalYearCount *year = &g_array_index (figures->by_fiscal_year, TomoniFiscalYearCount, j);
          if (year->fy == fiscal_year)
            in_year = format_int (year->count);
        }
      if (in_year == NULL)
        in_year = g_strdup ("0");

      g_print ("# %s: summary\n", key);
      tomoni_cli_print_tsv (summary_header, G_N_ELEMENTS (summary_header));
      {
        const char *fields[] = {
          tomoni_target_get_title (figures->target), fy_label, as_of_iso,
          tomoni_counting_rule_get_name (tomoni_target_get_counting_rule (figures->target)),
          in_year, cumulative, target_value,
        };
        tomoni_cli_print_tsv (fields, G_N_ELEMENTS (fields));
      }
      g_print ("\n");

      g_print ("# %s: by-fiscal-year\n", key);
      {
        const char *header[] = { "fiscal-year", "label", "counted", "cumulative" };
        tomoni_cli_print_tsv (header, G_N_ELEMENTS (header));
      }
      for (guint j = 0; j < figures->by_fiscal_year->len; j++)
        {
          TomoniFiscalYearCount *year = &g_array_index (figures->by_fiscal_year, TomoniFiscalYearCount, j);
          g_autofree char *fy = g_strdup_printf ("%d", year->fy);
          g_autofree char *label = tomoni_fiscal_year_label (year->fy, japanese);
          g_autofree char *count = format_int (year->count);
          g_autofree char *running = format_int (year->cumulative);
          const char *fields[] = { fy, label, count, running };

          tomoni_cli_print_tsv (fields, G_N_ELEMENTS (fields));
        }
      g_print ("\n");

      print_breakdown (key, "by-programme", "programme", figures->by_programme);
      print_breakdown (key, "by-venue", "venue", figures->by_venue);
      print_breakdown (key, "by-nationality", "nationality", figures->by_nationality);
    }
  return TOMONI_CLI_OK;
}

int
tomoni_cli_report (TomoniCli  *cli,
                   int         argc,
                   char      **argv)
{
  return report (cli, argc, argv);
}

/* --- external ------------------------------------------------------------------------ */

static int
external_add (TomoniCli  *cli,
              int         argc,
              char      **argv)
{
  g_autofree char *target_key = NULL;
  g_autofree char *date = NULL;
  g_autofree char *programme = NULL;
  g_autofree char *source = NULL;
  g_autofree char *count_text = NULL;
  guint64 count = 0;
  gint64 venue = 0;
  const GOptionEntry entries[] = {
    { "target", 0, 0, G_OPTION_ARG_STRING, &target_key, N_("The target the participants count toward"), N_("KEY") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("The day of the programme"), N_("YYYY-MM-DD") },
    { "programme", 0, 0, G_OPTION_ARG_STRING, &programme, N_("The programme, as the partner names it"), N_("TEXT") },
    { "count", 0, 0, G_OPTION_ARG_STRING, &count_text, N_("The number of participants"), N_("N") },
    { "source", 0, 0, G_OPTION_ARG_STRING, &source, N_("Who reported the number"), N_("TEXT") },
    { "venue-id", 0, 0, G_OPTION_ARG_INT64, &venue, N_("The venue (optional)"), N_("ID") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (NULL,
                            _("Record participation that was not recorded person by person, e.g. a "
                              "partner organisation reports 35 participants. It counts as given under "
                              "every counting rule. Prints the entry’s UUID."),
                            NULL);
  g_autoptr(TomoniTarget) target = NULL;
  g_autoptr(TomoniExternalCount) entry = g_new0 (TomoniExternalCount, 1);
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc > 1)
    return tomoni_cli_usage (context, _("unexpected argument “%s”"), argv[1]);
  if (target_key == NULL)
    return tomoni_cli_usage (context, "%s", _("give --target KEY"));
  /* Decimal digits only: no sign, octal, hexadecimal or silent wrap. The
   * store checks the range and names the field. */
  if (count_text != NULL &&
      !g_ascii_string_to_unsigned (count_text, 10, 0, G_MAXINT64, &count, NULL))
    return tomoni_cli_fail_message (/* Translators: %s is what was typed, %d the largest number allowed */
                                    _("Count: “%s” is not a number of participants from 1 to %d"),
                                    count_text, TOMONI_EXTERNAL_COUNT_MAX);

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  target = tomoni_store_get_target (store, target_key, &error);
  if (target == NULL)
    return tomoni_cli_fail (error);

  entry->target_id = tomoni_target_get_id (target);
  entry->date = g_strdup (date);
  entry->programme = g_strdup (programme);
  entry->source = g_strdup (source);
  entry->count = (gint64) count;
  entry->venue_id = venue;
  if (!tomoni_store_add_external_count (store, entry, &error))
    return tomoni_cli_fail (error);
  g_print ("%s\n", entry->uuid);
  return TOMONI_CLI_OK;
}

static int
external_list (TomoniCli  *cli,
               int         argc,
               char      **argv)
{
  g_autofree char *target_key = NULL;
  const GOptionEntry entries[] = {
    { "target", 0, 0, G_OPTION_ARG_STRING, &target_key, N_("Only this target’s entries"), N_("KEY") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (NULL, _("Print external entries as TSV after a header line, by date."), NULL);
  g_autoptr(GPtrArray) entries_list = NULL;
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const header[] = { "uuid", "target", "date", "programme", "venue-id", "count", "source" };
  gint64 target_id = 0;
  TomoniStore *store;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc > 1)
    return tomoni_cli_usage (context, _("unexpected argument “%s”"), argv[1]);

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  if (target_key != NULL)
    {
      g_autoptr(TomoniTarget) target = tomoni_store_get_target (store, target_key, &error);
      if (target == NULL)
        return tomoni_cli_fail (error);
      target_id = tomoni_target_get_id (target);
    }
  targets = tomoni_store_list_targets (store, &error);
  if (targets == NULL)
    return tomoni_cli_fail (error);
  entries_list = tomoni_store_list_external_counts (store, target_id, &error);
  if (entries_list == NULL)
    return tomoni_cli_fail (error);

  tomoni_cli_print_tsv (header, G_N_ELEMENTS (header));
  for (guint i = 0; i < entries_list->len; i++)
    {
      TomoniExternalCount *entry = entries_list->pdata[i];
      g_autofree char *venue = entry->venue_id != 0 ? format_int (entry->venue_id) : g_strdup ("");
      g_autofree char *count = format_int (entry->count);
      const char *key = "";

      for (guint j = 0; j < targets->len; j++)
        if (tomoni_target_get_id (targets->pdata[j]) == entry->target_id)
          key = tomoni_target_get_key (targets->pdata[j]);
      {
        const char *fields[] = { entry->uuid, key, entry->date, entry->programme, venue, count, entry->source };
        tomoni_cli_print_tsv (fields, G_N_ELEMENTS (fields));
      }
    }
  return TOMONI_CLI_OK;
}

static int
external_delete (TomoniCli  *cli,
                 int         argc,
                 char      **argv)
{
  g_autoptr(GOptionContext) context = tomoni_cli_context_new ("UUID", _("Delete an external entry."), NULL);
  g_autoptr(GPtrArray) entries_list = NULL;
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  int status = tomoni_cli_parse (context, &argc, &argv);

  if (status >= 0)
    return status;
  if (argc != 2)
    return tomoni_cli_usage (context, "%s", _("give one entry’s UUID"));
  if (!g_uuid_string_is_valid (argv[1]))
    return tomoni_cli_fail_message (_("“%s” is not a UUID"), argv[1]);
  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  entries_list = tomoni_store_list_external_counts (store, 0, &error);
  if (entries_list == NULL)
    return tomoni_cli_fail (error);
  for (guint i = 0; i < entries_list->len; i++)
    {
      TomoniExternalCount *entry = entries_list->pdata[i];

      if (g_str_equal (entry->uuid, argv[1]))
        return tomoni_store_delete_external_count (store, entry->id, &error) ? TOMONI_CLI_OK
                                                                             : tomoni_cli_fail (error);
    }
  return tomoni_cli_fail_message (_("No external entry has the UUID %s"), argv[1]);
}

int
tomoni_cli_external (TomoniCli  *cli,
                     int         argc,
                     char      **argv)
{
  static const TomoniCliCommand external_commands[] = {
    { "add", external_add, N_("Record participants reported as a number") },
    { "list", external_list, N_("Print external entries as TSV") },
    { "delete", external_delete, N_("Delete an external entry") },
    { NULL }
  };

  return tomoni_cli_dispatch (cli, "external", external_commands, argc, argv);
}
