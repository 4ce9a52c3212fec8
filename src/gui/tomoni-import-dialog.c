/* tomoni-import-dialog.c: choose an attendance file, see what it would add
 * (a dry run), then import it in one transaction
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-import-dialog"

#include <glib/gi18n-lib.h>

#include "tomoni-import-dialog.h"
#include "tomoni-progress.h"
#include "tomoni-window.h"
#include "tomoni-xml-import.h"

struct _TomoniImportDialog
{
  TomoniFormDialog      parent_instance;

  TomoniStore          *store;
  GFile                *file;
  GCancellable         *cancellable;   /* non-NULL while checking or importing */
  TomoniProgressForward *progress;     /* while the worker reports */
  GtkFileChooserNative *chooser;
  gboolean              checked;       /* the dry run of @file passed */
  gboolean              importing;

  AdwActionRow         *file_row;
  GtkLabel             *summary_label;
  GtkProgressBar       *progress_bar;
};

G_DEFINE_FINAL_TYPE (TomoniImportDialog, tomoni_import_dialog, TOMONI_TYPE_FORM_DIALOG)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_actions (TomoniImportDialog *self)
{
  gboolean busy = self->cancellable != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.start", !busy && self->checked);
  gtk_widget_set_sensitive (tomoni_form_dialog_get_save_button (TOMONI_FORM_DIALOG (self)), !busy && self->checked);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose", !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), busy);
}

static char *
describe (const TomoniXmlImportReport *report)
{
  g_autofree char *added = tomoni_xml_import_report_describe (report);
  g_autoptr(GString) text = g_string_new (NULL);
  guint unchanged = 0;

  for (guint i = 0; i < TOMONI_XML_N_RECORDS; i++)
    unchanged += report->unchanged[i];
  /* Translators: %s lists counts, e.g. “3 people, 120 attendance records” */
  g_string_append_printf (text, report->dry_run ? _("Would add: %s.") : _("Added: %s."), added);
  g_string_append_c (text, '\n');
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                             "%u record is already here, unchanged.",
                                             "%u records are already here, unchanged.", unchanged),
                          unchanged);
#pragma GCC diagnostic pop
  if (report->pseudonymised)
    {
      g_string_append_c (text, '\n');
      g_string_append (text, _("The file is pseudonymised: people are recognised by their pseudonym, "
                               "and new ones are added without names."));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* --- progress from the worker thread -------------------------------------------------- */

/* Called in the main context, through self->progress. */
static void
show_progress (double      fraction,
               const char *what,
               gpointer    user_data)
{
  TomoniImportDialog *self = user_data;

  if (self->cancellable != NULL && self->progress_bar != NULL)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, fraction);
      if (what != NULL)
        gtk_progress_bar_set_text (self->progress_bar, what);
    }
}

/* Runs after the reports queued before it; its destroy notify drops the
 * reference that kept their user data alive. */
static gboolean
reports_done_cb (gpointer user_data)
{
  return G_SOURCE_REMOVE;
}

/* Reports the worker sent before it finished may still wait in the main
 * context, at idle priority: keep @self alive until they have run. */
static void
release_after_progress (TomoniImportDialog *self)
{
  g_clear_pointer (&self->progress, tomoni_progress_forward_free);
  g_idle_add_full (G_PRIORITY_LOW, reports_done_cb, g_object_ref (self), g_object_unref);
}

/* --- checking and importing ---------------------------------------------------------- */

static void
imported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(TomoniImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  TomoniXmlImportReport report = { 0 };
  gboolean ok = tomoni_xml_import_finish (TOMONI_STORE (source), result, &report, &error);
  gboolean dry_run = !self->importing;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  g_clear_object (&self->cancellable);
  release_after_progress (self);
  self->importing = FALSE;

  if (!ok)
    {
      self->checked = FALSE;
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, _("Cancelled. Nothing was imported."));
      else
        {
          /* Translators: %s is the reason, with the line of the file */
          g_autofree char *message = g_strdup_printf (_("This file cannot be imported. Nothing was written.\n%s"),
                                                      error->message);
          tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, message);
        }
      gtk_label_set_text (self->summary_label, "");
      update_actions (self);
      g_signal_emit (self, signals[FINISHED], 0, FALSE);
      return;
    }

  {
    g_autofree char *summary = describe (&report);
    gtk_label_set_text (self->summary_label, summary);
  }
  self->checked = dry_run;
  update_actions (self);
  g_signal_emit (self, signals[FINISHED], 0, TRUE);
  if (dry_run)
    return;

  if (parent != NULL && TOMONI_IS_WINDOW (parent))
    {
      g_autofree char *added = tomoni_xml_import_report_describe (&report);
      /* Translators: %s lists counts, e.g. “3 people, 120 attendance records” */
      g_autofree char *message = g_strdup_printf (_("Imported: %s"), added);

      tomoni_window_add_toast (TOMONI_WINDOW (parent), adw_toast_new (message));
    }
  tomoni_form_dialog_finish_save (TOMONI_FORM_DIALOG (self));
}

static void
run (TomoniImportDialog *self,
     gboolean            dry_run)
{
  g_autofree char *path = g_file_get_path (self->file);

  tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, NULL);
  if (path == NULL)
    {
      tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, _("Only local files can be imported."));
      return;
    }
  self->cancellable = g_cancellable_new ();
  self->progress = tomoni_progress_forward_new (show_progress, self);
  self->importing = !dry_run;
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_progress_bar_set_text (self->progress_bar, dry_run ? _("Checking the file…") : _("Importing…"));
  update_actions (self);
  tomoni_xml_import_async (self->store, path, dry_run, tomoni_progress_forward, self->progress, self->cancellable,
                           imported_cb, g_object_ref (self));
}

void
tomoni_import_dialog_set_file (TomoniImportDialog *self,
                               GFile              *file)
{
  g_autofree char *display = NULL;

  g_return_if_fail (TOMONI_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->cancellable != NULL)
    return;
  g_set_object (&self->file, file);
  self->checked = FALSE;
  display = g_file_get_parse_name (file);
  adw_action_row_set_subtitle (self->file_row, display);
  run (self, TRUE);
}

gboolean
tomoni_import_dialog_get_busy (TomoniImportDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_IMPORT_DIALOG (self), FALSE);
  return self->cancellable != NULL;
}

static void
chooser_response_cb (TomoniImportDialog   *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      tomoni_import_dialog_set_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
choose_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TomoniImportDialog *self = TOMONI_IMPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  self->chooser = gtk_file_chooser_native_new (_("Import Attendance"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_filter_set_name (filter, _("XML files"));
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Import: the import runs in a thread; imported_cb() finishes the save. */
static gboolean
tomoni_import_dialog_save (TomoniFormDialog  *dialog,
                           GError           **error)
{
  TomoniImportDialog *self = TOMONI_IMPORT_DIALOG (dialog);

  if (self->cancellable == NULL && self->checked && self->file != NULL)
    run (self, FALSE);
  return FALSE;
}

static void
start_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  tomoni_form_dialog_save (TOMONI_FORM_DIALOG (widget));
}

/* Cancel (and Escape): stops a check or an import that runs, closes otherwise. */
static gboolean
tomoni_import_dialog_close_request (GtkWindow *window)
{
  TomoniImportDialog *self = TOMONI_IMPORT_DIALOG (window);

  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      gtk_progress_bar_set_text (self->progress_bar, _("Cancelling…"));
      return TRUE;
    }
  return GTK_WINDOW_CLASS (tomoni_import_dialog_parent_class)->close_request (window);
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
tomoni_import_dialog_dispose (GObject *object)
{
  TomoniImportDialog *self = TOMONI_IMPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), TOMONI_TYPE_IMPORT_DIALOG);
  G_OBJECT_CLASS (tomoni_import_dialog_parent_class)->dispose (object);
}

static void
tomoni_import_dialog_finalize (GObject *object)
{
  TomoniImportDialog *self = TOMONI_IMPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->progress, tomoni_progress_forward_free);
  G_OBJECT_CLASS (tomoni_import_dialog_parent_class)->finalize (object);
}

static void
tomoni_import_dialog_class_init (TomoniImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  TomoniFormDialogClass *form_class = TOMONI_FORM_DIALOG_CLASS (klass);

  object_class->dispose = tomoni_import_dialog_dispose;
  object_class->finalize = tomoni_import_dialog_finalize;
  window_class->close_request = tomoni_import_dialog_close_request;
  form_class->save = tomoni_import_dialog_save;

  /**
   * TomoniImportDialog::finished:
   * @ok: whether the check (or the import) passed
   *
   * Emitted after each check and after the import.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/tomoni/Tomoni/ui/tomoni-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, TomoniImportDialog, progress_bar);

  gtk_widget_class_install_action (widget_class, "import.start", NULL, start_activated);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_activated);
  gtk_widget_class_install_action (widget_class, "import.choose", NULL, choose_activated);
}

static void
tomoni_import_dialog_init (TomoniImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self),
                                 tomoni_form_dialog_get_save_button (TOMONI_FORM_DIALOG (self)));
  update_actions (self);
}

TomoniImportDialog *
tomoni_import_dialog_new (GtkWindow   *parent,
                          TomoniStore *store)
{
  TomoniImportDialog *self;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);

  self = g_object_new (TOMONI_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  return self;
}
