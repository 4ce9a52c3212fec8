/* tomoni-store-skills.c: the editable lists of skills and trainings in the store
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "tomoni-store-private.h"
#include "tomoni-store-skills.h"
#include "tomoni-store-volunteers-private.h"
#include "tomoni-text.h"

/* Catalogs: skills and trainings */

void
tomoni_catalog_entry_free (TomoniCatalogEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->key);
  g_free (entry->name_ja);
  g_free (entry->name_en);
  g_free (entry);
}

const char *
tomoni_catalog_entry_get_name (TomoniCatalogEntry *entry)
{
  const char *lang = g_getenv ("LANGUAGE");

  g_return_val_if_fail (entry != NULL, NULL);
  /* Translators: write "ja" here in the Japanese translation so that the
   * Japanese names of skills and trainings are shown. */
  if (g_str_equal (C_("catalog-language", "en"), "ja")
      || (lang != NULL && g_str_has_prefix (lang, "ja")))
    return entry->name_ja;
  return entry->name_en;
}

static GPtrArray *
list_catalog (TomoniStore  *self,
              gboolean      skills,
              GError      **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify)tomoni_catalog_entry_free);
  TomoniDbStmt *stmt;
  int rc;

  stmt = skills
    ? tomoni_store_prepare (self,
                            "SELECT id, key, name_ja, name_en,"
                            " (SELECT count(*) FROM volunteer_skill WHERE skill_id = skill.id)"
                            " + (SELECT count(*) FROM slot WHERE required_skill_id = skill.id)"
                            " FROM skill ORDER BY key", error)
    : tomoni_store_prepare (self,
                            "SELECT id, key, name_ja, name_en,"
                            " (SELECT count(*) FROM volunteer_training WHERE training_id = training.id)"
                            " + (SELECT count(*) FROM slot WHERE required_training_id = training.id)"
                            " FROM training ORDER BY key", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = tomoni_db_step (stmt)) == TOMONI_DB_ROW)
    {
      TomoniCatalogEntry *entry = g_new0 (TomoniCatalogEntry, 1);

      entry->id = tomoni_db_column_int64 (stmt, 0);
      entry->key = tomoni_column_dup_text (stmt, 1);
      entry->name_ja = tomoni_column_dup_text (stmt, 2);
      entry->name_en = tomoni_column_dup_text (stmt, 3);
      entry->n_used = tomoni_db_column_int (stmt, 4);
      g_ptr_array_add (out, entry);
    }
  tomoni_db_reset (stmt);
  if (rc != TOMONI_DB_DONE)
    {
      tomoni_store_set_error (self, rc, error);
      return NULL;
    }
  return g_steal_pointer (&out);
}

GPtrArray *
tomoni_store_list_skills (TomoniStore  *self,
                          GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  return list_catalog (self, TRUE, error);
}

GPtrArray *
tomoni_store_list_trainings (TomoniStore  *self,
                             GError      **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), NULL);
  return list_catalog (self, FALSE, error);
}

static gboolean
valid_key (const char *key)
{
  if (key == NULL || *key == '\0' || strlen (key) > 64)
    return FALSE;
  for (const char *p = key; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static gboolean
check_catalog_entry (const char  *key,
                     const char  *name_ja,
                     const char  *name_en,
                     GError     **error)
{
  if (!valid_key (key))
    return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("Key: “%s” is not a key (lower-case letters, digits and '-')"), key ? key : "");
  if (name_ja == NULL || tomoni_text_is_blank (name_ja))
    return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("Japanese name: this field is required"));
  if (name_en == NULL || tomoni_text_is_blank (name_en))
    return tomoni_store_fail (error, TOMONI_STORE_ERROR_INVALID, _("English name: this field is required"));
  return TRUE;
}

static gboolean
write_catalog (TomoniStore  *self,
               gboolean      skills,
               gboolean      add,
               const char   *key,
               const char   *name_ja,
               const char   *name_en,
               GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };
  g_autofree char *now = tomoni_timestamp_now ();
  g_autofree char *uuid = tomoni_uuid_new ();
  TomoniCatalogRow row = { 0 };
  TomoniDbStmt *stmt;
  gint64 exists;

  if (!check_catalog_entry (key, name_ja, name_en, error))
    return FALSE;
  if (!tomoni_store_transaction_begin (&tx, self, error))
    return FALSE;

  stmt = skills ? tomoni_store_prepare (self, "SELECT count(*) FROM skill WHERE key = ?1", error)
                : tomoni_store_prepare (self, "SELECT count(*) FROM training WHERE key = ?1", error);
  if (stmt == NULL)
    return FALSE;
  tomoni_bind_text (stmt, 1, key);
  exists = tomoni_db_step (stmt) == TOMONI_DB_ROW ? tomoni_db_column_int64 (stmt, 0) : 0;
  tomoni_db_reset (stmt);
  if (add && exists)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                   _("Key: “%s” already exists"), key);
      return FALSE;
    }
  if (!add && !exists)
    {
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND,
                   _("There is no “%s”"), key);
      return FALSE;
    }

  row.id = add ? 0 : tomoni_store_catalog_id (self, skills, key);
  row.uuid = add ? uuid : NULL;        /* an update keeps them */
  row.key = key;
  row.name_ja = name_ja;
  row.name_en = name_en;
  row.created_at = add ? now : NULL;
  row.updated_at = now;
  if (add && !(skills ? tomoni_skill_row_insert (self, &row, NULL, error)
                      : tomoni_training_row_insert (self, &row, NULL, error)))
    return FALSE;
  if (!add && !(skills ? tomoni_skill_row_update (self, &row, error)
                       : tomoni_training_row_update (self, &row, error)))
    return FALSE;
  if (!tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "volunteers");
  return TRUE;
}

gboolean
tomoni_store_add_skill (TomoniStore *self, const char *key, const char *name_ja,
                        const char *name_en, GError **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  return write_catalog (self, TRUE, TRUE, key, name_ja, name_en, error);
}

gboolean
tomoni_store_rename_skill (TomoniStore *self, const char *key, const char *name_ja,
                           const char *name_en, GError **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  return write_catalog (self, TRUE, FALSE, key, name_ja, name_en, error);
}

gboolean
tomoni_store_add_training (TomoniStore *self, const char *key, const char *name_ja,
                           const char *name_en, GError **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  return write_catalog (self, FALSE, TRUE, key, name_ja, name_en, error);
}

gboolean
tomoni_store_rename_training (TomoniStore *self, const char *key, const char *name_ja,
                              const char *name_en, GError **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  return write_catalog (self, FALSE, FALSE, key, name_ja, name_en, error);
}

static gboolean
delete_catalog (TomoniStore  *self,
                gboolean      skills,
                const char   *key,
                GError      **error)
{
  g_autoptr(GPtrArray) entries = list_catalog (self, skills, error);
  g_auto(TomoniStoreTransaction) tx = { 0 };
  TomoniDbStmt *stmt;

  if (entries == NULL)
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      TomoniCatalogEntry *entry = g_ptr_array_index (entries, i);

      if (!g_str_equal (entry->key, key))
        continue;
      if (entry->n_used > 0)
        {
          g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CONFLICT,
                       g_dngettext (GETTEXT_PACKAGE, "“%s” is used by %u volunteer or slot",
                                    "“%s” is used by %u volunteers or slots", entry->n_used),
                       key, entry->n_used);
          return FALSE;
        }
      if (!tomoni_store_transaction_begin (&tx, self, error))
        return FALSE;
      stmt = skills ? tomoni_store_prepare (self, "DELETE FROM skill WHERE key = ?1", error)
                    : tomoni_store_prepare (self, "DELETE FROM training WHERE key = ?1", error);
      if (stmt == NULL)
        return FALSE;
      tomoni_bind_text (stmt, 1, key);
      if (!tomoni_store_step_done (self, stmt, error) || !tomoni_store_transaction_commit (&tx, error))
        return FALSE;
      tomoni_store_notify_changed (self, "volunteers");
      return TRUE;
    }
  g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_NOT_FOUND, _("There is no “%s”"), key);
  return FALSE;
}

gboolean
tomoni_store_delete_skill (TomoniStore *self, const char *key, GError **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  return delete_catalog (self, TRUE, key, error);
}

gboolean
tomoni_store_delete_training (TomoniStore *self, const char *key, GError **error)
{
  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);
  return delete_catalog (self, FALSE, key, error);
}

gint64
tomoni_store_catalog_id (TomoniStore *self,
                         gboolean     skills,
                         const char  *key)
{
  TomoniDbStmt *stmt = skills
    ? tomoni_store_prepare (self, "SELECT id FROM skill WHERE key = ?1", NULL)
    : tomoni_store_prepare (self, "SELECT id FROM training WHERE key = ?1", NULL);
  gint64 id = 0;

  if (stmt == NULL)
    return 0;
  tomoni_bind_text (stmt, 1, key);
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    id = tomoni_db_column_int64 (stmt, 0);
  tomoni_db_reset (stmt);
  return id;
}
