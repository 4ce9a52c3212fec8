/* tomoni-cli-classes.c: holidays, venues, closures, classes, enrolment and attendance
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-cli"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "tomoni-cli.h"
#include "tomoni-date.h"
#include "tomoni-holidays.h"
#include "tomoni-store-classes.h"
#include "tomoni-store-people.h"

/* ---- Argument helpers --------------------------------------------------- */

/* A user's date (2026-04-07, 2026/4/7, 令和8年4月7日 …) as YYYY-MM-DD, or NULL
 * after printing one line naming @what. */
static char *
parse_date_arg (const char *what,
                const char *text)
{
  g_autoptr(GError) error = NULL;
  char *date;

  if (text == NULL)
    {
      /* Translators: %s is an option, e.g. --from */
      tomoni_cli_fail_message (_("%s: give a date (YYYY-MM-DD)"), what);
      return NULL;
    }
  date = tomoni_date_normalize (text, what, &error);
  if (date == NULL)
    tomoni_cli_fail_message ("%s", error->message);
  return date;
}

static gboolean
parse_time_arg (const char *what,
                const char *text,
                int        *out_minutes)
{
  g_autoptr(GError) error = NULL;

  if (!tomoni_time_parse (text, out_minutes, &error))
    {
      tomoni_cli_fail_message ("%s: %s", what, error->message);
      return FALSE;
    }
  return TRUE;
}

static int
parse_weekday (const char *text)
{
  static const char * const names[][4] = {
    { "mon", "monday", "月", "月曜日" }, { "tue", "tuesday", "火", "火曜日" },
    { "wed", "wednesday", "水", "水曜日" }, { "thu", "thursday", "木", "木曜日" },
    { "fri", "friday", "金", "金曜日" }, { "sat", "saturday", "土", "土曜日" },
    { "sun", "sunday", "日", "日曜日" },
  };
  g_autofree char *lower = g_utf8_strdown (text, -1);

  for (int i = 0; i < 7; i++)
    for (int j = 0; j < 4; j++)
      if (g_str_equal (lower, names[i][j]))
        return i + 1;
  if (lower[0] >= '1' && lower[0] <= '7' && lower[1] == '\0')
    return lower[0] - '0';
  return 0;
}

/* "tue 18:00-20:00", "tue,thu 10:00-12:00", "火 18:00〜20:00" → slots. */
static gboolean
parse_weekly (const char *text,
              GArray     *slots)
{
  g_autofree char *nfkc = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  g_autoptr(GString) ascii = g_string_new (nfkc);
  g_autofree char *norm = NULL;
  g_auto(GStrv) parts = NULL;
  g_auto(GStrv) days = NULL;
  g_auto(GStrv) times = NULL;
  int start, end;

  /* the dashes and commas an IME may give */
  static const char * const dashes[] = { "〜", "–", "—", "−", "~" };
  for (guint i = 0; i < G_N_ELEMENTS (dashes); i++)
    g_string_replace (ascii, dashes[i], "-", 0);
  g_string_replace (ascii, "、", ",", 0);
  norm = g_strstrip (g_string_free (g_steal_pointer (&ascii), FALSE));
  parts = g_strsplit_set (norm, " \t", 2);
  if (parts[0] == NULL || parts[1] == NULL)
    goto bad;
  g_strstrip (parts[1]);
  times = g_strsplit (parts[1], "-", 2);
  if (times[0] == NULL || times[1] == NULL)
    goto bad;
  if (!parse_time_arg ("--weekly", g_strstrip (times[0]), &start) ||
      !parse_time_arg ("--weekly", g_strstrip (times[1]), &end))
    return FALSE;

  days = g_strsplit (parts[0], ",", -1);
  for (guint i = 0; days[i] != NULL; i++)
    {
      TomoniWeeklySlot slot = { parse_weekday (days[i]), start, end };

      if (slot.weekday == 0)
        {
          tomoni_cli_fail_message (_("--weekly: “%s” is not a weekday (mon … sun)"), days[i]);
          return FALSE;
        }
      g_array_append_val (slots, slot);
    }
  return TRUE;

bad:
  tomoni_cli_fail_message (_("--weekly: “%s” is not a weekday and times, e.g. “tue 18:00-20:00”"), text);
  return FALSE;
}

static TomoniPerson *
get_person_arg (TomoniStore *store,
                const char  *text)
{
  g_autoptr(GError) error = NULL;
  TomoniPerson *person;

  if (!g_uuid_string_is_valid (text))
    {
      tomoni_cli_fail_message (_("Person: “%s” is not a UUID (see “tomoni-cli people list”)"), text);
      return NULL;
    }
  person = tomoni_store_get_person_by_uuid (store, text, &error);
  if (person == NULL)
    tomoni_cli_fail_message (_("Person: no person with UUID %s"), text);
  return person;
}

/* The term named by --term (uuid, name or start date), else the class's latest. */
static TomoniTerm *
get_term_arg (TomoniStore *store,
              TomoniClass *klass,
              const char  *text)
{
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GError) error = NULL;

  terms = tomoni_store_list_terms (store, tomoni_class_get_id (klass), &error);
  if (terms == NULL)
    {
      tomoni_cli_fail (error);
      return NULL;
    }
  if (terms->len == 0)
    {
      tomoni_cli_fail_message (_("Class: “%s” has no term yet"), tomoni_class_get_title_ja (klass));
      return NULL;
    }
  if (text == NULL)
    return g_object_ref (terms->pdata[terms->len - 1]);
  for (guint i = 0; i < terms->len; i++)
    {
      TomoniTerm *term = terms->pdata[i];

      if (g_str_equal (text, tomoni_term_get_uuid (term)) || g_str_equal (text, tomoni_term_get_name (term)) ||
          g_str_equal (text, tomoni_term_get_start_date (term)))
        return g_object_ref (term);
    }
  tomoni_cli_fail_message (_("--term: the class has no term “%s”"), text);
  return NULL;
}

static int
no_arguments (GOptionContext *context,
              int             argc,
              char          **argv)
{
  if (argc > 1)
    return tomoni_cli_usage (context, _("unexpected argument “%s”"), argv[1]);
  return -1;
}

/* ---- holidays ----------------------------------------------------------- */

static gboolean
parse_year (const char *text,
            int        *out_year)
{
  char *end = NULL;
  gint64 year = g_ascii_strtoll (text, &end, 10);

  if (end == text || *end != '\0')
    return FALSE;
  *out_year = (int)CLAMP (year, -1, G_MAXINT);
  return TRUE;
}

int
tomoni_cli_holidays (TomoniCli  *cli,
                     int         argc,
                     char      **argv)
{
  gboolean no_header = FALSE;
  const GOptionEntry entries[] = {
    { "no-header", 0, 0, G_OPTION_ARG_NONE, &no_header, N_("Leave out the header line"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (N_("FROM_YEAR [TO_YEAR]"),
                            _("Print Japan’s national holidays, one a line: YYYY-MM-DD, the Japanese "
                              "name and the English name, separated by tabs, after a header line. "
                              "Substitute holidays (振替休日) and citizens’ holidays (国民の休日) are "
                              "named as such. Years 1973 to 2150."),
                            NULL);
  int from, to, status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc < 2 || argc > 3)
    return tomoni_cli_usage (context, "%s", _("give a year, or a first and a last year"));
  if (!parse_year (argv[1], &from))
    return tomoni_cli_usage (context, _("FROM_YEAR: “%s” is not a year"), argv[1]);
  to = from;
  if (argc == 3 && !parse_year (argv[2], &to))
    return tomoni_cli_usage (context, _("TO_YEAR: “%s” is not a year"), argv[2]);
  if (from < TOMONI_HOLIDAYS_FIRST_YEAR || from > TOMONI_HOLIDAYS_LAST_YEAR)
    return tomoni_cli_fail_message (_("FROM_YEAR: holidays are known from %d to %d"),
                                    TOMONI_HOLIDAYS_FIRST_YEAR, TOMONI_HOLIDAYS_LAST_YEAR);
  if (to < TOMONI_HOLIDAYS_FIRST_YEAR || to > TOMONI_HOLIDAYS_LAST_YEAR)
    return tomoni_cli_fail_message (_("TO_YEAR: holidays are known from %d to %d"),
                                    TOMONI_HOLIDAYS_FIRST_YEAR, TOMONI_HOLIDAYS_LAST_YEAR);
  if (to < from)
    return tomoni_cli_fail_message ("%s", _("TO_YEAR: the last year comes before the first"));

  if (!no_header)
    tomoni_cli_print_tsv ((const char *[]) { "date", "name-ja", "name-en" }, 3);
  for (int year = from; year <= to; year++)
    {
      g_autoptr(GArray) holidays = tomoni_holidays_for_year (year);

      for (guint i = 0; i < holidays->len; i++)
        {
          const TomoniHoliday *h = &g_array_index (holidays, TomoniHoliday, i);
          g_autofree char *date = g_strdup_printf ("%04d-%02d-%02d", h->year, h->month, h->day);

          tomoni_cli_print_tsv ((const char *[]) { date, h->name_ja, h->name_en }, 3);
        }
    }
  return TOMONI_CLI_OK;
}

/* ---- venue -------------------------------------------------------------- */

static int
venue_add (TomoniCli  *cli,
           int         argc,
           char      **argv)
{
  g_autofree char *name_en = NULL;
  g_autofree char *ward = NULL;
  g_autofree char *address = NULL;
  g_auto(GStrv) rooms = NULL;
  const GOptionEntry entries[] = {
    { "name-en", 0, 0, G_OPTION_ARG_STRING, &name_en, N_("English name"), N_("TEXT") },
    { "ward", 0, 0, G_OPTION_ARG_STRING, &ward, N_("Ward: chuo, higashi, nishi, minami, kita or outside"), N_("WARD") },
    { "address", 0, 0, G_OPTION_ARG_STRING, &address, N_("Address"), N_("TEXT") },
    { "room", 0, 0, G_OPTION_ARG_STRING_ARRAY, &rooms, N_("A room of the venue (repeat for more)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (N_("NAME"), _("Add a venue, and its rooms, and print its UUID."), NULL);
  g_autoptr(TomoniVenue) venue = tomoni_venue_new ();
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return tomoni_cli_usage (context, "%s", _("give the venue’s name"));

  /* Rooms are checked first, so that nothing is written when one is wrong. */
  for (guint i = 0; rooms != NULL && rooms[i] != NULL; i++)
    {
      g_strstrip (rooms[i]);
      if (*rooms[i] == '\0')
        return tomoni_cli_fail_message ("%s", _("Room: give the room’s name"));
      for (guint j = 0; j < i; j++)
        if (g_str_equal (rooms[i], rooms[j]))
          return tomoni_cli_fail_message (_("Room: “%s” is given twice"), rooms[i]);
    }

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  tomoni_venue_set_name (venue, argv[1]);
  tomoni_venue_set_name_en (venue, name_en);
  tomoni_venue_set_ward (venue, ward);
  tomoni_venue_set_address (venue, address);
  if (!tomoni_store_add_venue (store, venue, &error))
    return tomoni_cli_fail (error);
  for (guint i = 0; rooms != NULL && rooms[i] != NULL; i++)
    {
      g_autoptr(TomoniRoom) room = tomoni_room_new ();

      tomoni_room_set_venue_id (room, tomoni_venue_get_id (venue));
      tomoni_room_set_name (room, rooms[i]);
      if (!tomoni_store_add_room (store, room, &error))
        return tomoni_cli_fail (error);
    }
  g_print ("%s\n", tomoni_venue_get_uuid (venue));
  return TOMONI_CLI_OK;
}

static int
venue_room (TomoniCli  *cli,
            int         argc,
            char      **argv)
{
  int seats = 0;
  const GOptionEntry entries[] = {
    { "seats", 0, 0, G_OPTION_ARG_INT, &seats, N_("Number of seats"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (N_("VENUE ROOM"), _("Add a room to a venue (its UUID or name) and print the room’s UUID."),
                            NULL);
  g_autoptr(TomoniVenue) venue = NULL;
  g_autoptr(TomoniRoom) room = tomoni_room_new ();
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 3)
    return tomoni_cli_usage (context, "%s", _("give the venue and the room’s name"));
  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  venue = tomoni_store_find_venue (store, argv[1], &error);
  if (venue == NULL)
    return tomoni_cli_fail (error);
  tomoni_room_set_venue_id (room, tomoni_venue_get_id (venue));
  tomoni_room_set_name (room, argv[2]);
  tomoni_room_set_capacity (room, seats);
  if (!tomoni_store_add_room (store, room, &error))
    return tomoni_cli_fail (error);
  g_print ("%s\n", tomoni_room_get_uuid (room));
  return TOMONI_CLI_OK;
}

static int
venue_list (TomoniCli  *cli,
            int         argc,
            char      **argv)
{
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (NULL, _("Print venues as tab-separated values with a header line: uuid, name, "
                                    "English name, ward, address and rooms (separated by “, ”)."), NULL);
  g_autoptr(GPtrArray) venues = NULL;
  g_autoptr(GPtrArray) rooms = NULL;
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  int status = tomoni_cli_parse (context, &argc, &argv);

  if (status >= 0 || (status = no_arguments (context, argc, argv)) >= 0)
    return status;
  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  venues = tomoni_store_list_venues (store, &error);
  rooms = venues != NULL ? tomoni_store_list_rooms (store, 0, &error) : NULL;
  if (rooms == NULL)
    return tomoni_cli_fail (error);

  tomoni_cli_print_tsv ((const char *[]) { "uuid", "name", "name-en", "ward", "address", "rooms" }, 6);
  for (guint i = 0; i < venues->len; i++)
    {
      TomoniVenue *venue = venues->pdata[i];
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint j = 0; j < rooms->len; j++)
        if (tomoni_room_get_venue_id (rooms->pdata[j]) == tomoni_venue_get_id (venue))
          g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", tomoni_room_get_name (rooms->pdata[j]));
      tomoni_cli_print_tsv ((const char *[]) {
                              tomoni_venue_get_uuid (venue), tomoni_venue_get_name (venue),
                              tomoni_venue_get_name_en (venue), tomoni_venue_get_ward (venue),
                              tomoni_venue_get_address (venue), names->str }, 6);
    }
  return TOMONI_CLI_OK;
}

int
tomoni_cli_venue (TomoniCli  *cli,
                  int         argc,
                  char      **argv)
{
  static const TomoniCliCommand commands[] = {
    { "list", venue_list, N_("Print venues and their rooms as TSV") },
    { "add", venue_add, N_("Add a venue") },
    { "room", venue_room, N_("Add a room to a venue") },
    { NULL }
  };

  return tomoni_cli_dispatch (cli, "venue", commands, argc, argv);
}

/* ---- closure ------------------------------------------------------------ */

static int
closure_add (TomoniCli  *cli,
             int         argc,
             char      **argv)
{
  g_autofree char *venue_name = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  const GOptionEntry entries[] = {
    { "venue", 0, 0, G_OPTION_ARG_STRING, &venue_name, N_("The venue (UUID or name); without it the whole Center closes"), N_("VENUE") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("First closed day"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Last closed day (default: the first)"), N_("DATE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (N_("REASON"),
                            _("Add closure days of a venue or of the whole Center and print the "
                              "closure’s UUID. Sessions generated from now on skip them with REASON; "
                              "terms already planned keep their sessions until regenerated."), NULL);
  g_autoptr(TomoniClosure) closure = tomoni_closure_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  TomoniStore *store;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return tomoni_cli_usage (context, "%s", _("give the reason of the closure"));
  if ((first = parse_date_arg ("--from", from)) == NULL)
    return TOMONI_CLI_FAIL;
  if ((last = parse_date_arg ("--to", to != NULL ? to : from)) == NULL)
    return TOMONI_CLI_FAIL;

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  if (venue_name != NULL)
    {
      g_autoptr(TomoniVenue) venue = tomoni_store_find_venue (store, venue_name, &error);

      if (venue == NULL)
        return tomoni_cli_fail (error);
      tomoni_closure_set_venue_id (closure, tomoni_venue_get_id (venue));
    }
  tomoni_closure_set_start_date (closure, first);
  tomoni_closure_set_end_date (closure, last);
  tomoni_closure_set_reason (closure, argv[1]);
  if (!tomoni_store_add_closure (store, closure, &error))
    return tomoni_cli_fail (error);
  g_print ("%s\n", tomoni_closure_get_uuid (closure));
  return TOMONI_CLI_OK;
}

static int
closure_list (TomoniCli  *cli,
              int         argc,
              char      **argv)
{
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (NULL, _("Print closures as tab-separated values with a header line: uuid, "
                                    "venue (empty for the whole Center), first day, last day, reason."), NULL);
  g_autoptr(GPtrArray) closures = NULL;
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  int status = tomoni_cli_parse (context, &argc, &argv);

  if (status >= 0 || (status = no_arguments (context, argc, argv)) >= 0)
    return status;
  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  closures = tomoni_store_list_closures (store, 0, &error);
  if (closures == NULL)
    return tomoni_cli_fail (error);
  tomoni_cli_print_tsv ((const char *[]) { "uuid", "venue", "from", "to", "reason" }, 5);
  for (guint i = 0; i < closures->len; i++)
    {
      TomoniClosure *c = closures->pdata[i];

      tomoni_cli_print_tsv ((const char *[]) {
                              tomoni_closure_get_uuid (c), tomoni_closure_get_venue_name (c),
                              tomoni_closure_get_start_date (c), tomoni_closure_get_end_date (c),
                              tomoni_closure_get_reason (c) }, 5);
    }
  return TOMONI_CLI_OK;
}

int
tomoni_cli_closure (TomoniCli  *cli,
                    int         argc,
                    char      **argv)
{
  static const TomoniCliCommand commands[] = {
    { "list", closure_list, N_("Print closure days as TSV") },
    { "add", closure_add, N_("Add closure days") },
    { NULL }
  };

  return tomoni_cli_dispatch (cli, "closure", commands, argc, argv);
}

/* ---- class -------------------------------------------------------------- */

static int
class_add (TomoniCli  *cli,
           int         argc,
           char      **argv)
{
  g_autofree char *title_en = NULL;
  g_autofree char *level = NULL;
  g_autofree char *group = NULL;
  g_autofree char *format = NULL;
  g_autofree char *venue_name = NULL;
  g_autofree char *room_name = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *term_name = NULL;
  g_autofree char *override = NULL;
  g_auto(GStrv) weekly = NULL;
  g_auto(GStrv) teachers = NULL;
  int capacity = 20;
  gboolean holidays = FALSE;
  const GOptionEntry entries[] = {
    { "title-en", 0, 0, G_OPTION_ARG_STRING, &title_en, N_("English title"), N_("TEXT") },
    { "level", 0, 0, G_OPTION_ARG_STRING, &level, N_("pre-A1, A1, A2, B1, B2, C1 or C2"), N_("LEVEL") },
    { "target-group", 0, 0, G_OPTION_ARG_STRING, &group, N_("adults (default), children, parents-and-children, workers, students or other"), N_("GROUP") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("in-person (default), online or hybrid"), N_("FORMAT") },
    { "venue", 0, 0, G_OPTION_ARG_STRING, &venue_name, N_("Venue (UUID or name)"), N_("VENUE") },
    { "room", 0, 0, G_OPTION_ARG_STRING, &room_name, N_("Room of the venue (UUID or name)"), N_("ROOM") },
    { "capacity", 0, 0, G_OPTION_ARG_INT, &capacity, N_("Learners who can enrol (default 20)"), N_("N") },
    { "meets-on-holidays", 0, 0, G_OPTION_ARG_NONE, &holidays, N_("Hold sessions on national holidays too"), NULL },
    { "teacher", 0, 0, G_OPTION_ARG_STRING_ARRAY, &teachers, N_("A teacher’s person UUID (repeat for more)"), N_("UUID") },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_("Notes"), N_("TEXT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("First day of the first term"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Last day of the first term"), N_("DATE") },
    { "term-name", 0, 0, G_OPTION_ARG_STRING, &term_name, N_("Name of the first term"), N_("TEXT") },
    { "weekly", 0, 0, G_OPTION_ARG_STRING_ARRAY, &weekly, N_("Weekdays and times, e.g. “tue 18:00-20:00” or “tue,thu 10:00-12:00” (repeat for more)"), N_("SPEC") },
    { "room-override", 0, 0, G_OPTION_ARG_STRING, &override, N_("Book the room even where it is taken, for this reason"), N_("REASON") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (N_("TITLE"),
                            _("Add a class and print its UUID. With --from, --to and --weekly it also "
                              "plans its first term: sessions on those weekdays, skipping national "
                              "holidays (unless --meets-on-holidays), the year-end closure "
                              "(29 December – 3 January) and closure days. Nothing is written when a "
                              "room or teacher is already booked or no session can be held."), NULL);
  g_autoptr(TomoniClass) klass = tomoni_class_new ();
  g_autoptr(TomoniTerm) term = NULL;
  g_autoptr(GArray) slots = g_array_new (FALSE, TRUE, sizeof (TomoniWeeklySlot));
  g_autoptr(GArray) teacher_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  TomoniStore *store;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return tomoni_cli_usage (context, "%s", _("give the class’s Japanese title"));
  if (room_name != NULL && venue_name == NULL)
    return tomoni_cli_usage (context, "%s", _("--room needs --venue"));
  if ((from != NULL || to != NULL || weekly != NULL) && (from == NULL || to == NULL || weekly == NULL))
    return tomoni_cli_usage (context, "%s", _("a term needs --from, --to and --weekly together"));

  for (guint i = 0; weekly != NULL && weekly[i] != NULL; i++)
    if (!parse_weekly (weekly[i], slots))
      return TOMONI_CLI_FAIL;
  if (from != NULL)
    {
      if ((first = parse_date_arg ("--from", from)) == NULL || (last = parse_date_arg ("--to", to)) == NULL)
        return TOMONI_CLI_FAIL;
      term = tomoni_term_new ();
      tomoni_term_set_name (term, term_name);
      tomoni_term_set_start_date (term, first);
      tomoni_term_set_end_date (term, last);
    }

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  for (guint i = 0; teachers != NULL && teachers[i] != NULL; i++)
    {
      g_autoptr(TomoniPerson) person = get_person_arg (store, teachers[i]);
      gint64 id;

      if (person == NULL)
        return TOMONI_CLI_FAIL;
      id = tomoni_person_get_id (person);
      g_array_append_val (teacher_ids, id);
    }
  if (venue_name != NULL)
    {
      g_autoptr(TomoniVenue) venue = tomoni_store_find_venue (store, venue_name, &error);

      if (venue == NULL)
        return tomoni_cli_fail (error);
      tomoni_class_set_venue_id (klass, tomoni_venue_get_id (venue));
      if (room_name != NULL)
        {
          g_autoptr(TomoniRoom) room = tomoni_store_find_room (store, tomoni_venue_get_id (venue), room_name, &error);

          if (room == NULL)
            return tomoni_cli_fail (error);
          tomoni_class_set_room_id (klass, tomoni_room_get_id (room));
        }
    }

  tomoni_class_set_title_ja (klass, argv[1]);
  tomoni_class_set_title_en (klass, title_en);
  tomoni_class_set_level (klass, level);
  tomoni_class_set_target_group (klass, group);
  tomoni_class_set_format (klass, format);
  tomoni_class_set_capacity (klass, capacity);
  tomoni_class_set_meets_on_holidays (klass, holidays);
  tomoni_class_set_notes (klass, notes);

  if (!tomoni_store_create_class (store, klass, (const gint64 *)(gpointer)teacher_ids->data, teacher_ids->len,
                                  term, (const TomoniWeeklySlot *)(gpointer)slots->data, slots->len,
                                  override, &error))
    return tomoni_cli_fail (error);
  g_print ("%s\n", tomoni_class_get_uuid (klass));
  return TOMONI_CLI_OK;
}

static int
class_list (TomoniCli  *cli,
            int         argc,
            char      **argv)
{
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (NULL, _("Print classes as tab-separated values with a header line: uuid, "
                                    "Japanese and English title, level, target group, format, venue, room, "
                                    "capacity, and the learners enrolled and waiting in the latest term."), NULL);
  g_autoptr(GPtrArray) classes = NULL;
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  int status = tomoni_cli_parse (context, &argc, &argv);

  if (status >= 0 || (status = no_arguments (context, argc, argv)) >= 0)
    return status;
  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  classes = tomoni_store_list_classes (store, &error);
  if (classes == NULL)
    return tomoni_cli_fail (error);

  tomoni_cli_print_tsv ((const char *[]) { "uuid", "title-ja", "title-en", "level", "target-group", "format",
                                            "venue", "room", "capacity", "enrolled", "waiting" }, 11);
  for (guint i = 0; i < classes->len; i++)
    {
      TomoniClass *k = classes->pdata[i];
      g_autofree char *capacity = g_strdup_printf ("%d", tomoni_class_get_capacity (k));
      g_autofree char *enrolled = g_strdup_printf ("%d", tomoni_class_get_n_enrolled (k));
      g_autofree char *waiting = g_strdup_printf ("%d", tomoni_class_get_n_waiting (k));

      tomoni_cli_print_tsv ((const char *[]) {
                              tomoni_class_get_uuid (k), tomoni_class_get_title_ja (k), tomoni_class_get_title_en (k),
                              tomoni_class_get_level (k), tomoni_class_get_target_group (k),
                              tomoni_class_get_format (k), tomoni_class_get_venue_name (k),
                              tomoni_class_get_room_name (k), capacity, enrolled, waiting }, 11);
    }
  return TOMONI_CLI_OK;
}

static TomoniClass *
get_class_arg (TomoniStore *store,
               const char  *text)
{
  g_autoptr(GError) error = NULL;
  TomoniClass *klass = tomoni_store_find_class (store, text, &error);

  if (klass == NULL)
    tomoni_cli_fail (error);
  return klass;
}

static int
class_sessions (TomoniCli  *cli,
                int         argc,
                char      **argv)
{
  g_autofree char *term_arg = NULL;
  const GOptionEntry entries[] = {
    { "term", 0, 0, G_OPTION_ARG_STRING, &term_arg, N_("Only this term (UUID, name or first day); default: every term"), N_("TERM") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (N_("CLASS"),
                            _("Print a class’s sessions as tab-separated values with a header line: "
                              "date, start, end, status (scheduled, cancelled, skipped or moved), reason "
                              "(e.g. the holiday or closure a date was skipped for) and the session’s "
                              "UUID. CLASS is a UUID or a title that names one class."), NULL);
  g_autoptr(TomoniClass) klass = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 2)
    return tomoni_cli_usage (context, "%s", _("give one class"));
  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  klass = get_class_arg (store, argv[1]);
  if (klass == NULL)
    return TOMONI_CLI_FAIL;
  if (term_arg != NULL)
    {
      TomoniTerm *term = get_term_arg (store, klass, term_arg);

      if (term == NULL)
        return TOMONI_CLI_FAIL;
      terms = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (terms, term);
    }
  else if ((terms = tomoni_store_list_terms (store, tomoni_class_get_id (klass), &error)) == NULL)
    return tomoni_cli_fail (error);

  tomoni_cli_print_tsv ((const char *[]) { "date", "start", "end", "status", "reason", "uuid" }, 6);
  for (guint t = 0; t < terms->len; t++)
    {
      g_autoptr(GPtrArray) sessions = tomoni_store_list_sessions (store, tomoni_term_get_id (terms->pdata[t]), &error);

      if (sessions == NULL)
        return tomoni_cli_fail (error);
      for (guint i = 0; i < sessions->len; i++)
        {
          TomoniSession *s = sessions->pdata[i];
          g_autofree char *start = tomoni_time_format (tomoni_session_get_start_minute (s));
          g_autofree char *end = tomoni_time_format (tomoni_session_get_end_minute (s));

          tomoni_cli_print_tsv ((const char *[]) {
                                  tomoni_session_get_date (s), start, end, tomoni_session_get_status (s),
                                  tomoni_session_get_reason (s), tomoni_session_get_uuid (s) }, 6);
        }
    }
  return TOMONI_CLI_OK;
}

int
tomoni_cli_class (TomoniCli  *cli,
                  int         argc,
                  char      **argv)
{
  static const TomoniCliCommand commands[] = {
    { "list", class_list, N_("Print classes as TSV") },
    { "add", class_add, N_("Add a class and plan its first term") },
    { "sessions", class_sessions, N_("Print a class’s sessions as TSV") },
    { NULL }
  };

  return tomoni_cli_dispatch (cli, "class", commands, argc, argv);
}

/* ---- enrol, withdraw ---------------------------------------------------- */

typedef struct {
  TomoniClass  *klass;
  TomoniTerm   *term;
  TomoniPerson *person;
} ClassPerson;

static void
class_person_clear (ClassPerson *cp)
{
  g_clear_object (&cp->klass);
  g_clear_object (&cp->term);
  g_clear_object (&cp->person);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ClassPerson, class_person_clear)

static gboolean
get_class_person (TomoniStore *store,
                  const char  *class_text,
                  const char  *person_text,
                  const char  *term_text,
                  ClassPerson *out)
{
  return (out->klass = get_class_arg (store, class_text)) != NULL &&
         (out->term = get_term_arg (store, out->klass, term_text)) != NULL &&
         (out->person = get_person_arg (store, person_text)) != NULL;
}

int
tomoni_cli_enrol (TomoniCli  *cli,
                  int         argc,
                  char      **argv)
{
  g_autofree char *term_arg = NULL;
  const GOptionEntry entries[] = {
    { "term", 0, 0, G_OPTION_ARG_STRING, &term_arg, N_("The term (UUID, name or first day); default: the latest"), N_("TERM") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (N_("CLASS PERSON"),
                            _("Enrol a person (their UUID) in a class and print “enrolled”, or "
                              "“waiting” and the place on the waiting list when the class is full."), NULL);
  g_auto(ClassPerson) cp = { 0 };
  g_autoptr(TomoniEnrolment) enrolment = NULL;
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 3)
    return tomoni_cli_usage (context, "%s", _("give a class and a person"));
  store = tomoni_cli_open_store (cli);
  if (store == NULL || !get_class_person (store, argv[1], argv[2], term_arg, &cp))
    return TOMONI_CLI_FAIL;
  if (!tomoni_store_enrol (store, tomoni_term_get_id (cp.term), tomoni_person_get_id (cp.person), &enrolment, &error))
    return tomoni_cli_fail (error);

  tomoni_cli_print_tsv ((const char *[]) { "status", "position" }, 2);
  {
    g_autofree char *position = g_strdup_printf ("%d", tomoni_enrolment_get_position (enrolment));
    gboolean waiting = g_str_equal (tomoni_enrolment_get_status (enrolment), "waiting");

    tomoni_cli_print_tsv ((const char *[]) { tomoni_enrolment_get_status (enrolment), waiting ? position : "" }, 2);
  }
  return TOMONI_CLI_OK;
}

int
tomoni_cli_withdraw (TomoniCli  *cli,
                     int         argc,
                     char      **argv)
{
  g_autofree char *term_arg = NULL;
  const GOptionEntry entries[] = {
    { "term", 0, 0, G_OPTION_ARG_STRING, &term_arg, N_("The term (UUID, name or first day); default: the latest"), N_("TERM") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (N_("CLASS PERSON"),
                            _("Withdraw a person from a class. When that frees a place, the first "
                              "learner on the waiting list is enrolled, and printed after a header line: "
                              "their UUID and name."), NULL);
  g_auto(ClassPerson) cp = { 0 };
  g_autoptr(TomoniEnrolment) promoted = NULL;
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 3)
    return tomoni_cli_usage (context, "%s", _("give a class and a person"));
  store = tomoni_cli_open_store (cli);
  if (store == NULL || !get_class_person (store, argv[1], argv[2], term_arg, &cp))
    return TOMONI_CLI_FAIL;
  if (!tomoni_store_withdraw (store, tomoni_term_get_id (cp.term), tomoni_person_get_id (cp.person), &promoted, &error))
    return tomoni_cli_fail (error);

  if (promoted != NULL)
    {
      g_autoptr(TomoniPerson) person = tomoni_store_get_person (store, tomoni_enrolment_get_person_id (promoted), NULL);

      tomoni_cli_print_tsv ((const char *[]) { "promoted-uuid", "promoted-name" }, 2);
      tomoni_cli_print_tsv ((const char *[]) {
                              person != NULL ? tomoni_person_get_uuid (person) : "",
                              tomoni_enrolment_get_person_name (promoted) }, 2);
    }
  return TOMONI_CLI_OK;
}

/* ---- attend ------------------------------------------------------------- */

int
tomoni_cli_attend (TomoniCli  *cli,
                   int         argc,
                   char      **argv)
{
  g_autofree char *time_arg = NULL;
  gboolean trial = FALSE;
  gboolean walk_in = FALSE;
  const GOptionEntry entries[] = {
    { "time", 0, 0, G_OPTION_ARG_STRING, &time_arg, N_("The session’s start time, when the class meets twice that day"), N_("HH:MM") },
    { "trial", 0, 0, G_OPTION_ARG_NONE, &trial, N_("A trial visit (体験) by someone not enrolled"), NULL },
    { "walk-in", 0, 0, G_OPTION_ARG_NONE, &walk_in, N_("A walk-in by someone not enrolled"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (N_("CLASS DATE PERSON STATUS"),
                            _("Record attendance at a class’s session on DATE: STATUS is present, late, "
                              "excused, absent, or none to clear it. PERSON is a UUID and must be enrolled, "
                              "unless --trial or --walk-in is given. A session UUID may replace CLASS DATE."),
                            NULL);
  g_autoptr(TomoniClass) klass = NULL;
  g_autoptr(TomoniPerson) person = NULL;
  g_autoptr(TomoniSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  TomoniAttendanceStatus attendance;
  TomoniAttendanceKind kind = TOMONI_ATTENDANCE_KIND_ENROLLED;
  const char *person_arg, *status_arg;
  TomoniStore *store;
  int status, start = -1;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc != 5 && !(argc == 4 && g_uuid_string_is_valid (argv[1])))
    return tomoni_cli_usage (context, "%s", _("give a class, a date, a person and a status"));
  if (trial && walk_in)
    return tomoni_cli_usage (context, "%s", _("--trial and --walk-in exclude each other"));
  person_arg = argv[argc - 2];
  status_arg = argv[argc - 1];
  if (!tomoni_attendance_status_from_key (status_arg, &attendance) || *status_arg == '\0')
    return tomoni_cli_usage (context, _("STATUS: “%s” is not present, late, excused, absent or none"), status_arg);
  if (trial)
    kind = TOMONI_ATTENDANCE_KIND_TRIAL;
  else if (walk_in)
    kind = TOMONI_ATTENDANCE_KIND_WALK_IN;
  if (time_arg != NULL && !parse_time_arg ("--time", time_arg, &start))
    return TOMONI_CLI_FAIL;

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;

  if (argc == 4)
    {
      session = tomoni_store_get_session_by_uuid (store, argv[1], NULL);
      if (session == NULL)
        return tomoni_cli_fail_message (_("Session: no session with UUID %s"), argv[1]);
    }
  else
    {
      g_autoptr(GPtrArray) terms = NULL;

      klass = get_class_arg (store, argv[1]);
      if (klass == NULL)
        return TOMONI_CLI_FAIL;
      if ((date = parse_date_arg (_("DATE"), argv[2])) == NULL)
        return TOMONI_CLI_FAIL;
      terms = tomoni_store_list_terms (store, tomoni_class_get_id (klass), &error);
      if (terms == NULL)
        return tomoni_cli_fail (error);
      for (guint t = 0; t < terms->len; t++)
        {
          TomoniTerm *term = terms->pdata[t];
          g_autoptr(GPtrArray) sessions = NULL;

          if (g_strcmp0 (date, tomoni_term_get_start_date (term)) < 0 || g_strcmp0 (date, tomoni_term_get_end_date (term)) > 0)
            continue;
          sessions = tomoni_store_list_sessions (store, tomoni_term_get_id (term), &error);
          if (sessions == NULL)
            return tomoni_cli_fail (error);
          for (guint i = 0; i < sessions->len; i++)
            {
              TomoniSession *s = sessions->pdata[i];

              if (!g_str_equal (tomoni_session_get_date (s), date) ||
                  (start >= 0 && tomoni_session_get_start_minute (s) != start))
                continue;
              /* prefer the session that is held over a moved or skipped one */
              if (session != NULL && g_str_equal (tomoni_session_get_status (s), "scheduled") &&
                  g_str_equal (tomoni_session_get_status (session), "scheduled"))
                return tomoni_cli_fail_message ("%s", _("--time: the class meets more than once that day; "
                                                        "give the session’s start time"));
              if (session == NULL || g_str_equal (tomoni_session_get_status (s), "scheduled"))
                g_set_object (&session, s);
            }
        }
      if (session == NULL)
        return tomoni_cli_fail_message (_("DATE: “%s” has no session on %s"), tomoni_class_get_title_ja (klass), date);
    }

  person = get_person_arg (store, person_arg);
  if (person == NULL)
    return TOMONI_CLI_FAIL;
  if (!tomoni_store_set_attendance (store, tomoni_session_get_id (session), tomoni_person_get_id (person),
                                    attendance, kind, &error))
    return tomoni_cli_fail (error);
  return TOMONI_CLI_OK;
}
