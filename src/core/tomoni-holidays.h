/* tomoni-holidays.h: Japanese national holidays, 1973 to 2150
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The first and last years for which holidays are computed.  1973 is the
 * year substitute holidays (振替休日) were introduced; 2150 is the end of the
 * range of the equinox approximation.  Outside this range the functions
 * below report no holidays at all.
 */
#define TOMONI_HOLIDAYS_FIRST_YEAR 1973
#define TOMONI_HOLIDAYS_LAST_YEAR  2150

typedef enum
{
  TOMONI_HOLIDAY_NATIONAL,   /* 国民の祝日, and the days special laws made holidays */
  TOMONI_HOLIDAY_SUBSTITUTE, /* 振替休日 */
  TOMONI_HOLIDAY_CITIZENS,   /* 国民の休日 */
} TomoniHolidayKind;

typedef struct
{
  guint16            year;
  guint8             month;
  guint8             day;
  TomoniHolidayKind  kind;
  const char        *name_ja;   /* official Japanese name, static */
  const char        *name_en;   /* Cabinet Office English name, static, untranslated */
} TomoniHoliday;

GArray      *tomoni_holidays_for_year        (int                  year);
GArray      *tomoni_holidays_between         (const GDate         *from,
                                              const GDate         *to);
gboolean     tomoni_holiday_lookup           (const GDate         *date,
                                              TomoniHoliday       *out_holiday);
const char  *tomoni_holiday_get_name         (const TomoniHoliday *holiday,
                                              gboolean             japanese);
const char  *tomoni_holiday_get_display_name (const TomoniHoliday *holiday);
void         tomoni_holiday_get_date         (const TomoniHoliday *holiday,
                                              GDate               *out_date);

G_END_DECLS
