/* tomoni-enrol-dialog.c: pick a person (or create one) to enrol in a term,
 * to record as a walk-in or trial learner of a session, or to add as staff
 *
 * The list is a TomoniPeopleModel (ids only, rows read as they show), so
 * searching 60,000 people stays quick.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-enrol-dialog"

#include <glib/gi18n-lib.h>

#include "tomoni-enrol-dialog.h"
#include "tomoni-people-model.h"
#include "tomoni-store-classes.h"
#include "tomoni-text.h"
#include "tomoni-window.h"

typedef enum {
  MODE_ENROL,
  MODE_VISITOR,
  MODE_STAFF,
} Mode;

struct _TomoniEnrolDialog
{
  TomoniFormDialog parent_instance;

  TomoniStore        *store;
  Mode                mode;
  gint64              id;           /* term, session or class */
  TomoniPeopleModel  *people;
  GtkSingleSelection *selection;
  char               *notice_text;

  GtkWidget          *notice;
  GtkWidget          *options;
  GtkSearchEntry     *search;
  GtkListView        *list;
  GtkStack           *list_stack;
  GtkExpander        *expander;
  GtkEditable        *family;
  GtkEditable        *given;
  GtkEditable        *reading;
  AdwComboRow        *kind_row;
  AdwComboRow        *role_row;
  AdwComboRow        *employment_row;
};

G_DEFINE_FINAL_TYPE (TomoniEnrolDialog, tomoni_enrol_dialog, TOMONI_TYPE_FORM_DIALOG)

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *roles[] = { "teacher", "assistant" };
static const char *employments[] = { "volunteer", "part-time", "full-time" };

const char *
tomoni_enrol_dialog_get_error (TomoniEnrolDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_ENROL_DIALOG (self), NULL);
  return tomoni_form_dialog_get_error (TOMONI_FORM_DIALOG (self));
}

const char *
tomoni_enrol_dialog_get_notice (TomoniEnrolDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_ENROL_DIALOG (self), NULL);
  return self->notice_text != NULL ? self->notice_text : "";
}

/* --- list --------------------------------------------------------------- */

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *reading = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_label_set_xalign (GTK_LABEL (reading), 1);
  gtk_label_set_ellipsize (GTK_LABEL (reading), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (reading, "dim-label");
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), reading);
  gtk_list_item_set_child (item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  data)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  TomoniPerson *person = gtk_list_item_get_item (item);
  g_autofree char *name = tomoni_person_dup_display_name (person);
  g_autofree char *reading = NULL;
  const char *latin = tomoni_person_get_latin_name (person);

  if (*latin != '\0' && g_strcmp0 (latin, name) != 0)
    reading = g_strdup_printf ("%s · %s", tomoni_person_get_reading (person), latin);
  else
    reading = g_strdup (tomoni_person_get_reading (person));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), name);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), reading);
}

static void
update_list_state (TomoniEnrolDialog *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people));

  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "none");
}

static void
search_changed_cb (TomoniEnrolDialog *self)
{
  tomoni_people_model_set_search (self->people, gtk_editable_get_text (GTK_EDITABLE (self->search)));
  update_list_state (self);
}

static void
activate_cb (TomoniEnrolDialog *self,
             guint              position)
{
  tomoni_enrol_dialog_save (self);
}

/* Down from the search entry goes to the list, as in a search popup. */
static gboolean
search_key_cb (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               TomoniEnrolDialog     *self)
{
  if (keyval == GDK_KEY_Down && g_list_model_get_n_items (G_LIST_MODEL (self->people)) > 0)
    {
      gtk_widget_child_focus (GTK_WIDGET (self->list), GTK_DIR_TAB_FORWARD);
      return TRUE;
    }
  return FALSE;
}

void
tomoni_enrol_dialog_set_search (TomoniEnrolDialog *self,
                                const char        *search)
{
  g_return_if_fail (TOMONI_IS_ENROL_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search), search != NULL ? search : "");
  search_changed_cb (self);
}

GListModel *
tomoni_enrol_dialog_get_people (TomoniEnrolDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_ENROL_DIALOG (self), NULL);
  return G_LIST_MODEL (self->people);
}

void
tomoni_enrol_dialog_select (TomoniEnrolDialog *self,
                            guint              position)
{
  g_return_if_fail (TOMONI_IS_ENROL_DIALOG (self));
  gtk_single_selection_set_selected (self->selection, position);
  gtk_expander_set_expanded (self->expander, FALSE);
}

void
tomoni_enrol_dialog_set_new_person (TomoniEnrolDialog *self,
                                    const char        *family_name,
                                    const char        *given_name,
                                    const char        *reading)
{
  g_return_if_fail (TOMONI_IS_ENROL_DIALOG (self));
  gtk_expander_set_expanded (self->expander, TRUE);
  gtk_editable_set_text (self->family, family_name != NULL ? family_name : "");
  gtk_editable_set_text (self->given, given_name != NULL ? given_name : "");
  gtk_editable_set_text (self->reading, reading != NULL ? reading : "");
}

/* --- saving ------------------------------------------------------------- */

static gint64
create_person (TomoniEnrolDialog  *self,
               GError            **error)
{
  g_autoptr(TomoniPerson) person = tomoni_person_new ();

  tomoni_person_set_field (person, TOMONI_PERSON_FAMILY_NAME, gtk_editable_get_text (self->family));
  tomoni_person_set_field (person, TOMONI_PERSON_GIVEN_NAME, gtk_editable_get_text (self->given));
  tomoni_person_set_field (person, TOMONI_PERSON_READING, gtk_editable_get_text (self->reading));
  if (!tomoni_store_add_person (self->store, person, error))
    return 0;
  return tomoni_person_get_id (person);
}

static void
toast_parent (TomoniEnrolDialog *self,
              const char        *message)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  TomoniWindow *window = parent != NULL ? tomoni_window_from_widget (GTK_WIDGET (parent)) : NULL;

  if (window != NULL)
    tomoni_window_add_toast (window, adw_toast_new (message));
}

/* Problems are shown where they are found (FALSE without @error). */
static gboolean
tomoni_enrol_dialog_save_form (TomoniFormDialog  *dialog,
                               GError           **out_error)
{
  TomoniEnrolDialog *self = TOMONI_ENROL_DIALOG (dialog);
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniPerson) person = NULL;
  g_autofree char *name = NULL;
  gint64 person_id = 0;
  gboolean creating;

  creating = gtk_expander_get_expanded (self->expander);
  /* A new person and their enrolment are one action: both or neither. */
  if (!tomoni_store_begin_action (self->store, &error))
    {
      tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, error->message);
      return FALSE;
    }
  if (!creating)
    {
      TomoniPerson *selected = gtk_single_selection_get_selected_item (self->selection);

      if (selected == NULL)
        {
          tomoni_store_abort_action (self->store);
          tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, _("Person: pick someone from the list, or create a new person."));
          gtk_widget_grab_focus (GTK_WIDGET (self->search));
          return FALSE;
        }
      person_id = tomoni_person_get_id (selected);
    }
  else
    {
      person_id = create_person (self, &error);
      if (person_id == 0)
        {
          tomoni_store_abort_action (self->store);
          tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->family));
          return FALSE;
        }
    }

  person = tomoni_store_get_person (self->store, person_id, NULL);
  name = person != NULL ? tomoni_person_dup_display_name (person) : g_strdup ("");

  switch (self->mode)
    {
    case MODE_ENROL:
      {
        g_autoptr(TomoniEnrolment) enrolment = NULL;
        g_autofree char *message = NULL;

        if (!tomoni_store_enrol (self->store, self->id, person_id, &enrolment, &error))
          break;
        if (enrolment != NULL && g_str_equal (tomoni_enrolment_get_status (enrolment), "waiting"))
          /* Translators: %s is a name, %d a position on the waiting list */
          message = g_strdup_printf (_("%s joins the waiting list at position %d"), name,
                                     tomoni_enrolment_get_position (enrolment));
        else
          /* Translators: %s is a name */
          message = g_strdup_printf (_("%s enrolled"), name);
        toast_parent (self, message);
      }
      break;
    case MODE_VISITOR:
      {
        guint kind = adw_combo_row_get_selected (self->kind_row);
        tomoni_store_set_attendance (self->store, self->id, person_id, TOMONI_ATTENDANCE_PRESENT,
                                     kind == 0 ? TOMONI_ATTENDANCE_KIND_TRIAL : TOMONI_ATTENDANCE_KIND_WALK_IN,
                                     &error);
      }
      break;
    case MODE_STAFF:
    default:
      tomoni_store_set_class_staff (self->store, self->id, person_id,
                                    roles[MIN (adw_combo_row_get_selected (self->role_row), 1)],
                                    employments[MIN (adw_combo_row_get_selected (self->employment_row), 2)],
                                    &error);
      break;
    }

  if (error != NULL)
    {
      /* Nothing is kept: the person typed in stays in the form to correct. */
      tomoni_store_abort_action (self->store);
      tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, error->message);
      return FALSE;
    }

  if (!tomoni_store_commit_action (self->store, &error))
    {
      tomoni_store_abort_action (self->store);
      tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[DONE], 0, person_id);
  return TRUE;
}

gboolean
tomoni_enrol_dialog_save (TomoniEnrolDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_ENROL_DIALOG (self), FALSE);
  return tomoni_form_dialog_save (TOMONI_FORM_DIALOG (self));
}

/* --- construction ------------------------------------------------------- */

static void
tomoni_enrol_dialog_dispose (GObject *object)
{
  TomoniEnrolDialog *self = TOMONI_ENROL_DIALOG (object);

  g_clear_object (&self->selection);
  g_clear_object (&self->people);
  g_clear_object (&self->store);
  g_clear_pointer (&self->notice_text, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), TOMONI_TYPE_ENROL_DIALOG);
  G_OBJECT_CLASS (tomoni_enrol_dialog_parent_class)->dispose (object);
}

static void
tomoni_enrol_dialog_class_init (TomoniEnrolDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tomoni_enrol_dialog_dispose;
  TOMONI_FORM_DIALOG_CLASS (klass)->save = tomoni_enrol_dialog_save_form;

  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-enrol-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniEnrolDialog, notice);
  gtk_widget_class_bind_template_child (widget_class, TomoniEnrolDialog, options);
  gtk_widget_class_bind_template_child (widget_class, TomoniEnrolDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniEnrolDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniEnrolDialog, employment_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniEnrolDialog, search);
  gtk_widget_class_bind_template_child (widget_class, TomoniEnrolDialog, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniEnrolDialog, list);
  gtk_widget_class_bind_template_child (widget_class, TomoniEnrolDialog, expander);
  gtk_widget_class_bind_template_child (widget_class, TomoniEnrolDialog, family);
  gtk_widget_class_bind_template_child (widget_class, TomoniEnrolDialog, given);
  gtk_widget_class_bind_template_child (widget_class, TomoniEnrolDialog, reading);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_key_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_row);
  gtk_widget_class_bind_template_callback (widget_class, bind_row);
}

static void
tomoni_enrol_dialog_init (TomoniEnrolDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static TomoniEnrolDialog *
build (GtkWindow   *parent,
       TomoniStore *store,
       Mode         mode,
       gint64       id)
{
  TomoniEnrolDialog *self = g_object_new (TOMONI_TYPE_ENROL_DIALOG, "transient-for", parent, NULL);
  const char *title = NULL;
  const char *action = NULL;

  self->store = g_object_ref (store);
  self->mode = mode;
  self->id = id;

  switch (mode)
    {
    case MODE_ENROL:
      title = _("Enrol Learner");
      action = _("_Enrol");
      break;
    case MODE_VISITOR:
      title = _("Walk-in or Trial Learner");
      action = _("_Add");
      break;
    case MODE_STAFF:
    default:
      title = _("Add Teacher or Assistant");
      action = _("_Add");
      break;
    }
  gtk_window_set_title (GTK_WINDOW (self), title);

  tomoni_form_dialog_set_save_label (TOMONI_FORM_DIALOG (self), action);

  if (mode == MODE_ENROL)
    {
      g_autoptr(TomoniTerm) term = tomoni_store_get_term (store, id, NULL);
      g_autoptr(TomoniClass) klass = term != NULL ? tomoni_store_get_class (store, tomoni_term_get_class_id (term), NULL) : NULL;
      g_autoptr(GPtrArray) enrolments = tomoni_store_list_enrolments (store, id, NULL);
      int enrolled = 0, waiting = 0;

      for (guint i = 0; enrolments != NULL && i < enrolments->len; i++)
        {
          const char *status = tomoni_enrolment_get_status (g_ptr_array_index (enrolments, i));
          enrolled += g_str_equal (status, "enrolled");
          waiting += g_str_equal (status, "waiting");
        }
      if (klass != NULL && enrolled >= tomoni_class_get_capacity (klass))
        {
          /* Translators: shown before enrolling in a full class */
          self->notice_text = g_strdup_printf (_("The class is full (%d of %d places taken): the learner joins the waiting list at position %d."),
                                               enrolled, tomoni_class_get_capacity (klass), waiting + 1);
          gtk_widget_add_css_class (self->notice, "warning");
        }
      else if (klass != NULL)
        /* Translators: shown before enrolling; %d are numbers of learners */
        self->notice_text = g_strdup_printf (_("%d of %d places taken."), enrolled, tomoni_class_get_capacity (klass));
      if (self->notice_text != NULL)
        {
          gtk_label_set_text (GTK_LABEL (self->notice), self->notice_text);
          gtk_widget_set_visible (self->notice, TRUE);
        }
    }


  if (mode == MODE_VISITOR)
    {
      const char *kinds[] = { tomoni_attendance_kind_label (TOMONI_ATTENDANCE_KIND_TRIAL),
                              tomoni_attendance_kind_label (TOMONI_ATTENDANCE_KIND_WALK_IN), NULL };
      g_autoptr(GtkStringList) list = gtk_string_list_new (kinds);

      adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (list));
      gtk_widget_set_visible (GTK_WIDGET (self->kind_row), TRUE);
      gtk_widget_set_visible (self->options, TRUE);
    }
  else if (mode == MODE_STAFF)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->role_row), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->employment_row), TRUE);
      gtk_widget_set_visible (self->options, TRUE);
    }

  self->people = tomoni_people_model_new (store);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->people)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  gtk_list_view_set_model (self->list, GTK_SELECTION_MODEL (self->selection));

  gtk_window_set_default_widget (GTK_WINDOW (self), tomoni_form_dialog_get_save_button (TOMONI_FORM_DIALOG (self)));
  update_list_state (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
  return self;
}

TomoniEnrolDialog *
tomoni_enrol_dialog_new (GtkWindow   *parent,
                         TomoniStore *store,
                         gint64       term_id)
{
  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);
  return build (parent, store, MODE_ENROL, term_id);
}

TomoniEnrolDialog *
tomoni_enrol_dialog_new_visitor (GtkWindow   *parent,
                                 TomoniStore *store,
                                 gint64       session_id)
{
  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);
  return build (parent, store, MODE_VISITOR, session_id);
}

TomoniEnrolDialog *
tomoni_enrol_dialog_new_staff (GtkWindow   *parent,
                               TomoniStore *store,
                               gint64       class_id)
{
  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);
  return build (parent, store, MODE_STAFF, class_id);
}
