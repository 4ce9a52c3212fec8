/* tomoni-application.c: the application, its store and its app-wide actions
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-application"

#include <glib/gi18n.h>

#include "tomoni-application.h"
#include "tomoni-preferences-window.h"
#include "tomoni-window.h"

struct _TomoniApplication
{
  AdwApplication  parent_instance;

  char           *db_path;
  TomoniStore    *store;
};

G_DEFINE_FINAL_TYPE (TomoniApplication, tomoni_application, ADW_TYPE_APPLICATION)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

TomoniApplication *
tomoni_application_new (void)
{
  return g_object_new (TOMONI_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/io/github/tomoni/Tomoni",
                       NULL);
}

TomoniStore *
tomoni_application_get_store (TomoniApplication *self)
{
  g_return_val_if_fail (TOMONI_IS_APPLICATION (self), NULL);
  return self->store;
}

static void
show_open_error (TomoniApplication *self,
                 const GError      *error)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (NULL, _("Cannot Open the Database"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect_swapped (dialog, "response", G_CALLBACK (gtk_window_destroy), dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
ensure_store (TomoniApplication  *self,
              GError            **error)
{
  g_autofree char *path = NULL;

  if (self->store != NULL)
    return TRUE;

  path = self->db_path != NULL ? g_strdup (self->db_path) : tomoni_store_default_path ();
  self->store = tomoni_store_open (path, error);
  if (self->store == NULL)
    return FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
  return TRUE;
}

static void
tomoni_application_activate (GApplication *app)
{
  TomoniApplication *self = TOMONI_APPLICATION (app);
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (!ensure_store (self, &error))
    {
      g_warning ("%s", error->message);
      show_open_error (self, error);
      return;
    }

  window = GTK_WINDOW (tomoni_window_new (self, self->store));
  gtk_window_present (window);
}

static int
tomoni_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  TomoniApplication *self = TOMONI_APPLICATION (app);
  const char *db = NULL;

  if (g_variant_dict_lookup (options, "version", "b", NULL))
    {
      g_print ("tomoni %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_lookup (options, "db", "^&ay", &db))
    {
      g_free (self->db_path);
      self->db_path = g_strdup (db);
      /* Another database is another instance: don't hand it to a running one. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }
  else if (g_getenv ("TOMONI_DB") != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GApplication *app = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  /* Closing the windows saves their state; then the application ends. */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }
  g_application_quit (app);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = user_data;
  GtkWidget *about, *box, *header, *page;
  g_autofree char *version = NULL;
  g_autofree char *description = NULL;

  /* Not an AdwAboutWindow: libadwaita 1.2 has no Japanese for its Details,
   * Credits and Legal pages, and their strings live in its own catalogue.
   * Everything shown here is Tomoni's and translated. */
  about = adw_window_new ();
  gtk_window_set_transient_for (GTK_WINDOW (about), gtk_application_get_active_window (app));
  gtk_window_set_modal (GTK_WINDOW (about), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (about), 460, 640);
  /* Translators: the title of the About window */
  gtk_window_set_title (GTK_WINDOW (about), _("About Tomoni"));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (box), header);
  /* Translators: %s is the version number, e.g. “Version 0.1.0” */
  version = g_strdup_printf (_("Version %s"), PACKAGE_VERSION);
  description = g_strdup_printf ("%s\n\n%s\n\n%s",
                                 version,
                                 /* Translators: the About window's short description */
                                 _("Japanese classes, volunteers and the targets of the City’s "
                                   "International Strategy, for the staff of the Kumamoto City "
                                   "International Center. Personal data stays on this computer."),
                                 /* Translators: the About window's credits and licence, in one sentence */
                                 _("Made by the Tomoni authors. Tomoni is free software under the GNU "
                                   "General Public License, version 3 or later, and comes with "
                                   "absolutely no warranty."));
  page = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), APP_ID);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), "Tomoni");
  adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (about), box);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  TomoniApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  TomoniPreferencesWindow *prefs;

  if (self->store == NULL)
    return;
  prefs = tomoni_preferences_window_new (parent, self->store);
  gtk_window_present (GTK_WINDOW (prefs));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "preferences", preferences_activated },
};

static void
tomoni_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Ctrl>q", NULL };
  static const char *prefs_accels[] = { "<Ctrl>comma", NULL };
  static const char *close_accels[] = { "<Ctrl>w", NULL };
  static const char *find_accels[] = { "<Ctrl>f", NULL };
  static const char *new_accels[] = { "<Ctrl>n", NULL };
  static const char *page_accels[][2] = {
    { "<Alt>1", NULL }, { "<Alt>2", NULL }, { "<Alt>3", NULL }, { "<Alt>4", NULL }, { "<Alt>5", NULL },
  };
  static const char *pages[] = { "dashboard", "classes", "volunteers", "activities", "people" };

  G_APPLICATION_CLASS (tomoni_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", prefs_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.search", find_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.new", new_accels);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *detailed = g_strdup_printf ("win.show-page::%s", pages[i]);
      gtk_application_set_accels_for_action (GTK_APPLICATION (app), detailed, page_accels[i]);
    }
}

static void
tomoni_application_finalize (GObject *object)
{
  TomoniApplication *self = (TomoniApplication *)object;

  g_clear_object (&self->store);
  g_clear_pointer (&self->db_path, g_free);

  G_OBJECT_CLASS (tomoni_application_parent_class)->finalize (object);
}

static void
tomoni_application_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TomoniApplication *self = TOMONI_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_application_class_init (TomoniApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = tomoni_application_finalize;
  object_class->get_property = tomoni_application_get_property;
  app_class->activate = tomoni_application_activate;
  app_class->startup = tomoni_application_startup;
  app_class->handle_local_options = tomoni_application_handle_local_options;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TOMONI_TYPE_STORE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tomoni_application_init (TomoniApplication *self)
{
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Use the database in FILE"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and quit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
}
