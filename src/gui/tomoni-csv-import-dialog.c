/* tomoni-csv-import-dialog.c: import a volunteer registry from CSV, with a
 * preview of every row and its problems before anything is written
 *
 * The file is read with GtkFileChooserNative and previewed by the store
 * (tomoni_store_preview_volunteer_import), which detects UTF-8 or
 * Shift_JIS. Every row is listed with what it would create and its
 * problems; Import is offered only when there is none, and writes all
 * rows in one transaction.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-csv-import-dialog"

#include <glib/gi18n.h>

#include "tomoni-csv-import-dialog.h"
#include "tomoni-store-volunteers.h"
#include "tomoni-window.h"

typedef enum {
  COLUMN_ROW,
  COLUMN_NAME,
  COLUMN_LANGUAGES,
  COLUMN_SKILLS,
  COLUMN_PROBLEMS,
  N_COLUMNS
} Column;

struct _TomoniCsvImportDialog
{
  TomoniFormDialog parent_instance;

  TomoniStore           *store;
  TomoniVolunteerImport *import;
  GtkFileChooserNative  *chooser;

  AdwWindowTitle        *window_title;
  GtkWidget             *import_button;   /* the form\'s save button */
  GtkStack              *stack;
  GtkWidget             *again_button;
  GtkLabel              *summary_label;
  GtkLabel              *file_problems_label;
  GtkStringList         *rows;           /* row indices as strings */
  GtkColumnView         *column_view;
  GtkCheckButton        *problems_only;
  AdwStatusPage         *error_page;
  GtkLabel              *columns_label;
};

G_DEFINE_FINAL_TYPE (TomoniCsvImportDialog, tomoni_csv_import_dialog, TOMONI_TYPE_FORM_DIALOG)

enum {
  IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const TomoniVolunteerImportRow *
row_at (TomoniCsvImportDialog *self,
        GtkListItem           *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  guint index;

  if (string == NULL || self->import == NULL)
    return NULL;
  index = (guint)g_ascii_strtoull (gtk_string_object_get_string (string), NULL, 10);
  if (index >= tomoni_volunteer_import_get_n_rows (self->import))
    return NULL;
  return tomoni_volunteer_import_get_row (self->import, index);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  column)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (GPOINTER_TO_UINT (column) == COLUMN_PROBLEMS)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *icon = gtk_image_new ();

      gtk_widget_set_valign (icon, GTK_ALIGN_START);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_item_set_child (item, box);
      return;
    }
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (GPOINTER_TO_UINT (column) == COLUMN_ROW)
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  column)
{
  TomoniCsvImportDialog *self = g_object_get_data (G_OBJECT (factory), "dialog");
  const TomoniVolunteerImportRow *row = row_at (self, item);
  GtkWidget *child = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;

  if (row == NULL)
    return;
  switch (GPOINTER_TO_UINT (column))
    {
    case COLUMN_ROW:
      text = g_strdup_printf ("%u", row->row);
      break;
    case COLUMN_NAME:
      text = row->person != NULL ? tomoni_person_dup_display_name (row->person) : g_strdup ("");
      break;
    case COLUMN_LANGUAGES:
      text = row->volunteer != NULL ? tomoni_volunteer_format_languages (row->volunteer) : g_strdup ("");
      break;
    case COLUMN_SKILLS:
      text = row->volunteer != NULL ? tomoni_volunteer_format_skills (row->volunteer) : g_strdup ("");
      break;
    case COLUMN_PROBLEMS:
    default:
      {
        GtkWidget *icon = gtk_widget_get_first_child (child);
        GtkWidget *label = gtk_widget_get_next_sibling (icon);
        gboolean ok = row->problems == NULL || row->problems->len == 0;
        g_autoptr(GString) s = g_string_new (NULL);

        for (guint i = 0; !ok && i < row->problems->len; i++)
          {
            if (s->len > 0)
              g_string_append_c (s, '\n');
            g_string_append (s, g_ptr_array_index (row->problems, i));
          }
        /* Text as well as the icon: never colour alone. */
        gtk_image_set_from_icon_name (GTK_IMAGE (icon), ok ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
        gtk_label_set_text (GTK_LABEL (label), ok ? _("Ready") : s->str);
        if (ok)
          gtk_widget_remove_css_class (label, "error");
        else
          gtk_widget_add_css_class (label, "error");
        return;
      }
    }
  gtk_label_set_text (GTK_LABEL (child), text != NULL ? text : "");
}

static void
fill_rows (TomoniCsvImportDialog *self)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  gboolean problems_only = gtk_check_button_get_active (self->problems_only);
  guint n = self->import != NULL ? tomoni_volunteer_import_get_n_rows (self->import) : 0;

  for (guint i = 0; i < n; i++)
    {
      const TomoniVolunteerImportRow *row = tomoni_volunteer_import_get_row (self->import, i);
      if (problems_only && (row->problems == NULL || row->problems->len == 0))
        continue;
      g_ptr_array_add (strings, g_strdup_printf ("%u", i));
    }
  g_ptr_array_add (strings, NULL);
  gtk_string_list_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                          (const char * const *)strings->pdata);
}

/* The whole window says what went wrong: there is nothing else to show. */
static void
show_error_page (TomoniCsvImportDialog *self,
            const char            *title,
            const char            *message)
{
  g_clear_pointer (&self->import, tomoni_volunteer_import_free);
  adw_status_page_set_title (self->error_page, title);
  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_widget_set_sensitive (self->import_button, FALSE);
}

gboolean
tomoni_csv_import_dialog_load_data (TomoniCsvImportDialog *self,
                                    const char            *name,
                                    const char            *data,
                                    gsize                  length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *rows_text = NULL;
  g_autofree char *problems_text = NULL;
  GPtrArray *file_problems;
  guint n_rows, n_problems;

  g_return_val_if_fail (TOMONI_IS_CSV_IMPORT_DIALOG (self), FALSE);

  adw_window_title_set_subtitle (self->window_title, name);
  g_clear_pointer (&self->import, tomoni_volunteer_import_free);
  self->import = tomoni_store_preview_volunteer_import (self->store, data, length, &error);
  if (self->import == NULL)
    {
      show_error_page (self, _("The File Cannot Be Read"), error->message);
      return FALSE;
    }

  n_rows = tomoni_volunteer_import_get_n_rows (self->import);
  n_problems = tomoni_volunteer_import_get_n_problems (self->import);
  rows_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows", n_rows), n_rows);
  problems_text = n_problems == 0 ? g_strdup (_("no problems"))
    : g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u problem to fix in the file first",
                                    "%u problems to fix in the file first", n_problems), n_problems);
  /* Translators: "Encoding: Shift_JIS (CP932) · 24 rows · no problems" */
  summary = g_strdup_printf (_("Encoding: %s · %s · %s"),
                             tomoni_csv_encoding_get_label (tomoni_volunteer_import_get_encoding (self->import)),
                             rows_text, problems_text);
  gtk_label_set_text (self->summary_label, summary);

  file_problems = tomoni_volunteer_import_get_file_problems (self->import);
  if (file_problems != NULL && file_problems->len > 0)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      for (guint i = 0; i < file_problems->len; i++)
        g_string_append_printf (s, "%s%s", i > 0 ? "\n" : "", (char *)g_ptr_array_index (file_problems, i));
      gtk_label_set_text (self->file_problems_label, s->str);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->file_problems_label), file_problems != NULL && file_problems->len > 0);

  fill_rows (self);
  gtk_widget_set_visible (self->again_button, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "preview");
  gtk_widget_set_sensitive (self->import_button, tomoni_csv_import_dialog_can_import (self));
  return TRUE;
}

guint
tomoni_csv_import_dialog_get_n_rows (TomoniCsvImportDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_CSV_IMPORT_DIALOG (self), 0);
  return self->import != NULL ? tomoni_volunteer_import_get_n_rows (self->import) : 0;
}

guint
tomoni_csv_import_dialog_get_n_problems (TomoniCsvImportDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_CSV_IMPORT_DIALOG (self), 0);
  return self->import != NULL ? tomoni_volunteer_import_get_n_problems (self->import) : 0;
}

gboolean
tomoni_csv_import_dialog_can_import (TomoniCsvImportDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_CSV_IMPORT_DIALOG (self), FALSE);
  return self->import != NULL && tomoni_volunteer_import_get_n_rows (self->import) > 0 &&
         tomoni_volunteer_import_get_n_problems (self->import) == 0;
}

/* Writes every row and emits "imported"; the caller closes the dialog. */
static gboolean
run_import (TomoniCsvImportDialog  *self,
            GError                **error)
{
  guint n_created = 0;
  g_autofree char *message = NULL;
  TomoniWindow *window;

  if (!tomoni_csv_import_dialog_can_import (self))
    {
      g_set_error_literal (error, TOMONI_STORE_ERROR, TOMONI_STORE_ERROR_INVALID,
                           _("Fix the problems in the file, then choose it again"));
      return FALSE;
    }
  if (!tomoni_store_run_volunteer_import (self->store, self->import, &n_created, error))
    return FALSE;

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u volunteer imported", "%u volunteers imported",
                                          n_created), n_created);
  window = tomoni_window_from_widget (GTK_WIDGET (self));
  if (window != NULL)
    tomoni_window_add_toast (window, adw_toast_new (message));
  g_signal_emit (self, signals[IMPORTED], 0, n_created);
  return TRUE;
}

gboolean
tomoni_csv_import_dialog_import (TomoniCsvImportDialog *self,
                                 GError               **error)
{
  g_return_val_if_fail (TOMONI_IS_CSV_IMPORT_DIALOG (self), FALSE);

  if (!run_import (self, error))
    return FALSE;
  tomoni_form_dialog_finish_save (TOMONI_FORM_DIALOG (self));
  return TRUE;
}

/* Import, from the header: a failure takes the whole window. */
static gboolean
tomoni_csv_import_dialog_save_form (TomoniFormDialog  *dialog,
                                    GError           **error)
{
  TomoniCsvImportDialog *self = TOMONI_CSV_IMPORT_DIALOG (dialog);
  g_autoptr(GError) local = NULL;

  if (run_import (self, &local))
    return TRUE;
  show_error_page (self, _("Nothing Was Imported"), local->message);
  return FALSE;
}

/* --- choosing a file ----------------------------------------------------- */

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(TomoniCsvImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;

  if (self->store == NULL)
    return;
  name = g_file_get_basename (G_FILE (source));
  if (!g_file_load_contents_finish (G_FILE (source), result, &contents, &length, NULL, &error))
    {
      show_error_page (self, _("The File Cannot Be Read"), error->message);
      return;
    }
  tomoni_csv_import_dialog_load_data (self, name, contents, length);
}

static void
chooser_response_cb (GtkNativeDialog       *chooser,
                     int                    response,
                     TomoniCsvImportDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file == NULL)
    return;
  gtk_stack_set_visible_child_name (self->stack, "loading");
  g_file_load_contents_async (file, NULL, loaded_cb, g_object_ref (self));
}

static void
choose_clicked_cb (TomoniCsvImportDialog *self)
{
  if (self->chooser == NULL)
    {
      g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
      g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

      self->chooser = gtk_file_chooser_native_new (_("Choose a Registry CSV File"), GTK_WINDOW (self),
                                                   GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
      gtk_file_filter_set_name (csv, _("CSV files"));
      gtk_file_filter_add_mime_type (csv, "text/csv");
      gtk_file_filter_add_suffix (csv, "csv");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), csv);
      gtk_file_filter_set_name (all, _("All files"));
      gtk_file_filter_add_pattern (all, "*");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
      g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
    }
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* --- building ------------------------------------------------------------ */

static void
add_column (TomoniCsvImportDialog *self,
            Column                 column,
            const char            *title,
            gboolean               expand)
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
  g_object_unref (view_column);
}

static void
build (TomoniCsvImportDialog *self)
{
  TomoniFormDialog *form = TOMONI_FORM_DIALOG (self);
  AdwHeaderBar *header = ADW_HEADER_BAR (tomoni_form_dialog_get_header_bar (form));
  g_autoptr(GtkNoSelection) selection = NULL;

  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new (_("Import Volunteers"), NULL));
  adw_header_bar_set_title_widget (header, GTK_WIDGET (self->window_title));
  self->import_button = tomoni_form_dialog_get_save_button (form);
  tomoni_form_dialog_set_save_label (form, _("_Import"));
  gtk_widget_set_sensitive (self->import_button, FALSE);
  gtk_widget_set_tooltip_text (self->import_button,
                               _("Every row at once, only when no row has a problem"));
  gtk_label_set_text (self->columns_label, tomoni_volunteer_import_get_columns_help ());

  self->rows = gtk_string_list_new (NULL);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  /* Translators: spreadsheet row number */
  add_column (self, COLUMN_ROW, _("Row"), FALSE);
  add_column (self, COLUMN_NAME, _("Name"), TRUE);
  add_column (self, COLUMN_LANGUAGES, _("Languages"), FALSE);
  add_column (self, COLUMN_SKILLS, _("Skills"), FALSE);
  add_column (self, COLUMN_PROBLEMS, _("Problems"), TRUE);

  gtk_stack_set_visible_child_name (self->stack, "start");
}

TomoniCsvImportDialog *
tomoni_csv_import_dialog_new (GtkWindow   *parent,
                              TomoniStore *store)
{
  TomoniCsvImportDialog *self;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);

  self = g_object_new (TOMONI_TYPE_CSV_IMPORT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  build (self);
  return self;
}

static void
tomoni_csv_import_dialog_dispose (GObject *object)
{
  TomoniCsvImportDialog *self = TOMONI_CSV_IMPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->import, tomoni_volunteer_import_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), TOMONI_TYPE_CSV_IMPORT_DIALOG);

  G_OBJECT_CLASS (tomoni_csv_import_dialog_parent_class)->dispose (object);
}

static void
tomoni_csv_import_dialog_class_init (TomoniCsvImportDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tomoni_csv_import_dialog_dispose;
  TOMONI_FORM_DIALOG_CLASS (klass)->save = tomoni_csv_import_dialog_save_form;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-csv-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniCsvImportDialog, again_button);
  gtk_widget_class_bind_template_child (widget_class, TomoniCsvImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniCsvImportDialog, columns_label);
  gtk_widget_class_bind_template_child (widget_class, TomoniCsvImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TomoniCsvImportDialog, problems_only);
  gtk_widget_class_bind_template_child (widget_class, TomoniCsvImportDialog, file_problems_label);
  gtk_widget_class_bind_template_child (widget_class, TomoniCsvImportDialog, column_view);
  gtk_widget_class_bind_template_child (widget_class, TomoniCsvImportDialog, error_page);
  gtk_widget_class_bind_template_callback (widget_class, choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, fill_rows);

  /**
   * TomoniCsvImportDialog::imported:
   * @n_created: volunteers created
   */
  signals[IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
}

static void
tomoni_csv_import_dialog_init (TomoniCsvImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
