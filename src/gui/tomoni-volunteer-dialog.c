/* tomoni-volunteer-dialog.c: register a volunteer or edit a registration
 *
 * A new volunteer is a new person (name, reading, contact) and a
 * registration, written in one transaction by tomoni_store_add_volunteer ().
 * Languages are rows of language, level and JLPT; skills and trainings
 * come from the editable lists; weekly availability is one line per
 * weekday ("9:00-12:00, 18:00-21:00"). Every problem is shown above the
 * form naming the field, and nothing is written until all is right.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-volunteer-dialog"

#include <glib/gi18n.h>

#include "tomoni-date.h"
#include "tomoni-roster-format.h"
#include "tomoni-store-people.h"
#include "tomoni-store-volunteers.h"
#include "tomoni-volunteer-dialog.h"
#include "tomoni-window.h"

/* Codes offered in the language rows, when Tomoni knows them. */
static const char * const language_codes[] = {
  "ja", "en", "zh", "ko", "vi", "tl", "ne", "id", "th", "my", "pt", "es",
  "mn", "si", "bn", "hi", "ur", "km", "fr", "de", "ru", "uk", "ar", "fa", "ms",
};

static const char * const weekday_keys[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

typedef struct {
  GtkWidget   *row;
  GtkDropDown *language;
  GtkDropDown *level;
  GtkDropDown *jlpt;
} LanguageRow;

struct _TomoniVolunteerDialog
{
  TomoniFormDialog parent_instance;

  TomoniStore     *store;
  TomoniVolunteer *volunteer;       /* NULL while adding */
  GPtrArray       *codes;           /* const char*, the language dropdown's items */
  GPtrArray       *skills;          /* TomoniCatalogEntry* */
  GPtrArray       *trainings;
  GPtrArray       *language_rows;   /* LanguageRow* */
  GPtrArray       *skill_checks;    /* GtkCheckButton*, as skills */
  GPtrArray       *training_checks; /* GtkCheckButton*, as trainings */
  GPtrArray       *training_dates;  /* GtkEntry*, as trainings */

  GtkWidget       *person_group;
  GtkWidget       *existing_group;
  AdwPreferencesGroup *skills_group;
  AdwPreferencesGroup *trainings_group;
  AdwEntryRow     *find_row;
  GtkListBox      *match_list;
  GtkWidget       *chosen_row;
  gint64           existing_person_id;   /* 0: a new person */
  gint64           saved_person_id;      /* once saved */
  AdwEntryRow     *family_row;
  AdwEntryRow     *given_row;
  AdwEntryRow     *reading_row;
  AdwEntryRow     *latin_row;
  AdwEntryRow     *email_row;
  AdwEntryRow     *phone_row;
  AdwComboRow     *status_row;
  AdwEntryRow     *registered_row;
  AdwEntryRow     *expires_row;
  GtkSpinButton   *cap_spin;
  AdwEntryRow     *notes_row;
  GtkListBox      *language_list;
  AdwEntryRow     *weekday_rows[7];   /* Monday first */
  AdwEntryRow     *unavailable_row;
};

G_DEFINE_FINAL_TYPE (TomoniVolunteerDialog, tomoni_volunteer_dialog, TOMONI_TYPE_FORM_DIALOG)

static void
show_field_error (TomoniVolunteerDialog *self,
                  GtkWidget             *row,
                  const char            *field,
                  const char            *message)
{
  /* Translators: "Tuesday: <what is wrong>" */
  g_autofree char *text = g_strdup_printf (_("%s: %s"), field, message);
  tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), row, text);
}

static void
clear_errors (GtkWidget *widget)
{
  gtk_widget_remove_css_class (widget, "error");
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    clear_errors (child);
}

static char *
dup_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* A date typed in any accepted form, as 'YYYY-MM-DD'; "" stays "". */
static gboolean
read_date (TomoniVolunteerDialog *self,
           GtkWidget             *row,
           const char            *field,
           const char            *text,
           char                 **out_iso)
{
  g_autoptr(GError) error = NULL;
  GDate date;

  if (*text == '\0')
    {
      *out_iso = g_strdup ("");
      return TRUE;
    }
  g_date_clear (&date, 1);
  if (!tomoni_date_parse (text, &date, &error))
    {
      show_field_error (self, row, field, error->message);
      return FALSE;
    }
  *out_iso = tomoni_date_format_iso (&date);
  return TRUE;
}

/* --- languages ---------------------------------------------------------- */

static void
language_changed_cb (LanguageRow *row)
{
  guint selected = gtk_drop_down_get_selected (row->language);
  TomoniVolunteerDialog *self = g_object_get_data (G_OBJECT (row->row), "dialog");
  gboolean japanese = selected < self->codes->len && g_str_equal (g_ptr_array_index (self->codes, selected), "ja");

  gtk_widget_set_sensitive (GTK_WIDGET (row->jlpt), japanese);
  if (!japanese)
    gtk_drop_down_set_selected (row->jlpt, 0);
}

static void
remove_language_cb (GtkButton             *button,
                    TomoniVolunteerDialog *self)
{
  LanguageRow *row = g_object_get_data (G_OBJECT (button), "language-row");

  gtk_list_box_remove (self->language_list, row->row);
  g_ptr_array_remove (self->language_rows, row);
}

static LanguageRow *
append_language_row (TomoniVolunteerDialog *self)
{
  LanguageRow *row = g_new0 (LanguageRow, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) levels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) jlpt = gtk_string_list_new (NULL);

  for (guint i = 0; i < self->codes->len; i++)
    gtk_string_list_append (names, tomoni_language_code_get_name (g_ptr_array_index (self->codes, i)));
  for (TomoniLanguageLevel l = TOMONI_LEVEL_BASIC; l <= TOMONI_LEVEL_NATIVE; l++)
    gtk_string_list_append (levels, tomoni_language_level_get_label (l));
  /* Translators: no JLPT result */
  gtk_string_list_append (jlpt, _("No JLPT"));
  for (int n = 1; n <= 5; n++)
    {
      g_autofree char *text = g_strdup_printf ("JLPT N%d", n);
      gtk_string_list_append (jlpt, text);
    }

  g_object_set (box, "margin-top", 6, "margin-bottom", 6, "margin-start", 12, "margin-end", 6, NULL);
  row->language = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL));
  gtk_drop_down_set_enable_search (row->language, TRUE);
  gtk_drop_down_set_expression (row->language, gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_widget_set_hexpand (GTK_WIDGET (row->language), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->language), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Language"), -1);
  row->level = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (levels)), NULL));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->level), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Level"), -1);
  row->jlpt = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (jlpt)), NULL));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->jlpt), GTK_ACCESSIBLE_PROPERTY_LABEL, _("JLPT level"), -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove the language"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove the language"), -1);
  g_object_set_data (G_OBJECT (remove), "language-row", row);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_language_cb), self);

  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->language));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->level));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->jlpt));
  gtk_box_append (GTK_BOX (box), remove);

  row->row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row->row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row->row), box);
  g_object_set_data (G_OBJECT (row->row), "dialog", self);
  gtk_drop_down_set_selected (row->level, TOMONI_LEVEL_CONVERSATIONAL - 1);
  g_signal_connect_swapped (row->language, "notify::selected", G_CALLBACK (language_changed_cb), row);
  language_changed_cb (row);
  gtk_list_box_append (self->language_list, row->row);
  g_ptr_array_add (self->language_rows, row);
  return row;
}

static void
add_language_clicked_cb (TomoniVolunteerDialog *self)
{
  LanguageRow *row = append_language_row (self);

  gtk_widget_grab_focus (GTK_WIDGET (row->language));
}

void
tomoni_volunteer_dialog_add_language (TomoniVolunteerDialog *self,
                                      const char            *code,
                                      TomoniLanguageLevel    level,
                                      int                    jlpt)
{
  LanguageRow *row;
  guint position = G_MAXUINT;

  g_return_if_fail (TOMONI_IS_VOLUNTEER_DIALOG (self));

  for (guint i = 0; i < self->codes->len; i++)
    if (g_str_equal (g_ptr_array_index (self->codes, i), code))
      position = i;
  if (position == G_MAXUINT)
    {
      /* A code the list does not offer (from an import): offer it too. */
      if (!tomoni_language_code_is_known (code))
        return;
      g_ptr_array_add (self->codes, (gpointer)g_intern_string (code));
      position = self->codes->len - 1;
      for (guint i = 0; i < self->language_rows->len; i++)
        {
          LanguageRow *other = g_ptr_array_index (self->language_rows, i);
          gtk_string_list_append (GTK_STRING_LIST (gtk_drop_down_get_model (other->language)),
                                  tomoni_language_code_get_name (code));
        }
    }
  row = append_language_row (self);
  gtk_drop_down_set_selected (row->language, position);
  if (level >= TOMONI_LEVEL_BASIC)
    gtk_drop_down_set_selected (row->level, level - 1);
  gtk_drop_down_set_selected (row->jlpt, jlpt >= 1 && jlpt <= 5 ? (guint)jlpt : 0);
}

/* --- someone already in Tomoni ------------------------------------------ */

#define MAX_MATCHES 6

void
tomoni_volunteer_dialog_set_existing_person (TomoniVolunteerDialog *self,
                                             gint64                 person_id)
{
  g_autoptr(TomoniPerson) person = NULL;
  g_autofree char *name = NULL;
  g_autofree char *escaped = NULL;

  g_return_if_fail (TOMONI_IS_VOLUNTEER_DIALOG (self));

  if (person_id > 0)
    person = tomoni_store_get_person (self->store, person_id, NULL);
  self->existing_person_id = person != NULL ? person_id : 0;
  gtk_widget_set_visible (self->person_group, person == NULL);
  gtk_widget_set_visible (self->chosen_row, person != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->find_row), person == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->match_list), FALSE);
  if (person == NULL)
    return;
  name = tomoni_person_dup_display_name (person);
  escaped = g_markup_escape_text (name, -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->chosen_row), escaped);
}

static void
match_activated_cb (GtkListBox            *list,
                    GtkListBoxRow         *row,
                    TomoniVolunteerDialog *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (row), "person-id");

  if (id != NULL)
    tomoni_volunteer_dialog_set_existing_person (self, *id);
  gtk_widget_grab_focus (GTK_WIDGET (self->status_row));
}

static void
find_changed_cb (TomoniVolunteerDialog *self)
{
  g_autofree char *text = dup_text (self->find_row);
  g_autoptr(GArray) ids = NULL;
  GtkWidget *child;
  guint shown = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->match_list))) != NULL)
    gtk_list_box_remove (self->match_list, child);

  if (*text != '\0')
    ids = tomoni_store_query_person_ids (self->store, text, TOMONI_PEOPLE_SORT_READING, FALSE, NULL);
  for (guint i = 0; ids != NULL && i < ids->len && shown < MAX_MATCHES; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(TomoniPerson) person = tomoni_store_get_person (self->store, id, NULL);
      g_autoptr(TomoniVolunteer) already = tomoni_store_get_volunteer (self->store, id, NULL);
      g_autofree char *name = NULL;
      g_autofree char *escaped = NULL;
      g_autofree char *detail = NULL;
      GtkWidget *row;

      if (person == NULL)
        continue;
      name = tomoni_person_dup_display_name (person);
      escaped = g_markup_escape_text (name, -1);
      detail = g_markup_escape_text (already != NULL ? _("Already a volunteer")
                                     : *tomoni_person_get_latin_name (person) != '\0'
                                     ? tomoni_person_get_latin_name (person) : tomoni_person_get_reading (person), -1);
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), detail);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), already == NULL);
      gtk_widget_set_sensitive (row, already == NULL);
      g_object_set_data_full (G_OBJECT (row), "person-id", g_memdup2 (&id, sizeof id), g_free);
      gtk_list_box_append (self->match_list, row);
      shown++;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->match_list), shown > 0);
}

static void
clear_existing_cb (TomoniVolunteerDialog *self)
{
  tomoni_volunteer_dialog_set_existing_person (self, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->find_row), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->find_row));
}

/* --- public setters ----------------------------------------------------- */

void
tomoni_volunteer_dialog_set_text (TomoniVolunteerDialog *self,
                                  const char            *field,
                                  const char            *text)
{
  struct { const char *name; AdwEntryRow *row; } rows[] = {
    { "family-name", self->family_row }, { "given-name", self->given_row },
    { "reading", self->reading_row }, { "latin-name", self->latin_row },
    { "email", self->email_row }, { "phone", self->phone_row },
    { "registered-on", self->registered_row }, { "expires-on", self->expires_row },
    { "notes", self->notes_row }, { "unavailable", self->unavailable_row },
  };

  g_return_if_fail (TOMONI_IS_VOLUNTEER_DIALOG (self));

  if (g_str_equal (field, "cap"))
    {
      gtk_spin_button_set_value (self->cap_spin, g_ascii_strtod (text, NULL));
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (weekday_keys); i++)
    if (g_str_equal (field, weekday_keys[i]))
      {
        gtk_editable_set_text (GTK_EDITABLE (self->weekday_rows[i]), text);
        return;
      }
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (field, rows[i].name))
      {
        gtk_editable_set_text (GTK_EDITABLE (rows[i].row), text);
        return;
      }
  g_return_if_reached ();
}

void
tomoni_volunteer_dialog_set_status (TomoniVolunteerDialog *self,
                                    TomoniVolunteerStatus  status)
{
  g_return_if_fail (TOMONI_IS_VOLUNTEER_DIALOG (self));
  adw_combo_row_set_selected (self->status_row, status);
}

void
tomoni_volunteer_dialog_set_skill (TomoniVolunteerDialog *self,
                                   const char            *key,
                                   gboolean               has)
{
  g_return_if_fail (TOMONI_IS_VOLUNTEER_DIALOG (self));

  for (guint i = 0; i < self->skills->len; i++)
    if (g_str_equal (((TomoniCatalogEntry *)g_ptr_array_index (self->skills, i))->key, key))
      gtk_check_button_set_active (g_ptr_array_index (self->skill_checks, i), has);
}

void
tomoni_volunteer_dialog_set_training (TomoniVolunteerDialog *self,
                                      const char            *key,
                                      const char            *completed_on)
{
  g_return_if_fail (TOMONI_IS_VOLUNTEER_DIALOG (self));

  for (guint i = 0; i < self->trainings->len; i++)
    if (g_str_equal (((TomoniCatalogEntry *)g_ptr_array_index (self->trainings, i))->key, key))
      {
        gtk_check_button_set_active (g_ptr_array_index (self->training_checks, i), completed_on != NULL);
        gtk_editable_set_text (g_ptr_array_index (self->training_dates, i), completed_on != NULL ? completed_on : "");
      }
}

/* --- saving ------------------------------------------------------------- */

static gboolean
read_registration (TomoniVolunteerDialog *self,
                   TomoniVolunteer       *v)
{
  g_autofree char *registered_text = dup_text (self->registered_row);
  g_autofree char *expires_text = dup_text (self->expires_row);
  g_autofree char *registered = NULL;
  g_autofree char *expires = NULL;
  g_autofree char *notes = dup_text (self->notes_row);

  if (!read_date (self, GTK_WIDGET (self->registered_row), _("Registered on"), registered_text, &registered) ||
      !read_date (self, GTK_WIDGET (self->expires_row), _("Registered until"), expires_text, &expires))
    return FALSE;
  if (*registered == '\0')
    {
      g_free (registered);
      registered = tomoni_roster_today ();
    }
  tomoni_volunteer_set_status (v, (TomoniVolunteerStatus)adw_combo_row_get_selected (self->status_row));
  tomoni_volunteer_set_registered_on (v, registered);
  tomoni_volunteer_set_expires_on (v, expires);
  tomoni_volunteer_set_monthly_cap (v, (guint)gtk_spin_button_get_value_as_int (self->cap_spin));
  tomoni_volunteer_set_notes (v, notes);
  return TRUE;
}

static gboolean
read_lists (TomoniVolunteerDialog *self,
            TomoniVolunteer       *v)
{
  g_autoptr(GArray) languages = g_array_new (FALSE, TRUE, sizeof (TomoniLanguage));
  g_autoptr(GStrvBuilder) skills = g_strv_builder_new ();
  g_auto(GStrv) skill_keys = NULL;
  g_autoptr(GArray) ranges = g_array_new (FALSE, TRUE, sizeof (TomoniAvailability));
  g_autofree char *unavailable = dup_text (self->unavailable_row);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < self->language_rows->len; i++)
    {
      LanguageRow *row = g_ptr_array_index (self->language_rows, i);
      guint code = gtk_drop_down_get_selected (row->language);
      TomoniLanguage language = { 0 };

      if (code >= self->codes->len)
        continue;
      g_strlcpy (language.code, g_ptr_array_index (self->codes, code), sizeof language.code);
      for (guint j = 0; j < languages->len; j++)
        if (g_str_equal (g_array_index (languages, TomoniLanguage, j).code, language.code))
          {
            show_field_error (self, GTK_WIDGET (row->language), _("Languages"),
                              _("a language is listed twice"));
            return FALSE;
          }
      language.level = (TomoniLanguageLevel)(gtk_drop_down_get_selected (row->level) + 1);
      language.jlpt = (int)gtk_drop_down_get_selected (row->jlpt);
      g_array_append_val (languages, language);
    }
  tomoni_volunteer_set_languages (v, (TomoniLanguage *)(gpointer)languages->data, languages->len);

  for (guint i = 0; i < self->skills->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->skill_checks, i)))
      g_strv_builder_add (skills, ((TomoniCatalogEntry *)g_ptr_array_index (self->skills, i))->key);
  skill_keys = g_strv_builder_end (skills);
  tomoni_volunteer_set_skills (v, (const char * const *)skill_keys);

  tomoni_volunteer_clear_trainings (v);
  for (guint i = 0; i < self->trainings->len; i++)
    {
      TomoniCatalogEntry *entry = g_ptr_array_index (self->trainings, i);
      GtkEditable *date_entry = g_ptr_array_index (self->training_dates, i);
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (date_entry)));
      g_autofree char *date = NULL;

      if (!gtk_check_button_get_active (g_ptr_array_index (self->training_checks, i)))
        continue;
      if (*text == '\0')
        {
          show_field_error (self, GTK_WIDGET (date_entry), tomoni_catalog_entry_get_name (entry),
                            _("enter the date it was completed"));
          return FALSE;
        }
      if (!read_date (self, GTK_WIDGET (date_entry), tomoni_catalog_entry_get_name (entry), text, &date))
        return FALSE;
      tomoni_volunteer_add_training (v, entry->key, date);
    }

  /* Each weekday on its own, so a problem points at its row. */
  for (guint day = 0; day < 7; day++)
    {
      g_autofree char *text = dup_text (self->weekday_rows[day]);
      g_auto(GStrv) parts = g_regex_split_simple ("[,;、，；]", text, 0, 0);
      g_autoptr(GString) spec = g_string_new (NULL);
      g_autoptr(TomoniVolunteer) scratch = tomoni_volunteer_new ();
      GArray *parsed;

      for (guint i = 0; parts[i] != NULL; i++)
        {
          g_autofree char *part = g_strstrip (g_strdup (parts[i]));
          if (*part == '\0')
            continue;
          if (spec->len > 0)
            g_string_append_c (spec, ';');
          g_string_append_printf (spec, "%s %s", weekday_keys[day], part);
        }
      if (spec->len == 0)
        continue;
      if (!tomoni_volunteer_parse_availability (scratch, spec->str, &error))
        {
          show_field_error (self, GTK_WIDGET (self->weekday_rows[day]),
                            adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->weekday_rows[day])),
                            error->message);
          return FALSE;
        }
      parsed = tomoni_volunteer_get_availability (scratch);
      g_array_append_vals (ranges, parsed->data, parsed->len);
    }
  tomoni_volunteer_set_availability (v, (TomoniAvailability *)(gpointer)ranges->data, ranges->len);

  if (!tomoni_volunteer_parse_unavailable_dates (v, unavailable, &error))
    {
      show_field_error (self, GTK_WIDGET (self->unavailable_row), _("Unavailable on"), error->message);
      return FALSE;
    }
  return TRUE;
}

/* Errors in the lists are shown where they are found (FALSE, no @error). */
static gboolean
tomoni_volunteer_dialog_save_form (TomoniFormDialog  *dialog,
                                   GError           **error)
{
  TomoniVolunteerDialog *self = TOMONI_VOLUNTEER_DIALOG (dialog);
  g_autoptr(TomoniVolunteer) v = tomoni_volunteer_new ();
  g_autoptr(TomoniPerson) person = NULL;
  g_autofree char *message = NULL;
  TomoniWindow *window;
  gboolean adding = self->volunteer == NULL;
  gint64 person_id;

  clear_errors (GTK_WIDGET (self));

  if (adding && self->existing_person_id > 0)
    tomoni_volunteer_set_person_id (v, self->existing_person_id);
  else if (adding)
    {
      struct { TomoniPersonField field; AdwEntryRow *row; } fields[] = {
        { TOMONI_PERSON_FAMILY_NAME, self->family_row }, { TOMONI_PERSON_GIVEN_NAME, self->given_row },
        { TOMONI_PERSON_READING, self->reading_row }, { TOMONI_PERSON_LATIN_NAME, self->latin_row },
        { TOMONI_PERSON_EMAIL, self->email_row }, { TOMONI_PERSON_PHONE, self->phone_row },
      };
      TomoniPersonField bad = TOMONI_PERSON_N_FIELDS;

      person = tomoni_person_new ();
      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          g_autofree char *text = dup_text (fields[i].row);
          tomoni_person_set_field (person, fields[i].field, text);
        }
      if (!tomoni_person_normalize (person, &bad, error))
        {
          for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
            if (fields[i].field == bad)
              tomoni_form_dialog_mark_field (dialog, GTK_WIDGET (fields[i].row));
          return FALSE;
        }
    }
  else
    {
      tomoni_volunteer_set_person_id (v, tomoni_volunteer_get_person_id (self->volunteer));
      tomoni_volunteer_set_uuid (v, tomoni_volunteer_get_uuid (self->volunteer));
      tomoni_volunteer_set_person_uuid (v, tomoni_volunteer_get_person_uuid (self->volunteer));
      tomoni_volunteer_set_display_name (v, tomoni_volunteer_get_display_name (self->volunteer));
    }

  if (!read_registration (self, v) || !read_lists (self, v))
    return FALSE;

  if (adding ? !tomoni_store_add_volunteer (self->store, person, v, error)
             : !tomoni_store_update_volunteer (self->store, v, error))
    return FALSE;

  person_id = tomoni_volunteer_get_person_id (v);
  window = tomoni_window_from_widget (GTK_WIDGET (self));
  if (adding)
    {
      g_autoptr(TomoniPerson) stored = person == NULL ? tomoni_store_get_person (self->store, person_id, NULL) : NULL;
      g_autofree char *name = tomoni_person_dup_display_name (person != NULL ? person : stored);
      /* Translators: %s is a person's name */
      message = g_strdup_printf (_("“%s” registered as a volunteer"), name);
    }
  else
    message = g_strdup_printf (_("“%s” saved"), tomoni_volunteer_get_display_name (self->volunteer));
  if (window != NULL)
    tomoni_window_add_toast (window, adw_toast_new (message));
  self->saved_person_id = person_id;
  return TRUE;
}

gboolean
tomoni_volunteer_dialog_save (TomoniVolunteerDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_VOLUNTEER_DIALOG (self), FALSE);
  return tomoni_form_dialog_save (TOMONI_FORM_DIALOG (self));
}

/* The volunteer's person id, once "saved" was emitted; 0 before. */
gint64
tomoni_volunteer_dialog_get_person_id (TomoniVolunteerDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_VOLUNTEER_DIALOG (self), 0);
  return self->saved_person_id;
}

/* --- building ----------------------------------------------------------- */

static void
entry_activated_cb (TomoniVolunteerDialog *self)
{
  tomoni_volunteer_dialog_save (self);
}

/* The frame is in ui/tomoni-volunteer-dialog.ui; the statuses, skills and
 * trainings come from the core and the store. */
static void
add_catalog_rows (TomoniVolunteerDialog *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  GtkWidget *row;

  for (TomoniVolunteerStatus s = TOMONI_VOLUNTEER_ACTIVE; s <= TOMONI_VOLUNTEER_RETIRED; s++)
    gtk_string_list_append (statuses, tomoni_volunteer_status_get_label (s));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  /* Skills. */
  for (guint i = 0; self->skills != NULL && i < self->skills->len; i++)
    {
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *title = g_markup_escape_text (tomoni_catalog_entry_get_name (g_ptr_array_index (self->skills, i)), -1);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->skills_group, row);
      g_ptr_array_add (self->skill_checks, check);
    }
  if (self->skills == NULL || self->skills->len == 0)
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("The skill list is empty"));
      adw_preferences_group_add (self->skills_group, row);
    }

  /* Trainings with their dates. */
  for (guint i = 0; self->trainings != NULL && i < self->trainings->len; i++)
    {
      const char *name = tomoni_catalog_entry_get_name (g_ptr_array_index (self->trainings, i));
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *date = gtk_entry_new ();
      g_autofree char *title = g_markup_escape_text (name, -1);
      /* Translators: accessible name of a date entry, "Orientation: date completed" */
      g_autofree char *accessible = g_strdup_printf (_("%s: date completed"), name);

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_entry_set_placeholder_text (GTK_ENTRY (date), "2025-05-10");
      gtk_editable_set_width_chars (GTK_EDITABLE (date), 12);
      gtk_widget_set_valign (date, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (date), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_object_bind_property (check, "active", date, "sensitive", G_BINDING_SYNC_CREATE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), date);
      adw_preferences_group_add (self->trainings_group, row);
      g_ptr_array_add (self->training_checks, check);
      g_ptr_array_add (self->training_dates, date);
    }
}

static void
load (TomoniVolunteerDialog *self)
{
  TomoniVolunteer *v = self->volunteer;
  g_autofree char *cap = NULL;
  g_autofree char *unavailable = NULL;
  GArray *languages, *ranges;
  GPtrArray *trainings;

  gtk_widget_set_visible (self->person_group, v == NULL);
  gtk_widget_set_visible (self->existing_group, v == NULL);
  if (v == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Add Volunteer"));
      tomoni_form_dialog_set_save_label (TOMONI_FORM_DIALOG (self), _("_Add"));
      return;
    }

  {
    /* Translators: %s is a volunteer's name */
    g_autofree char *title = g_strdup_printf (_("Edit %s"), tomoni_volunteer_get_display_name (v));
    gtk_window_set_title (GTK_WINDOW (self), title);
  }
  adw_combo_row_set_selected (self->status_row, tomoni_volunteer_get_status (v));
  gtk_editable_set_text (GTK_EDITABLE (self->registered_row),
                         tomoni_volunteer_get_registered_on (v) != NULL ? tomoni_volunteer_get_registered_on (v) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->expires_row),
                         tomoni_volunteer_get_expires_on (v) != NULL ? tomoni_volunteer_get_expires_on (v) : "");
  cap = g_strdup_printf ("%u", tomoni_volunteer_get_monthly_cap (v));
  tomoni_volunteer_dialog_set_text (self, "cap", cap);
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), tomoni_volunteer_get_notes (v));

  languages = tomoni_volunteer_get_languages (v);
  for (guint i = 0; languages != NULL && i < languages->len; i++)
    {
      const TomoniLanguage *l = &g_array_index (languages, TomoniLanguage, i);
      tomoni_volunteer_dialog_add_language (self, l->code, l->level, l->jlpt);
    }
  for (const char * const *s = tomoni_volunteer_get_skills (v); s != NULL && *s != NULL; s++)
    tomoni_volunteer_dialog_set_skill (self, *s, TRUE);
  trainings = tomoni_volunteer_get_trainings (v);
  for (guint i = 0; trainings != NULL && i < trainings->len; i++)
    {
      TomoniTrainingRecord *t = g_ptr_array_index (trainings, i);
      tomoni_volunteer_dialog_set_training (self, t->key, t->completed_on);
    }

  ranges = tomoni_volunteer_get_availability (v);
  for (guint day = 0; day < 7; day++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      for (guint i = 0; ranges != NULL && i < ranges->len; i++)
        {
          const TomoniAvailability *r = &g_array_index (ranges, TomoniAvailability, i);
          g_autofree char *start = NULL;
          g_autofree char *end = NULL;

          if (r->weekday != (int)day + 1)
            continue;
          start = tomoni_time_format (r->start_minute);
          end = tomoni_time_format (r->end_minute);
          if (s->len > 0)
            g_string_append (s, ", ");
          g_string_append_printf (s, "%s-%s", start, end);
        }
      gtk_editable_set_text (GTK_EDITABLE (self->weekday_rows[day]), s->str);
    }
  unavailable = tomoni_volunteer_format_unavailable_dates (v);
  gtk_editable_set_text (GTK_EDITABLE (self->unavailable_row), unavailable != NULL ? unavailable : "");
}

TomoniVolunteerDialog *
tomoni_volunteer_dialog_new (GtkWindow       *parent,
                             TomoniStore     *store,
                             TomoniVolunteer *volunteer)
{
  TomoniVolunteerDialog *self;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);
  g_return_val_if_fail (volunteer == NULL || TOMONI_IS_VOLUNTEER (volunteer), NULL);

  self = g_object_new (TOMONI_TYPE_VOLUNTEER_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->volunteer = volunteer != NULL ? g_object_ref (volunteer) : NULL;
  self->skills = tomoni_store_list_skills (store, NULL);
  self->trainings = tomoni_store_list_trainings (store, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (language_codes); i++)
    if (tomoni_language_code_is_known (language_codes[i]))
      g_ptr_array_add (self->codes, (gpointer)language_codes[i]);
  add_catalog_rows (self);
  load (self);
  return self;
}

static void
tomoni_volunteer_dialog_dispose (GObject *object)
{
  TomoniVolunteerDialog *self = TOMONI_VOLUNTEER_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->volunteer);
  g_clear_pointer (&self->skills, g_ptr_array_unref);
  g_clear_pointer (&self->trainings, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), TOMONI_TYPE_VOLUNTEER_DIALOG);

  G_OBJECT_CLASS (tomoni_volunteer_dialog_parent_class)->dispose (object);
}

static void
tomoni_volunteer_dialog_finalize (GObject *object)
{
  TomoniVolunteerDialog *self = TOMONI_VOLUNTEER_DIALOG (object);

  g_ptr_array_unref (self->codes);
  g_ptr_array_unref (self->language_rows);
  g_ptr_array_unref (self->skill_checks);
  g_ptr_array_unref (self->training_checks);
  g_ptr_array_unref (self->training_dates);

  G_OBJECT_CLASS (tomoni_volunteer_dialog_parent_class)->finalize (object);
}

static void
tomoni_volunteer_dialog_class_init (TomoniVolunteerDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tomoni_volunteer_dialog_dispose;
  object_class->finalize = tomoni_volunteer_dialog_finalize;

  TOMONI_FORM_DIALOG_CLASS (klass)->save = tomoni_volunteer_dialog_save_form;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-volunteer-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, existing_group);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, find_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, match_list);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, chosen_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, person_group);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, family_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, given_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, reading_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, latin_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, registered_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, expires_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, cap_spin);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, language_list);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, skills_group);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, trainings_group);
  gtk_widget_class_bind_template_child (widget_class, TomoniVolunteerDialog, unavailable_row);
  gtk_widget_class_bind_template_child_full (widget_class, "monday_row", FALSE,
                                             G_STRUCT_OFFSET (TomoniVolunteerDialog, weekday_rows[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "tuesday_row", FALSE,
                                             G_STRUCT_OFFSET (TomoniVolunteerDialog, weekday_rows[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "wednesday_row", FALSE,
                                             G_STRUCT_OFFSET (TomoniVolunteerDialog, weekday_rows[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "thursday_row", FALSE,
                                             G_STRUCT_OFFSET (TomoniVolunteerDialog, weekday_rows[3]));
  gtk_widget_class_bind_template_child_full (widget_class, "friday_row", FALSE,
                                             G_STRUCT_OFFSET (TomoniVolunteerDialog, weekday_rows[4]));
  gtk_widget_class_bind_template_child_full (widget_class, "saturday_row", FALSE,
                                             G_STRUCT_OFFSET (TomoniVolunteerDialog, weekday_rows[5]));
  gtk_widget_class_bind_template_child_full (widget_class, "sunday_row", FALSE,
                                             G_STRUCT_OFFSET (TomoniVolunteerDialog, weekday_rows[6]));
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, find_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, match_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_existing_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_language_clicked_cb);
}

static void
tomoni_volunteer_dialog_init (TomoniVolunteerDialog *self)
{
  self->codes = g_ptr_array_new ();
  self->language_rows = g_ptr_array_new_with_free_func (g_free);
  self->skill_checks = g_ptr_array_new ();
  self->training_checks = g_ptr_array_new ();
  self->training_dates = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
