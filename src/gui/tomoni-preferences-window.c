/* tomoni-preferences-window.c: where the data lives, backups, and the
 * pages that features add (targets)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-preferences"

#include <glib/gi18n.h>

#include "tomoni-preferences-window.h"
#include "tomoni-targets-preferences.h"
#include "tomoni-venues-page.h"

struct _TomoniPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  TomoniStore          *store;
  GtkFileChooserNative *chooser;

  AdwActionRow         *path_row;
  AdwActionRow         *backup_row;
};

G_DEFINE_FINAL_TYPE (TomoniPreferencesWindow, tomoni_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

TomoniStore *
tomoni_preferences_window_get_store (TomoniPreferencesWindow *self)
{
  g_return_val_if_fail (TOMONI_IS_PREFERENCES_WINDOW (self), NULL);
  return self->store;
}

static void
backup_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  TomoniStore *main_store = source;
  const char *destination = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniStore) store = tomoni_store_open_connection (main_store, &error);

  if (store == NULL || !tomoni_store_backup (store, destination, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
backup_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(TomoniPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->backup_row), TRUE);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    message = g_strdup (error->message);
  else
    /* Translators: %s is a file name */
    message = g_strdup_printf (_("Backup written to “%s”"), (const char *)g_task_get_task_data (G_TASK (result)));
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
}

static void
chooser_response_cb (TomoniPreferencesWindow *self,
                     int                      response,
                     GtkFileChooserNative    *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GTask) task = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL || g_file_peek_path (file) == NULL)
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->backup_row), FALSE);
  task = g_task_new (self->store, NULL, backup_done_cb, g_object_ref (self));
  g_task_set_task_data (task, g_strdup (g_file_peek_path (file)), g_free);
  g_task_run_in_thread (task, backup_thread);
}

static void
backup_activated_cb (TomoniPreferencesWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "tomoni-backup-%Y%m%d-%H%M.db");

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Back Up the Database"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

TomoniPreferencesWindow *
tomoni_preferences_window_new (GtkWindow   *parent,
                               TomoniStore *store)
{
  TomoniPreferencesWindow *self;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);

  self = g_object_new (TOMONI_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  adw_action_row_set_subtitle (self->path_row, tomoni_store_get_path (store));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (tomoni_targets_preferences_new (store)));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (tomoni_venues_page_new (store)));
  return self;
}

static void
tomoni_preferences_window_dispose (GObject *object)
{
  TomoniPreferencesWindow *self = TOMONI_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TOMONI_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->chooser);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (tomoni_preferences_window_parent_class)->dispose (object);
}

static void
tomoni_preferences_window_class_init (TomoniPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tomoni_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniPreferencesWindow, path_row);
  gtk_widget_class_bind_template_child (widget_class, TomoniPreferencesWindow, backup_row);
  gtk_widget_class_bind_template_callback (widget_class, backup_activated_cb);
}

static void
tomoni_preferences_window_init (TomoniPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
