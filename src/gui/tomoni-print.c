/* tomoni-print.c: sign-in sheets and class rosters, on paper or as PDF
 *
 * The drawing code knows only cairo and Pango (points, 72 dpi), so the same
 * functions serve GtkPrintOperation and a cairo PDF surface.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-print"

#include <glib/gi18n-lib.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "tomoni-date.h"
#include "tomoni-print.h"
#include "tomoni-store-classes.h"
#include "tomoni-text.h"
#include "tomoni-window.h"

#define FONT_FAMILY "Noto Sans CJK JP, Noto Sans, Sans"
#define ROW_HEIGHT 26.0
#define HEADER_ROW_HEIGHT 20.0
#define FOOTER_HEIGHT 24.0
#define CELL_PAD 5.0

struct _TomoniPrintDocument
{
  TomoniPrintKind  kind;
  char            *title;
  GPtrArray       *details;     /* label, value, label, value, … */
  GPtrArray       *rows;        /* GStrv */
  guint            n_blank;

  /* set by paginate */
  double           heading_height;
  guint            rows_per_page;
  guint            n_pages;
};

typedef struct {
  const char *title;   /* N_() */
  double      share;   /* of the width */
  int         cell;    /* index in the row, -1: row number, -2: empty */
} Column;

static const Column sign_in_columns[] = {
  /* Translators: column of a printed list: the row number */
  { N_("No."), 0.07, -1 },
  { N_("Name"), 0.31, 0 },
  /* Translators: column of a printed list: the katakana reading of a name */
  { N_("Reading"), 0.27, 1 },
  /* Translators: column of a printed sign-in sheet where learners sign */
  { N_("Signature"), 0.35, -2 },
};

static const Column roster_columns[] = {
  { N_("No."), 0.07, -1 },
  { N_("Name"), 0.28, 0 },
  { N_("Reading"), 0.24, 1 },
  /* Translators: column of a printed roster: enrolled, or waiting with a position */
  { N_("Status"), 0.28, 2 },
  /* Translators: column of a printed roster: sessions attended */
  { N_("Attended"), 0.13, 3 },
};

G_DEFINE_QUARK (tomoni-print-error-quark, tomoni_print_error)

static const Column *
get_columns (TomoniPrintDocument *self,
             guint               *n_columns)
{
  if (self->kind == TOMONI_PRINT_SIGN_IN_SHEET)
    {
      *n_columns = G_N_ELEMENTS (sign_in_columns);
      return sign_in_columns;
    }
  *n_columns = G_N_ELEMENTS (roster_columns);
  return roster_columns;
}

static guint
n_cells (TomoniPrintKind kind)
{
  return kind == TOMONI_PRINT_SIGN_IN_SHEET ? 2 : 4;
}

TomoniPrintDocument *
tomoni_print_document_new (TomoniPrintKind  kind,
                           const char      *title)
{
  TomoniPrintDocument *self = g_new0 (TomoniPrintDocument, 1);

  g_return_val_if_fail (title != NULL, NULL);

  self->kind = kind;
  self->title = g_strdup (title);
  self->details = g_ptr_array_new_with_free_func (g_free);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  return self;
}

void
tomoni_print_document_free (TomoniPrintDocument *self)
{
  if (self == NULL)
    return;
  g_free (self->title);
  g_ptr_array_unref (self->details);
  g_ptr_array_unref (self->rows);
  g_free (self);
}

void
tomoni_print_document_add_detail (TomoniPrintDocument *self,
                                  const char          *label,
                                  const char          *value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (label != NULL);

  g_ptr_array_add (self->details, g_strdup (label));
  g_ptr_array_add (self->details, g_strdup (value != NULL ? value : ""));
}

void
tomoni_print_document_add_row (TomoniPrintDocument *self,
                               const char * const  *cells)
{
  guint n = n_cells (self->kind);
  char **row;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cells != NULL);

  row = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    row[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (self->rows, row);
}

void
tomoni_print_document_set_blank_rows (TomoniPrintDocument *self,
                                      guint                n_blank)
{
  g_return_if_fail (self != NULL);
  self->n_blank = n_blank;
}

TomoniPrintKind
tomoni_print_document_get_kind (TomoniPrintDocument *self)
{
  g_return_val_if_fail (self != NULL, TOMONI_PRINT_SIGN_IN_SHEET);
  return self->kind;
}

guint
tomoni_print_document_get_n_rows (TomoniPrintDocument *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->rows->len;
}

/* --- from the store ---------------------------------------------------- */

static char *
format_date_for_sheet (const char *iso)
{
  GDate date;
  g_autofree char *ja = NULL;
  g_autofree char *local = NULL;

  g_date_clear (&date, 1);
  if (!tomoni_date_parse (iso, &date, NULL))
    return g_strdup (iso);
  /* The Japanese form always: learners and teachers read it; staff working
   * in another language see their own form beside it. */
  ja = tomoni_date_format_long_for (&date, TRUE);
  local = tomoni_date_format_long (&date);
  if (g_str_equal (ja, local))
    return g_steal_pointer (&ja);
  return g_strdup_printf ("%s / %s", ja, local);
}

static char *
format_times (int start,
              int end)
{
  g_autofree char *a = tomoni_time_format (start);
  g_autofree char *b = tomoni_time_format (end);

  return g_strdup_printf ("%s–%s", a, b);
}

static char *
format_class_title (TomoniClass *klass)
{
  const char *ja = tomoni_class_get_title_ja (klass);
  const char *en = tomoni_class_get_title_en (klass);

  if (*en != '\0' && !g_str_equal (en, ja))
    return g_strdup_printf ("%s (%s)", ja, en);
  return g_strdup (ja);
}

static char *
format_place (const char *venue,
              const char *room)
{
  if (*venue != '\0' && *room != '\0')
    return g_strdup_printf ("%s · %s", venue, room);
  if (*venue != '\0')
    return g_strdup (venue);
  if (*room != '\0')
    return g_strdup (room);
  /* Translators: the place of a class that has no venue */
  return g_strdup (_("Online"));
}

static char *
join_teachers (TomoniStore *store,
               gint64       class_id)
{
  g_autoptr(GPtrArray) staff = tomoni_store_list_class_staff (store, class_id, NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; staff != NULL && i < staff->len; i++)
    {
      TomoniClassStaff *member = g_ptr_array_index (staff, i);

      if (!g_str_equal (tomoni_class_staff_get_role (member), "teacher"))
        continue;
      if (text->len > 0)
        g_string_append (text, "、");
      g_string_append (text, tomoni_class_staff_get_person_name (member));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

typedef struct {
  char     *key;
  char    **cells;
} SortRow;

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const SortRow *ra = a;
  const SortRow *rb = b;

  return strcmp (ra->key, rb->key);
}

/* Sorts the rows by reading (cells[1]), then name: 五十音 order. */
static void
sort_by_reading (TomoniPrintDocument *self)
{
  g_autoptr(GArray) sorted = g_array_sized_new (FALSE, FALSE, sizeof (SortRow), self->rows->len);

  for (guint i = 0; i < self->rows->len; i++)
    {
      char **cells = g_ptr_array_index (self->rows, i);
      g_autofree char *reading = tomoni_text_sort_key (*cells[1] != '\0' ? cells[1] : cells[0]);
      g_autofree char *name = tomoni_text_sort_key (cells[0]);
      SortRow row = { g_strconcat (reading, "\x01", name, NULL), cells };

      g_array_append_val (sorted, row);
    }
  g_array_sort (sorted, compare_rows);
  for (guint i = 0; i < sorted->len; i++)
    {
      SortRow *row = &g_array_index (sorted, SortRow, i);

      self->rows->pdata[i] = row->cells;
      g_free (row->key);
    }
}

TomoniPrintDocument *
tomoni_print_document_new_sign_in_sheet (TomoniStore  *store,
                                         gint64        session_id,
                                         GError      **error)
{
  g_autoptr(TomoniSession) session = NULL;
  g_autoptr(TomoniClass) klass = NULL;
  g_autoptr(TomoniTerm) term = NULL;
  g_autoptr(GPtrArray) enrolments = NULL;
  g_autoptr(TomoniPrintDocument) self = NULL;
  g_autofree char *class_title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *times = NULL;
  g_autofree char *place = NULL;
  g_autofree char *teachers = NULL;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);

  session = tomoni_store_get_session (store, session_id, error);
  if (session == NULL)
    return NULL;
  klass = tomoni_store_get_class (store, tomoni_session_get_class_id (session), error);
  if (klass == NULL)
    return NULL;
  term = tomoni_store_get_term (store, tomoni_session_get_term_id (session), error);
  if (term == NULL)
    return NULL;
  enrolments = tomoni_store_list_enrolments (store, tomoni_term_get_id (term), error);
  if (enrolments == NULL)
    return NULL;

  /* Translators: the heading of a printed sign-in sheet */
  self = tomoni_print_document_new (TOMONI_PRINT_SIGN_IN_SHEET, _("Sign-in Sheet"));
  class_title = format_class_title (klass);
  tomoni_print_document_add_detail (self, _("Class"), class_title);
  date = format_date_for_sheet (tomoni_session_get_date (session));
  tomoni_print_document_add_detail (self, _("Date"), date);
  times = format_times (tomoni_session_get_start_minute (session), tomoni_session_get_end_minute (session));
  tomoni_print_document_add_detail (self, _("Time"), times);
  place = format_place (tomoni_session_get_venue_name (session), tomoni_session_get_room_name (session));
  tomoni_print_document_add_detail (self, _("Venue"), place);
  teachers = join_teachers (store, tomoni_class_get_id (klass));
  if (*teachers != '\0')
    tomoni_print_document_add_detail (self, _("Teachers"), teachers);

  for (guint i = 0; i < enrolments->len; i++)
    {
      TomoniEnrolment *enrolment = g_ptr_array_index (enrolments, i);
      const char *cells[2];

      if (!g_str_equal (tomoni_enrolment_get_status (enrolment), "enrolled"))
        continue;
      cells[0] = tomoni_enrolment_get_person_name (enrolment);
      cells[1] = tomoni_enrolment_get_person_reading (enrolment);
      tomoni_print_document_add_row (self, cells);
    }
  sort_by_reading (self);
  /* Room for walk-ins and trial learners to write their names. */
  tomoni_print_document_set_blank_rows (self, 4);
  return g_steal_pointer (&self);
}

TomoniPrintDocument *
tomoni_print_document_new_roster (TomoniStore  *store,
                                  gint64        term_id,
                                  GError      **error)
{
  g_autoptr(TomoniTerm) term = NULL;
  g_autoptr(TomoniClass) klass = NULL;
  g_autoptr(GPtrArray) enrolments = NULL;
  g_autoptr(GArray) schedule = NULL;
  g_autoptr(TomoniAttendanceGrid) grid = NULL;
  g_autoptr(TomoniPrintDocument) self = NULL;
  g_autoptr(GString) when = g_string_new (NULL);
  g_autofree char *class_title = NULL;
  g_autofree char *place = NULL;
  g_autofree char *teachers = NULL;
  g_autofree char *dates = NULL;
  g_autofree char *capacity = NULL;
  g_autoptr(GPtrArray) waiting = g_ptr_array_new ();
  GDate start, end;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);

  term = tomoni_store_get_term (store, term_id, error);
  if (term == NULL)
    return NULL;
  klass = tomoni_store_get_class (store, tomoni_term_get_class_id (term), error);
  if (klass == NULL)
    return NULL;
  enrolments = tomoni_store_list_enrolments (store, term_id, error);
  if (enrolments == NULL)
    return NULL;
  schedule = tomoni_store_get_term_schedule (store, term_id, error);
  if (schedule == NULL)
    return NULL;
  grid = tomoni_store_get_attendance_grid (store, term_id, error);
  if (grid == NULL)
    return NULL;

  /* Translators: the heading of a printed class roster */
  self = tomoni_print_document_new (TOMONI_PRINT_ROSTER, _("Class Roster"));
  class_title = format_class_title (klass);
  tomoni_print_document_add_detail (self, _("Class"), class_title);

  g_date_clear (&start, 1);
  g_date_clear (&end, 1);
  if (tomoni_date_parse (tomoni_term_get_start_date (term), &start, NULL) &&
      tomoni_date_parse (tomoni_term_get_end_date (term), &end, NULL))
    {
      g_autofree char *a = tomoni_date_format_long_for (&start, TRUE);
      g_autofree char *b = tomoni_date_format_long_for (&end, TRUE);
      if (*tomoni_term_get_name (term) != '\0')
        dates = g_strdup_printf ("%s (%s – %s)", tomoni_term_get_name (term), a, b);
      else
        dates = g_strdup_printf ("%s – %s", a, b);
    }
  /* Translators: a term of a class (a date range), e.g. 2026年度前期 */
  tomoni_print_document_add_detail (self, _("Term"), dates);

  for (guint i = 0; i < schedule->len; i++)
    {
      TomoniWeeklySlot *slot = &g_array_index (schedule, TomoniWeeklySlot, i);
      static const char *weekdays_ja[] = { "", "月", "火", "水", "木", "金", "土", "日" };
      g_autofree char *times = format_times (slot->start_minute, slot->end_minute);

      if (slot->weekday < 1 || slot->weekday > 7)
        continue;
      if (when->len > 0)
        g_string_append (when, "、");
      g_string_append_printf (when, "%s %s", weekdays_ja[slot->weekday], times);
    }
  /* Translators: when a class meets each week, e.g. 火 18:30–20:00 */
  tomoni_print_document_add_detail (self, _("Weekly"), when->str);
  place = format_place (tomoni_class_get_venue_name (klass), tomoni_class_get_room_name (klass));
  tomoni_print_document_add_detail (self, _("Venue"), place);
  teachers = join_teachers (store, tomoni_class_get_id (klass));
  if (*teachers != '\0')
    tomoni_print_document_add_detail (self, _("Teachers"), teachers);
  /* Translators: %d is the capacity of a class, %u the number of sessions */
  capacity = g_strdup_printf (_("%d learners, %u sessions"), tomoni_class_get_capacity (klass),
                              grid->n_sessions);
  tomoni_print_document_add_detail (self, _("Capacity"), capacity);

  for (guint i = 0; i < enrolments->len; i++)
    {
      TomoniEnrolment *enrolment = g_ptr_array_index (enrolments, i);
      const char *status = tomoni_enrolment_get_status (enrolment);
      g_autofree char *attended = g_strdup ("");
      const char *cells[4];

      if (g_str_equal (status, "waiting"))
        {
          g_ptr_array_add (waiting, enrolment);
          continue;
        }
      if (!g_str_equal (status, "enrolled"))
        continue;
      for (guint r = 0; r < grid->n_rows; r++)
        if (grid->rows[r].person_id == tomoni_enrolment_get_person_id (enrolment))
          {
            g_free (attended);
            attended = g_strdup_printf ("%d / %u", grid->rows[r].n_attended, grid->n_sessions);
          }
      cells[0] = tomoni_enrolment_get_person_name (enrolment);
      cells[1] = tomoni_enrolment_get_person_reading (enrolment);
      /* Translators: the status of a learner on a printed roster */
      cells[2] = _("Enrolled");
      cells[3] = attended;
      tomoni_print_document_add_row (self, cells);
    }
  sort_by_reading (self);

  /* The waiting list after the enrolled learners, in its order. */
  for (guint i = 0; i < waiting->len; i++)
    {
      TomoniEnrolment *enrolment = g_ptr_array_index (waiting, i);
      /* Translators: a learner's place on the waiting list, e.g. "Waiting (2)" */
      g_autofree char *status = g_strdup_printf (_("Waiting (%d)"), tomoni_enrolment_get_position (enrolment));
      const char *cells[4] = {
        tomoni_enrolment_get_person_name (enrolment),
        tomoni_enrolment_get_person_reading (enrolment),
        status,
        "",
      };
      tomoni_print_document_add_row (self, cells);
    }
  return g_steal_pointer (&self);
}

/* --- drawing ----------------------------------------------------------- */

static PangoLayout *
new_layout (cairo_t    *cr,
            double      size,
            gboolean    bold,
            double      width)
{
  PangoContext *context = pango_cairo_create_context (cr);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT_FAMILY);
  PangoLayout *layout;

  /* Units are points: 72 dpi makes a 10 pt font 10 units high. */
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_language (context, pango_language_from_string ("ja-jp"));
  layout = pango_layout_new (context);
  g_object_unref (context);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int)(width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}

static double
show_text (cairo_t    *cr,
           double      x,
           double      y,
           double      width,
           double      size,
           gboolean    bold,
           const char *text)
{
  g_autoptr(PangoLayout) layout = new_layout (cr, size, bold, width);
  int h;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, NULL, &h);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return (double)h / PANGO_SCALE;
}

/* The heading of every page; returns its height. Draws only when @draw. */
static double
draw_heading (TomoniPrintDocument *self,
              cairo_t             *cr,
              double               width,
              gboolean             draw)
{
  double y = 0;
  double label_width = 0;

  cairo_save (cr);
  if (!draw)
    {
      /* Measure by drawing nowhere. */
      cairo_rectangle (cr, 0, 0, 0, 0);
      cairo_clip (cr);
    }

  y += show_text (cr, 0, y, width, 16, TRUE, self->title) + 8;

  for (guint i = 0; i < self->details->len; i += 2)
    {
      g_autoptr(PangoLayout) layout = new_layout (cr, 10, TRUE, -1);
      int w;

      pango_layout_set_text (layout, g_ptr_array_index (self->details, i), -1);
      pango_layout_get_size (layout, &w, NULL);
      label_width = MAX (label_width, (double)w / PANGO_SCALE);
    }
  label_width += 12;

  for (guint i = 0; i < self->details->len; i += 2)
    {
      double h;

      show_text (cr, 0, y, label_width, 10, TRUE, g_ptr_array_index (self->details, i));
      h = show_text (cr, label_width, y, width - label_width, 10, FALSE,
                     g_ptr_array_index (self->details, i + 1));
      y += h + 3;
    }
  y += 10;
  cairo_restore (cr);
  return y;
}

static void
draw_table_row (TomoniPrintDocument *self,
                cairo_t             *cr,
                double               y,
                double               width,
                double               height,
                gboolean             header,
                guint                number,
                char               **cells)
{
  guint n_columns;
  const Column *columns = get_columns (self, &n_columns);
  double x = 0;

  if (header)
    {
      cairo_set_source_rgb (cr, 0.9, 0.9, 0.9);
      cairo_rectangle (cr, 0, y, width, height);
      cairo_fill (cr);
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, header ? 0.8 : 0.5);
  cairo_rectangle (cr, 0, y, width, height);
  cairo_stroke (cr);

  for (guint c = 0; c < n_columns; c++)
    {
      double w = columns[c].share * width;
      g_autofree char *number_text = NULL;
      const char *text = NULL;
      double size = header ? 9 : 11;

      if (c > 0)
        {
          cairo_move_to (cr, x, y);
          cairo_line_to (cr, x, y + height);
          cairo_stroke (cr);
        }
      if (header)
        text = _(columns[c].title);
      else if (columns[c].cell == -1 && number > 0)
        text = number_text = g_strdup_printf ("%u", number);
      else if (columns[c].cell >= 0 && cells != NULL)
        text = cells[columns[c].cell];

      if (text != NULL && *text != '\0')
        {
          g_autoptr(PangoLayout) layout = new_layout (cr, size, header, w - 2 * CELL_PAD);
          int h;

          pango_layout_set_text (layout, text, -1);
          pango_layout_get_size (layout, NULL, &h);
          cairo_move_to (cr, x + CELL_PAD, y + (height - (double)h / PANGO_SCALE) / 2);
          pango_cairo_show_layout (cr, layout);
        }
      x += w;
    }
}

guint
tomoni_print_document_paginate (TomoniPrintDocument *self,
                                cairo_t             *cr,
                                double               width,
                                double               height)
{
  guint total;
  double available;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (cr != NULL, 0);

  self->heading_height = draw_heading (self, cr, width, FALSE);
  available = height - self->heading_height - HEADER_ROW_HEIGHT - FOOTER_HEIGHT;
  self->rows_per_page = MAX (1, (guint)(available / ROW_HEIGHT));
  total = self->rows->len + self->n_blank;
  self->n_pages = MAX (1, (total + self->rows_per_page - 1) / self->rows_per_page);
  return self->n_pages;
}

void
tomoni_print_document_draw_page (TomoniPrintDocument *self,
                                 cairo_t             *cr,
                                 double               width,
                                 double               height,
                                 guint                page)
{
  guint total;
  guint first;
  double y;
  g_autofree char *footer = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  int w;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  if (self->n_pages == 0)
    tomoni_print_document_paginate (self, cr, width, height);
  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  y = draw_heading (self, cr, width, TRUE);

  draw_table_row (self, cr, y, width, HEADER_ROW_HEIGHT, TRUE, 0, NULL);
  y += HEADER_ROW_HEIGHT;

  total = self->rows->len + self->n_blank;
  first = page * self->rows_per_page;
  for (guint i = first; i < total && i < first + self->rows_per_page; i++)
    {
      char **cells = i < self->rows->len ? g_ptr_array_index (self->rows, i) : NULL;

      draw_table_row (self, cr, y, width, ROW_HEIGHT, FALSE, cells != NULL ? i + 1 : 0, cells);
      y += ROW_HEIGHT;
    }

  /* Translators: at the foot of a printed page: "Page 1 of 2" */
  footer = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  layout = new_layout (cr, 8, FALSE, -1);
  pango_layout_set_text (layout, footer, -1);
  pango_layout_get_size (layout, &w, NULL);
  cairo_move_to (cr, (width - (double)w / PANGO_SCALE) / 2, height - FOOTER_HEIGHT / 2);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

gboolean
tomoni_print_document_write_pdf (TomoniPrintDocument  *self,
                                 const char           *filename,
                                 guint                *out_n_pages,
                                 GError              **error)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  double width = TOMONI_PRINT_A4_WIDTH - 2 * TOMONI_PRINT_MARGIN;
  double height = TOMONI_PRINT_A4_HEIGHT - 2 * TOMONI_PRINT_MARGIN;
  guint n_pages;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  surface = cairo_pdf_surface_create (filename, TOMONI_PRINT_A4_WIDTH, TOMONI_PRINT_A4_HEIGHT);
  cr = cairo_create (surface);
  cairo_translate (cr, TOMONI_PRINT_MARGIN, TOMONI_PRINT_MARGIN);
  n_pages = tomoni_print_document_paginate (self, cr, width, height);
  for (guint i = 0; i < n_pages; i++)
    {
      tomoni_print_document_draw_page (self, cr, width, height, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (filename);
      /* Translators: %s is a file name, then why it could not be written */
      g_set_error (error, TOMONI_PRINT_ERROR, TOMONI_PRINT_ERROR_FAILED,
                   _("Could not write “%s”: %s"), display, cairo_status_to_string (status));
      return FALSE;
    }
  if (out_n_pages != NULL)
    *out_n_pages = n_pages;
  return TRUE;
}

/* --- GtkPrintOperation -------------------------------------------------- */

static void
begin_print_cb (GtkPrintOperation   *operation,
                GtkPrintContext     *context,
                TomoniPrintDocument *self)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  guint n = tomoni_print_document_paginate (self, cr,
                                            gtk_print_context_get_width (context),
                                            gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, (int)n);
}

static void
draw_page_cb (GtkPrintOperation   *operation,
              GtkPrintContext     *context,
              int                  page_nr,
              TomoniPrintDocument *self)
{
  tomoni_print_document_draw_page (self, gtk_print_context_get_cairo_context (context),
                                   gtk_print_context_get_width (context),
                                   gtk_print_context_get_height (context),
                                   (guint)page_nr);
}

GtkPrintOperation *
tomoni_print_operation_new (TomoniPrintDocument *document)
{
  GtkPrintOperation *operation;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  g_return_val_if_fail (document != NULL, NULL);

  operation = gtk_print_operation_new ();
  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, document->title);
  g_object_set_data_full (G_OBJECT (operation), "tomoni-document", document,
                          (GDestroyNotify)tomoni_print_document_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), document);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), document);
  return operation;
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         GtkWidget               *parent)
{
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      TomoniWindow *window = tomoni_window_from_widget (parent);

      gtk_print_operation_get_error (operation, &error);
      if (window != NULL && error != NULL)
        tomoni_window_add_toast (window, adw_toast_new (error->message));
      else if (error != NULL)
        g_warning ("Printing failed: %s", error->message);
    }
  /* Only an operation still running when run() returned is ours to drop here. */
  if (g_object_get_data (G_OBJECT (operation), "tomoni-async") != NULL)
    g_object_unref (operation);
}

void
tomoni_print_document_run_dialog (TomoniPrintDocument *document,
                                  GtkWidget           *parent)
{
  GtkPrintOperation *operation;
  GtkPrintOperationResult result;
  GtkRoot *root;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (document != NULL);
  g_return_if_fail (GTK_IS_WIDGET (parent));

  operation = tomoni_print_operation_new (document);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (done_cb), parent, 0);
  root = gtk_widget_get_root (parent);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    g_object_set_data (G_OBJECT (operation), "tomoni-async", GINT_TO_POINTER (1));
  else
    g_object_unref (operation);   /* "done" has run already */
}
