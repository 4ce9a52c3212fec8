/* test-cli-concurrency.c: several tomoni-cli processes on one database
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "tomoni-cli-test.h"
#include "tomoni-test-util.h"

#define WRITES_PER_WRITER 150

typedef struct {
  const char *db;
  const char *name;       /* NULL: a reader */
  gint       *stop;       /* readers run until it is set */
  guint       runs;
  guint       failures;
  GString    *errors;
} Worker;

static gboolean
run_once (Worker     *worker,
          const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("TOMONI_CLI"));
  g_ptr_array_add (argv, (char *) "--db");
  g_ptr_array_add (argv, (char *) worker->db);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  worker->runs++;
  if (!g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                     &out, &err, &wait_status, &error) ||
      !WIFEXITED (wait_status) || WEXITSTATUS (wait_status) != 0)
    {
      worker->failures++;
      g_string_append_printf (worker->errors, "%s\n", error != NULL ? error->message : err);
      return FALSE;
    }
  return TRUE;
}

static gpointer
writer_thread (gpointer data)
{
  Worker *worker = data;

  for (guint i = 0; i < WRITES_PER_WRITER; i++)
    {
      g_autofree char *given = g_strdup_printf ("%s%u", worker->name, i);
      const char *args[] = { "people", "add", "--latin-name", given, "--nationality", "VN", NULL };

      run_once (worker, args);
    }
  return NULL;
}

static gpointer
reader_thread (gpointer data)
{
  Worker *worker = data;
  static const char *list[] = { "people", "list", NULL };
  static const char *check[] = { "check", NULL };

  while (!g_atomic_int_get (worker->stop))
    run_once (worker, worker->runs % 2 == 0 ? list : check);
  return NULL;
}

/* Issue 14, row 7: two writers and a reader at once used to fail with
 * "database is locked" (the version peek at open waited for nobody). */
static void
test_two_writers_and_a_reader (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "t.db");
  g_auto(TomoniCliRun) init = { 0 };
  g_auto(TomoniCliRun) list = { 0 };
  gint stop = 0;
  Worker workers[] = {
    { db, "WRITER A ", &stop, 0, 0, g_string_new (NULL) },
    { db, "WRITER B ", &stop, 0, 0, g_string_new (NULL) },
    { db, NULL, &stop, 0, 0, g_string_new (NULL) },
  };
  GThread *threads[G_N_ELEMENTS (workers)];

  tomoni_cli_run (&init, db, "init", NULL);
  g_assert_cmpint (init.status, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (workers); i++)
    threads[i] = g_thread_new ("worker", workers[i].name != NULL ? writer_thread : reader_thread,
                               &workers[i]);
  g_thread_join (threads[0]);
  g_thread_join (threads[1]);
  g_atomic_int_set (&stop, 1);
  g_thread_join (threads[2]);

  for (guint i = 0; i < G_N_ELEMENTS (workers); i++)
    {
      g_test_message ("worker %u: %u runs, %u failed", i, workers[i].runs, workers[i].failures);
      g_assert_cmpstr (workers[i].errors->str, ==, "");
      g_assert_cmpuint (workers[i].failures, ==, 0);
      g_string_free (workers[i].errors, TRUE);
    }
  g_assert_cmpuint (workers[0].runs + workers[1].runs, ==, 2 * WRITES_PER_WRITER);
  g_assert_cmpuint (workers[2].runs, >, 0);

  tomoni_cli_run (&list, db, "people", "list", NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_cmpuint (tomoni_count_lines (list.out), ==, 1 + 2 * WRITES_PER_WRITER);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/concurrency/two-writers-and-a-reader", test_two_writers_and_a_reader);
  return g_test_run ();
}
