/* tomoni-cli-demo.c: tomoni-cli demo — fill an empty database with sample data
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-cli"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <unistd.h>

#include "tomoni-cli.h"
#include "tomoni-date.h"
#include "tomoni-demo.h"

static void
show_progress (double      fraction,
               const char *what,
               gpointer    user_data)
{
  if (what == NULL)
    {
      fprintf (stderr, "\r\033[K");
      return;
    }
  /* @what is translated already */
  fprintf (stderr, "\r\033[K%3.0f %% %s", fraction * 100.0, what);
  fflush (stderr);
}

int
tomoni_cli_demo (TomoniCli  *cli,
                 int         argc,
                 char      **argv)
{
  g_autofree char *seed_text = NULL;
  g_autofree char *scale_text = NULL;
  g_autofree char *today_text = NULL;
  const GOptionEntry entries[] = {
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed_text,
      N_("Seed of the generator, 0 to 4294967295 (default 1): the same seed gives the same data"), N_("N") },
    { "scale", 0, 0, G_OPTION_ARG_STRING, &scale_text,
      N_("small (a few hundred people, the default) or large (a decade of a busy Center: "
         "60,000 people, 2 million attendance records)"), N_("SCALE") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("The sample's today, YYYY-MM-DD (default: today's date in Japan): attendance is recorded up to it, "
         "the following months' sessions and shifts are still to come"), N_("DATE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (NULL,
                            _("Fill an empty database with believable sample data for the Kumamoto City "
                              "International Center: venues, learners and volunteers, classes with terms, "
                              "sessions, enrolments and attendance, activities with shifts and check-ins, "
                              "over several fiscal years."),
                            _("The data is the same for the same seed and the same today. A database that already holds "
                              "data is refused and left untouched; everything is written in one "
                              "transaction."));
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = NULL;
  TomoniDemoScale scale = TOMONI_DEMO_SMALL;
  guint64 seed = 1;
  GDate today;
  TomoniStore *store;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc > 1)
    return tomoni_cli_usage (context, _("unexpected argument “%s”"), argv[1]);
  if (seed_text != NULL && !g_ascii_string_to_unsigned (seed_text, 10, 0, G_MAXUINT32, &seed, NULL))
    return tomoni_cli_usage (context, _("--seed: “%s” is not a number from 0 to 4294967295"), seed_text);
  if (scale_text != NULL && !tomoni_demo_scale_from_string (scale_text, &scale))
    return tomoni_cli_usage (context, _("--scale: use small or large, not “%s”"), scale_text);
  if (today_text == NULL)
    tomoni_demo_today (&today);
  else if (!tomoni_date_parse (today_text, &today, NULL) || !tomoni_demo_today_is_valid (&today))
    return tomoni_cli_usage (context, _("--today: “%s” is not a date from %d to %d (YYYY-MM-DD)"), today_text,
                             TOMONI_DEMO_YEAR_MIN, TOMONI_DEMO_YEAR_MAX);

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;

  timer = g_timer_new ();
  if (!tomoni_demo_generate (store, (guint32) seed, scale, &today,
                             isatty (STDERR_FILENO) ? show_progress : NULL, NULL, NULL, &error))
    {
      if (isatty (STDERR_FILENO))
        show_progress (0.0, NULL, NULL);
      return tomoni_cli_fail (error);
    }

  /* Translators: %s is the database file, %.1f seconds */
  g_print (_("Sample data written to %s in %.1f s\n"), tomoni_store_get_path (store),
           g_timer_elapsed (timer, NULL));
  return TOMONI_CLI_OK;
}
