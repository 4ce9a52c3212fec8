/* tomoni-limits.h: how long and how large what people type or import may be
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One place for the limits every way in shares: the forms, the CLI, the CSV
 * registry import, the store and the attendance XML schema
 * (data/tomoni-attendance.xsd, whose maxLength and maxInclusive facets carry
 * the same numbers; tests/test-xml.c checks that they agree). Lengths count
 * characters (Unicode code points) of the normalised text, as XML Schema's
 * maxLength does.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Names, readings, titles, addresses: the schema's t:Text. */
#define TOMONI_MAX_TEXT_LENGTH   1000
/* Keys and codes (ward, gender, skill and training keys, roles, target
 * groups): the schema's t:Code. */
#define TOMONI_MAX_CODE_LENGTH   64
/* An email address: RFC 5321's longest path. */
#define TOMONI_MAX_EMAIL_LENGTH  254
/* A phone number, with spaces, dashes and an extension. */
#define TOMONI_MAX_PHONE_LENGTH  64
/* Free notes (a person's, a volunteer's): a few pages. Not exported. */
#define TOMONI_MAX_NOTES_LENGTH  10000

/* Numbers, with the schema's bounds. */
#define TOMONI_MAX_MINUTES       1440          /* t:Minutes: a day */
#define TOMONI_MAX_SLOT_NEEDED   1000          /* t:Needed: people one slot needs */
#define TOMONI_MAX_CAPACITY      G_MAXINT32    /* t:Capacity: what the store's int holds */

/* A registry CSV: a row of the volunteer registry is about 300 to 600
 * bytes, so the Center's whole registry (a few thousand people) is 1 to 2
 * MiB; 64 MiB is over 100,000 rows, far beyond any real file, while reading
 * it stays within a few hundred MiB of memory on a staff PC. No field of
 * any record is longer than the notes. */
#define TOMONI_MAX_CSV_FILE_SIZE    (G_GINT64_CONSTANT (64) * 1024 * 1024)
#define TOMONI_MAX_CSV_FIELD_LENGTH TOMONI_MAX_NOTES_LENGTH

G_END_DECLS
