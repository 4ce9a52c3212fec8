/* bench-startup.c: time to first frame and peak memory of Tomoni on an empty
 * and on the large sample database, next to a bare libadwaita window
 * (../shared/bench/baseline-window.c) measured in the same run.
 *
 * Each program quits after its first painted frame; we time from spawn to
 * exit and read the child's peak RSS from wait4(). Medians of 5 runs.
 * The large database is made once with `tomoni-cli demo --scale large` and
 * kept in the build folder (TOMONI_BENCH_LARGE_DB overrides the path).
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>
#include <glib/gstdio.h>
#include <sys/resource.h>
#include <sys/wait.h>

#define RUNS 5

typedef struct {
  double seconds;
  long   max_rss_kb;
} Sample;

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static gboolean
run_once (char   **argv,
          char   **envp,
          Sample  *sample)
{
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  GPid pid;
  int status;
  gint64 start = g_get_monotonic_time ();

  if (!g_spawn_async (NULL, argv, envp, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                      NULL, NULL, &pid, &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return FALSE;
    }
  if (wait4 (pid, &status, 0, &usage) < 0 || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_printerr ("%s did not exit cleanly\n", argv[0]);
      return FALSE;
    }
  sample->seconds = (g_get_monotonic_time () - start) / 1e6;
  sample->max_rss_kb = usage.ru_maxrss;
  return TRUE;
}

static gboolean
measure (const char *label,
         char      **argv,
         char      **envp,
         Sample     *median)
{
  double seconds[RUNS];
  double rss[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      Sample s;
      if (!run_once (argv, envp, &s))
        return FALSE;
      seconds[i] = s.seconds;
      rss[i] = s.max_rss_kb;
    }
  qsort (seconds, RUNS, sizeof (double), compare_double);
  qsort (rss, RUNS, sizeof (double), compare_double);
  median->seconds = seconds[RUNS / 2];
  median->max_rss_kb = (long)rss[RUNS / 2];
  g_print ("%-28s first frame %7.3f s   peak RSS %7.1f MiB\n", label, median->seconds,
           median->max_rss_kb / 1024.0);
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  const char *app = g_getenv ("TOMONI_APP");
  const char *cli = g_getenv ("TOMONI_CLI");
  const char *baseline = g_getenv ("TOMONI_BASELINE_WINDOW");
  const char *builddir = g_getenv ("G_TEST_BUILDDIR");
  g_autofree char *tmp = g_dir_make_tmp ("tomoni-bench-XXXXXX", NULL);
  g_autofree char *empty_db = g_build_filename (tmp, "empty.db", NULL);
  g_autofree char *large_db = g_strdup (g_getenv ("TOMONI_BENCH_LARGE_DB"));
  g_auto(GStrv) envp = g_get_environ ();
  Sample base, empty, large;

  if (app == NULL || cli == NULL || baseline == NULL)
    {
      g_printerr ("TOMONI_APP, TOMONI_CLI and TOMONI_BASELINE_WINDOW must be set (meson does)\n");
      return 1;
    }

  envp = g_environ_setenv (envp, "BASELINE_QUIT", "1", TRUE);
  envp = g_environ_setenv (envp, "TOMONI_QUIT_AFTER_FIRST_FRAME", "1", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);

  if (large_db == NULL)
    large_db = g_build_filename (builddir != NULL ? builddir : ".", "bench-large.db", NULL);
  if (!g_file_test (large_db, G_FILE_TEST_EXISTS))
    {
      char *demo[] = { (char *)cli, (char *)"--db", large_db, (char *)"demo", (char *)"--scale",
                       (char *)"large", (char *)"--seed", (char *)"1", (char *)"--today", (char *)"2026-11-30", NULL };
      int status = 0;
      gint64 start = g_get_monotonic_time ();

      if (!g_spawn_sync (NULL, demo, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, NULL) ||
          !g_spawn_check_wait_status (status, NULL))
        {
          g_printerr ("could not generate the large sample database\n");
          return 1;
        }
      g_print ("large sample database generated in %.1f s\n", (g_get_monotonic_time () - start) / 1e6);
    }

  {
    char *base_argv[] = { (char *)baseline, NULL };
    char *empty_argv[] = { (char *)app, (char *)"--db", empty_db, NULL };
    char *large_argv[] = { (char *)app, (char *)"--db", large_db, NULL };

    if (!measure ("bare libadwaita window", base_argv, envp, &base) ||
        !measure ("Tomoni, empty database", empty_argv, envp, &empty) ||
        !measure ("Tomoni, large database", large_argv, envp, &large))
      return 1;
  }

  g_print ("ratio to the bare window: empty %.2fx time, %.2fx memory; large %.2fx time, %.2fx memory\n",
           empty.seconds / base.seconds, (double)empty.max_rss_kb / base.max_rss_kb,
           large.seconds / base.seconds, (double)large.max_rss_kb / base.max_rss_kb);

  g_unlink (empty_db);
  {
    g_autofree char *wal = g_strconcat (empty_db, "-wal", NULL);
    g_autofree char *shm = g_strconcat (empty_db, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (tmp);
  return 0;
}
