/* tomoni-attendance-grid.c: learners × sessions of a term, with totals
 *
 * The core builds the grid in two queries (tomoni_store_get_attendance_grid);
 * each learner is one label whose tab stops make the columns.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-attendance-grid"

#include <glib/gi18n-lib.h>

#include "tomoni-attendance-grid.h"
#include "tomoni-date.h"
#include "tomoni-store-classes.h"

struct _TomoniAttendanceGridView
{
  AdwBin                parent_instance;

  TomoniAttendanceGrid *grid;
  GtkBox               *rows;      /* header, one label per learner, totals */
  GtkStack             *stack;
};

G_DEFINE_FINAL_TYPE (TomoniAttendanceGridView, tomoni_attendance_grid_view, ADW_TYPE_BIN)

/* Column widths in pixels: one label per row with tab stops keeps the grid
 * to a few dozen widgets (a GtkColumnView made 1,300 cells and took a
 * large part of a second to open a 40 × 30 grid). */
#define NAME_WIDTH 190
#define CELL_WIDTH 52
#define NAME_CHARS 14

static const char *
status_symbol (TomoniAttendanceStatus status)
{
  switch (status)
    {
    case TOMONI_ATTENDANCE_PRESENT:
      return "○";
    case TOMONI_ATTENDANCE_LATE:
      return "△";
    case TOMONI_ATTENDANCE_EXCUSED:
      return "◇";
    case TOMONI_ATTENDANCE_ABSENT:
      return "×";
    case TOMONI_ATTENDANCE_NONE:
    default:
      return "";
    }
}

/* Adwaita's success, warning, accent and error colours; the symbol and
 * the letter carry the meaning, the colour only helps. */
static const char *
status_colour (TomoniAttendanceStatus status)
{
  switch (status)
    {
    case TOMONI_ATTENDANCE_PRESENT:
      return "#26a269";
    case TOMONI_ATTENDANCE_LATE:
      return "#9c6e03";
    case TOMONI_ATTENDANCE_EXCUSED:
      return "#1c71d8";
    case TOMONI_ATTENDANCE_ABSENT:
      return "#c01c28";
    case TOMONI_ATTENDANCE_NONE:
    default:
      return NULL;
    }
}

static const char *
status_letter (TomoniAttendanceStatus status)
{
  switch (status)
    {
    case TOMONI_ATTENDANCE_PRESENT:
      return g_dpgettext2 (GETTEXT_PACKAGE, "attendance", "P");
    case TOMONI_ATTENDANCE_LATE:
      return g_dpgettext2 (GETTEXT_PACKAGE, "attendance", "L");
    case TOMONI_ATTENDANCE_EXCUSED:
      return g_dpgettext2 (GETTEXT_PACKAGE, "attendance", "E");
    case TOMONI_ATTENDANCE_ABSENT:
      return g_dpgettext2 (GETTEXT_PACKAGE, "attendance", "A");
    case TOMONI_ATTENDANCE_NONE:
    default:
      return "";
    }
}

char *
tomoni_attendance_grid_view_dup_cell_text (TomoniAttendanceGridView *self,
                                           guint                     row,
                                           guint                     column)
{
  TomoniAttendanceGrid *grid;

  g_return_val_if_fail (TOMONI_IS_ATTENDANCE_GRID_VIEW (self), NULL);
  grid = self->grid;
  g_return_val_if_fail (grid != NULL, NULL);
  g_return_val_if_fail (row <= grid->n_rows && column <= grid->n_sessions, NULL);

  if (row == grid->n_rows)
    {
      if (column == grid->n_sessions)
        {
          int total = 0;
          for (guint c = 0; c < grid->n_sessions; c++)
            total += grid->session_attended[c];
          return g_strdup_printf ("%d", total);
        }
      /* Translators: attended / marked in one session, e.g. "11/15" */
      return g_strdup_printf (C_("grid total", "%d/%d"), grid->session_attended[column],
                              grid->session_marked[column]);
    }
  if (column == grid->n_sessions)
    return g_strdup_printf (C_("grid total", "%d/%d"), grid->rows[row].n_attended, (int)grid->n_sessions);
  {
    TomoniAttendanceStatus status = tomoni_attendance_grid_get (grid, row, column);
    if (status == TOMONI_ATTENDANCE_NONE)
      return g_strdup ("");
    return g_strdup_printf ("%s %s", status_symbol (status), status_letter (status));
  }
}

/* --- rows --------------------------------------------------------------- */

static PangoTabArray *
new_tabs (guint n_sessions)
{
  PangoTabArray *tabs = pango_tab_array_new ((int)n_sessions + 1, TRUE);

  for (guint c = 0; c <= n_sessions; c++)
    pango_tab_array_set_tab (tabs, (int)c, PANGO_TAB_LEFT, NAME_WIDTH + (int)c * CELL_WIDTH);
  return tabs;
}

static char *
short_name (const char *name)
{
  if (g_utf8_strlen (name, -1) <= NAME_CHARS)
    return g_strdup (name);
  {
    g_autofree char *cut = g_utf8_substring (name, 0, NAME_CHARS - 1);
    return g_strconcat (cut, "…", NULL);
  }
}

static GtkWidget *
row_label (const char    *markup,
           PangoTabArray *tabs,
           const char    *accessible)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_tabs (GTK_LABEL (label), tabs);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  /* Selectable: each row can take focus and be read or copied. */
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_top (label, 3);
  gtk_widget_set_margin_bottom (label, 3);
  if (accessible != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return label;
}

static void
append_separator (GtkBox *box)
{
  gtk_box_append (box, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
}

static void
build_rows (TomoniAttendanceGridView *self)
{
  TomoniAttendanceGrid *grid = self->grid;
  PangoTabArray *tabs = new_tabs (grid->n_sessions);
  g_autoptr(GString) markup = g_string_new (NULL);

  /* Header: learner, the session dates, total. */
  g_string_append_printf (markup, "<b>%s</b>", _("Learner"));
  for (guint c = 0; c < grid->n_sessions; c++)
    {
      TomoniSession *session = g_ptr_array_index (grid->sessions, c);
      GDate date;

      g_string_append_c (markup, '\t');
      g_date_clear (&date, 1);
      if (tomoni_date_parse (tomoni_session_get_date (session), &date, NULL))
        /* Translators: a session's column in the attendance grid: month/day */
        g_string_append_printf (markup, C_("grid column", "%d/%d"), g_date_get_month (&date), g_date_get_day (&date));
    }
  /* Translators: the last column of the attendance grid: sessions attended */
  g_string_append_printf (markup, "\t<b>%s</b>", _("Total"));
  gtk_box_append (self->rows, row_label (markup->str, tabs, NULL));
  append_separator (self->rows);

  for (guint r = 0; r <= grid->n_rows; r++)
    {
      g_autoptr(GString) spoken = g_string_new (NULL);
      g_autofree char *total = tomoni_attendance_grid_view_dup_cell_text (self, r, grid->n_sessions);
      g_autofree char *escaped_total = g_markup_escape_text (total, -1);

      g_string_truncate (markup, 0);
      if (r == grid->n_rows)
        {
          g_autofree char *escaped = g_markup_escape_text (_("Attended / marked"), -1);
          append_separator (self->rows);
          g_string_append_printf (markup, "<b>%s</b>", escaped);
          g_string_append (spoken, _("Attended / marked"));
        }
      else
        {
          TomoniGridRow *row = &grid->rows[r];
          const char *tag = NULL;
          g_autofree char *name = short_name (row->name);
          g_autofree char *escaped = g_markup_escape_text (name, -1);

          if (g_str_equal (row->enrolment, "withdrawn"))
            tag = _("Withdrawn");
          else if (g_str_equal (row->enrolment, ""))
            tag = tomoni_attendance_kind_label (row->kind);
          g_string_append (markup, escaped);
          if (tag != NULL)
            {
              g_autofree char *escaped_tag = g_markup_escape_text (tag, -1);
              g_string_append_printf (markup, " <small>(%s)</small>", escaped_tag);
            }
          g_string_append_printf (spoken, "%s %s", row->name, row->reading);
        }

      for (guint c = 0; c < grid->n_sessions; c++)
        {
          g_autofree char *text = tomoni_attendance_grid_view_dup_cell_text (self, r, c);
          const char *colour = r < grid->n_rows ? status_colour (tomoni_attendance_grid_get (grid, r, c)) : NULL;

          g_string_append_c (markup, '\t');
          if (colour != NULL)
            g_string_append_printf (markup, "<span foreground=\"%s\">%s</span>", colour, text);
          else
            g_string_append (markup, text);
        }
      g_string_append_printf (markup, "\t<b>%s</b>", escaped_total);
      /* Translators: what a screen reader says after a learner's name: sessions attended */
      g_string_append_printf (spoken, ", %s %s", _("Total"), total);
      gtk_box_append (self->rows, row_label (markup->str, tabs, spoken->str));
    }
  pango_tab_array_free (tabs);
}

gboolean
tomoni_attendance_grid_view_load (TomoniAttendanceGridView  *self,
                                  TomoniStore               *store,
                                  gint64                     term_id,
                                  GError                   **error)
{
  TomoniAttendanceGrid *grid = NULL;
  GtkWidget *child;

  g_return_val_if_fail (TOMONI_IS_ATTENDANCE_GRID_VIEW (self), FALSE);

  if (term_id != 0)
    {
      g_return_val_if_fail (TOMONI_IS_STORE (store), FALSE);
      grid = tomoni_store_get_attendance_grid (store, term_id, error);
      if (grid == NULL)
        return FALSE;
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->rows))) != NULL)
    gtk_box_remove (self->rows, child);
  g_clear_pointer (&self->grid, tomoni_attendance_grid_free);
  self->grid = grid;

  if (grid == NULL || grid->n_sessions == 0 || grid->n_rows == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return TRUE;
    }
  build_rows (self);
  gtk_stack_set_visible_child_name (self->stack, "grid");
  return TRUE;
}

guint
tomoni_attendance_grid_view_get_n_rows (TomoniAttendanceGridView *self)
{
  g_return_val_if_fail (TOMONI_IS_ATTENDANCE_GRID_VIEW (self), 0);
  return self->grid != NULL ? self->grid->n_rows : 0;
}

guint
tomoni_attendance_grid_view_get_n_columns (TomoniAttendanceGridView *self)
{
  g_return_val_if_fail (TOMONI_IS_ATTENDANCE_GRID_VIEW (self), 0);
  return self->grid != NULL ? self->grid->n_sessions : 0;
}

static void
tomoni_attendance_grid_view_dispose (GObject *object)
{
  TomoniAttendanceGridView *self = TOMONI_ATTENDANCE_GRID_VIEW (object);

  g_clear_pointer (&self->grid, tomoni_attendance_grid_free);
  G_OBJECT_CLASS (tomoni_attendance_grid_view_parent_class)->dispose (object);
}

static void
tomoni_attendance_grid_view_class_init (TomoniAttendanceGridViewClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tomoni_attendance_grid_view_dispose;
}

static void
tomoni_attendance_grid_view_init (TomoniAttendanceGridView *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *legend = gtk_label_new (NULL);
  g_autofree char *legend_text = NULL;

  self->rows = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  gtk_widget_add_css_class (GTK_WIDGET (self->rows), "view");
  gtk_widget_add_css_class (GTK_WIDGET (self->rows), "numeric");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->rows), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Attendance grid"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->rows));
  gtk_widget_set_vexpand (scrolled, TRUE);

  /* Translators: the legend under the attendance grid */
  legend_text = g_strdup_printf (_("○ %s: present   △ %s: late   ◇ %s: excused   × %s: absent"),
                                 status_letter (TOMONI_ATTENDANCE_PRESENT),
                                 status_letter (TOMONI_ATTENDANCE_LATE),
                                 status_letter (TOMONI_ATTENDANCE_EXCUSED),
                                 status_letter (TOMONI_ATTENDANCE_ABSENT));
  gtk_label_set_text (GTK_LABEL (legend), legend_text);
  gtk_label_set_xalign (GTK_LABEL (legend), 0);
  gtk_widget_add_css_class (legend, "dim-label");
  gtk_widget_add_css_class (legend, "caption");
  gtk_widget_set_margin_start (legend, 12);
  gtk_widget_set_margin_top (legend, 4);
  gtk_widget_set_margin_bottom (legend, 4);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_box_append (GTK_BOX (box), legend);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "x-office-spreadsheet-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Attendance Yet"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("The grid fills in as attendance is taken at each session."));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, box, "grid");
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_stack_set_visible_child_name (self->stack, "empty");
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->stack));
}

GtkWidget *
tomoni_attendance_grid_view_new (void)
{
  return g_object_new (TOMONI_TYPE_ATTENDANCE_GRID_VIEW, NULL);
}
