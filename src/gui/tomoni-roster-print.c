/* tomoni-roster-print.c: an activity's roster on A4 paper
 *
 * The roster is laid out as a list of blocks (the heading, a shift, a
 * slot, a line per person with boxes to tick on the day) with Pango, which
 * finds Japanese glyphs in Noto Sans CJK; blocks are split into pages in
 * begin-print and drawn in draw-page. A confidential activity is printed
 * without its requester's contact and notes.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-roster-print"

#include <glib/gi18n.h>

#include "tomoni-roster-format.h"
#include "tomoni-roster-print.h"
#include "tomoni-store-activities.h"

#define FONT_FAMILY "Noto Sans CJK JP, Noto Sans, Sans"

typedef enum {
  STYLE_TITLE,
  STYLE_SUBTITLE,
  STYLE_SHIFT,
  STYLE_SLOT,
  STYLE_PERSON,
} Style;

typedef struct {
  Style  style;
  char  *text;               /* Pango markup */
  PangoLayout *layout;
  double height;
} Block;

typedef struct {
  TomoniActivity *activity;
  GPtrArray      *blocks;    /* Block* */
  GArray         *pages;     /* guint: first block of each page */
} Roster;

static void
block_free (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->layout);
  g_free (block->text);
  g_free (block);
}

static void
roster_free (Roster *roster)
{
  g_clear_object (&roster->activity);
  g_clear_pointer (&roster->blocks, g_ptr_array_unref);
  g_clear_pointer (&roster->pages, g_array_unref);
  g_free (roster);
}

static void
add_block (Roster     *roster,
           Style       style,
           const char *markup)
{
  Block *block = g_new0 (Block, 1);

  block->style = style;
  block->text = g_strdup (markup);
  g_ptr_array_add (roster->blocks, block);
}

static void
add_blockf (Roster     *roster,
            Style       style,
            const char *format,
            ...) G_GNUC_PRINTF (3, 4);

static void
add_blockf (Roster     *roster,
            Style       style,
            const char *format,
            ...)
{
  va_list args;
  g_autofree char *markup = NULL;

  va_start (args, format);
  markup = g_markup_vprintf_escaped (format, args);
  va_end (args);
  add_block (roster, style, markup);
}

static Roster *
roster_load (TomoniStore  *store,
             gint64        activity_id,
             GError      **error)
{
  g_autoptr(TomoniActivity) activity = NULL;
  g_autoptr(GPtrArray) shifts = NULL;
  g_autoptr(GPtrArray) assignments = NULL;
  g_autofree char *today = tomoni_roster_today ();
  g_autofree char *printed = tomoni_roster_format_date (today);
  Roster *roster;

  activity = tomoni_store_get_activity (store, activity_id, error);
  if (activity == NULL)
    return NULL;
  shifts = tomoni_store_list_shifts (store, activity_id, error);
  if (shifts == NULL)
    return NULL;
  assignments = tomoni_store_list_roster (store, activity_id, FALSE, error);
  if (assignments == NULL)
    return NULL;

  roster = g_new0 (Roster, 1);
  roster->activity = g_steal_pointer (&activity);
  roster->blocks = g_ptr_array_new_with_free_func (block_free);
  roster->pages = g_array_new (FALSE, FALSE, sizeof (guint));

  add_blockf (roster, STYLE_TITLE, "%s", tomoni_activity_get_title (roster->activity));
  {
    g_autoptr(GString) line = g_string_new (tomoni_activity_kind_get_label (tomoni_activity_get_kind (roster->activity)));
    g_autofree char *markup = NULL;

    if (*tomoni_activity_get_requester_name (roster->activity) != '\0')
      g_string_append_printf (line, " · %s %s", _("Requested by"), tomoni_activity_get_requester_name (roster->activity));
    if (tomoni_activity_get_confidential (roster->activity))
      g_string_append_printf (line, " · %s", _("Confidential"));
    else if (*tomoni_activity_get_requester_contact (roster->activity) != '\0')
      g_string_append_printf (line, " (%s)", tomoni_activity_get_requester_contact (roster->activity));
    /* Translators: printed on the roster, "Printed Tue 7 April 2026" */
    g_string_append_printf (line, "\n%s %s", _("Printed"), printed);
    markup = g_markup_escape_text (line->str, -1);
    add_block (roster, STYLE_SUBTITLE, markup);
  }

  if (shifts->len == 0)
    add_blockf (roster, STYLE_SLOT, "%s", _("No shifts yet"));

  for (guint i = 0; i < shifts->len; i++)
    {
      TomoniShift *shift = g_ptr_array_index (shifts, i);
      GListModel *slots = G_LIST_MODEL (tomoni_shift_get_slots (shift));
      g_autofree char *when = tomoni_roster_format_when (tomoni_shift_get_date (shift),
                                                         tomoni_shift_get_start_minute (shift),
                                                         tomoni_shift_get_end_minute (shift));
      g_autofree char *filled = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u place filled",
                                                              "%u of %u places filled",
                                                              tomoni_shift_get_n_needed (shift)),
                                                 tomoni_shift_get_n_assigned (shift),
                                                 tomoni_shift_get_n_needed (shift));

      add_blockf (roster, STYLE_SHIFT, "%s   <span size='small' weight='normal'>%s</span>", when, filled);
      for (guint j = 0; j < g_list_model_get_n_items (slots); j++)
        {
          g_autoptr(TomoniSlot) slot = g_list_model_get_item (slots, j);
          guint n = 0;

          add_blockf (roster, STYLE_SLOT, "%s", tomoni_slot_get_role (slot));
          for (guint k = 0; k < assignments->len; k++)
            {
              TomoniAssignment *a = g_ptr_array_index (assignments, k);
              TomoniCheckin checkin = tomoni_assignment_get_checkin (a);
              g_autofree char *hours = NULL;

              if (tomoni_assignment_get_slot_id (a) != tomoni_slot_get_id (slot))
                continue;
              n++;
              if (checkin == TOMONI_CHECKIN_PRESENT)
                {
                  g_autofree char *number = tomoni_roster_format_hours (tomoni_assignment_get_minutes (a));
                  /* Translators: "3.5 hours" */
                  hours = g_strdup_printf (_("%s hours"), number);
                }
              else
                hours = g_strdup_printf ("%s ____", _("Hours"));
              /* Tab stops: name, status, present, no-show, hours. */
              add_blockf (roster, STYLE_PERSON, "%s\t%s\t%s %s\t%s %s\t%s",
                          tomoni_assignment_get_person_name (a),
                          tomoni_assignment_status_get_label (tomoni_assignment_get_status (a)),
                          checkin == TOMONI_CHECKIN_PRESENT ? "☑" : "☐", _("Present"),
                          checkin == TOMONI_CHECKIN_NO_SHOW ? "☑" : "☐", _("No-show"),
                          hours);
            }
          for (; n < tomoni_slot_get_needed (slot); n++)
            add_blockf (roster, STYLE_PERSON, "%s\t\t☐ %s\t☐ %s\t%s ____",
                        _("(open place)"), _("Present"), _("No-show"), _("Hours"));
        }
    }
  return roster;
}

static PangoFontDescription *
style_font (Style style)
{
  const char *specs[] = {
    [STYLE_TITLE] = FONT_FAMILY " Bold 16",
    [STYLE_SUBTITLE] = FONT_FAMILY " 9",
    [STYLE_SHIFT] = FONT_FAMILY " Bold 12",
    [STYLE_SLOT] = FONT_FAMILY " Bold 10",
    [STYLE_PERSON] = FONT_FAMILY " 10",
  };

  return pango_font_description_from_string (specs[style]);
}

static double
style_space_before (Style style)
{
  switch (style)
    {
    case STYLE_SHIFT: return 14;
    case STYLE_SLOT: return 6;
    case STYLE_SUBTITLE: return 4;
    case STYLE_TITLE:
    case STYLE_PERSON:
    default:
      return 2;
    }
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                Roster            *roster)
{
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double y = 0;
  PangoTabArray *tabs = pango_tab_array_new (5, FALSE);
  guint first = 0;

  /* Name, status, present, no-show, hours. */
  pango_tab_array_set_tab (tabs, 0, PANGO_TAB_LEFT, (int)(width * 0.02 * PANGO_SCALE));
  pango_tab_array_set_tab (tabs, 1, PANGO_TAB_LEFT, (int)(width * 0.42 * PANGO_SCALE));
  pango_tab_array_set_tab (tabs, 2, PANGO_TAB_LEFT, (int)(width * 0.58 * PANGO_SCALE));
  pango_tab_array_set_tab (tabs, 3, PANGO_TAB_LEFT, (int)(width * 0.72 * PANGO_SCALE));
  pango_tab_array_set_tab (tabs, 4, PANGO_TAB_LEFT, (int)(width * 0.86 * PANGO_SCALE));

  g_array_set_size (roster->pages, 0);
  g_array_append_val (roster->pages, first);

  for (guint i = 0; i < roster->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (roster->blocks, i);
      PangoFontDescription *font = style_font (block->style);
      int layout_height;
      double needed;

      g_clear_object (&block->layout);
      block->layout = gtk_print_context_create_pango_layout (context);
      pango_layout_set_font_description (block->layout, font);
      pango_layout_set_width (block->layout, (int)(width * PANGO_SCALE));
      pango_layout_set_wrap (block->layout, PANGO_WRAP_WORD_CHAR);
      if (block->style == STYLE_PERSON)
        {
          pango_layout_set_tabs (block->layout, tabs);
          pango_layout_set_wrap (block->layout, PANGO_WRAP_CHAR);
          pango_layout_set_ellipsize (block->layout, PANGO_ELLIPSIZE_END);
        }
      pango_layout_set_markup (block->layout, block->text, -1);
      pango_font_description_free (font);

      pango_layout_get_size (block->layout, NULL, &layout_height);
      block->height = style_space_before (block->style) + (double)layout_height / PANGO_SCALE;

      /* A shift or slot heading is not left alone at the foot of a page. */
      needed = block->height + (block->style == STYLE_SHIFT || block->style == STYLE_SLOT ? 40 : 0);
      if (y > 0 && y + needed > height)
        {
          guint start = i;
          g_array_append_val (roster->pages, start);
          y = 0;
        }
      y += block->height;
    }
  pango_tab_array_free (tabs);
  gtk_print_operation_set_n_pages (operation, (int)roster->pages->len);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              Roster            *roster)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  guint start = g_array_index (roster->pages, guint, page);
  guint end = (guint)page + 1 < roster->pages->len ? g_array_index (roster->pages, guint, page + 1) : roster->blocks->len;
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double y = 0;

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = start; i < end; i++)
    {
      Block *block = g_ptr_array_index (roster->blocks, i);

      y += style_space_before (block->style);
      cairo_move_to (cr, 0, y);
      pango_cairo_show_layout (cr, block->layout);
      y += block->height - style_space_before (block->style);
      if (block->style == STYLE_SHIFT)
        {
          cairo_set_line_width (cr, 0.8);
          cairo_move_to (cr, 0, y + 1);
          cairo_line_to (cr, width, y + 1);
          cairo_stroke (cr);
        }
    }

  /* Page number at the foot. */
  {
    PangoLayout *footer = gtk_print_context_create_pango_layout (context);
    PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY " 8");
    /* Translators: page 1 of 3, at the foot of a printed roster */
    g_autofree char *text = g_strdup_printf (_("%s — page %d of %u"), tomoni_activity_get_title (roster->activity),
                                             page + 1, roster->pages->len);
    int w, h;

    pango_layout_set_font_description (footer, font);
    pango_layout_set_text (footer, text, -1);
    pango_layout_get_size (footer, &w, &h);
    cairo_move_to (cr, width - (double)w / PANGO_SCALE, height - (double)h / PANGO_SCALE);
    pango_cairo_show_layout (cr, footer);
    pango_font_description_free (font);
    g_object_unref (footer);
  }
}

static GtkPrintOperation *
operation_new (Roster *roster)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  GtkPaperSize *a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autofree char *job = g_strdup_printf ("%s — %s", _("Roster"), tomoni_activity_get_title (roster->activity));

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_top_margin (setup, 15, GTK_UNIT_MM);
  gtk_page_setup_set_bottom_margin (setup, 15, GTK_UNIT_MM);
  gtk_page_setup_set_left_margin (setup, 15, GTK_UNIT_MM);
  gtk_page_setup_set_right_margin (setup, 15, GTK_UNIT_MM);
  gtk_paper_size_free (a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, job);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_object_set_data_full (G_OBJECT (operation), "roster", roster, (GDestroyNotify)roster_free);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), roster);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), roster);
  return operation;
}

gboolean
tomoni_roster_print (GtkWindow    *parent,
                     TomoniStore  *store,
                     gint64        activity_id,
                     GError      **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  Roster *roster;

  g_return_val_if_fail (TOMONI_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  roster = roster_load (store, activity_id, error);
  if (roster == NULL)
    return FALSE;
  operation = operation_new (roster);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, parent, error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}

gboolean
tomoni_roster_print_to_pdf (TomoniStore  *store,
                            gint64        activity_id,
                            const char   *path,
                            guint        *out_n_pages,
                            GError      **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  Roster *roster;

  g_return_val_if_fail (TOMONI_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  roster = roster_load (store, activity_id, error);
  if (roster == NULL)
    return FALSE;
  operation = operation_new (roster);
  gtk_print_operation_set_export_filename (operation, path);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    return FALSE;
  if (out_n_pages != NULL)
    *out_n_pages = roster->pages->len;
  return TRUE;
}
