/* tomoni-attendance.h: attendance statuses and kinds (no storage)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  TOMONI_ATTENDANCE_NONE,      /* not taken (no row) */
  TOMONI_ATTENDANCE_PRESENT,
  TOMONI_ATTENDANCE_LATE,
  TOMONI_ATTENDANCE_EXCUSED,
  TOMONI_ATTENDANCE_ABSENT,
} TomoniAttendanceStatus;

typedef enum {
  TOMONI_ATTENDANCE_KIND_ENROLLED,
  TOMONI_ATTENDANCE_KIND_TRIAL,     /* 体験 */
  TOMONI_ATTENDANCE_KIND_WALK_IN,
} TomoniAttendanceKind;

/* "present", "late", "excused", "absent" ("" for NONE) and back */
const char    *tomoni_attendance_status_to_key   (TomoniAttendanceStatus   status);
gboolean       tomoni_attendance_status_from_key (const char              *key,
                                                  TomoniAttendanceStatus  *out_status);
const char    *tomoni_attendance_status_label    (TomoniAttendanceStatus   status);
/* "enrolled", "trial", "walk-in" and back */
const char    *tomoni_attendance_kind_to_key     (TomoniAttendanceKind     kind);
gboolean       tomoni_attendance_kind_from_key   (const char              *key,
                                                  TomoniAttendanceKind    *out_kind);
const char    *tomoni_attendance_kind_label      (TomoniAttendanceKind     kind);

G_END_DECLS
