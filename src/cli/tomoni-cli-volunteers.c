/* tomoni-cli-volunteers.c: volunteers import and list, activity add, list
 * and roster, shift add, match, assign and checkin
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-cli"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tomoni-cli.h"
#include "tomoni-csv.h"
#include "tomoni-date.h"
#include "tomoni-store-activities.h"
#include "tomoni-store-people.h"
#include "tomoni-store-volunteers.h"

/* An activity or a shift named by its UUID or its number. */
static gboolean
is_number (const char *text)
{
  if (text == NULL || *text == '\0')
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  return TRUE;
}

static TomoniActivity *
find_activity (TomoniStore  *store,
               const char   *text,
               GError      **error)
{
  if (is_number (text))
    return tomoni_store_get_activity (store, g_ascii_strtoll (text, NULL, 10), error);
  return tomoni_store_get_activity_by_uuid (store, text, error);
}

static TomoniShift *
find_shift (TomoniStore  *store,
            const char   *text,
            GError      **error)
{
  if (is_number (text))
    return tomoni_store_get_shift (store, g_ascii_strtoll (text, NULL, 10), error);
  return tomoni_store_get_shift_by_uuid (store, text, error);
}

static char *
iso_date (const char  *text,
          const char  *option,
          GError     **error)
{
  return tomoni_date_normalize (text, option, error);
}

/* volunteers ------------------------------------------------------------- */

static int
volunteers_import (TomoniCli  *cli,
                   int         argc,
                   char      **argv)
{
  gboolean dry_run = FALSE;
  const GOptionEntry entries[] = {
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run, N_("Only check the file and print the preview"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (N_("FILE.csv"),
                            _("Import a volunteer registry from a CSV file, all rows or none. "
                              "Prints one line per row: row number, “ok” or “problem”, and the "
                              "problems; exits with 1 and writes nothing if any row has a problem."),
                            tomoni_volunteer_import_get_columns_help ());
  g_autoptr(TomoniVolunteerImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  GPtrArray *file_problems;
  TomoniStore *store;
  gsize length;
  guint n_problems;
  guint n_rows;
  guint n = 0;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return tomoni_cli_usage (context, "%s", _("give one CSV file"));
  {
    g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[1]);

    data = tomoni_csv_load_file (file, &length, NULL, &error);
    if (data == NULL)
      return tomoni_cli_fail (error);
  }

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  import = tomoni_store_preview_volunteer_import (store, data, length, &error);
  if (import == NULL)
    return tomoni_cli_fail (error);

  /* Translators: %s is an encoding such as "UTF-8" or "Shift_JIS (CP932)" */
  g_printerr (_("Encoding: %s\n"), tomoni_csv_encoding_get_label (tomoni_volunteer_import_get_encoding (import)));
  file_problems = tomoni_volunteer_import_get_file_problems (import);
  for (guint i = 0; i < file_problems->len; i++)
    {
      const char *fields[] = { "1", "problem", g_ptr_array_index (file_problems, i) };
      tomoni_cli_print_tsv (fields, 3);
    }
  n_rows = tomoni_volunteer_import_get_n_rows (import);
  for (guint i = 0; i < n_rows; i++)
    {
      const TomoniVolunteerImportRow *row = tomoni_volunteer_import_get_row (import, i);
      g_autofree char *number = g_strdup_printf ("%u", row->row);
      g_autofree char *problems = NULL;
      const char *fields[3];

      g_ptr_array_add (row->problems, NULL);
      problems = g_strjoinv ("; ", (char **)row->problems->pdata);
      g_ptr_array_remove_index (row->problems, row->problems->len - 1);
      fields[0] = number;
      fields[1] = row->problems->len > 0 ? "problem" : "ok";
      fields[2] = problems;
      tomoni_cli_print_tsv (fields, 3);
    }

  n_problems = tomoni_volunteer_import_get_n_problems (import);
  if (n_problems > 0)
    return tomoni_cli_fail_message (g_dngettext (GETTEXT_PACKAGE, "%u problem; nothing was imported",
                                                 "%u problems; nothing was imported", n_problems),
                                    n_problems);
  if (dry_run)
    {
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "%u volunteer would be imported (dry run, nothing written)\n",
                               "%u volunteers would be imported (dry run, nothing written)\n", n_rows), n_rows);
      return TOMONI_CLI_OK;
    }
  if (!tomoni_store_run_volunteer_import (store, import, &n, &error))
    return tomoni_cli_fail (error);
  g_printerr (g_dngettext (GETTEXT_PACKAGE, "%u volunteer imported\n", "%u volunteers imported\n", n), n);
  return TOMONI_CLI_OK;
}

static int
volunteers_list (TomoniCli  *cli,
                 int         argc,
                 char      **argv)
{
  g_autofree char *search = NULL;
  g_autofree char *status_text = NULL;
  const GOptionEntry entries[] = {
    { "search", 's', 0, G_OPTION_ARG_STRING, &search, N_("Only volunteers whose name or reading contains TEXT"), N_("TEXT") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status_text, N_("Only active, paused or retired volunteers"), N_("STATUS") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (NULL,
                            _("Print volunteers as tab-separated values with a header line: person-uuid, "
                              "name, reading, status, languages, skills, trainings, availability, "
                              "monthly-cap, registered-on, expires-on, shifts (check-ins present) and "
                              "last-activity. Lists use the import formats (see volunteers import --help)."),
                            NULL);
  static const char * const header[] = {
    "person-uuid", "name", "reading", "status", "languages", "skills", "trainings", "availability",
    "monthly-cap", "registered-on", "expires-on", "shifts", "last-activity",
  };
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  TomoniVolunteerStatus status_filter;
  TomoniStore *store;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc > 1)
    return tomoni_cli_usage (context, _("unexpected argument “%s”"), argv[1]);
  if (status_text != NULL && !tomoni_volunteer_status_from_string (status_text, &status_filter))
    return tomoni_cli_usage (context, _("--status: “%s” is not active, paused or retired"), status_text);

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  ids = tomoni_store_query_volunteer_ids (store, search, status_text != NULL ? (int)status_filter : -1, &error);
  if (ids == NULL)
    return tomoni_cli_fail (error);

  tomoni_cli_print_tsv (header, G_N_ELEMENTS (header));
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(TomoniVolunteer) v = tomoni_store_get_volunteer (store, g_array_index (ids, gint64, i), &error);
      g_autofree char *languages = NULL, *skills = NULL, *trainings = NULL, *availability = NULL;
      g_autofree char *cap = NULL, *shifts = NULL;

      if (v == NULL)
        return tomoni_cli_fail (error);
      languages = tomoni_volunteer_format_languages (v);
      skills = tomoni_volunteer_format_skills (v);
      trainings = tomoni_volunteer_format_trainings (v);
      availability = tomoni_volunteer_format_availability (v);
      cap = g_strdup_printf ("%u", tomoni_volunteer_get_monthly_cap (v));
      shifts = g_strdup_printf ("%u", tomoni_volunteer_get_n_shifts (v));
      {
        const char *fields[] = {
          tomoni_volunteer_get_person_uuid (v), tomoni_volunteer_get_display_name (v),
          tomoni_volunteer_get_reading (v), tomoni_volunteer_status_to_string (tomoni_volunteer_get_status (v)),
          languages, skills, trainings, availability, cap, tomoni_volunteer_get_registered_on (v),
          tomoni_volunteer_get_expires_on (v), shifts, tomoni_volunteer_get_last_activity_date (v),
        };
        tomoni_cli_print_tsv (fields, G_N_ELEMENTS (fields));
      }
    }
  return TOMONI_CLI_OK;
}

static int
volunteers_renew (TomoniCli  *cli,
                  int         argc,
                  char      **argv)
{
  int years = 1;
  const GOptionEntry entries[] = {
    { "years", 'y', 0, G_OPTION_ARG_INT, &years, N_("Fiscal years to add (default 1)"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (N_("PERSON-UUID"),
                            _("Renew a registration: its expiry moves to 31 March N fiscal years later "
                              "(counted from this fiscal year if it has already expired). Prints the new expiry."),
                            NULL);
  g_autoptr(TomoniVolunteer) volunteer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expires = NULL;
  TomoniStore *store;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return tomoni_cli_usage (context, "%s", _("give one volunteer’s person UUID"));
  if (years < 1)
    return tomoni_cli_usage (context, "%s", _("--years: give 1 or more"));
  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  volunteer = tomoni_store_get_volunteer_by_uuid (store, argv[1], &error);
  if (volunteer == NULL)
    return tomoni_cli_fail (error);
  if (!tomoni_store_renew_volunteer (store, tomoni_volunteer_get_person_id (volunteer), years, &expires, &error))
    return tomoni_cli_fail (error);
  g_print ("%s\n", expires);
  return TOMONI_CLI_OK;
}

static void
print_assignments (GPtrArray *list)
{
  static const char * const header[] = {
    "date", "start", "end", "activity", "role", "status", "checkin", "minutes", "assignment-uuid",
  };

  tomoni_cli_print_tsv (header, G_N_ELEMENTS (header));
  for (guint i = 0; i < list->len; i++)
    {
      TomoniAssignment *a = g_ptr_array_index (list, i);
      g_autofree char *start = tomoni_time_format (tomoni_assignment_get_start_minute (a));
      g_autofree char *end = tomoni_time_format (tomoni_assignment_get_end_minute (a));
      g_autofree char *minutes = g_strdup_printf ("%d", tomoni_assignment_get_minutes (a));
      const char *fields[] = {
        tomoni_assignment_get_date (a), start, end, tomoni_assignment_get_activity_title (a),
        tomoni_assignment_get_role (a), tomoni_assignment_status_to_string (tomoni_assignment_get_status (a)),
        tomoni_checkin_to_string (tomoni_assignment_get_checkin (a)), minutes, tomoni_assignment_get_uuid (a),
      };
      tomoni_cli_print_tsv (fields, G_N_ELEMENTS (fields));
    }
}

static int
volunteers_show (TomoniCli  *cli,
                 int         argc,
                 char      **argv)
{
  gboolean history = FALSE;
  g_autofree char *from = NULL, *to = NULL;
  const GOptionEntry entries[] = {
    { "history", 0, 0, G_OPTION_ARG_NONE, &history, N_("Print the activities done (checked in present) instead of the schedule"), NULL },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Schedule from DATE"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Schedule to DATE"), N_("DATE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (N_("PERSON-UUID"),
                            _("Print a volunteer’s schedule (assignments not cancelled) as TSV: date, start, end, "
                              "activity, role, status, checkin, minutes, assignment-uuid. With --history: first "
                              "the lines “activities N”, “hours H:MM” and “last DATE”, then the activities done."),
                            NULL);
  g_autoptr(TomoniVolunteer) volunteer = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL, *last = NULL;
  TomoniStore *store;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return tomoni_cli_usage (context, "%s", _("give one volunteer’s person UUID"));
  if ((from != NULL && (first = iso_date (from, "--from", &error)) == NULL)
      || (to != NULL && (last = iso_date (to, "--to", &error)) == NULL))
    return tomoni_cli_fail (error);
  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  volunteer = tomoni_store_get_volunteer_by_uuid (store, argv[1], &error);
  if (volunteer == NULL)
    return tomoni_cli_fail (error);

  if (history)
    {
      g_autoptr(TomoniVolunteerHistory) h =
        tomoni_store_get_volunteer_history (store, tomoni_volunteer_get_person_id (volunteer), &error);

      if (h == NULL)
        return tomoni_cli_fail (error);
      g_print ("activities %u\n", h->n_activities);
      g_print ("hours %" G_GINT64_FORMAT ":%02d\n", h->total_minutes / 60, (int) (h->total_minutes % 60));
      g_print ("last %s\n", h->last_date);
      print_assignments (h->assignments);
    }
  else
    {
      g_autoptr(GPtrArray) schedule =
        tomoni_store_list_schedule (store, tomoni_volunteer_get_person_id (volunteer), first, last, &error);

      if (schedule == NULL)
        return tomoni_cli_fail (error);
      print_assignments (schedule);
    }
  return TOMONI_CLI_OK;
}

int
tomoni_cli_volunteers (TomoniCli  *cli,
                       int         argc,
                       char      **argv)
{
  static const TomoniCliCommand commands[] = {
    { "import", volunteers_import, N_("Import a registry from CSV (UTF-8 or Shift_JIS)") },
    { "list", volunteers_list, N_("Print volunteers as TSV") },
    { "renew", volunteers_renew, N_("Extend a registration by fiscal years") },
    { "show", volunteers_show, N_("Print a volunteer’s schedule or history") },
    { NULL }
  };

  return tomoni_cli_dispatch (cli, "volunteers", commands, argc, argv);
}

/* activity ----------------------------------------------------------------- */

static int
activity_add (TomoniCli  *cli,
              int         argc,
              char      **argv)
{
  g_autofree char *title = NULL, *title_en = NULL, *kind = NULL, *requester = NULL;
  g_autofree char *requester_kind = NULL, *contact = NULL, *requester_notes = NULL, *notes = NULL;
  gboolean confidential = FALSE;
  const GOptionEntry entries[] = {
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, N_("Title (required)"), N_("TEXT") },
    { "title-en", 0, 0, G_OPTION_ARG_STRING, &title_en, N_("Title in English"), N_("TEXT") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind, N_("class-assistance, interpretation, exchange-event, conference, "
                                                     "youth-exchange, disaster-support or other (default)"), N_("KIND") },
    { "requester", 'r', 0, G_OPTION_ARG_STRING, &requester, N_("Who asked for help (a school, hospital, city office)"), N_("NAME") },
    { "requester-kind", 0, 0, G_OPTION_ARG_STRING, &requester_kind, N_("school, hospital, city-office or other"), N_("KIND") },
    { "contact", 0, 0, G_OPTION_ARG_STRING, &contact, N_("The requester’s contact"), N_("TEXT") },
    { "requester-notes", 0, 0, G_OPTION_ARG_STRING, &requester_notes, N_("Notes about the requester"), N_("TEXT") },
    { "confidential", 0, 0, G_OPTION_ARG_NONE, &confidential, N_("Details are confidential (e.g. a consultation)"), NULL },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_("Notes"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (NULL, _("Add a volunteer activity and print its UUID. Add its shifts with "
                                    "“shift add --activity UUID”."), NULL);
  g_autoptr(TomoniActivity) activity = tomoni_activity_new ();
  g_autoptr(GError) error = NULL;
  TomoniActivityKind k = TOMONI_ACTIVITY_OTHER;
  TomoniStore *store;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc > 1)
    return tomoni_cli_usage (context, _("unexpected argument “%s”"), argv[1]);
  if (title == NULL)
    return tomoni_cli_usage (context, "%s", _("--title is required"));
  if (kind != NULL && !tomoni_activity_kind_from_string (kind, &k))
    return tomoni_cli_usage (context, _("--kind: “%s” is not a kind of activity"), kind);

  tomoni_activity_set_title (activity, title);
  tomoni_activity_set_title_en (activity, title_en);
  tomoni_activity_set_kind (activity, k);
  tomoni_activity_set_requester_name (activity, requester);
  if (requester_kind != NULL)
    tomoni_activity_set_requester_kind (activity, requester_kind);
  tomoni_activity_set_requester_contact (activity, contact);
  tomoni_activity_set_requester_notes (activity, requester_notes);
  tomoni_activity_set_confidential (activity, confidential);
  tomoni_activity_set_notes (activity, notes);

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  if (!tomoni_store_add_activity (store, activity, &error))
    return tomoni_cli_fail (error);
  g_print ("%s\n", tomoni_activity_get_uuid (activity));
  return TOMONI_CLI_OK;
}

static int
activity_list (TomoniCli  *cli,
               int         argc,
               char      **argv)
{
  g_autofree char *from = NULL, *to = NULL;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Only activities with a shift on or after DATE"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Only activities with a shift on or before DATE"), N_("DATE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (NULL, _("Print activities as TSV, latest first: uuid, title, kind, requester, "
                                    "first-date, last-date, shifts, needed, assigned."), NULL);
  static const char * const header[] = {
    "uuid", "title", "kind", "requester", "first-date", "last-date", "shifts", "needed", "assigned",
  };
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL, *last = NULL;
  TomoniStore *store;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if ((from != NULL && (first = iso_date (from, "--from", &error)) == NULL)
      || (to != NULL && (last = iso_date (to, "--to", &error)) == NULL))
    return tomoni_cli_fail (error);
  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  ids = tomoni_store_query_activity_ids (store, first, last, &error);
  if (ids == NULL)
    return tomoni_cli_fail (error);
  tomoni_cli_print_tsv (header, G_N_ELEMENTS (header));
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(TomoniActivity) a = tomoni_store_get_activity (store, g_array_index (ids, gint64, i), &error);
      g_autofree char *shifts = NULL, *needed = NULL, *assigned = NULL;

      if (a == NULL)
        return tomoni_cli_fail (error);
      shifts = g_strdup_printf ("%u", tomoni_activity_get_n_shifts (a));
      needed = g_strdup_printf ("%u", tomoni_activity_get_n_needed (a));
      assigned = g_strdup_printf ("%u", tomoni_activity_get_n_assigned (a));
      {
        const char *fields[] = {
          tomoni_activity_get_uuid (a), tomoni_activity_get_title (a),
          tomoni_activity_kind_to_string (tomoni_activity_get_kind (a)), tomoni_activity_get_requester_name (a),
          tomoni_activity_get_first_date (a), tomoni_activity_get_last_date (a), shifts, needed, assigned,
        };
        tomoni_cli_print_tsv (fields, G_N_ELEMENTS (fields));
      }
    }
  return TOMONI_CLI_OK;
}

static int
activity_roster (TomoniCli  *cli,
                 int         argc,
                 char      **argv)
{
  gboolean with_cancelled = FALSE;
  const GOptionEntry entries[] = {
    { "with-cancelled", 0, 0, G_OPTION_ARG_NONE, &with_cancelled, N_("Include cancelled assignments"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (N_("ACTIVITY"),
                            _("Print an activity’s roster as TSV: assignment-uuid, date, start, end, role, "
                              "person-uuid, name, status, source, checkin, minutes, override-reason, "
                              "cancel-reason. ACTIVITY is a UUID or a number."), NULL);
  static const char * const header[] = {
    "assignment-uuid", "date", "start", "end", "role", "person-uuid", "name", "status", "source",
    "checkin", "minutes", "override-reason", "cancel-reason",
  };
  g_autoptr(TomoniActivity) activity = NULL;
  g_autoptr(GPtrArray) roster = NULL;
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return tomoni_cli_usage (context, "%s", _("give one activity"));
  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  activity = find_activity (store, argv[1], &error);
  if (activity == NULL)
    return tomoni_cli_fail (error);
  roster = tomoni_store_list_roster (store, tomoni_activity_get_id (activity), with_cancelled, &error);
  if (roster == NULL)
    return tomoni_cli_fail (error);
  tomoni_cli_print_tsv (header, G_N_ELEMENTS (header));
  for (guint i = 0; i < roster->len; i++)
    {
      TomoniAssignment *a = g_ptr_array_index (roster, i);
      g_autofree char *start = tomoni_time_format (tomoni_assignment_get_start_minute (a));
      g_autofree char *end = tomoni_time_format (tomoni_assignment_get_end_minute (a));
      g_autofree char *minutes = g_strdup_printf ("%d", tomoni_assignment_get_minutes (a));
      const char *fields[] = {
        tomoni_assignment_get_uuid (a), tomoni_assignment_get_date (a), start, end,
        tomoni_assignment_get_role (a), tomoni_assignment_get_person_uuid (a),
        tomoni_assignment_get_person_name (a),
        tomoni_assignment_status_to_string (tomoni_assignment_get_status (a)),
        tomoni_assignment_get_source (a), tomoni_checkin_to_string (tomoni_assignment_get_checkin (a)),
        minutes, tomoni_assignment_get_override_reason (a), tomoni_assignment_get_cancel_reason (a),
      };
      tomoni_cli_print_tsv (fields, G_N_ELEMENTS (fields));
    }
  return TOMONI_CLI_OK;
}

int
tomoni_cli_activity (TomoniCli  *cli,
                     int         argc,
                     char      **argv)
{
  static const TomoniCliCommand commands[] = {
    { "add", activity_add, N_("Add a volunteer activity") },
    { "list", activity_list, N_("Print activities as TSV") },
    { "roster", activity_roster, N_("Print an activity’s roster as TSV") },
    { NULL }
  };

  return tomoni_cli_dispatch (cli, "activity", commands, argc, argv);
}

/* shift ------------------------------------------------------------------ */

static int
shift_add (TomoniCli  *cli,
           int         argc,
           char      **argv)
{
  g_autofree char *activity_text = NULL, *date_text = NULL, *start_text = NULL, *end_text = NULL;
  g_autofree char *until = NULL;
  g_auto(GStrv) slot_texts = NULL;
  const GOptionEntry entries[] = {
    { "activity", 'a', 0, G_OPTION_ARG_STRING, &activity_text, N_("The activity (UUID or number)"), N_("ACTIVITY") },
    { "date", 'd', 0, G_OPTION_ARG_STRING, &date_text, N_("Date, YYYY-MM-DD"), N_("DATE") },
    { "start", 0, 0, G_OPTION_ARG_STRING, &start_text, N_("Start time, HH:MM"), N_("TIME") },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end_text, N_("End time, HH:MM, after the start"), N_("TIME") },
    { "slot", 's', 0, G_OPTION_ARG_STRING_ARRAY, &slot_texts,
      N_("A role slot, repeatable: ROLE:N[:lang=CODE:LEVEL[:JLPT]]…[:skill=KEY][:training=KEY]"), N_("SLOT") },
    { "every-week-until", 0, 0, G_OPTION_ARG_STRING, &until,
      N_("Repeat every 7 days up to DATE (inclusive), same times and slots"), N_("DATE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (NULL,
                            _("Add a shift (or weekly shifts) to an activity and print the UUID of each "
                              "shift, one per line."),
                            _("Slots: ROLE:N needs N people in ROLE; add requirements separated by ':':\n"
                              "  lang=CODE:LEVEL   a language (ISO 639-1) at least at LEVEL (native, fluent,\n"
                              "                    business, conversational, basic); for Japanese also a JLPT\n"
                              "                    level: lang=ja:business:N2\n"
                              "  skill=KEY         a skill (interpretation, translation, class-assistant, …)\n"
                              "  training=KEY      a completed training (orientation, disaster-support, …)\n"
                              "Example: --slot interpreter:2:lang=vi:fluent:training=orientation --slot reception:1"));
  g_autoptr(TomoniActivity) activity = NULL;
  g_autoptr(TomoniShift) shift = tomoni_shift_new ();
  g_autoptr(GPtrArray) shifts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  TomoniStore *store;
  int start, end;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc > 1)
    return tomoni_cli_usage (context, _("unexpected argument “%s”"), argv[1]);
  if (activity_text == NULL || date_text == NULL || start_text == NULL || end_text == NULL)
    return tomoni_cli_usage (context, "%s", _("--activity, --date, --start and --end are required"));

  if ((date = iso_date (date_text, "--date", &error)) == NULL)
    return tomoni_cli_fail (error);
  if (!tomoni_time_parse (start_text, &start, &error))
    return tomoni_cli_fail_message ("--start: %s", error->message);
  if (!tomoni_time_parse (end_text, &end, &error))
    return tomoni_cli_fail_message ("--end: %s", error->message);
  for (guint i = 0; slot_texts != NULL && slot_texts[i] != NULL; i++)
    {
      g_autoptr(TomoniSlot) slot = tomoni_slot_parse (slot_texts[i], &error);
      if (slot == NULL)
        return tomoni_cli_fail (error);
      tomoni_shift_add_slot (shift, slot);
    }

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  activity = find_activity (store, activity_text, &error);
  if (activity == NULL)
    return tomoni_cli_fail (error);
  tomoni_shift_set_activity_id (shift, tomoni_activity_get_id (activity));
  tomoni_shift_set_date (shift, date);
  tomoni_shift_set_times (shift, start, end);

  if (until != NULL)
    {
      if (!tomoni_store_add_weekly_shifts (store, shift, until, &shifts, &error))
        return tomoni_cli_fail (error);
      for (guint i = 0; i < shifts->len; i++)
        g_print ("%s\n", tomoni_shift_get_uuid (g_ptr_array_index (shifts, i)));
      return TOMONI_CLI_OK;
    }
  if (!tomoni_store_add_shift (store, shift, &error))
    return tomoni_cli_fail (error);
  g_print ("%s\n", tomoni_shift_get_uuid (shift));
  return TOMONI_CLI_OK;
}

int
tomoni_cli_shift (TomoniCli  *cli,
                  int         argc,
                  char      **argv)
{
  static const TomoniCliCommand commands[] = {
    { "add", shift_add, N_("Add a shift with role slots, once or every week") },
    { NULL }
  };

  return tomoni_cli_dispatch (cli, "shift", commands, argc, argv);
}

/* match -------------------------------------------------------------------- */

int
tomoni_cli_match (TomoniCli  *cli,
                  int         argc,
                  char      **argv)
{
  g_autofree char *activity_text = NULL, *from_text = NULL, *to_text = NULL, *undo = NULL;
  gboolean apply = FALSE;
  double time_limit = TOMONI_MATCH_DEFAULT_TIME_LIMIT;
  const GOptionEntry entries[] = {
    { "activity", 'a', 0, G_OPTION_ARG_STRING, &activity_text, N_("Fill the open slots of this activity (UUID or number)"), N_("ACTIVITY") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("Fill the open slots of all shifts from DATE …"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("… to DATE (inclusive)"), N_("DATE") },
    { "apply", 0, 0, G_OPTION_ARG_NONE, &apply, N_("Write the proposed assignments (one transaction)"), NULL },
    { "undo", 0, 0, G_OPTION_ARG_STRING, &undo, N_("Remove exactly the assignments an earlier --apply made"), N_("TOKEN") },
    { "time-limit", 0, 0, G_OPTION_ARG_DOUBLE, &time_limit, N_("Search at most SECONDS for the best roster, then take the best found (default 10; 0: no limit)"), N_("SECONDS") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (NULL,
                            _("Auto-fill open slots with the optimal roster: first the most filled "
                              "places, then the best total suitability (language level, experience, "
                              "fairness, newcomers), never breaking availability, overlapping shifts, "
                              "language, skill, training, monthly cap, status or registration."),
                            _("Output: one line per proposed assignment,\n"
                              "  shift-uuid<TAB>role<TAB>person-uuid<TAB>score\n"
                              "and last “filled N of M slots” (N: places filled once the proposals are\n"
                              "applied, M: all places of the slots considered). Without --apply nothing\n"
                              "is written. With --apply the undo token is printed on stderr.\n"
                              "When the time limit stops the search before the roster is proven the best,\n"
                              "a last line “no roster fills more than B of M slots” gives the bound, and\n"
                              "stderr says how far from the best the roster may be."));
  g_autoptr(TomoniMatchPlan) plan = NULL;
  g_autoptr(TomoniActivity) activity = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL, *to = NULL;
  TomoniStore *store;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc > 1)
    return tomoni_cli_usage (context, _("unexpected argument “%s”"), argv[1]);

  if (undo != NULL)
    {
      guint removed = 0;

      if (activity_text != NULL || from_text != NULL || to_text != NULL || apply)
        return tomoni_cli_usage (context, "%s", _("--undo goes alone"));
      store = tomoni_cli_open_store (cli);
      if (store == NULL)
        return TOMONI_CLI_FAIL;
      if (!tomoni_store_undo_plan (store, undo, &removed, &error))
        return tomoni_cli_fail (error);
      g_print (g_dngettext (GETTEXT_PACKAGE, "removed %u assignment\n", "removed %u assignments\n", removed), removed);
      return TOMONI_CLI_OK;
    }
  if (!(time_limit >= 0))
    return tomoni_cli_usage (context, "%s", _("--time-limit must be 0 or more seconds"));
  if ((activity_text != NULL) == (from_text != NULL || to_text != NULL))
    return tomoni_cli_usage (context, "%s", _("give either --activity or --from and --to"));
  if (activity_text == NULL && (from_text == NULL || to_text == NULL))
    return tomoni_cli_usage (context, "%s", _("give both --from and --to"));
  if ((from_text != NULL && (from = iso_date (from_text, "--from", &error)) == NULL)
      || (to_text != NULL && (to = iso_date (to_text, "--to", &error)) == NULL))
    return tomoni_cli_fail (error);

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  if (activity_text != NULL)
    {
      activity = find_activity (store, activity_text, &error);
      if (activity == NULL)
        return tomoni_cli_fail (error);
    }
  plan = tomoni_store_plan_auto_fill_with_limit (store,
                                                 activity != NULL ? tomoni_activity_get_id (activity) : 0,
                                                 from, to, time_limit, NULL, &error);
  if (plan == NULL)
    return tomoni_cli_fail (error);

  if (apply && plan->proposals->len > 0)
    {
      g_autofree char *token = NULL;

      if (!tomoni_store_apply_plan (store, plan, &token, &error))
        return tomoni_cli_fail (error);
      /* Translators: %s is a token for “tomoni-cli match --undo” */
      g_printerr (_("Applied. Undo with: tomoni-cli match --undo %s\n"), token);
    }
  for (guint i = 0; i < plan->proposals->len; i++)
    {
      TomoniProposal *p = g_ptr_array_index (plan->proposals, i);
      g_autofree char *score = g_strdup_printf ("%" G_GINT64_FORMAT, p->score);
      const char *fields[] = { p->shift_uuid, p->role, p->person_uuid, score };
      tomoni_cli_print_tsv (fields, G_N_ELEMENTS (fields));
    }
  g_print ("filled %u of %u slots\n", plan->n_assigned + plan->n_filled, plan->n_places);
  if (!plan->optimal)
    {
      g_autofree char *bound = tomoni_match_plan_describe_bound (plan);

      g_print ("no roster fills more than %u of %u slots\n",
               MIN (plan->n_assigned + plan->n_filled_bound, plan->n_places), plan->n_places);
      g_printerr ("%s\n", bound);
    }
  return TOMONI_CLI_OK;
}

/* assign, checkin ------------------------------------------------------- */

/* The slot of @shift whose role is @role (the first such slot with a free
 * place, else the first). */
static TomoniSlot *
find_slot (TomoniShift  *shift,
           const char   *role)
{
  GListModel *slots = G_LIST_MODEL (tomoni_shift_get_slots (shift));
  TomoniSlot *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (slots); i++)
    {
      g_autoptr(TomoniSlot) slot = g_list_model_get_item (slots, i);

      if (!g_str_equal (tomoni_slot_get_role (slot), role))
        continue;
      if (found == NULL)
        found = g_object_ref (slot);
      if (tomoni_slot_get_n_assigned (slot) < tomoni_slot_get_needed (slot))
        {
          g_clear_object (&found);
          return g_steal_pointer (&slot);
        }
    }
  return found;
}

int
tomoni_cli_assign (TomoniCli  *cli,
                   int         argc,
                   char      **argv)
{
  g_autofree char *shift_text = NULL, *role = NULL, *person_text = NULL, *override = NULL;
  g_autofree char *cancel = NULL, *reason = NULL, *confirm = NULL, *remove = NULL;
  const GOptionEntry entries[] = {
    { "shift", 's', 0, G_OPTION_ARG_STRING, &shift_text, N_("The shift (UUID or number)"), N_("SHIFT") },
    { "role", 'r', 0, G_OPTION_ARG_STRING, &role, N_("The role of the slot in that shift"), N_("ROLE") },
    { "person", 'p', 0, G_OPTION_ARG_STRING, &person_text, N_("The volunteer’s person UUID"), N_("UUID") },
    { "override", 0, 0, G_OPTION_ARG_STRING, &override, N_("Assign although a rule is broken, and record why"), N_("REASON") },
    { "confirm", 0, 0, G_OPTION_ARG_STRING, &confirm, N_("Mark an assignment as confirmed"), N_("ASSIGNMENT-UUID") },
    { "cancel", 0, 0, G_OPTION_ARG_STRING, &cancel, N_("Cancel an assignment (needs --reason)"), N_("ASSIGNMENT-UUID") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why the assignment is cancelled"), N_("TEXT") },
    { "remove", 0, 0, G_OPTION_ARG_STRING, &remove, N_("Delete an assignment made by mistake"), N_("ASSIGNMENT-UUID") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (NULL,
                            _("Assign a volunteer to a slot by hand and print the assignment’s UUID: "
                              "--shift, --role and --person. A broken rule (availability, overlap, "
                              "language, skill, training, monthly cap, status, registration, full slot) "
                              "is refused unless --override gives a reason, which is recorded. "
                              "Or --confirm, --cancel (with --reason) or --remove an assignment."), NULL);
  g_autoptr(TomoniShift) shift = NULL;
  g_autoptr(TomoniSlot) slot = NULL;
  g_autoptr(TomoniPerson) person = NULL;
  g_autoptr(TomoniAssignment) assignment = NULL;
  g_autoptr(GError) error = NULL;
  const char *target;
  TomoniStore *store;
  gint64 id;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc > 1)
    return tomoni_cli_usage (context, _("unexpected argument “%s”"), argv[1]);

  target = confirm != NULL ? confirm : cancel != NULL ? cancel : remove;
  if (target != NULL)
    {
      if ((confirm != NULL) + (cancel != NULL) + (remove != NULL) > 1 || shift_text != NULL || person_text != NULL)
        return tomoni_cli_usage (context, "%s", _("--confirm, --cancel and --remove go alone"));
      store = tomoni_cli_open_store (cli);
      if (store == NULL)
        return TOMONI_CLI_FAIL;
      assignment = tomoni_store_get_assignment_by_uuid (store, target, &error);
      if (assignment == NULL)
        return tomoni_cli_fail (error);
      id = tomoni_assignment_get_id (assignment);
      if ((confirm != NULL && !tomoni_store_confirm_assignment (store, id, &error))
          || (cancel != NULL && !tomoni_store_cancel_assignment (store, id, reason, &error))
          || (remove != NULL && !tomoni_store_unassign (store, id, &error)))
        return tomoni_cli_fail (error);
      return TOMONI_CLI_OK;
    }

  if (shift_text == NULL || role == NULL || person_text == NULL)
    return tomoni_cli_usage (context, "%s", _("--shift, --role and --person are required"));
  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  shift = find_shift (store, shift_text, &error);
  if (shift == NULL)
    return tomoni_cli_fail (error);
  slot = find_slot (shift, role);
  if (slot == NULL)
    return tomoni_cli_fail_message (_("--role: the shift has no slot “%s”"), role);
  person = tomoni_store_get_person_by_uuid (store, person_text, &error);
  if (person == NULL)
    return tomoni_cli_fail (error);
  id = tomoni_store_assign (store, tomoni_slot_get_id (slot), tomoni_person_get_id (person), override, &error);
  if (id == 0)
    return tomoni_cli_fail (error);
  assignment = tomoni_store_get_assignment (store, id, &error);
  if (assignment == NULL)
    return tomoni_cli_fail (error);
  g_print ("%s\n", tomoni_assignment_get_uuid (assignment));
  return TOMONI_CLI_OK;
}

int
tomoni_cli_checkin (TomoniCli  *cli,
                    int         argc,
                    char      **argv)
{
  g_autofree char *assignment_text = NULL, *shift_text = NULL, *person_text = NULL;
  gboolean no_show = FALSE, clear = FALSE;
  int minutes = -2;
  gboolean from_shift = FALSE;
  const GOptionEntry entries[] = {
    { "assignment", 0, 0, G_OPTION_ARG_STRING, &assignment_text, N_("The assignment’s UUID"), N_("UUID") },
    { "shift", 's', 0, G_OPTION_ARG_STRING, &shift_text, N_("Or the shift (UUID or number) …"), N_("SHIFT") },
    { "person", 'p', 0, G_OPTION_ARG_STRING, &person_text, N_("… and the volunteer’s person UUID"), N_("UUID") },
    { "no-show", 0, 0, G_OPTION_ARG_NONE, &no_show, N_("Mark a no-show instead of present"), NULL },
    { "clear", 0, 0, G_OPTION_ARG_NONE, &clear, N_("Undo the check-in"), NULL },
    { "minutes", 'm', 0, G_OPTION_ARG_INT, &minutes, N_("Correct the time worked, in minutes"), N_("N") },
    { "from-shift", 0, 0, G_OPTION_ARG_NONE, &from_shift, N_("Take the time worked from the shift again"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (NULL,
                            _("Check an assigned volunteer in on the day: present (default) or --no-show. "
                              "Hours come from the shift times; --minutes corrects them."), NULL);
  g_autoptr(TomoniAssignment) assignment = NULL;
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  gint64 id = 0;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc > 1)
    return tomoni_cli_usage (context, _("unexpected argument “%s”"), argv[1]);
  if ((assignment_text != NULL) == (shift_text != NULL || person_text != NULL)
      || (assignment_text == NULL && (shift_text == NULL || person_text == NULL)))
    return tomoni_cli_usage (context, "%s", _("give --assignment, or --shift and --person"));
  if (no_show && clear)
    return tomoni_cli_usage (context, "%s", _("--no-show and --clear go alone"));
  /* checked before anything is written */
  if (minutes != -2 && (minutes < 0 || minutes > 1440))
    return tomoni_cli_fail_message (_("Minutes: %d is not between 0 and 1440"), minutes);

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  if (assignment_text != NULL)
    {
      assignment = tomoni_store_get_assignment_by_uuid (store, assignment_text, &error);
      if (assignment == NULL)
        return tomoni_cli_fail (error);
      id = tomoni_assignment_get_id (assignment);
    }
  else
    {
      g_autoptr(TomoniShift) shift = find_shift (store, shift_text, &error);
      g_autoptr(GPtrArray) roster = NULL;

      if (shift == NULL)
        return tomoni_cli_fail (error);
      roster = tomoni_store_list_roster (store, tomoni_shift_get_activity_id (shift), FALSE, &error);
      if (roster == NULL)
        return tomoni_cli_fail (error);
      for (guint i = 0; i < roster->len && id == 0; i++)
        {
          TomoniAssignment *a = g_ptr_array_index (roster, i);
          if (tomoni_assignment_get_shift_id (a) == tomoni_shift_get_id (shift)
              && g_strcmp0 (tomoni_assignment_get_person_uuid (a), person_text) == 0)
            id = tomoni_assignment_get_id (a);
        }
      if (id == 0)
        return tomoni_cli_fail_message ("%s", _("This person is not assigned to this shift"));
    }

  if (!tomoni_store_check_in (store, id, clear ? TOMONI_CHECKIN_NONE : no_show ? TOMONI_CHECKIN_NO_SHOW
                                                                               : TOMONI_CHECKIN_PRESENT, &error))
    return tomoni_cli_fail (error);
  if ((minutes != -2 || from_shift)
      && !tomoni_store_set_assignment_minutes (store, id, from_shift ? -1 : minutes, &error))
    return tomoni_cli_fail (error);
  return TOMONI_CLI_OK;
}
