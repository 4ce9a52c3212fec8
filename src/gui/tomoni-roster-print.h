/* tomoni-roster-print.h: an activity's roster on A4 paper
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tomoni-store.h"

G_BEGIN_DECLS

/* Shows the print dialog for the roster of @activity_id. */
gboolean tomoni_roster_print        (GtkWindow    *parent,
                                     TomoniStore  *store,
                                     gint64        activity_id,
                                     GError      **error);
/* Writes the same pages to a PDF file without a dialog (tests, previews). */
gboolean tomoni_roster_print_to_pdf (TomoniStore  *store,
                                     gint64        activity_id,
                                     const char   *path,
                                     guint        *out_n_pages,
                                     GError      **error);

G_END_DECLS
