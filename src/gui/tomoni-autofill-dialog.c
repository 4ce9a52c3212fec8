/* tomoni-autofill-dialog.c: find the best roster off the main thread,
 * preview what changes, apply it in one go
 *
 * The plan is computed by tomoni_store_plan_auto_fill_async (), which runs
 * on a worker thread with its own connection; the dialog shows a spinner
 * and a Cancel button meanwhile. The preview lists every assignment that
 * would be added and how many places are filled after it. Apply writes
 * them in one transaction and hands the undo token to whoever listens to
 * ::applied (the Activities page offers Undo in a toast).
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-autofill-dialog"

#include <glib/gi18n.h>

#include "tomoni-autofill-dialog.h"
#include "tomoni-date.h"
#include "tomoni-roster-format.h"
#include "tomoni-store-activities.h"

typedef enum {
  COLUMN_WHEN,
  COLUMN_ACTIVITY,
  COLUMN_ROLE,
  COLUMN_PERSON,
  COLUMN_SCORE,
  N_COLUMNS
} Column;

struct _TomoniAutofillDialog
{
  TomoniFormDialog parent_instance;

  TomoniStore     *store;
  gint64           activity_id;
  TomoniMatchPlan *plan;
  GCancellable    *cancellable;
  gboolean         busy;

  GtkStack        *stack;
  GtkWidget       *apply_button;     /* the form's save button */
  AdwEntryRow     *from_row;
  AdwEntryRow     *to_row;
  GtkSpinner      *spinner;
  GtkLabel        *summary_label;
  GtkLabel        *detail_label;
  GtkColumnView   *column_view;
  GtkColumnViewColumn *activity_column;
  GtkStringList   *rows;             /* one string per proposal: its index */
  AdwStatusPage   *message_page;
};

G_DEFINE_FINAL_TYPE (TomoniAutofillDialog, tomoni_autofill_dialog, TOMONI_TYPE_FORM_DIALOG)

enum {
  APPLIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const TomoniProposal *
proposal_at (TomoniAutofillDialog *self,
             GtkListItem          *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  guint index;

  if (string == NULL || self->plan == NULL)
    return NULL;
  index = (guint)g_ascii_strtoull (gtk_string_object_get_string (string), NULL, 10);
  if (index >= self->plan->proposals->len)
    return NULL;
  return g_ptr_array_index (self->plan->proposals, index);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), GPOINTER_TO_UINT (column) == COLUMN_SCORE ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (GPOINTER_TO_UINT (column) == COLUMN_SCORE)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  column)
{
  TomoniAutofillDialog *self = g_object_get_data (G_OBJECT (factory), "dialog");
  const TomoniProposal *p = proposal_at (self, item);
  g_autofree char *text = NULL;

  if (p == NULL)
    return;
  switch (GPOINTER_TO_UINT (column))
    {
    case COLUMN_WHEN:
      text = tomoni_roster_format_when (p->date, p->start_minute, p->end_minute);
      break;
    case COLUMN_ACTIVITY:
      {
        /* The proposal does not carry the title: the slot's shift does. */
        g_autoptr(TomoniShift) shift = tomoni_store_get_shift_by_uuid (self->store, p->shift_uuid, NULL);
        g_autoptr(TomoniActivity) activity = shift != NULL
          ? tomoni_store_get_activity (self->store, tomoni_shift_get_activity_id (shift), NULL) : NULL;
        text = g_strdup (activity != NULL ? tomoni_activity_get_title (activity) : "");
      }
      break;
    case COLUMN_ROLE:
      text = g_strdup (p->role);
      break;
    case COLUMN_PERSON:
      text = g_strdup (p->person_name);
      break;
    case COLUMN_SCORE:
    default:
      text = g_strdup_printf ("%" G_GINT64_FORMAT, p->score);
      break;
    }
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
show_plan (TomoniAutofillDialog *self)
{
  TomoniMatchPlan *plan = self->plan;
  guint open_before = plan->n_places - MIN (plan->n_assigned, plan->n_places);
  guint filled_after = plan->n_assigned + plan->n_filled;
  g_autofree char *summary = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *bound = NULL;
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);

  if (plan->n_filled == 0)
    {
      adw_status_page_set_icon_name (self->message_page, "emblem-ok-symbolic");
      if (open_before == 0)
        {
          adw_status_page_set_title (self->message_page, _("Every Place Is Filled"));
          adw_status_page_set_description (self->message_page, _("There is nothing to auto-fill."));
        }
      else
        {
          g_autofree char *text =
            g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u place is open, but no volunteer may take it. "
                                          "A slot’s Candidates list says why each person is left out.",
                                          "%u places are open, but no volunteer may take them. "
                                          "A slot’s Candidates list says why each person is left out.",
                                          open_before), open_before);
          adw_status_page_set_icon_name (self->message_page, "dialog-information-symbolic");
          adw_status_page_set_title (self->message_page, _("No One Can Be Added"));
          adw_status_page_set_description (self->message_page, text);
        }
      gtk_stack_set_visible_child_name (self->stack, "message");
      gtk_widget_set_sensitive (self->apply_button, FALSE);
      return;
    }

  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Auto-fill adds %u assignment",
                                          "Auto-fill adds %u assignments", plan->n_filled),
                             plan->n_filled);
  /* Translators: "Filled after applying: 18 of 20 places (6 before). 2 stay open." */
  detail = g_strdup_printf (_("Filled after applying: %u of %u places (%u before). %u stay open."),
                            filled_after, plan->n_places, plan->n_assigned,
                            plan->n_places - MIN (filled_after, plan->n_places));
  /* cut short by the time limit: how far from the best it may be */
  bound = tomoni_match_plan_describe_bound (plan);
  if (bound != NULL)
    {
      char *both = g_strconcat (detail, "\n", bound, NULL);

      g_free (detail);
      detail = both;
    }
  gtk_label_set_text (self->summary_label, summary);
  gtk_label_set_text (self->detail_label, detail);

  for (guint i = 0; i < plan->proposals->len; i++)
    g_ptr_array_add (strings, g_strdup_printf ("%u", i));
  g_ptr_array_add (strings, NULL);
  gtk_string_list_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                          (const char * const *)strings->pdata);

  gtk_stack_set_visible_child_name (self->stack, "preview");
  gtk_widget_set_sensitive (self->apply_button, TRUE);
  gtk_widget_grab_focus (self->apply_button);
}

static void
planned_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(TomoniAutofillDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  TomoniMatchPlan *plan;

  plan = tomoni_store_plan_auto_fill_finish (TOMONI_STORE (source), result, &error);
  if (self->store == NULL)
    {
      /* Closed meanwhile. */
      g_clear_pointer (&plan, tomoni_match_plan_free);
      return;
    }

  self->busy = FALSE;
  gtk_spinner_stop (self->spinner);
  g_clear_object (&self->cancellable);

  if (plan == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_stack_set_visible_child_name (self->stack, self->activity_id > 0 ? "message" : "range");
          adw_status_page_set_icon_name (self->message_page, "process-stop-symbolic");
          adw_status_page_set_title (self->message_page, _("Auto-Fill Stopped"));
          adw_status_page_set_description (self->message_page, _("Nothing was changed."));
          return;
        }
      adw_status_page_set_icon_name (self->message_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->message_page, _("Auto-Fill Failed"));
      adw_status_page_set_description (self->message_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "message");
      return;
    }

  g_clear_pointer (&self->plan, tomoni_match_plan_free);
  self->plan = plan;
  show_plan (self);
}

static gboolean
read_date (AdwEntryRow  *row,
           const char   *what,
           char        **out_iso,
           GError      **error)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) local_error = NULL;
  GDate date;

  g_date_clear (&date, 1);
  if (!tomoni_date_parse (text, &date, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code, "%s: %s", what, local_error->message);
      return FALSE;
    }
  *out_iso = tomoni_date_format_iso (&date);
  return TRUE;
}

void
tomoni_autofill_dialog_start (TomoniAutofillDialog *self)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (TOMONI_IS_AUTOFILL_DIALOG (self));

  if (self->busy)
    return;
  tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, NULL);

  if (self->activity_id == 0)
    {
      if (!read_date (self->from_row, _("From"), &from, &error) ||
          !read_date (self->to_row, _("To"), &to, &error))
        {
          tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, error->message);
          return;
        }
      if (strcmp (from, to) > 0)
        {
          tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, _("To: the range ends before it starts"));
          return;
        }
    }

  g_clear_pointer (&self->plan, tomoni_match_plan_free);
  gtk_widget_set_sensitive (self->apply_button, FALSE);
  self->busy = TRUE;
  self->cancellable = g_cancellable_new ();
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "running");
  tomoni_store_plan_auto_fill_async (self->store, self->activity_id, from, to, self->cancellable,
                                     planned_cb, g_object_ref (self));
}

void
tomoni_autofill_dialog_cancel (TomoniAutofillDialog *self)
{
  g_return_if_fail (TOMONI_IS_AUTOFILL_DIALOG (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

gboolean
tomoni_autofill_dialog_is_busy (TomoniAutofillDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_AUTOFILL_DIALOG (self), FALSE);
  return self->busy;
}

TomoniMatchPlan *
tomoni_autofill_dialog_get_plan (TomoniAutofillDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_AUTOFILL_DIALOG (self), NULL);
  return self->plan;
}

/* Writes the plan and emits "applied"; the caller closes the dialog. */
static gboolean
apply_plan (TomoniAutofillDialog  *self,
            GError               **error)
{
  g_autofree char *token = NULL;
  guint n;

  if (self->plan == NULL || self->plan->n_filled == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is nothing to apply"));
      return FALSE;
    }
  if (!tomoni_store_apply_plan (self->store, self->plan, &token, error))
    return FALSE;

  n = self->plan->n_filled;
  g_signal_emit (self, signals[APPLIED], 0, token, n);
  return TRUE;
}

gboolean
tomoni_autofill_dialog_apply (TomoniAutofillDialog *self,
                              GError              **error)
{
  g_return_val_if_fail (TOMONI_IS_AUTOFILL_DIALOG (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!apply_plan (self, error))
    return FALSE;
  tomoni_form_dialog_finish_save (TOMONI_FORM_DIALOG (self));
  return TRUE;
}

/* Apply, from the header. */
static gboolean
tomoni_autofill_dialog_save_form (TomoniFormDialog  *dialog,
                                  GError           **error)
{
  TomoniAutofillDialog *self = TOMONI_AUTOFILL_DIALOG (dialog);
  g_autoptr(GError) local = NULL;

  if (apply_plan (self, &local))
    return TRUE;
  /* Someone changed the roster since the plan was made: plan again. */
  g_set_error (error, local->domain, local->code, _("%s Press “Find Again” for a new plan."), local->message);
  return FALSE;
}

static void
again_clicked_cb (TomoniAutofillDialog *self)
{
  tomoni_autofill_dialog_start (self);
}

static gboolean
close_request_cb (TomoniAutofillDialog *self)
{
  tomoni_autofill_dialog_cancel (self);
  return FALSE;
}

/* --- building --------------------------------------------------------- */

static void
add_column (TomoniAutofillDialog *self,
            Column                column,
            const char           *title,
            gboolean              expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "dialog", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GUINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GUINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_append_column (self->column_view, view_column);
  if (column == COLUMN_ACTIVITY)
    self->activity_column = view_column;
  g_object_unref (view_column);
}

static TomoniAutofillDialog *
dialog_new (GtkWindow   *parent,
            TomoniStore *store)
{
  TomoniAutofillDialog *self = g_object_new (TOMONI_TYPE_AUTOFILL_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  return self;
}

TomoniAutofillDialog *
tomoni_autofill_dialog_new (GtkWindow   *parent,
                            TomoniStore *store,
                            gint64       activity_id,
                            const char  *title)
{
  TomoniAutofillDialog *self;
  g_autofree char *window_title = NULL;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);
  g_return_val_if_fail (activity_id > 0, NULL);

  self = dialog_new (parent, store);
  self->activity_id = activity_id;
  /* Translators: %s is an activity's title */
  window_title = g_strdup_printf (_("Auto-Fill “%s”"), title != NULL ? title : "");
  gtk_window_set_title (GTK_WINDOW (self), window_title);
  gtk_column_view_column_set_visible (self->activity_column, FALSE);
  tomoni_autofill_dialog_start (self);
  return self;
}

TomoniAutofillDialog *
tomoni_autofill_dialog_new_range (GtkWindow   *parent,
                                  TomoniStore *store,
                                  const char  *from,
                                  const char  *to)
{
  TomoniAutofillDialog *self;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);

  self = dialog_new (parent, store);
  gtk_window_set_title (GTK_WINDOW (self), _("Auto-Fill Date Range"));
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), from != NULL ? from : "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), to != NULL ? to : "");
  gtk_stack_set_visible_child_name (self->stack, "range");
  return self;
}

static void
tomoni_autofill_dialog_dispose (GObject *object)
{
  TomoniAutofillDialog *self = TOMONI_AUTOFILL_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->plan, tomoni_match_plan_free);

  G_OBJECT_CLASS (tomoni_autofill_dialog_parent_class)->dispose (object);
}

static void
tomoni_autofill_dialog_class_init (TomoniAutofillDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tomoni_autofill_dialog_dispose;
  TOMONI_FORM_DIALOG_CLASS (klass)->save = tomoni_autofill_dialog_save_form;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-autofill-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniAutofillDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniAutofillDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniAutofillDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniAutofillDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, TomoniAutofillDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TomoniAutofillDialog, detail_label);
  gtk_widget_class_bind_template_child (widget_class, TomoniAutofillDialog, column_view);
  gtk_widget_class_bind_template_child (widget_class, TomoniAutofillDialog, message_page);
  gtk_widget_class_bind_template_callback (widget_class, close_request_cb);
  gtk_widget_class_bind_template_callback (widget_class, again_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, tomoni_autofill_dialog_start);
  gtk_widget_class_bind_template_callback (widget_class, tomoni_autofill_dialog_cancel);

  /**
   * TomoniAutofillDialog::applied:
   * @token: the undo token of tomoni_store_apply_plan ()
   * @n_added: assignments written
   */
  signals[APPLIED] =
    g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_UINT);
}

static void
tomoni_autofill_dialog_init (TomoniAutofillDialog *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->apply_button = tomoni_form_dialog_get_save_button (TOMONI_FORM_DIALOG (self));
  gtk_widget_set_sensitive (self->apply_button, FALSE);

  self->rows = gtk_string_list_new (NULL);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  add_column (self, COLUMN_WHEN, _("When"), TRUE);
  add_column (self, COLUMN_ACTIVITY, _("Activity"), TRUE);
  add_column (self, COLUMN_ROLE, _("Role"), FALSE);
  add_column (self, COLUMN_PERSON, _("Volunteer"), TRUE);
  add_column (self, COLUMN_SCORE, _("Score"), FALSE);
}
