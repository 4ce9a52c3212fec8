/* tomoni-export-dialog.c: period, programme, venue and privacy of an
 * attendance export; the export runs in a thread with progress and Cancel
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-export-dialog"

#include <glib/gi18n-lib.h>

#include "tomoni-export-dialog.h"
#include "tomoni-progress.h"
#include "tomoni-window.h"
#include "tomoni-xml-export.h"

struct _TomoniExportDialog
{
  TomoniFormDialog      parent_instance;

  TomoniStore          *store;
  GFile                *file;
  GCancellable         *cancellable;   /* non-NULL while exporting */
  TomoniProgressForward *progress;     /* while the worker reports */
  GtkFileChooserNative *chooser;
  char                **programme_uuids;   /* parallel to programme_row's items after "All" */
  char                **venue_uuids;

  AdwEntryRow          *from_row;
  AdwEntryRow          *to_row;
  AdwComboRow          *kind_row;
  AdwComboRow          *programme_row;
  AdwComboRow          *venue_row;
  GtkSwitch            *pseudonymise_switch;
  AdwActionRow         *file_row;
  GtkProgressBar       *progress_bar;
  AdwPreferencesPage   *page;
};

G_DEFINE_FINAL_TYPE (TomoniExportDialog, tomoni_export_dialog, TOMONI_TYPE_FORM_DIALOG)

enum {
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_busy (TomoniExportDialog *self,
          gboolean            busy)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->from_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->to_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->programme_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->venue_row), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->pseudonymise_switch), !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.start", !busy);
  gtk_widget_set_sensitive (tomoni_form_dialog_get_save_button (TOMONI_FORM_DIALOG (self)), !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose", !busy);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), busy);
}

/* --- choices --------------------------------------------------------------------- */

static void
fill_combo (AdwComboRow  *row,
            const char   *all_label,
            char        **titles)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, all_label);
  for (guint i = 0; titles != NULL && titles[i] != NULL; i++)
    gtk_string_list_append (list, titles[i]);
  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  adw_combo_row_set_selected (row, 0);
}

static void
load_programmes (TomoniExportDialog *self)
{
  g_autoptr(GStrvBuilder) uuids = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  g_auto(GStrv) all_titles = NULL;
  guint kind = adw_combo_row_get_selected (self->kind_row);

  for (TomoniXmlList what = TOMONI_XML_LIST_CLASSES; what <= TOMONI_XML_LIST_ACTIVITIES; what++)
    {
      g_auto(GStrv) u = NULL;
      g_auto(GStrv) t = NULL;
      g_autoptr(GError) error = NULL;

      if ((what == TOMONI_XML_LIST_CLASSES && kind == TOMONI_XML_KIND_ACTIVITY) ||
          (what == TOMONI_XML_LIST_ACTIVITIES && kind == TOMONI_XML_KIND_CLASS))
        continue;
      if (!tomoni_store_xml_list (self->store, what, &u, &t, &error))
        {
          tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, error->message);
          continue;
        }
      g_strv_builder_addv (uuids, (const char **) u);
      g_strv_builder_addv (titles, (const char **) t);
    }
  g_strfreev (self->programme_uuids);
  self->programme_uuids = g_strv_builder_end (uuids);
  all_titles = g_strv_builder_end (titles);
  /* Translators: the first choice of the Programme list */
  fill_combo (self->programme_row, _("All programmes"), all_titles);
}

static void
load_venues (TomoniExportDialog *self)
{
  g_auto(GStrv) titles = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->venue_uuids, g_strfreev);
  if (!tomoni_store_xml_list (self->store, TOMONI_XML_LIST_VENUES, &self->venue_uuids, &titles, &error))
    tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, error->message);
  /* Translators: the first choice of the Venue list */
  fill_combo (self->venue_row, _("All venues"), titles);
}

static void
kind_changed_cb (TomoniExportDialog *self)
{
  if (self->store != NULL)
    load_programmes (self);
}

static const char *
selected_uuid (AdwComboRow  *row,
               char        **uuids)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || uuids == NULL ||
      selected > g_strv_length (uuids))
    return NULL;
  return uuids[selected - 1];
}

/* --- the file ---------------------------------------------------------------------- */

void
tomoni_export_dialog_set_file (TomoniExportDialog *self,
                               GFile              *file)
{
  g_autofree char *display = NULL;

  g_return_if_fail (TOMONI_IS_EXPORT_DIALOG (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  g_set_object (&self->file, file);
  if (file != NULL)
    display = g_file_get_parse_name (file);
  adw_action_row_set_subtitle (self->file_row, display != NULL ? display : _("No file chosen"));
}

static void
chooser_response_cb (TomoniExportDialog   *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      tomoni_export_dialog_set_file (self, file);
    }
  g_clear_object (&self->chooser);
}

static void
choose_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TomoniExportDialog *self = TOMONI_EXPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  const char *from = gtk_editable_get_text (GTK_EDITABLE (self->from_row));

  self->chooser = gtk_file_chooser_native_new (_("Export Attendance"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  /* Translators: a file name pattern for XML files in the file chooser */
  gtk_file_filter_set_name (filter, _("XML files"));
  gtk_file_filter_add_pattern (filter, "*.xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  /* Translators: the suggested file name; %s is the first day of the period */
  name = g_strdup_printf (_("attendance-%s.xml"), from);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* --- exporting --------------------------------------------------------------------- */

/* Called in the main context, through self->progress. */
static void
show_progress (double      fraction,
               const char *what,
               gpointer    user_data)
{
  TomoniExportDialog *self = user_data;

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
release_after_progress (TomoniExportDialog *self)
{
  g_clear_pointer (&self->progress, tomoni_progress_forward_free);
  g_idle_add_full (G_PRIORITY_LOW, reports_done_cb, g_object_ref (self), g_object_unref);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(TomoniExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = tomoni_xml_export_finish (TOMONI_STORE (source), result, &error);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  g_clear_object (&self->cancellable);
  release_after_progress (self);
  set_busy (self, FALSE);

  if (!ok)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, _("The export was cancelled. No file was written."));
      else
        tomoni_form_dialog_show_error (TOMONI_FORM_DIALOG (self), NULL, error->message);
      g_signal_emit (self, signals[FINISHED], 0, FALSE);
      return;
    }

  if (parent != NULL && TOMONI_IS_WINDOW (parent))
    {
      g_autofree char *name = g_file_get_basename (self->file);
      /* Translators: %s is a file name */
      g_autofree char *message = g_strdup_printf (_("Attendance exported to “%s”"), name);

      tomoni_window_add_toast (TOMONI_WINDOW (parent), adw_toast_new (message));
    }
  g_signal_emit (self, signals[FINISHED], 0, TRUE);
  tomoni_form_dialog_finish_save (TOMONI_FORM_DIALOG (self));
}

/* Export: the export runs in a thread; exported_cb() finishes the save. */
static gboolean
tomoni_export_dialog_save (TomoniFormDialog  *dialog,
                           GError           **save_error)
{
  TomoniExportDialog *self = TOMONI_EXPORT_DIALOG (dialog);
  GtkWidget *widget = GTK_WIDGET (dialog);
  g_auto(TomoniXmlFilter) filter = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (self->cancellable != NULL)
    return FALSE;

  filter.from = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->from_row))));
  filter.to = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->to_row))));
  filter.kind = adw_combo_row_get_selected (self->kind_row);
  if (filter.kind > TOMONI_XML_KIND_ACTIVITY)
    filter.kind = TOMONI_XML_KIND_ALL;
  filter.programme = g_strdup (selected_uuid (self->programme_row, self->programme_uuids));
  filter.venue = g_strdup (selected_uuid (self->venue_row, self->venue_uuids));
  filter.pseudonymise = gtk_switch_get_active (self->pseudonymise_switch);

  if (!tomoni_xml_filter_check (&filter, &error))
    {
      tomoni_form_dialog_mark_field (dialog, g_str_has_prefix (error->message, _("From"))
                                                 ? GTK_WIDGET (self->from_row) : GTK_WIDGET (self->to_row));
      g_propagate_error (save_error, g_steal_pointer (&error));
      return FALSE;
    }
  if (self->file == NULL || (path = g_file_get_path (self->file)) == NULL)
    {
      tomoni_form_dialog_show_error (dialog, NULL, _("Choose the file to write first."));
      gtk_widget_activate_action (widget, "export.choose", NULL);
      return FALSE;
    }

  self->cancellable = g_cancellable_new ();
  self->progress = tomoni_progress_forward_new (show_progress, self);
  set_busy (self, TRUE);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_progress_bar_set_text (self->progress_bar, _("Starting…"));
  tomoni_xml_export_async (self->store, &filter, path, tomoni_progress_forward, self->progress, self->cancellable,
                           exported_cb, g_object_ref (self));
  return FALSE;
}

static void
start_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  tomoni_form_dialog_save (TOMONI_FORM_DIALOG (widget));
}

/* Cancel (and Escape) while exporting stops the export, and the dialog
 * stays until it has stopped; the partial file is removed. */
static gboolean
tomoni_export_dialog_close_request (GtkWindow *window)
{
  TomoniExportDialog *self = TOMONI_EXPORT_DIALOG (window);

  if (self->cancellable != NULL)
    {
      g_cancellable_cancel (self->cancellable);
      gtk_progress_bar_set_text (self->progress_bar, _("Cancelling…"));
      return TRUE;
    }
  return GTK_WINDOW_CLASS (tomoni_export_dialog_parent_class)->close_request (window);
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

gboolean
tomoni_export_dialog_get_busy (TomoniExportDialog *self)
{
  g_return_val_if_fail (TOMONI_IS_EXPORT_DIALOG (self), FALSE);
  return self->cancellable != NULL;
}

/**
 * tomoni_export_dialog_set_period:
 *
 * Sets the period, both dates 'YYYY-MM-DD'. The dialog starts with the
 * current fiscal year.
 */
void
tomoni_export_dialog_set_period (TomoniExportDialog *self,
                                 const char         *from,
                                 const char         *to)
{
  g_return_if_fail (TOMONI_IS_EXPORT_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->from_row), from != NULL ? from : "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), to != NULL ? to : "");
}

/* --- the object ------------------------------------------------------------------------ */

static void
tomoni_export_dialog_dispose (GObject *object)
{
  TomoniExportDialog *self = TOMONI_EXPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), TOMONI_TYPE_EXPORT_DIALOG);
  G_OBJECT_CLASS (tomoni_export_dialog_parent_class)->dispose (object);
}

static void
tomoni_export_dialog_finalize (GObject *object)
{
  TomoniExportDialog *self = TOMONI_EXPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->progress, tomoni_progress_forward_free);
  g_strfreev (self->programme_uuids);
  g_strfreev (self->venue_uuids);
  G_OBJECT_CLASS (tomoni_export_dialog_parent_class)->finalize (object);
}

static void
tomoni_export_dialog_class_init (TomoniExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = tomoni_export_dialog_dispose;
  object_class->finalize = tomoni_export_dialog_finalize;
  window_class->close_request = tomoni_export_dialog_close_request;
  TOMONI_FORM_DIALOG_CLASS (klass)->save = tomoni_export_dialog_save;

  /**
   * TomoniExportDialog::finished:
   * @ok: whether the file was written
   *
   * Emitted when an export ends, written, failed or cancelled.
   */
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/tomoni/Tomoni/ui/tomoni-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniExportDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniExportDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniExportDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniExportDialog, programme_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniExportDialog, venue_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniExportDialog, pseudonymise_switch);
  gtk_widget_class_bind_template_child (widget_class, TomoniExportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, TomoniExportDialog, page);

  gtk_widget_class_install_action (widget_class, "export.start", NULL, start_activated);
  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, cancel_activated);
  gtk_widget_class_install_action (widget_class, "export.choose", NULL, choose_activated);
}

static void
tomoni_export_dialog_init (TomoniExportDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year = g_date_time_get_year (now) - (g_date_time_get_month (now) < 4 ? 1 : 0);
  g_autofree char *from = g_strdup_printf ("%04d-04-01", year);
  g_autofree char *to = g_strdup_printf ("%04d-03-31", year + 1);

  gtk_widget_init_template (GTK_WIDGET (self));
  tomoni_export_dialog_set_period (self, from, to);
  gtk_window_set_default_widget (GTK_WINDOW (self),
                                 tomoni_form_dialog_get_save_button (TOMONI_FORM_DIALOG (self)));
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (kind_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/**
 * tomoni_export_dialog_new:
 * @parent: (nullable): the window; a #TomoniWindow gets a toast when done
 */
TomoniExportDialog *
tomoni_export_dialog_new (GtkWindow   *parent,
                          TomoniStore *store)
{
  TomoniExportDialog *self;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);

  self = g_object_new (TOMONI_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  load_programmes (self);
  load_venues (self);
  return self;
}
