/* tomoni-store-target-aggregates.c: the maintained participation counts,
 * checked against and rebuilt from the participation view
 *
 * target_participation and the summary tables are kept by triggers
 * (schema/005-targets.sql, 006-participation.sql); these functions count
 * everything again from scratch, to compare or to start over.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-store-targets"

#include <glib/gi18n-lib.h>

#include "tomoni-store-private.h"
#include "tomoni-store-targets.h"

/* --- the aggregate --------------------------------------------------------- */

/* target_participation counted from scratch: the participation view
 * (schema/006-participation.sql) grouped as the triggers keep it. */
#define SCRATCH_SQL \
  "SELECT kind, programme_id, person_id, fy, min (day), max (day), count (*)," \
  "   (SELECT nationality FROM person WHERE id = p.person_id)" \
  " FROM participation p GROUP BY kind, programme_id, person_id, fy"

#define SUMMARY_PROGRAMME_SCRATCH \
  "SELECT kind, programme_id, fy, prev_fy, count (*), sum (n) FROM" \
  " (SELECT kind, programme_id, fy, n, coalesce (lag (fy) OVER (PARTITION BY kind, programme_id, person_id" \
  "  ORDER BY fy), 0) AS prev_fy FROM target_participation) GROUP BY 1, 2, 3, 4"
#define SUMMARY_NATIONALITY_SCRATCH \
  "SELECT kind, nationality, fy, prev_fy, count (*), sum (n) FROM" \
  " (SELECT kind, nationality, fy, n, coalesce (lag (fy) OVER (PARTITION BY kind, programme_id, person_id" \
  "  ORDER BY fy), 0) AS prev_fy FROM target_participation) GROUP BY 1, 2, 3, 4"

/**
 * tomoni_store_check_target_aggregates:
 * @out_report: (out) (optional): how many rows differ
 *
 * Compares the maintained aggregate with a count from scratch. Returns %FALSE
 * with %TOMONI_STORE_ERROR_CORRUPT when they differ.
 */
gboolean
tomoni_store_check_target_aggregates (TomoniStore  *self,
                                      char        **out_report,
                                      GError      **error)
{
  TomoniDbStmt *stmt;
  gint64 missing = 0, extra = 0, summary_missing = 0, summary_extra = 0;

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  stmt = tomoni_store_prepare (self,
                               "SELECT (SELECT count (*) FROM (" SCRATCH_SQL " EXCEPT"
                               "  SELECT kind, programme_id, person_id, fy, first_date, last_date, n, nationality"
                               "  FROM target_participation)),"
                               " (SELECT count (*) FROM ("
                               "  SELECT kind, programme_id, person_id, fy, first_date, last_date, n, nationality"
                               "  FROM target_participation EXCEPT SELECT * FROM (" SCRATCH_SQL ")))",
                               error);
  if (stmt == NULL)
    return FALSE;
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      missing = tomoni_db_column_int64 (stmt, 0);
      extra = tomoni_db_column_int64 (stmt, 1);
    }
  tomoni_db_reset (stmt);

  stmt = tomoni_store_prepare (self,
                               "SELECT (SELECT count (*) FROM (" SUMMARY_PROGRAMME_SCRATCH " EXCEPT"
                               "  SELECT kind, programme_id, fy, prev_fy, rows, n FROM target_summary_programme WHERE rows <> 0)),"
                               " (SELECT count (*) FROM (SELECT kind, programme_id, fy, prev_fy, rows, n"
                               "  FROM target_summary_programme WHERE rows <> 0 EXCEPT SELECT * FROM (" SUMMARY_PROGRAMME_SCRATCH "))),"
                               " (SELECT count (*) FROM (" SUMMARY_NATIONALITY_SCRATCH " EXCEPT"
                               "  SELECT kind, nationality, fy, prev_fy, rows, n FROM target_summary_nationality WHERE rows <> 0)),"
                               " (SELECT count (*) FROM (SELECT kind, nationality, fy, prev_fy, rows, n"
                               "  FROM target_summary_nationality WHERE rows <> 0 EXCEPT SELECT * FROM (" SUMMARY_NATIONALITY_SCRATCH ")))",
                               error);
  if (stmt == NULL)
    return FALSE;
  if (tomoni_db_step (stmt) == TOMONI_DB_ROW)
    {
      summary_missing = tomoni_db_column_int64 (stmt, 0) + tomoni_db_column_int64 (stmt, 2);
      summary_extra = tomoni_db_column_int64 (stmt, 1) + tomoni_db_column_int64 (stmt, 3);
    }
  tomoni_db_reset (stmt);
  missing += summary_missing;
  extra += summary_extra;

  if (out_report != NULL)
    *out_report = g_strdup_printf ("target aggregates: %" G_GINT64_FORMAT " missing or different, %"
                                   G_GINT64_FORMAT " extra (summaries: %" G_GINT64_FORMAT ", %"
                                   G_GINT64_FORMAT ")\n", missing, extra, summary_missing, summary_extra);
  if (missing != 0 || extra != 0)
    {
      g_autofree char *rows = g_strdup_printf ("%" G_GINT64_FORMAT, missing + extra);

      /* Translators: %s is a number of rows */
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_CORRUPT,
                   _("The participation counts behind the targets differ from the records "
                     "(%s rows); rebuild them"), rows);
      return FALSE;
    }
  return TRUE;
}

gboolean
tomoni_store_rebuild_target_aggregates (TomoniStore  *self,
                                        GError      **error)
{
  g_auto(TomoniStoreTransaction) tx = { 0 };

  g_return_val_if_fail (TOMONI_IS_STORE (self), FALSE);

  if (!tomoni_store_transaction_begin (&tx, self, error) ||
      !tomoni_store_exec (self, "DELETE FROM target_participation;"
                                "DELETE FROM target_summary_programme;"
                                "DELETE FROM target_summary_nationality", error) ||
      !tomoni_store_exec (self,
                          "INSERT INTO target_participation (kind, programme_id, person_id, fy,"
                          " first_date, last_date, n, nationality) " SCRATCH_SQL,
                          error) ||
      !tomoni_store_transaction_commit (&tx, error))
    return FALSE;
  tomoni_store_notify_changed (self, "targets");
  return TRUE;
}