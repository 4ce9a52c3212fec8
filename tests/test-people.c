/* test-people.c: people in the store, their rules, and the lazy list model
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tomoni-lazy-list-model.h"
#include "tomoni-people-model.h"
#include "tomoni-store-people.h"
#include "tomoni-store-people-private.h"
#include "tomoni-test-util.h"

typedef struct {
  TomoniTestDir *dir;
  char          *path;
  TomoniStore   *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = tomoni_test_dir_new ();
  f->path = tomoni_test_dir_file (f->dir, "people.db");
  f->store = tomoni_store_open (f->path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->store);
  g_free (f->path);
  tomoni_test_dir_free (f->dir);
}

static TomoniPerson *
add (Fixture    *f,
     const char *family,
     const char *given,
     const char *reading,
     const char *latin,
     const char *nationality)
{
  g_autoptr(GError) error = NULL;
  TomoniPerson *person = tomoni_person_new ();

  tomoni_person_set_field (person, TOMONI_PERSON_FAMILY_NAME, family);
  tomoni_person_set_field (person, TOMONI_PERSON_GIVEN_NAME, given);
  tomoni_person_set_field (person, TOMONI_PERSON_READING, reading);
  tomoni_person_set_field (person, TOMONI_PERSON_LATIN_NAME, latin);
  tomoni_person_set_field (person, TOMONI_PERSON_NATIONALITY, nationality);
  g_assert_true (tomoni_store_add_person (f->store, person, &error));
  g_assert_no_error (error);
  return person;
}

static void
test_crud (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(TomoniPerson) person = add (f, "山田", "太郎", "やまだ　たろう", "", "jp");
  g_autoptr(TomoniPerson) read = NULL;
  g_autoptr(TomoniPerson) by_uuid = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *name = NULL;

  g_assert_cmpint (tomoni_person_get_id (person), >, 0);
  g_assert_true (g_uuid_string_is_valid (tomoni_person_get_uuid (person)));
  g_assert_true (g_str_has_prefix (tomoni_person_get_pseudonym (person), "P-"));
  uuid = g_strdup (tomoni_person_get_uuid (person));

  /* Normalised on the way in: reading in katakana, nationality upper case. */
  read = tomoni_store_get_person (f->store, tomoni_person_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tomoni_person_get_reading (read), ==, "ヤマダ タロウ");
  g_assert_cmpstr (tomoni_person_get_nationality (read), ==, "JP");
  name = tomoni_person_dup_display_name (read);
  g_assert_cmpstr (name, ==, "山田 太郎");

  tomoni_person_set_field (read, TOMONI_PERSON_PHONE, "０９６－３５９－２１２１");
  g_assert_true (tomoni_store_update_person (f->store, read, &error));
  g_assert_no_error (error);

  by_uuid = tomoni_store_get_person_by_uuid (f->store, uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tomoni_person_get_id (by_uuid), ==, tomoni_person_get_id (person));
  g_assert_cmpstr (tomoni_person_get_uuid (by_uuid), ==, uuid);
  g_assert_cmpstr (tomoni_person_get_field (by_uuid, TOMONI_PERSON_PHONE), ==, "096-359-2121");
  g_assert_cmpstr (tomoni_person_get_pseudonym (by_uuid), ==, tomoni_person_get_pseudonym (person));
  g_assert_cmpint (tomoni_store_count_people (f->store), ==, 1);
}

static void
test_given_uuid_kept (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(TomoniPerson) person = tomoni_person_new ();
  g_autoptr(TomoniPerson) bad = tomoni_person_new ();
  g_autoptr(TomoniPerson) twice = tomoni_person_new ();
  g_autoptr(GError) error = NULL;
  const char *uuid = "6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b";

  tomoni_person_set_field (person, TOMONI_PERSON_LATIN_NAME, "NGUYEN VAN AN");
  tomoni_person_set_uuid (person, uuid);
  g_assert_true (tomoni_store_add_person (f->store, person, &error));
  g_assert_cmpstr (tomoni_person_get_uuid (person), ==, uuid);

  tomoni_person_set_field (twice, TOMONI_PERSON_LATIN_NAME, "SOMEONE ELSE");
  tomoni_person_set_uuid (twice, uuid);
  g_assert_false (tomoni_store_add_person (f->store, twice, &error));
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT);
  g_clear_error (&error);

  tomoni_person_set_field (bad, TOMONI_PERSON_LATIN_NAME, "X");
  tomoni_person_set_uuid (bad, "not-a-uuid");
  g_assert_false (tomoni_store_add_person (f->store, bad, &error));
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID);
  g_assert_cmpint (tomoni_store_count_people (f->store), ==, 1);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  static const struct {
    TomoniPersonField field;
    const char *value;
    TomoniPersonField bad_field;
  } cases[] = {
    { TOMONI_PERSON_NOTES, "no name at all", TOMONI_PERSON_GIVEN_NAME },
    { TOMONI_PERSON_READING, "山田", TOMONI_PERSON_READING },
    { TOMONI_PERSON_READING, "yamada", TOMONI_PERSON_READING },
    { TOMONI_PERSON_BIRTH_DATE, "2001-02-30", TOMONI_PERSON_BIRTH_DATE },
    { TOMONI_PERSON_BIRTH_DATE, "2999-01-01", TOMONI_PERSON_BIRTH_DATE },
    { TOMONI_PERSON_BIRTH_DATE, "yesterday", TOMONI_PERSON_BIRTH_DATE },
    { TOMONI_PERSON_NATIONALITY, "Vietnam", TOMONI_PERSON_NATIONALITY },
    { TOMONI_PERSON_EMAIL, "an.example.com", TOMONI_PERSON_EMAIL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TomoniPerson) person = tomoni_person_new ();
      g_autoptr(GError) error = NULL;
      TomoniPersonField bad = TOMONI_PERSON_N_FIELDS;

      if (i > 0)
        tomoni_person_set_field (person, TOMONI_PERSON_GIVEN_NAME, "An");
      tomoni_person_set_field (person, cases[i].field, cases[i].value);

      g_assert_false (tomoni_person_normalize (person, &bad, NULL));
      g_assert_cmpint (bad, ==, cases[i].bad_field);
      g_assert_false (tomoni_store_add_person (f->store, person, &error));
      g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID);
      /* The message names the field. */
      g_assert_nonnull (strstr (error->message, tomoni_person_field_get_label (cases[i].bad_field)));
      /* A failed check changes nothing, in the object or the store. */
      g_assert_cmpstr (tomoni_person_get_field (person, cases[i].field), ==, cases[i].value);
    }
  g_assert_cmpint (tomoni_store_count_people (f->store), ==, 0);

  {
    g_autoptr(TomoniPerson) ok = tomoni_person_new ();
    tomoni_person_set_field (ok, TOMONI_PERSON_GIVEN_NAME, "Aung");
    tomoni_person_set_field (ok, TOMONI_PERSON_BIRTH_DATE, "２００１/２/３");
    g_assert_true (tomoni_person_normalize (ok, NULL, NULL));
    g_assert_cmpstr (tomoni_person_get_field (ok, TOMONI_PERSON_BIRTH_DATE), ==, "2001-02-03");
  }
}

static GArray *
ids (Fixture          *f,
     const char       *search,
     TomoniPeopleSort  sort,
     gboolean          descending)
{
  g_autoptr(GError) error = NULL;
  GArray *result = tomoni_store_query_person_ids (f->store, search, sort, descending, &error);

  g_assert_no_error (error);
  return result;
}

static void
test_sort_and_search (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(TomoniPerson) watanabe = add (f, "渡辺", "花子", "わたなべ はなこ", "", "JP");
  g_autoptr(TomoniPerson) nguyen = add (f, "グエン", "ヴァン アン", "グエン ヴァン アン", "NGUYEN VAN AN", "VN");
  g_autoptr(TomoniPerson) kim = add (f, "김", "민준", "キム ミンジュン", "KIM MINJUN", "KR");
  g_autoptr(TomoniPerson) aoki = add (f, "青木", "健", "あおき けん", "", "JP");
  g_autoptr(TomoniPerson) li = add (f, "李", "娜", "リ ナ", "LI NA", "CN");
  g_autoptr(GArray) all = ids (f, NULL, TOMONI_PEOPLE_SORT_READING, FALSE);
  g_autoptr(GArray) back = ids (f, NULL, TOMONI_PEOPLE_SORT_READING, TRUE);
  g_autoptr(GArray) by_nat = ids (f, NULL, TOMONI_PEOPLE_SORT_NATIONALITY, FALSE);
  TomoniPerson *expected[] = { aoki, kim, nguyen, li, watanabe };

  g_assert_cmpuint (all->len, ==, 5);
  for (guint i = 0; i < all->len; i++)
    {
      g_assert_cmpint (g_array_index (all, gint64, i), ==, tomoni_person_get_id (expected[i]));
      g_assert_cmpint (g_array_index (back, gint64, 4 - i), ==, tomoni_person_get_id (expected[i]));
    }
  g_assert_cmpint (g_array_index (by_nat, gint64, 0), ==, tomoni_person_get_id (li));
  g_assert_cmpint (g_array_index (by_nat, gint64, 4), ==, tomoni_person_get_id (nguyen));

  {
    static const struct { const char *query; guint n; } searches[] = {
      { "わたなべ", 1 },       /* reading typed in hiragana */
      { "ワタナベ", 1 },       /* … or katakana */
      { "ﾜﾀﾅﾍﾞ", 1 },         /* … or half-width */
      { "渡辺花子", 1 },       /* name without the space */
      { "渡辺 花子", 1 },
      { "nguyen", 1 },         /* Latin letters, any case */
      { "ＫＩＭ", 1 },          /* full-width */
      { "김민준", 1 },          /* Hangul */
      { "李", 1 },
      { "ン", 3 },
      { "%", 0 },              /* LIKE wildcards are literal */
      { "_", 0 },
      { "zzz", 0 },
      { "   ", 5 },            /* blank means everyone */
    };
    for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
      {
        g_autoptr(GArray) found = ids (f, searches[i].query, TOMONI_PEOPLE_SORT_READING, FALSE);
        if (found->len != searches[i].n)
          g_error ("search “%s”: %u found, %u expected", searches[i].query, found->len, searches[i].n);
      }
  }
}

static void
test_delete_undo_erase (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(TomoniPerson) a = add (f, "佐藤", "一郎", "さとう いちろう", "", "JP");
  g_autoptr(TomoniPerson) b = add (f, NULL, "Aung", "アウン", "AUNG", "MM");
  g_autoptr(TomoniPerson) erased = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id_a = tomoni_person_get_id (a);
  gint64 id_b = tomoni_person_get_id (b);

  g_assert_true (tomoni_store_delete_person (f->store, id_a, &error));
  g_assert_cmpint (tomoni_store_count_people (f->store), ==, 1);
  g_assert_false (tomoni_store_delete_person (f->store, id_a, &error));
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_true (tomoni_store_undelete_person (f->store, id_a, &error));
  g_assert_cmpint (tomoni_store_count_people (f->store), ==, 2);

  g_assert_true (tomoni_store_erase_person (f->store, id_b, &error));
  erased = tomoni_store_get_person (f->store, id_b, &error);
  g_assert_no_error (error);
  g_assert_true (tomoni_person_get_erased (erased));
  g_assert_cmpstr (tomoni_person_get_given_name (erased), ==, "");
  g_assert_cmpstr (tomoni_person_get_latin_name (erased), ==, "");
  g_assert_cmpstr (tomoni_person_get_reading (erased), ==, "");
  g_assert_cmpstr (tomoni_person_get_nationality (erased), ==, "MM");
  g_assert_cmpstr (tomoni_person_get_uuid (erased), ==, tomoni_person_get_uuid (b));
  g_assert_false (tomoni_store_update_person (f->store, erased, &error));
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Issue 14, row 9: opening the database (another connection, the CLI)
   * must not take away a delete the app can still undo. */
  g_assert_true (tomoni_store_delete_person (f->store, id_a, &error));
  {
    g_autoptr(TomoniStore) other = tomoni_store_open (f->path, &error);

    g_assert_no_error (error);
    g_assert_nonnull (other);
  }
  g_assert_finalize_object (g_steal_pointer (&f->store));
  f->store = tomoni_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (tomoni_store_undelete_person (f->store, id_a, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tomoni_store_count_people (f->store), ==, 2);

  /* A day later it is still there; once older than the margin, it goes. */
  g_assert_true (tomoni_store_delete_person (f->store, id_a, &error));
  g_assert_true (tomoni_store_purge_deleted_people (f->store, TOMONI_STORE_PURGE_DELETED_AFTER, &error));
  g_assert_no_error (error);
  g_assert_true (tomoni_store_undelete_person (f->store, id_a, &error));
  g_assert_true (tomoni_store_delete_person (f->store, id_a, &error));
  /* An age of 0 stands for "the margin has passed" without waiting a day. */
  g_assert_true (tomoni_store_purge_deleted_people (f->store, 0, &error));
  g_assert_no_error (error);
  g_assert_false (tomoni_store_undelete_person (f->store, id_a, &error));
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND);
}

static void
test_action (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Several calls, one action: abort leaves nothing, commit keeps all. */
  g_assert_true (tomoni_store_begin_action (f->store, &error));
  {
    g_autoptr(TomoniPerson) a = add (f, NULL, "A", "", "", "");
    g_autoptr(TomoniPerson) b = add (f, NULL, "B", "", "", "");
    g_assert_cmpint (tomoni_store_count_people (f->store), ==, 2);
  }
  tomoni_store_abort_action (f->store);
  g_assert_cmpint (tomoni_store_count_people (f->store), ==, 0);

  g_assert_true (tomoni_store_begin_action (f->store, &error));
  {
    g_autoptr(TomoniPerson) c = add (f, NULL, "C", "", "", "");
  }
  g_assert_true (tomoni_store_commit_action (f->store, &error));
  g_assert_no_error (error);
  g_assert_finalize_object (g_steal_pointer (&f->store));
  f->store = tomoni_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tomoni_store_count_people (f->store), ==, 1);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *calls)
{
  calls[0]++;
  calls[1] = position;
  calls[2] = removed;
  calls[3] = added;
}

static GObject *
load_person_or_null (TomoniStore  *store,
                     gint64        id,
                     GError      **error)
{
  return (GObject *)tomoni_store_get_person (store, id, error);
}

/* The generic lazy model, without a refresh function: ids in, items read on
 * demand, only the changed range announced, a missing record an empty item. */
static void
test_lazy_list_model (Fixture       *f,
                      gconstpointer  unused)
{
  g_autoptr(TomoniLazyListModel) model = tomoni_lazy_list_model_new (f->store, TOMONI_TYPE_PERSON,
                                                                      load_person_or_null, NULL);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) fewer = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint calls[4] = { 0 };
  gint64 missing = 999999;

  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *given = g_strdup_printf ("Lazy %u", i);
      g_autoptr(TomoniPerson) p = add (f, NULL, given, "", "", "");
      gint64 id = tomoni_person_get_id (p);

      g_array_append_val (ids, id);
      if (i != 2)
        g_array_append_val (fewer, id);
    }
  g_array_append_val (ids, missing);
  g_array_append_val (fewer, missing);

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), calls);
  tomoni_lazy_list_model_set_ids (model, ids);
  g_assert_cmpuint (calls[0], ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 6);
  g_assert_cmpuint (tomoni_lazy_list_model_get_n_loaded (model), ==, 0);
  {
    g_autoptr(TomoniPerson) third = g_list_model_get_item (G_LIST_MODEL (model), 2);
    g_autoptr(TomoniPerson) empty = g_list_model_get_item (G_LIST_MODEL (model), 5);

    g_assert_cmpstr (tomoni_person_get_given_name (third), ==, "Lazy 2");
    g_assert_nonnull (empty);
    g_assert_cmpuint (tomoni_lazy_list_model_get_n_loaded (model), ==, 2);
  }
  g_assert_cmpuint (tomoni_lazy_list_model_find (model, g_array_index (ids, gint64, 3)), ==, 3);
  g_assert_cmpuint (tomoni_lazy_list_model_find (model, -1), ==, G_MAXUINT);

  /* One id leaves: one row removed at its place. */
  tomoni_lazy_list_model_set_ids (model, fewer);
  g_assert_cmpuint (calls[0], ==, 2);
  g_assert_cmpuint (calls[1], ==, 2);
  g_assert_cmpuint (calls[2], ==, 1);
  g_assert_cmpuint (calls[3], ==, 0);
  g_assert_cmpint (tomoni_lazy_list_model_get_id (model, 2), ==, g_array_index (ids, gint64, 3));
}

static void
test_model (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(TomoniPeopleModel) model = tomoni_people_model_new (f->store);
  g_autoptr(GError) error = NULL;
  guint calls[4] = { 0 };

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == TOMONI_TYPE_PERSON);

  for (guint i = 0; i < 600; i++)
    {
      g_autofree char *given = g_strdup_printf ("Person %03u", i);
      g_autoptr(TomoniPerson) p = add (f, NULL, given, "", "", "");
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 600);
  /* Nothing has been read yet: the model holds ids only. */
  g_assert_cmpuint (tomoni_people_model_get_n_loaded (model), ==, 0);

  {
    g_autoptr(TomoniPerson) first = g_list_model_get_item (G_LIST_MODEL (model), 0);
    g_autoptr(TomoniPerson) last = g_list_model_get_item (G_LIST_MODEL (model), 599);
    g_assert_cmpstr (tomoni_person_get_given_name (first), ==, "Person 000");
    g_assert_cmpstr (tomoni_person_get_given_name (last), ==, "Person 599");
    g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 600));
    g_assert_cmpuint (tomoni_people_model_get_n_loaded (model), ==, 2);
  }

  /* Walking the whole list keeps memory bounded. */
  for (guint i = 0; i < 600; i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), i));
  g_assert_cmpuint (tomoni_people_model_get_n_loaded (model), <=, 512);

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), calls);

  /* One added person is one small change, where it sorts. */
  {
    g_autoptr(TomoniPerson) p = add (f, NULL, "Person 300a", "", "", "");
    g_assert_cmpuint (calls[0], ==, 1);
    g_assert_cmpuint (calls[1], ==, 301);
    g_assert_cmpuint (calls[2], ==, 0);
    g_assert_cmpuint (calls[3], ==, 1);

    g_assert_true (tomoni_store_delete_person (f->store, tomoni_person_get_id (p), &error));
    g_assert_cmpuint (calls[0], ==, 2);
    g_assert_cmpuint (calls[1], ==, 301);
    g_assert_cmpuint (calls[2], ==, 1);
    g_assert_cmpuint (calls[3], ==, 0);
  }

  /* An edit updates the cached object in place, with no list change. */
  {
    g_autoptr(TomoniPerson) shown = g_list_model_get_item (G_LIST_MODEL (model), 5);
    g_autoptr(TomoniPerson) edit = tomoni_person_copy (shown);
    tomoni_person_set_field (edit, TOMONI_PERSON_WARD, "chuo");
    g_assert_true (tomoni_store_update_person (f->store, edit, &error));
    g_assert_cmpstr (tomoni_person_get_field (shown, TOMONI_PERSON_WARD), ==, "chuo");
    g_assert_cmpuint (calls[0], ==, 2);
  }

  tomoni_people_model_set_search (model, "person 01");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 10);
  tomoni_people_model_set_sort (model, TOMONI_PEOPLE_SORT_READING, TRUE);
  {
    g_autoptr(TomoniPerson) first = g_list_model_get_item (G_LIST_MODEL (model), 0);
    g_assert_cmpstr (tomoni_person_get_given_name (first), ==, "Person 019");
  }
  g_signal_handlers_disconnect_by_data (model, calls);
}

/* The person row writer: the one INSERT merges by UUID (a second row with
 * the same UUID writes nothing and reports id 0), the keys are filled as
 * the API fills them, and the one UPDATE writes the row whole. */
static void
test_row_writer (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniPerson) person = NULL;
  g_autoptr(TomoniPerson) api = add (f, "山田", "花子", "やまだ　はなこ", "", "jp");
  g_auto(TomoniPersonRow) loaded = { 0 };
  g_auto(TomoniPersonRow) api_row = { 0 };
  const char *uuid = "0b6f2c1e-9d8a-4c3b-a2e1-f0e9d8c7b6a5";
  TomoniPersonRow row = {
    .uuid = uuid, .family_name = "山田", .given_name = "花子",
    .nationality = "jp", .created_at = "2026-04-01T00:00:00Z",
  };
  TomoniPersonRow other = { .uuid = uuid, .given_name = "別人", .nationality = "vn" };
  TomoniPersonRow missing = { .id = 999999, .given_name = "誰か" };
  gint64 id = 0;
  gint64 again = -1;

  row.reading = tomoni_person_get_reading (api);
  g_assert_true (tomoni_person_row_insert (f->store, &row, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);

  g_assert_true (tomoni_person_row_insert (f->store, &other, &again, &error));
  g_assert_no_error (error);
  g_assert_cmpint (again, ==, 0);

  g_assert_true (tomoni_person_row_load (f->store, id, &loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (loaded.given_name, ==, "花子");
  g_assert_cmpstr (loaded.nationality, ==, "jp");
  g_assert_cmpstr (loaded.created_at, ==, "2026-04-01T00:00:00Z");
  g_assert_cmpstr (loaded.updated_at, ==, "2026-04-01T00:00:00Z");
  g_assert_true (g_str_has_prefix (loaded.pseudonym, "P-"));
  g_assert_null (loaded.erased_at);
  /* The same keys as the API writes for the same names. */
  g_assert_true (tomoni_person_row_load (f->store, tomoni_person_get_id (api), &api_row, &error));
  g_assert_cmpstr (loaded.sort_key, ==, api_row.sort_key);
  g_assert_cmpstr (loaded.search_text, ==, api_row.search_text);

  {
    TomoniPersonRow write = loaded;

    write.given_name = "太郎";
    write.sort_key = NULL;
    write.search_text = NULL;
    write.updated_at = NULL;
    g_assert_true (tomoni_person_row_update (f->store, &write, &error));
    g_assert_no_error (error);
  }
  person = tomoni_store_get_person (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tomoni_person_get_given_name (person), ==, "太郎");
  g_assert_cmpstr (tomoni_person_get_pseudonym (person), ==, loaded.pseudonym);
  g_assert_cmpstr (tomoni_person_get_created_at (person), ==, "2026-04-01T00:00:00Z");
  g_assert_cmpstr (tomoni_person_get_updated_at (person), !=, "2026-04-01T00:00:00Z");

  g_assert_false (tomoni_person_row_update (f->store, &missing, &error));
  g_assert_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND);
  g_assert_cmpint (tomoni_store_count_people (f->store), ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/people/lazy-list-model", test_lazy_list_model);
  ADD ("/people/crud", test_crud);
  ADD ("/people/given-uuid", test_given_uuid_kept);
  ADD ("/people/validation", test_validation);
  ADD ("/people/sort-and-search", test_sort_and_search);
  ADD ("/people/delete-undo-erase", test_delete_undo_erase);
  ADD ("/people/model", test_model);
  ADD ("/people/action", test_action);
  ADD ("/people/row-writer", test_row_writer);
#undef ADD

  return g_test_run ();
}
