/* tomoni-class-dialog.c: create or edit a class; plan a term and its
 * weekly schedule, or a new term from the previous one
 *
 * Before anything is written, the term is checked as the store will check
 * it: the schedule (tomoni_schedule_validate), at least one session, and
 * each planned session against other bookings (tomoni_store_check_booking),
 * so a conflict is shown in place, naming the other booking, and a room
 * conflict can be booked anyway with a reason.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-class-dialog"

#include <glib/gi18n-lib.h>

#include "tomoni-class-dialog.h"
#include "tomoni-date.h"
#include "tomoni-enrol-dialog.h"
#include "tomoni-store-people.h"
#include "tomoni-text.h"

typedef enum {
  MODE_NEW_CLASS,
  MODE_EDIT_CLASS,
  MODE_NEW_TERM,
} Mode;

typedef struct {
  GtkCheckButton *check;
  GtkEditable    *start;
  GtkEditable    *end;
} SlotRow;

struct _TomoniClassDialog
{
  TomoniFormDialog parent_instance;

  TomoniStore     *store;
  Mode             mode;
  TomoniClass     *klass;          /* being edited; id 0 until stored */
  gint64           previous_term_id;
  GPtrArray       *venues;         /* TomoniVenue */
  GPtrArray       *rooms;          /* TomoniRoom of the venue chosen */
  gboolean         offers_override;
  gint64           saved_class_id;
  gint64           saved_term_id;

  GtkWidget       *override_box;
  GtkEditable     *override_reason;

  /* class */
  GtkEditable     *title_ja;
  GtkEditable     *title_en;
  AdwComboRow     *level;
  AdwComboRow     *group;
  AdwComboRow     *format;
  AdwComboRow     *venue;
  AdwComboRow     *room;
  GtkSpinButton   *capacity;
  GtkSwitch       *holidays;
  GtkEditable     *notes;
  GtkWidget       *staff_group;    /* NULL unless editing */
  GPtrArray       *staff_rows;

  /* term */
  GtkSwitch       *copy_previous;  /* NULL: no previous term to copy */
  GtkEditable     *term_name;
  GtkEditable     *start_date;
  GtkEditable     *end_date;
  GtkWidget       *slots_group;    /* the group below, once its rows are made */
  SlotRow          slots[7];

  /* the template's groups, shown by mode */
  AdwPreferencesGroup *class_group;
  AdwPreferencesGroup *place_group;
  AdwPreferencesGroup *about_group;
  AdwPreferencesGroup *term_group;
  AdwActionRow        *copy_row;
  GtkSwitch           *copy_previous_switch;
  AdwPreferencesGroup *slots_group_widget;
  AdwPreferencesGroup *staff_group_widget;
};

G_DEFINE_FINAL_TYPE (TomoniClassDialog, tomoni_class_dialog, TOMONI_TYPE_FORM_DIALOG)

static const char *weekday_labels[] = {
  N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"),
  N_("Friday"), N_("Saturday"), N_("Sunday"),
};

/* The form's error, and the room override when the problem is a room
 * another class already has. */
static void
show_problem (TomoniClassDialog *self,
              const char        *message,
              gboolean           offer_override)
{
  tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, message);
  self->offers_override = offer_override;
  gtk_widget_set_visible (self->override_box, offer_override);
}

const char *
tomoni_class_dialog_get_error (TomoniClassDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS_DIALOG (self), NULL);
  return tomoni_form_dialog_get_error (TOMONI_FORM_DIALOG (self));
}

gint64
tomoni_class_dialog_get_class_id (TomoniClassDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS_DIALOG (self), 0);
  return self->saved_class_id;
}

gint64
tomoni_class_dialog_get_term_id (TomoniClassDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS_DIALOG (self), 0);
  return self->saved_term_id;
}

gboolean
tomoni_class_dialog_get_offers_override (TomoniClassDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS_DIALOG (self), FALSE);
  return self->offers_override;
}

/* --- venue and room ----------------------------------------------------- */

static gint64
selected_venue_id (TomoniClassDialog *self)
{
  guint i = adw_combo_row_get_selected (self->venue);

  if (i == 0 || i == GTK_INVALID_LIST_POSITION || i > self->venues->len)
    return 0;
  return tomoni_venue_get_id (g_ptr_array_index (self->venues, i - 1));
}

static gint64
selected_room_id (TomoniClassDialog *self)
{
  guint i = adw_combo_row_get_selected (self->room);

  if (self->rooms == NULL || i == 0 || i == GTK_INVALID_LIST_POSITION || i > self->rooms->len)
    return 0;
  return tomoni_room_get_id (g_ptr_array_index (self->rooms, i - 1));
}

static void
fill_rooms (TomoniClassDialog *self,
            gint64             room_id)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  gint64 venue_id = selected_venue_id (self);
  guint selected = 0;

  g_clear_pointer (&self->rooms, g_ptr_array_unref);
  /* Translators: no room chosen */
  gtk_string_list_append (list, _("None"));
  if (venue_id != 0)
    self->rooms = tomoni_store_list_rooms (self->store, venue_id, NULL);
  for (guint i = 0; self->rooms != NULL && i < self->rooms->len; i++)
    {
      TomoniRoom *room = g_ptr_array_index (self->rooms, i);
      gtk_string_list_append (list, tomoni_room_get_name (room));
      if (tomoni_room_get_id (room) == room_id)
        selected = i + 1;
    }
  adw_combo_row_set_model (self->room, G_LIST_MODEL (list));
  adw_combo_row_set_selected (self->room, selected);
  gtk_widget_set_sensitive (GTK_WIDGET (self->room), venue_id != 0);
}

static void
venue_changed_cb (TomoniClassDialog *self)
{
  fill_rooms (self, 0);
}

void
tomoni_class_dialog_set_room (TomoniClassDialog *self,
                              gint64             venue_id,
                              gint64             room_id)
{
  g_return_if_fail (TOMONI_IS_CLASS_DIALOG (self));
  if (self->venue == NULL)
    return;
  for (guint i = 0; i < self->venues->len; i++)
    if (tomoni_venue_get_id (g_ptr_array_index (self->venues, i)) == venue_id)
      adw_combo_row_set_selected (self->venue, i + 1);
  fill_rooms (self, room_id);
}

/* --- fields by name (tests) -------------------------------------------- */

void
tomoni_class_dialog_set_text (TomoniClassDialog *self,
                              const char        *field,
                              const char        *value)
{
  struct { const char *name; GtkEditable *editable; } fields[] = {
    { "title-ja", self->title_ja }, { "title-en", self->title_en }, { "notes", self->notes },
    { "term-name", self->term_name }, { "start-date", self->start_date }, { "end-date", self->end_date },
  };

  g_return_if_fail (TOMONI_IS_CLASS_DIALOG (self));

  if (g_str_equal (field, "capacity") && self->capacity != NULL)
    {
      gtk_spin_button_set_value (self->capacity, g_ascii_strtod (value, NULL));
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_str_equal (field, fields[i].name) && fields[i].editable != NULL)
      {
        gtk_editable_set_text (fields[i].editable, value);
        return;
      }
  g_critical ("No field “%s” in this dialog", field);
}

void
tomoni_class_dialog_set_slot (TomoniClassDialog *self,
                              int                weekday,
                              gboolean           on,
                              const char        *start,
                              const char        *end)
{
  g_return_if_fail (TOMONI_IS_CLASS_DIALOG (self));
  g_return_if_fail (weekday >= 1 && weekday <= 7);
  g_return_if_fail (self->slots_group != NULL);

  gtk_check_button_set_active (self->slots[weekday - 1].check, on);
  if (start != NULL)
    gtk_editable_set_text (self->slots[weekday - 1].start, start);
  if (end != NULL)
    gtk_editable_set_text (self->slots[weekday - 1].end, end);
}

void
tomoni_class_dialog_set_copy_previous (TomoniClassDialog *self,
                                       gboolean           copy)
{
  g_return_if_fail (TOMONI_IS_CLASS_DIALOG (self));
  if (self->copy_previous != NULL)
    gtk_switch_set_active (self->copy_previous, copy);
}

/* --- reading the form --------------------------------------------------- */

static gboolean
read_class (TomoniClassDialog  *self,
            GError            **error)
{
  const char * const *levels = tomoni_class_levels ();
  const char * const *groups = tomoni_class_target_groups ();
  const char * const *formats = tomoni_class_formats ();
  guint level = adw_combo_row_get_selected (self->level);
  guint group = adw_combo_row_get_selected (self->group);
  guint format = adw_combo_row_get_selected (self->format);

  tomoni_class_set_title_ja (self->klass, gtk_editable_get_text (self->title_ja));
  tomoni_class_set_title_en (self->klass, gtk_editable_get_text (self->title_en));
  tomoni_class_set_level (self->klass, level == 0 || level == GTK_INVALID_LIST_POSITION ? "" : levels[level - 1]);
  tomoni_class_set_target_group (self->klass, group < g_strv_length ((char **)groups) ? groups[group] : groups[0]);
  tomoni_class_set_format (self->klass, format < g_strv_length ((char **)formats) ? formats[format] : formats[0]);
  tomoni_class_set_venue_id (self->klass, selected_venue_id (self));
  tomoni_class_set_room_id (self->klass, selected_room_id (self));
  tomoni_class_set_capacity (self->klass, gtk_spin_button_get_value_as_int (self->capacity));
  tomoni_class_set_meets_on_holidays (self->klass, gtk_switch_get_active (self->holidays));
  tomoni_class_set_notes (self->klass, gtk_editable_get_text (self->notes));

  if (tomoni_text_is_blank (tomoni_class_get_title_ja (self->klass)))
    {
      g_set_error_literal (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                           _("Japanese title: give the class a title"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_date_field (GtkEditable  *editable,
                  const char   *field,
                  GDate        *out,
                  GError      **error)
{
  g_autoptr(GError) local = NULL;

  g_date_clear (out, 1);
  if (!tomoni_date_parse (gtk_editable_get_text (editable), out, &local))
    {
      /* Translators: a field name, then what is wrong with it */
      g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID, _("%s: %s"), field, local->message);
      return FALSE;
    }
  return TRUE;
}

/* The weekly slots ticked, in weekday order. */
static GArray *
read_slots (TomoniClassDialog  *self,
            GError            **error)
{
  g_autoptr(GArray) slots = g_array_new (FALSE, FALSE, sizeof (TomoniWeeklySlot));

  for (int d = 0; d < 7; d++)
    {
      TomoniWeeklySlot slot = { d + 1, 0, 0 };
      g_autoptr(GError) local = NULL;

      if (!gtk_check_button_get_active (self->slots[d].check))
        continue;
      if (!tomoni_time_parse (gtk_editable_get_text (self->slots[d].start), &slot.start_minute, &local) ||
          !tomoni_time_parse (gtk_editable_get_text (self->slots[d].end), &slot.end_minute, &local))
        {
          /* Translators: a weekday, then what is wrong with its time */
          g_set_error (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID, _("%s: %s"),
                       _(weekday_labels[d]), local->message);
          return NULL;
        }
      g_array_append_val (slots, slot);
    }
  if (slots->len == 0)
    {
      g_set_error_literal (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                           _("Weekly schedule: tick at least one weekday"));
      return NULL;
    }
  return g_steal_pointer (&slots);
}

/* Checks the planned sessions of a term without writing anything. */
static gboolean
precheck_term (TomoniClassDialog   *self,
               gint64               class_id,
               gint64               room_id,
               gboolean             meets_on_holidays,
               const GDate         *start,
               const GDate         *end,
               GArray              *slots,
               gboolean             check_room,
               TomoniConflictKind  *out_kind,
               GError             **error)
{
  TomoniScheduleRequest request = { 0 };
  g_autoptr(GArray) planned = NULL;

  *out_kind = TOMONI_CONFLICT_NONE;
  request.start = *start;
  request.end = *end;
  request.slots = (const TomoniWeeklySlot *)slots->data;
  request.n_slots = slots->len;
  request.meets_on_holidays = meets_on_holidays;
  planned = tomoni_schedule_generate (&request, error);
  if (planned == NULL)
    return FALSE;
  if (tomoni_schedule_count_held (planned) == 0)
    {
      g_set_error_literal (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                           _("Dates: no session can be held in this term: every date is a holiday or closed"));
      return FALSE;
    }
  for (guint i = 0; i < planned->len; i++)
    {
      TomoniPlannedSession *p = &g_array_index (planned, TomoniPlannedSession, i);
      g_autofree char *date = NULL;

      if (p->skipped)
        continue;
      date = tomoni_date_format_iso (&p->date);
      if (!tomoni_store_check_booking (self->store, class_id, date, p->start_minute, p->end_minute,
                                       check_room ? room_id : 0, 0, out_kind, error))
        return FALSE;
    }
  return TRUE;
}

/* --- saving ------------------------------------------------------------- */

static gboolean
save (TomoniClassDialog *self,
      const char        *override)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) slots = NULL;
  g_autoptr(TomoniTerm) term = NULL;
  g_autoptr(TomoniClass) stored_class = NULL;
  TomoniConflictKind kind = TOMONI_CONFLICT_NONE;
  gint64 class_id;
  gint64 room_id;
  gboolean meets_on_holidays;
  gboolean copying;
  GDate start, end;

  if (self->mode != MODE_NEW_TERM && !read_class (self, &error))
    goto fail;

  if (self->mode == MODE_EDIT_CLASS)
    {
      if (!tomoni_store_update_class (self->store, self->klass, &error))
        goto fail;
      self->saved_class_id = tomoni_class_get_id (self->klass);
      self->saved_term_id = 0;
      return TRUE;
    }

  /* A term: new class with its first term, or a new term. */
  copying = self->copy_previous != NULL && gtk_switch_get_active (self->copy_previous);
  if (!parse_date_field (self->start_date, _("Start date"), &start, &error))
    goto fail;
  if (copying)
    {
      g_autoptr(TomoniTerm) previous = tomoni_store_get_term (self->store, self->previous_term_id, &error);
      GDate prev_start, prev_end;

      if (previous == NULL)
        goto fail;
      slots = tomoni_store_get_term_schedule (self->store, self->previous_term_id, &error);
      if (slots == NULL)
        goto fail;
      g_date_clear (&prev_start, 1);
      g_date_clear (&prev_end, 1);
      tomoni_date_parse (tomoni_term_get_start_date (previous), &prev_start, NULL);
      tomoni_date_parse (tomoni_term_get_end_date (previous), &prev_end, NULL);
      end = start;
      g_date_add_days (&end, (guint)MAX (0, g_date_days_between (&prev_start, &prev_end)));
    }
  else
    {
      if (!parse_date_field (self->end_date, _("End date"), &end, &error))
        goto fail;
      if (g_date_compare (&end, &start) < 0)
        {
          g_set_error_literal (&error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                               _("End date: the term ends before it starts"));
          goto fail;
        }
      slots = read_slots (self, &error);
      if (slots == NULL)
        goto fail;
    }

  if (self->mode == MODE_NEW_TERM)
    {
      stored_class = tomoni_store_get_class (self->store, tomoni_class_get_id (self->klass), &error);
      if (stored_class == NULL)
        goto fail;
      class_id = tomoni_class_get_id (stored_class);
      room_id = tomoni_class_get_room_id (stored_class);
      meets_on_holidays = tomoni_class_get_meets_on_holidays (stored_class);
    }
  else
    {
      class_id = tomoni_class_get_id (self->klass);    /* 0 until stored: no teachers yet */
      room_id = tomoni_class_get_room_id (self->klass);
      meets_on_holidays = tomoni_class_get_meets_on_holidays (self->klass);
    }

  if (!precheck_term (self, class_id, room_id, meets_on_holidays, &start, &end, slots,
                      override == NULL, &kind, &error))
    goto fail;

  /* Nothing stands in the way: write, one transaction for the whole action. */
  if (self->mode == MODE_NEW_CLASS)
    {
      g_autofree char *a = tomoni_date_format_iso (&start);
      g_autofree char *b = tomoni_date_format_iso (&end);

      term = tomoni_term_new ();
      tomoni_term_set_name (term, gtk_editable_get_text (self->term_name));
      tomoni_term_set_start_date (term, a);
      tomoni_term_set_end_date (term, b);
      /* The class, its first term and its sessions, all written or none. */
      if (!tomoni_store_create_class (self->store, self->klass, NULL, 0, term,
                                      (const TomoniWeeklySlot *)slots->data, slots->len,
                                      override, &error))
        goto fail;
      class_id = tomoni_class_get_id (self->klass);
    }
  else if (copying)
    {
      g_autofree char *iso = tomoni_date_format_iso (&start);
      term = tomoni_store_copy_term (self->store, self->previous_term_id, iso,
                                     gtk_editable_get_text (self->term_name), override, &error);
      if (term == NULL)
        goto fail;
    }
  else
    {
      g_autofree char *a = tomoni_date_format_iso (&start);
      g_autofree char *b = tomoni_date_format_iso (&end);

      term = tomoni_term_new ();
      tomoni_term_set_class_id (term, class_id);
      tomoni_term_set_name (term, gtk_editable_get_text (self->term_name));
      tomoni_term_set_start_date (term, a);
      tomoni_term_set_end_date (term, b);
      if (!tomoni_store_add_term (self->store, term, (const TomoniWeeklySlot *)slots->data, slots->len,
                                  override, &error))
        goto fail;
    }

  self->saved_class_id = class_id;
  self->saved_term_id = tomoni_term_get_id (term);
  return TRUE;

fail:
  show_problem (self, error->message,
              kind == TOMONI_CONFLICT_ROOM && override == NULL);
  return FALSE;
}

/* Problems are shown by save() itself (with the override when it fits). */
static gboolean
tomoni_class_dialog_save_form (TomoniFormDialog  *dialog,
                               GError           **error)
{
  return save (TOMONI_CLASS_DIALOG (dialog), NULL);
}

gboolean
tomoni_class_dialog_save (TomoniClassDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_CLASS_DIALOG (self), FALSE);
  return tomoni_form_dialog_save (TOMONI_FORM_DIALOG (self));
}

gboolean
tomoni_class_dialog_book_anyway (TomoniClassDialog *self,
                                 const char        *reason)
{
  g_return_val_if_fail (TOMONI_IS_CLASS_DIALOG (self), FALSE);

  if (reason != NULL)
    gtk_editable_set_text (self->override_reason, reason);
  reason = gtk_editable_get_text (self->override_reason);
  if (tomoni_text_is_blank (reason))
    {
      tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), GTK_WIDGET (self->override_reason),
                                     _("Reason for the double booking: write why the room may be shared."));
      return FALSE;
    }
  tomoni_form_dialog_clear_error (TOMONI_FORM_DIALOG (self));
  if (!save (self, reason))
    return FALSE;
  tomoni_form_dialog_finish_save (TOMONI_FORM_DIALOG (self));
  return TRUE;
}

static void
override_clicked_cb (TomoniClassDialog *self)
{
  tomoni_class_dialog_book_anyway (self, NULL);
}

/* --- staff -------------------------------------------------------------- */

static void fill_staff (TomoniClassDialog *self);

static void
remove_staff_clicked (GtkButton         *button,
                      TomoniClassDialog *self)
{
  gint64 person_id = *(gint64 *)g_object_get_data (G_OBJECT (button), "person-id");
  g_autoptr(GError) error = NULL;

  if (!tomoni_store_remove_class_staff (self->store, tomoni_class_get_id (self->klass), person_id, &error))
    show_problem (self, error->message, FALSE);
  fill_staff (self);
}

static void
fill_staff (TomoniClassDialog *self)
{
  g_autoptr(GPtrArray) staff = NULL;

  for (guint i = 0; i < self->staff_rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self->staff_group), g_ptr_array_index (self->staff_rows, i));
  g_ptr_array_set_size (self->staff_rows, 0);

  staff = tomoni_store_list_class_staff (self->store, tomoni_class_get_id (self->klass), NULL);
  for (guint i = 0; staff != NULL && i < staff->len; i++)
    {
      TomoniClassStaff *member = g_ptr_array_index (staff, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *label = NULL;
      gint64 *id = g_new (gint64, 1);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tomoni_class_staff_get_person_name (member));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   g_str_equal (tomoni_class_staff_get_role (member), "teacher")
                                   ? _("Teacher") : _("Volunteer assistant"));
      /* Translators: accessible label of a button; %s is a name */
      label = g_strdup_printf (_("Remove %s"), tomoni_class_staff_get_person_name (member));
      gtk_widget_set_tooltip_text (remove, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      *id = tomoni_class_staff_get_person_id (member);
      g_object_set_data_full (G_OBJECT (remove), "person-id", id, g_free);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_staff_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->staff_group), row);
      g_ptr_array_add (self->staff_rows, row);
    }
}

static void
add_staff_clicked (TomoniClassDialog *self)
{
  TomoniEnrolDialog *dialog = tomoni_enrol_dialog_new_staff (GTK_WINDOW (self), self->store,
                                                             tomoni_class_get_id (self->klass));

  g_signal_connect_object (dialog, "done", G_CALLBACK (fill_staff), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* --- construction ------------------------------------------------------- */

static void
tomoni_class_dialog_dispose (GObject *object)
{
  TomoniClassDialog *self = TOMONI_CLASS_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->klass);
  g_clear_pointer (&self->venues, g_ptr_array_unref);
  g_clear_pointer (&self->rooms, g_ptr_array_unref);
  g_clear_pointer (&self->staff_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), TOMONI_TYPE_CLASS_DIALOG);
  G_OBJECT_CLASS (tomoni_class_dialog_parent_class)->dispose (object);
}

static void
tomoni_class_dialog_class_init (TomoniClassDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tomoni_class_dialog_dispose;
  TOMONI_FORM_DIALOG_CLASS (klass)->save = tomoni_class_dialog_save_form;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-class-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, override_box);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, override_reason);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, title_ja);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, title_en);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, level);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, group);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, format);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, capacity);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, holidays);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, notes);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, venue);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, room);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, class_group);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, place_group);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, about_group);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, term_group);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, copy_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, copy_previous_switch);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, term_name);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, start_date);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, end_date);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, slots_group_widget);
  gtk_widget_class_bind_template_child (widget_class, TomoniClassDialog, staff_group_widget);
  gtk_widget_class_bind_template_callback (widget_class, override_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_staff_clicked);
}

static void
tomoni_class_dialog_init (TomoniClassDialog *self)
{
  self->staff_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
set_combo (AdwComboRow   *row,
           GtkStringList *list,
           guint          selected)
{
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  adw_combo_row_set_selected (row, selected);
}

static guint
index_of (const char * const *keys,
          const char         *key,
          guint               offset)
{
  for (guint i = 0; keys[i] != NULL; i++)
    if (g_strcmp0 (keys[i], key) == 0)
      return i + offset;
  return 0;
}

static void
fill_class_groups (TomoniClassDialog *self)
{
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) groups = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) formats = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) venues = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) rooms = gtk_string_list_new (NULL);
  const char * const *keys;
  gint64 venue_id = tomoni_class_get_venue_id (self->klass);
  guint venue_selected = 0;

  gtk_editable_set_text (self->title_ja, tomoni_class_get_title_ja (self->klass));
  gtk_editable_set_text (self->title_en, tomoni_class_get_title_en (self->klass));

  /* Translators: no level chosen for a class */
  gtk_string_list_append (levels, _("Not set"));
  keys = tomoni_class_levels ();
  for (guint i = 0; keys[i] != NULL; i++)
    gtk_string_list_append (levels, tomoni_class_level_label (keys[i]));
  set_combo (self->level, levels, index_of (keys, tomoni_class_get_level (self->klass), 1));

  keys = tomoni_class_target_groups ();
  for (guint i = 0; keys[i] != NULL; i++)
    gtk_string_list_append (groups, tomoni_class_target_group_label (keys[i]));
  set_combo (self->group, groups, index_of (keys, tomoni_class_get_target_group (self->klass), 0));

  keys = tomoni_class_formats ();
  for (guint i = 0; keys[i] != NULL; i++)
    gtk_string_list_append (formats, tomoni_class_format_label (keys[i]));
  set_combo (self->format, formats, index_of (keys, tomoni_class_get_format (self->klass), 0));

  gtk_spin_button_set_value (self->capacity, MAX (1, tomoni_class_get_capacity (self->klass)));
  gtk_switch_set_active (self->holidays, tomoni_class_get_meets_on_holidays (self->klass));
  gtk_editable_set_text (self->notes, tomoni_class_get_notes (self->klass));

  self->venues = tomoni_store_list_venues (self->store, NULL);
  if (self->venues == NULL)
    self->venues = g_ptr_array_new_with_free_func (g_object_unref);
  /* Translators: a class with no venue */
  gtk_string_list_append (venues, _("None (online)"));
  for (guint i = 0; i < self->venues->len; i++)
    {
      TomoniVenue *venue = g_ptr_array_index (self->venues, i);
      gtk_string_list_append (venues, tomoni_venue_get_name (venue));
      if (tomoni_venue_get_id (venue) == venue_id)
        venue_selected = i + 1;
    }
  set_combo (self->venue, venues, venue_selected);
  set_combo (self->room, rooms, 0);
  fill_rooms (self, tomoni_class_get_room_id (self->klass));
  g_signal_connect_swapped (self->venue, "notify::selected", G_CALLBACK (venue_changed_cb), self);
}

static void
copy_toggled_cb (TomoniClassDialog *self)
{
  gboolean copy = gtk_switch_get_active (self->copy_previous);

  gtk_widget_set_visible (self->slots_group, !copy);
  gtk_widget_set_visible (GTK_WIDGET (self->end_date), !copy);
}

static void
fill_term_groups (TomoniClassDialog *self)
{
  g_autoptr(TomoniTerm) previous = NULL;
  g_autoptr(GArray) schedule = NULL;

  adw_preferences_group_set_title (self->term_group,
                                   self->mode == MODE_NEW_CLASS ? _("First Term") : _("New Term"));

  if (self->previous_term_id != 0)
    {
      previous = tomoni_store_get_term (self->store, self->previous_term_id, NULL);
      schedule = tomoni_store_get_term_schedule (self->store, self->previous_term_id, NULL);
    }
  if (previous != NULL)
    {
      /* Translators: %s is the name or dates of the previous term */
      g_autofree char *subtitle = g_strdup_printf (_("Same weekdays, times and length as %s"),
                                                   *tomoni_term_get_name (previous) != '\0'
                                                   ? tomoni_term_get_name (previous)
                                                   : tomoni_term_get_start_date (previous));
      adw_action_row_set_subtitle (self->copy_row, subtitle);
      self->copy_previous = self->copy_previous_switch;
      gtk_switch_set_active (self->copy_previous, TRUE);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->copy_row), previous != NULL);

  if (previous != NULL)
    {
      GDate day;
      g_date_clear (&day, 1);
      if (tomoni_date_parse (tomoni_term_get_end_date (previous), &day, NULL))
        {
          g_autofree char *next = NULL;
          g_date_add_days (&day, 1);
          next = tomoni_date_format_iso (&day);
          gtk_editable_set_text (self->start_date, next);
        }
    }

  /* One row a weekday, with the previous term's times or the usual evening. */
  self->slots_group = GTK_WIDGET (self->slots_group_widget);
  for (int d = 0; d < 7; d++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *start = gtk_entry_new ();
      GtkWidget *end = gtk_entry_new ();
      GtkWidget *dash = gtk_label_new ("–");
      g_autofree char *start_label = NULL;
      g_autofree char *end_label = NULL;
      const char *start_text = "18:30";
      const char *end_text = "20:00";

      for (guint i = 0; schedule != NULL && i < schedule->len; i++)
        {
          TomoniWeeklySlot *slot = &g_array_index (schedule, TomoniWeeklySlot, i);
          if (slot->weekday == d + 1)
            {
              g_autofree char *a = tomoni_time_format (slot->start_minute);
              g_autofree char *b = tomoni_time_format (slot->end_minute);
              gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
              gtk_editable_set_text (GTK_EDITABLE (start), a);
              gtk_editable_set_text (GTK_EDITABLE (end), b);
              start_text = end_text = NULL;
            }
        }
      if (start_text != NULL)
        {
          gtk_editable_set_text (GTK_EDITABLE (start), start_text);
          gtk_editable_set_text (GTK_EDITABLE (end), end_text);
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(weekday_labels[d]));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_editable_set_width_chars (GTK_EDITABLE (start), 6);
      gtk_editable_set_width_chars (GTK_EDITABLE (end), 6);
      gtk_widget_set_valign (start, GTK_ALIGN_CENTER);
      gtk_widget_set_valign (end, GTK_ALIGN_CENTER);
      /* Translators: accessible labels of the time fields, e.g. "Monday start" */
      start_label = g_strdup_printf (_("%s start"), _(weekday_labels[d]));
      end_label = g_strdup_printf (_("%s end"), _(weekday_labels[d]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (start), GTK_ACCESSIBLE_PROPERTY_LABEL, start_label, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (end), GTK_ACCESSIBLE_PROPERTY_LABEL, end_label, -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), start);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), dash);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), end);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->slots_group), row);
      self->slots[d].check = GTK_CHECK_BUTTON (check);
      self->slots[d].start = GTK_EDITABLE (start);
      self->slots[d].end = GTK_EDITABLE (end);
    }

  if (self->copy_previous != NULL)
    {
      g_signal_connect_swapped (self->copy_previous, "notify::active", G_CALLBACK (copy_toggled_cb), self);
      copy_toggled_cb (self);
    }
}

static TomoniClassDialog *
build (GtkWindow   *parent,
       TomoniStore *store,
       Mode         mode,
       TomoniClass *klass,
       gint64       previous_term_id)
{
  TomoniClassDialog *self = g_object_new (TOMONI_TYPE_CLASS_DIALOG, "transient-for", parent, NULL);
  const char *save_label;
  const char *title;

  self->store = g_object_ref (store);
  self->mode = mode;
  self->klass = klass != NULL ? tomoni_class_copy (klass) : tomoni_class_new ();
  self->previous_term_id = previous_term_id;
  if (klass == NULL)
    tomoni_class_set_capacity (self->klass, 15);

  switch (mode)
    {
    case MODE_NEW_CLASS:
      title = _("New Class");
      save_label = _("_Create");
      break;
    case MODE_EDIT_CLASS:
      title = _("Edit Class");
      save_label = _("_Save");
      break;
    case MODE_NEW_TERM:
    default:
      title = _("New Term");
      save_label = _("_Plan Term");
      break;
    }
  gtk_window_set_title (GTK_WINDOW (self), title);
  tomoni_form_dialog_set_save_label (TOMONI_FORM_DIALOG (self), save_label);

  /* The frame is in ui/tomoni-class-dialog.ui: show the groups of this mode. */
  gtk_widget_set_visible (GTK_WIDGET (self->class_group), mode != MODE_NEW_TERM);
  gtk_widget_set_visible (GTK_WIDGET (self->place_group), mode != MODE_NEW_TERM);
  gtk_widget_set_visible (GTK_WIDGET (self->about_group), mode == MODE_NEW_TERM);
  gtk_widget_set_visible (GTK_WIDGET (self->term_group), mode != MODE_EDIT_CLASS);
  gtk_widget_set_visible (GTK_WIDGET (self->slots_group_widget), mode != MODE_EDIT_CLASS);
  gtk_widget_set_visible (GTK_WIDGET (self->staff_group_widget), mode == MODE_EDIT_CLASS);

  if (mode != MODE_NEW_TERM)
    fill_class_groups (self);
  else
    {
      adw_preferences_group_set_title (self->about_group, tomoni_class_get_title_ja (self->klass));
      adw_preferences_group_set_description (self->about_group, tomoni_class_get_title_en (self->klass));
    }
  if (mode != MODE_EDIT_CLASS)
    fill_term_groups (self);
  else
    {
      self->staff_group = GTK_WIDGET (self->staff_group_widget);
      fill_staff (self);
    }

  gtk_window_set_default_widget (GTK_WINDOW (self), tomoni_form_dialog_get_save_button (TOMONI_FORM_DIALOG (self)));
  return self;
}

TomoniClassDialog *
tomoni_class_dialog_new (GtkWindow   *parent,
                         TomoniStore *store,
                         TomoniClass *klass)
{
  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);
  g_return_val_if_fail (klass == NULL || TOMONI_IS_CLASS (klass), NULL);
  return build (parent, store, klass != NULL ? MODE_EDIT_CLASS : MODE_NEW_CLASS, klass, 0);
}

TomoniClassDialog *
tomoni_class_dialog_new_term (GtkWindow   *parent,
                              TomoniStore *store,
                              gint64       class_id,
                              gint64       previous_term_id)
{
  g_autoptr(TomoniClass) klass = NULL;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);

  klass = tomoni_store_get_class (store, class_id, NULL);
  if (klass == NULL)
    {
      klass = tomoni_class_new ();
      tomoni_class_set_id (klass, class_id);
    }
  return build (parent, store, MODE_NEW_TERM, klass, previous_term_id);
}
