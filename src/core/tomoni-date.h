/* tomoni-date.h: fiscal years, Japanese eras, date and time text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define TOMONI_DATE_ERROR (tomoni_date_error_quark ())

typedef enum
{
  TOMONI_DATE_ERROR_INVALID,  /* the text is not a date or time we accept */
} TomoniDateError;

GQuark    tomoni_date_error_quark     (void);

/* Fiscal years (年度) run from 1 April to 31 March and are named by the
 * year they start in: FY2025 = 2025-04-01 … 2026-03-31 = 令和7年度.
 */
int       tomoni_fiscal_year_of       (const GDate *date);
void      tomoni_fiscal_year_bounds   (int          fy,
                                       GDate       *first,
                                       GDate       *last);
char     *tomoni_fiscal_year_label    (int          fy,
                                       gboolean     japanese);

char     *tomoni_era_year_label       (const GDate *date);

/* Tomoni's dates are local to Japan (Asia/Tokyo: +09:00, no daylight saving),
 * whatever the computer's time zone. */
void       tomoni_date_today          (GDate       *out);
char      *tomoni_date_today_iso      (void);
GDateTime *tomoni_date_time_now       (void);

char     *tomoni_date_format_long     (const GDate *date);
char     *tomoni_date_format_long_for (const GDate *date,
                                       gboolean     japanese);
char     *tomoni_date_format_iso      (const GDate *date);

gboolean  tomoni_date_parse           (const char  *text,
                                       GDate       *out,
                                       GError     **error);
char     *tomoni_date_normalize       (const char  *text,
                                       const char  *field,
                                       GError     **error);
gboolean  tomoni_date_is_iso          (const char  *text);
gboolean  tomoni_time_parse           (const char  *text,
                                       int         *out_minutes,
                                       GError     **error);
char     *tomoni_time_format          (int          minutes);

int       tomoni_school_grade_year    (const GDate *birth);
int       tomoni_school_grade_on      (const GDate *birth,
                                       const GDate *date);

G_END_DECLS
