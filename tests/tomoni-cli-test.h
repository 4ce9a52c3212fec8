/* tomoni-cli-test.h: run tomoni-cli as a real process (header-only)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <stdarg.h>
#include <sys/wait.h>

typedef struct {
  int   status;     /* exit status */
  char *out;        /* standard output */
  char *err;        /* standard error */
} TomoniCliRun;

static inline void
tomoni_cli_run_clear (TomoniCliRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
  run->status = -1;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TomoniCliRun, tomoni_cli_run_clear)

/* Runs $TOMONI_CLI [--db DB] ARGV… (DB may be NULL; NULL ends ARGV). */
static inline void
tomoni_cli_run (TomoniCliRun *run,
                const char   *db,
                ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("TOMONI_CLI");
  const char *arg;
  va_list args;
  int wait_status = 0;

  tomoni_cli_run_clear (run);
  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *)cli);
  if (db != NULL)
    {
      g_ptr_array_add (argv, (char *)"--db");
      g_ptr_array_add (argv, (char *)db);
    }
  va_start (args, db);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *)arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **)argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static inline guint
tomoni_count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (*p == '\n')
      n++;
  return n;
}
