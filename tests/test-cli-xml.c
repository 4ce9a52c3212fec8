/* test-cli-xml.c: tomoni-cli export attendance / import, run as real processes
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <libxml/xmlschemas.h>

#include "tomoni-test-util.h"

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_argv (Run                *run,
          const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("TOMONI_CLI");
  int wait_status = 0;

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (char *) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static char *
sample_path (void)
{
  return g_build_filename (g_getenv ("TOMONI_SOURCE_ROOT"), "tests", "xml", "sample.xml", NULL);
}

static gboolean
valid (const char *path)
{
  g_autofree char *xsd = g_build_filename (g_getenv ("TOMONI_SOURCE_ROOT"), "data",
                                           "tomoni-attendance.xsd", NULL);
  xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt (xsd);
  xmlSchemaPtr schema = xmlSchemaParse (parser);
  xmlSchemaValidCtxtPtr ctxt = xmlSchemaNewValidCtxt (schema);
  int rc = xmlSchemaValidateFile (ctxt, path, XML_PARSE_NONET);

  xmlSchemaFreeValidCtxt (ctxt);
  xmlSchemaFree (schema);
  xmlSchemaFreeParserCtxt (parser);
  return rc == 0;
}

/* Each case runs in order against the same folder: a.db starts empty. */
static void
test_commands (void)
{
  g_autoptr(TomoniTestDir) dir = tomoni_test_dir_new ();
  g_autofree char *db = tomoni_test_dir_file (dir, "a.db");
  g_autofree char *db2 = tomoni_test_dir_file (dir, "b.db");
  g_autofree char *out = tomoni_test_dir_file (dir, "out.xml");
  g_autofree char *out2 = tomoni_test_dir_file (dir, "out2.xml");
  g_autofree char *pseudo = tomoni_test_dir_file (dir, "pseudo.xml");
  g_autofree char *missing = tomoni_test_dir_file (dir, "missing.xml");
  g_autofree char *hostile = g_build_filename (g_getenv ("TOMONI_SOURCE_ROOT"), "tests", "xml",
                                               "billion-laughs.xml", NULL);
  g_autofree char *sample = sample_path ();
  const struct {
    const char *args[16];
    int         status;
    const char *out;     /* in stdout, or NULL */
    const char *err;     /* in stderr, or NULL */
  } cases[] = {
    { { "--db", db, "export", "--help", NULL }, 0, "attendance", NULL },
    { { "--db", db, "export", "attendance", "--help", NULL }, 0, "--pseudonymize", NULL },
    { { "--db", db, "import", "--help", NULL }, 0, "--dry-run", NULL },
    { { "--db", db, "export", NULL }, 2, NULL, "Usage" },
    { { "--db", db, "export", "attendance", "--output", out, NULL }, 2, NULL, "--from" },
    { { "--db", db, "export", "attendance", "--from", "2025-04-01", "--to", "2026-03-31", NULL }, 2, NULL, "--output" },
    { { "--db", db, "export", "attendance", "--fiscal-year", "2025", "--kind", "lecture", "-o", out, NULL }, 2, NULL, "lecture" },
    { { "--db", db, "export", "attendance", "--from", "2025-13-01", "--to", "2026-03-31", "-o", out, NULL }, 1, NULL, "From" },
    { { "--db", db, "export", "attendance", "--from", "2026-04-01", "--to", "2025-03-31", "-o", out, NULL }, 1, NULL, "To" },
    { { "--db", db, "import", NULL }, 2, NULL, "give one file" },
    { { "--db", db, "import", missing, NULL }, 1, NULL, "missing.xml" },
    { { "--db", db, "import", hostile, NULL }, 1, NULL, "refused for safety" },
    { { "--db", db, "import", "--dry-run", sample, NULL }, 0, "Would add: 2 venues, 2 classes, 3 terms, 1 activity, 5 people, 4 sessions, 7 attendance records, 1 shift, 2 slots, 3 check-ins", NULL },
    { { "--db", db, "import", sample, NULL }, 0, "Added: 2 venues", NULL },
    { { "--db", db, "import", sample, NULL }, 0, "Added: nothing new", NULL },
    { { "--db", db, "export", "attendance", "--fiscal-year", "2025", "--output", out, NULL }, 0, NULL, NULL },
    { { "--db", db, "export", "attendance", "--from", "2025-04-01", "--to", "2026-03-31", "--kind", "class", "--pseudonymize", "-o", pseudo, NULL }, 0, NULL, NULL },
    { { "--db", db2, "import", out, NULL }, 0, "7 attendance records", NULL },
    { { "--db", db2, "export", "attendance", "--fiscal-year", "2025", "--output", out2, NULL }, 0, NULL, NULL },
    { { "--db", db2, "import", pseudo, NULL }, 0, "Added: nothing new", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      g_test_message ("case %u: %s", i, cases[i].args[2]);
      run_argv (&run, cases[i].args);
      if (run.status != cases[i].status)
        g_error ("case %u: status %d, expected %d\nstdout: %s\nstderr: %s", i, run.status,
                 cases[i].status, run.out, run.err);
      if (cases[i].out != NULL && strstr (run.out, cases[i].out) == NULL)
        g_error ("case %u: “%s” not in stdout: %s", i, cases[i].out, run.out);
      if (cases[i].err != NULL && strstr (run.err, cases[i].err) == NULL)
        g_error ("case %u: “%s” not in stderr: %s", i, cases[i].err, run.err);
      /* A failure is one line. */
      if (cases[i].status == 1)
        g_assert_cmpint (strchr (run.err, '\n') - run.err, ==, (int) strlen (run.err) - 1);
    }

  g_assert_true (valid (out));
  g_assert_true (valid (out2));
  g_assert_true (valid (pseudo));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  /* Round trip through the command line. */
  {
    g_autofree char *a = NULL;
    g_autofree char *b = NULL;
    char *created;

    g_assert_true (g_file_get_contents (out, &a, NULL, NULL));
    g_assert_true (g_file_get_contents (out2, &b, NULL, NULL));
    created = strstr (a, "<created>");
    memset (created, ' ', strlen ("<created>2026-01-01T00:00:00+09:00</created>"));
    created = strstr (b, "<created>");
    memset (created, ' ', strlen ("<created>2026-01-01T00:00:00+09:00</created>"));
    g_assert_cmpstr (a, ==, b);
  }

  /* Exports hold personal data: only the owner may read them. */
  {
    GStatBuf st;

    g_assert_cmpint (g_stat (out, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli-xml/commands", test_commands);
  return g_test_run ();
}
