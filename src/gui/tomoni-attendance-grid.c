/* tomoni-attendance-grid.c: learners × sessions of a term, with totals
 *
 * The core builds the grid in two queries (tomoni_store_get_attendance_grid);
 * a GtkColumnView shows it, one column per session, so only the rows in
 * view have widgets.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-attendance-grid"

#include <glib/gi18n-lib.h>

#include "tomoni-attendance-grid.h"
#include "tomoni-date.h"
#include "tomoni-store-classes.h"

/* One row of the view: a learner, or the totals (row == n_rows). */
#define TOMONI_TYPE_GRID_ITEM (tomoni_grid_item_get_type ())
G_DECLARE_FINAL_TYPE (TomoniGridItem, tomoni_grid_item, TOMONI, GRID_ITEM, GObject)

struct _TomoniGridItem
{
  GObject parent_instance;
  guint   row;
};

G_DEFINE_FINAL_TYPE (TomoniGridItem, tomoni_grid_item, G_TYPE_OBJECT)

static void tomoni_grid_item_class_init (TomoniGridItemClass *klass) { }
static void tomoni_grid_item_init (TomoniGridItem *self) { }

struct _TomoniAttendanceGridView
{
  AdwBin                parent_instance;

  TomoniAttendanceGrid *grid;
  GListStore           *items;
  GtkColumnView        *view;
  GtkStack             *stack;
};

G_DEFINE_FINAL_TYPE (TomoniAttendanceGridView, tomoni_attendance_grid_view, ADW_TYPE_BIN)

enum {
  COLUMN_LEARNER = -1,
  COLUMN_TOTAL = -2,
};

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

static const char *
status_style (TomoniAttendanceStatus status)
{
  switch (status)
    {
    case TOMONI_ATTENDANCE_PRESENT:
      return "success";
    case TOMONI_ATTENDANCE_LATE:
      return "warning";
    case TOMONI_ATTENDANCE_EXCUSED:
      return "accent";
    case TOMONI_ATTENDANCE_ABSENT:
      return "error";
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

/* --- cells -------------------------------------------------------------- */

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  column)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (GPOINTER_TO_INT (column) == COLUMN_LEARNER)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 14);
    }
  else
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           TomoniAttendanceGridView *self)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  TomoniGridItem *row = gtk_list_item_get_item (item);
  int column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "column"));
  TomoniAttendanceGrid *grid = self->grid;
  g_autofree char *text = NULL;
  const char *tooltip = NULL;

  for (guint i = 0; i < 4; i++)
    gtk_widget_remove_css_class (label, status_style ((TomoniAttendanceStatus)(i + 1)));
  gtk_widget_remove_css_class (label, "heading");
  if (grid == NULL)
    return;

  if (column == COLUMN_LEARNER)
    {
      if (row->row == grid->n_rows)
        {
          text = g_strdup (_("Attended / marked"));
          gtk_widget_add_css_class (label, "heading");
        }
      else
        {
          TomoniGridRow *r = &grid->rows[row->row];
          const char *tag = NULL;

          if (g_str_equal (r->enrolment, "withdrawn"))
            tag = _("Withdrawn");
          else if (g_str_equal (r->enrolment, ""))
            tag = tomoni_attendance_kind_label (r->kind);
          text = tag != NULL ? g_strdup_printf ("%s (%s)", r->name, tag) : g_strdup (r->name);
          tooltip = r->reading;
        }
    }
  else
    {
      guint c = column == COLUMN_TOTAL ? grid->n_sessions : (guint)column;

      text = tomoni_attendance_grid_view_dup_cell_text (self, row->row, c);
      if (row->row < grid->n_rows && column >= 0)
        {
          TomoniAttendanceStatus status = tomoni_attendance_grid_get (grid, row->row, c);
          const char *style = status_style (status);
          if (style != NULL)
            gtk_widget_add_css_class (label, style);
          if (status != TOMONI_ATTENDANCE_NONE)
            tooltip = tomoni_attendance_status_label (status);
        }
      if (row->row == grid->n_rows || column == COLUMN_TOTAL)
        gtk_widget_add_css_class (label, "heading");
    }
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, tooltip);
}

static void
add_column (TomoniAttendanceGridView *self,
            const char               *title,
            int                       column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col;

  g_object_set_data (G_OBJECT (factory), "column", GINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), self);
  col = gtk_column_view_column_new (title, factory);
  if (column == COLUMN_LEARNER)
    gtk_column_view_column_set_expand (col, FALSE);
  gtk_column_view_append_column (self->view, col);
  g_object_unref (col);
}

static void
clear_columns (TomoniAttendanceGridView *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) col = g_list_model_get_item (columns, 0);
      gtk_column_view_remove_column (self->view, col);
    }
}

gboolean
tomoni_attendance_grid_view_load (TomoniAttendanceGridView  *self,
                                  TomoniStore               *store,
                                  gint64                     term_id,
                                  GError                   **error)
{
  TomoniAttendanceGrid *grid = NULL;

  g_return_val_if_fail (TOMONI_IS_ATTENDANCE_GRID_VIEW (self), FALSE);

  if (term_id != 0)
    {
      g_return_val_if_fail (TOMONI_IS_STORE (store), FALSE);
      grid = tomoni_store_get_attendance_grid (store, term_id, error);
      if (grid == NULL)
        return FALSE;
    }

  g_list_store_remove_all (self->items);
  clear_columns (self);
  g_clear_pointer (&self->grid, tomoni_attendance_grid_free);
  self->grid = grid;

  if (grid == NULL || grid->n_sessions == 0 || grid->n_rows == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return TRUE;
    }

  /* Translators: the first column of the attendance grid */
  add_column (self, _("Learner"), COLUMN_LEARNER);
  for (guint c = 0; c < grid->n_sessions; c++)
    {
      TomoniSession *session = g_ptr_array_index (grid->sessions, c);
      GDate date;
      g_autofree char *title = NULL;

      g_date_clear (&date, 1);
      if (tomoni_date_parse (tomoni_session_get_date (session), &date, NULL))
        /* Translators: a session's column in the attendance grid: month/day */
        title = g_strdup_printf (C_("grid column", "%d/%d"), g_date_get_month (&date), g_date_get_day (&date));
      else
        title = g_strdup (tomoni_session_get_date (session));
      add_column (self, title, (int)c);
    }
  /* Translators: the last column of the attendance grid: sessions attended */
  add_column (self, _("Total"), COLUMN_TOTAL);

  {
    g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
    for (guint r = 0; r <= grid->n_rows; r++)
      {
        TomoniGridItem *item = g_object_new (TOMONI_TYPE_GRID_ITEM, NULL);
        item->row = r;
        g_ptr_array_add (items, item);
      }
    /* One items-changed for the whole grid. */
    g_list_store_splice (self->items, 0, 0, items->pdata, items->len);
  }
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
  g_clear_object (&self->items);
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

  self->items = g_list_store_new (TOMONI_TYPE_GRID_ITEM);
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (
                   gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items))))));
  gtk_column_view_set_show_column_separators (self->view, TRUE);
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Attendance grid"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->view));
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
