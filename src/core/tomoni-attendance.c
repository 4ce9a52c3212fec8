/* tomoni-attendance.c: attendance statuses and kinds, their keys and labels
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-classes"

#include <glib/gi18n-lib.h>

#include "tomoni-attendance.h"

static const char * const status_keys[] = { "", "present", "late", "excused", "absent" };
static const char * const kind_keys[] = { "enrolled", "trial", "walk-in" };

const char *
tomoni_attendance_status_to_key (TomoniAttendanceStatus status)
{
  g_return_val_if_fail (status <= TOMONI_ATTENDANCE_ABSENT, "");
  return status_keys[status];
}

gboolean
tomoni_attendance_status_from_key (const char             *key,
                                   TomoniAttendanceStatus *out_status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_keys); i++)
    if (g_strcmp0 (key, status_keys[i]) == 0)
      {
        *out_status = i;
        return TRUE;
      }
  if (g_strcmp0 (key, "none") == 0)
    {
      *out_status = TOMONI_ATTENDANCE_NONE;
      return TRUE;
    }
  return FALSE;
}

const char *
tomoni_attendance_status_label (TomoniAttendanceStatus status)
{
  switch (status)
    {
    case TOMONI_ATTENDANCE_PRESENT:
      return _("Present");
    case TOMONI_ATTENDANCE_LATE:
      return _("Late");
    case TOMONI_ATTENDANCE_EXCUSED:
      /* Translators: absent with notice (欠席連絡あり) */
      return _("Excused");
    case TOMONI_ATTENDANCE_ABSENT:
      return _("Absent");
    case TOMONI_ATTENDANCE_NONE:
    default:
      /* Translators: attendance not taken yet */
      return _("Not taken");
    }
}

const char *
tomoni_attendance_kind_to_key (TomoniAttendanceKind kind)
{
  g_return_val_if_fail (kind <= TOMONI_ATTENDANCE_KIND_WALK_IN, "enrolled");
  return kind_keys[kind];
}

gboolean
tomoni_attendance_kind_from_key (const char           *key,
                                 TomoniAttendanceKind *out_kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_keys); i++)
    if (g_strcmp0 (key, kind_keys[i]) == 0)
      {
        *out_kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
tomoni_attendance_kind_label (TomoniAttendanceKind kind)
{
  switch (kind)
    {
    case TOMONI_ATTENDANCE_KIND_TRIAL:
      /* Translators: trial attendance (体験) */
      return _("Trial");
    case TOMONI_ATTENDANCE_KIND_WALK_IN:
      return _("Walk-in");
    case TOMONI_ATTENDANCE_KIND_ENROLLED:
    default:
      return _("Enrolled");
    }
}

