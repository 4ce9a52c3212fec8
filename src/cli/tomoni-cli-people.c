/* tomoni-cli-people.c: people list, add, show, delete and erase
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-cli"

#include <glib/gi18n-lib.h>

#include "tomoni-cli.h"
#include "tomoni-people-model.h"
#include "tomoni-store-people.h"

/* Columns of `people list`, in order. */
static const TomoniPersonField list_fields[] = {
  TOMONI_PERSON_FAMILY_NAME, TOMONI_PERSON_GIVEN_NAME, TOMONI_PERSON_READING,
  TOMONI_PERSON_LATIN_NAME, TOMONI_PERSON_NATIONALITY, TOMONI_PERSON_WARD,
  TOMONI_PERSON_BIRTH_DATE, TOMONI_PERSON_EMAIL, TOMONI_PERSON_PHONE,
};

static void
print_person_line (TomoniPerson *person)
{
  const char *fields[G_N_ELEMENTS (list_fields) + 2];
  guint n = 0;

  fields[n++] = tomoni_person_get_uuid (person);
  for (guint i = 0; i < G_N_ELEMENTS (list_fields); i++)
    fields[n++] = tomoni_person_get_field (person, list_fields[i]);
  fields[n++] = tomoni_person_get_created_at (person);
  tomoni_cli_print_tsv (fields, n);
}

static int
people_list (TomoniCli  *cli,
             int         argc,
             char      **argv)
{
  g_autofree char *search = NULL;
  g_autofree char *sort = NULL;
  gboolean descending = FALSE;
  const GOptionEntry entries[] = {
    { "search", 's', 0, G_OPTION_ARG_STRING, &search, N_("Only people whose name or reading contains TEXT"), N_("TEXT") },
    { "sort", 0, 0, G_OPTION_ARG_STRING, &sort, N_("Order by reading (default), latin-name, nationality, ward or created"), N_("KEY") },
    { "descending", 0, 0, G_OPTION_ARG_NONE, &descending, N_("Reverse the order"), NULL },
    { NULL }
  };
  static const char * const sort_names[] = { "reading", "latin-name", "nationality", "ward", "created" };
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (NULL, _("Print people as tab-separated values with a header line: "
                                    "uuid, the name fields, nationality, ward, birth date, "
                                    "contact and when the record was created."), NULL);
  g_autoptr(TomoniPeopleModel) model = NULL;
  TomoniPeopleSort order = TOMONI_PEOPLE_SORT_READING;
  const char *header[G_N_ELEMENTS (list_fields) + 2];
  TomoniStore *store;
  guint n;
  int status;

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status >= 0)
    return status;
  if (argc > 1)
    return tomoni_cli_usage (context, _("unexpected argument “%s”"), argv[1]);

  if (sort != NULL)
    {
      guint i;
      for (i = 0; i < G_N_ELEMENTS (sort_names); i++)
        if (g_str_equal (sort, sort_names[i]))
          break;
      if (i == G_N_ELEMENTS (sort_names))
        return tomoni_cli_usage (context, _("--sort: unknown key “%s”"), sort);
      order = i;
    }

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;

  model = tomoni_people_model_new (store);
  tomoni_people_model_set_search (model, search);
  tomoni_people_model_set_sort (model, order, descending);

  n = 0;
  header[n++] = "uuid";
  for (guint i = 0; i < G_N_ELEMENTS (list_fields); i++)
    header[n++] = tomoni_person_field_get_name (list_fields[i]);
  header[n++] = "created-at";
  tomoni_cli_print_tsv (header, n);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(TomoniPerson) person = g_list_model_get_item (G_LIST_MODEL (model), i);
      print_person_line (person);
    }
  return TOMONI_CLI_OK;
}

static int
people_add (TomoniCli  *cli,
            int         argc,
            char      **argv)
{
  char *values[TOMONI_PERSON_N_FIELDS] = { 0 };
  GOptionEntry entries[TOMONI_PERSON_N_FIELDS + 2] = { { 0 } };
  gboolean consent = FALSE;
  g_autoptr(GOptionContext) context =
    tomoni_cli_context_new (NULL,
                            _("Add a person and print their UUID. Give at least a family or "
                              "given name, or the name in Latin letters. Readings may be typed "
                              "in hiragana; they are stored in katakana. Dates are YYYY-MM-DD."),
                            NULL);
  g_autoptr(TomoniPerson) person = tomoni_person_new ();
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  int status;

  for (guint i = 0; i < TOMONI_PERSON_N_FIELDS; i++)
    {
      entries[i].long_name = tomoni_person_field_get_name (i);
      entries[i].arg = G_OPTION_ARG_STRING;
      entries[i].arg_data = &values[i];
      entries[i].description = tomoni_person_field_get_label (i);
      entries[i].arg_description = N_("TEXT");
    }
  entries[TOMONI_PERSON_N_FIELDS] = (GOptionEntry) {
    "consent", 0, 0, G_OPTION_ARG_NONE, &consent, N_("The person agreed to the use of their data"), NULL
  };

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  status = tomoni_cli_parse (context, &argc, &argv);
  if (status < 0 && argc > 1)
    status = tomoni_cli_usage (context, _("unexpected argument “%s”"), argv[1]);

  if (status < 0)
    {
      for (guint i = 0; i < TOMONI_PERSON_N_FIELDS; i++)
        tomoni_person_set_field (person, i, values[i]);
      tomoni_person_set_consent (person, consent);

      store = tomoni_cli_open_store (cli);
      if (store == NULL)
        status = TOMONI_CLI_FAIL;
      else if (!tomoni_store_add_person (store, person, &error))
        status = tomoni_cli_fail (error);
      else
        {
          g_print ("%s\n", tomoni_person_get_uuid (person));
          status = TOMONI_CLI_OK;
        }
    }

  for (guint i = 0; i < TOMONI_PERSON_N_FIELDS; i++)
    g_free (values[i]);
  return status;
}

typedef gboolean (*PersonAction) (TomoniStore *store, gint64 id, GError **error);

static int
people_by_uuid (TomoniCli     *cli,
                int            argc,
                char         **argv,
                const char    *summary,
                PersonAction   action)
{
  g_autoptr(GOptionContext) context = tomoni_cli_context_new ("UUID", summary, NULL);
  g_autoptr(TomoniPerson) person = NULL;
  g_autoptr(GError) error = NULL;
  TomoniStore *store;
  int status = tomoni_cli_parse (context, &argc, &argv);

  if (status >= 0)
    return status;
  if (argc != 2)
    return tomoni_cli_usage (context, "%s", _("give one person’s UUID"));
  if (!g_uuid_string_is_valid (argv[1]))
    return tomoni_cli_fail_message (_("“%s” is not a UUID"), argv[1]);

  store = tomoni_cli_open_store (cli);
  if (store == NULL)
    return TOMONI_CLI_FAIL;
  person = tomoni_store_get_person_by_uuid (store, argv[1], &error);
  if (person == NULL)
    return tomoni_cli_fail (error);

  if (action != NULL)
    {
      if (!action (store, tomoni_person_get_id (person), &error))
        return tomoni_cli_fail (error);
      return TOMONI_CLI_OK;
    }

  for (guint i = 0; i < TOMONI_PERSON_N_FIELDS; i++)
    {
      const char *fields[] = { tomoni_person_field_get_name (i), tomoni_person_get_field (person, i) };
      tomoni_cli_print_tsv (fields, 2);
    }
  {
    const char *rows[][2] = {
      { "uuid", tomoni_person_get_uuid (person) },
      { "consent", tomoni_person_get_consent (person) ? "yes" : "no" },
      { "pseudonym", tomoni_person_get_pseudonym (person) },
      { "erased", tomoni_person_get_erased (person) ? "yes" : "no" },
      { "created-at", tomoni_person_get_created_at (person) },
      { "updated-at", tomoni_person_get_updated_at (person) },
    };
    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      tomoni_cli_print_tsv (rows[i], 2);
  }
  return TOMONI_CLI_OK;
}

static int
people_show (TomoniCli *cli, int argc, char **argv)
{
  return people_by_uuid (cli, argc, argv, _("Print every field of one person, one per line."), NULL);
}

static int
people_erase (TomoniCli *cli, int argc, char **argv)
{
  return people_by_uuid (cli, argc, argv,
                         _("Erase a person’s personal data (names, reading, birth date, contact, "
                           "notes). Their attendance still counts toward the targets."),
                         tomoni_store_erase_person);
}

static int
people_delete (TomoniCli *cli, int argc, char **argv)
{
  return people_by_uuid (cli, argc, argv,
                         _("Delete a person. Someone who took part in a class or activity is "
                           "erased instead, so that the counts stay."),
                         tomoni_store_delete_person);
}

int
tomoni_cli_people (TomoniCli  *cli,
                   int         argc,
                   char      **argv)
{
  static const TomoniCliCommand people_commands[] = {
    { "list", people_list, N_("Print people as TSV") },
    { "add", people_add, N_("Add a person") },
    { "show", people_show, N_("Print one person") },
    { "delete", people_delete, N_("Delete a person") },
    { "erase", people_erase, N_("Erase a person’s personal data") },
    { NULL }
  };

  return tomoni_cli_dispatch (cli, "people", people_commands, argc, argv);
}
