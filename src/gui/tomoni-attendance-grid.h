/* tomoni-attendance-grid.h: learners × sessions of a term, with totals
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-store.h"

G_BEGIN_DECLS

/* (TomoniAttendanceGrid is the core's data; this is the widget showing it.) */
#define TOMONI_TYPE_ATTENDANCE_GRID_VIEW (tomoni_attendance_grid_view_get_type ())
G_DECLARE_FINAL_TYPE (TomoniAttendanceGridView, tomoni_attendance_grid_view, TOMONI, ATTENDANCE_GRID_VIEW, AdwBin)

GtkWidget *tomoni_attendance_grid_view_new          (void);
/* Loads the grid of @term_id (0: empty). FALSE with @error when it cannot. */
gboolean   tomoni_attendance_grid_view_load         (TomoniAttendanceGridView  *self,
                                                     TomoniStore               *store,
                                                     gint64                     term_id,
                                                     GError                   **error);
guint      tomoni_attendance_grid_view_get_n_rows   (TomoniAttendanceGridView  *self);
guint      tomoni_attendance_grid_view_get_n_columns (TomoniAttendanceGridView *self);
/* The text a cell shows: row n_rows is the totals row; column n_columns the
 * learner's total. Status cells show a symbol and a word, never colour alone. */
char      *tomoni_attendance_grid_view_dup_cell_text (TomoniAttendanceGridView *self,
                                                      guint                     row,
                                                      guint                     column);

G_END_DECLS
