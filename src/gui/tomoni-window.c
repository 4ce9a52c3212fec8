/* tomoni-window.c: the main window: welcome, the page switcher, toasts
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-window"

#include <glib/gi18n.h>

#include "tomoni-activities-page.h"
#include "tomoni-classes-page.h"
#include "tomoni-dashboard-page.h"
#include "tomoni-export-dialog.h"
#include "tomoni-import-dialog.h"
#include "tomoni-people-page.h"
#include "tomoni-demo.h"
#include "tomoni-progress.h"
#include "tomoni-volunteers-page.h"
#include "tomoni-window.h"

struct _TomoniWindow
{
  AdwApplicationWindow  parent_instance;

  TomoniStore          *store;
  GSettings            *settings;
  GCancellable         *cancellable;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  GtkProgressBar       *sample_progress;
  TomoniProgressForward *sample_forward; /* while the generator reports */
  GtkWidget            *dashboard_page;
  GtkWidget            *classes_page;
  GtkWidget            *volunteers_page;
  GtkWidget            *activities_page;
  GtkWidget            *people_page;
};

G_DEFINE_FINAL_TYPE (TomoniWindow, tomoni_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

TomoniWindow *
tomoni_window_new (TomoniApplication *application,
                   TomoniStore       *store)
{
  return g_object_new (TOMONI_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

TomoniStore *
tomoni_window_get_store (TomoniWindow *self)
{
  g_return_val_if_fail (TOMONI_IS_WINDOW (self), NULL);
  return self->store;
}

TomoniWindow *
tomoni_window_from_widget (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (TOMONI_IS_WINDOW (root))
    return TOMONI_WINDOW (root);
  if (GTK_IS_WINDOW (root) && TOMONI_IS_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (root))))
    return TOMONI_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (root)));
  return NULL;
}

void
tomoni_window_add_toast (TomoniWindow *self,
                         AdwToast     *toast)
{
  g_return_if_fail (TOMONI_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
tomoni_window_show_page (TomoniWindow *self,
                         const char   *name)
{
  g_return_if_fail (TOMONI_IS_WINDOW (self));

  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

const char *
tomoni_window_get_page (TomoniWindow *self)
{
  g_return_val_if_fail (TOMONI_IS_WINDOW (self), NULL);
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

gboolean
tomoni_window_is_welcoming (TomoniWindow *self)
{
  g_return_val_if_fail (TOMONI_IS_WINDOW (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "welcome") == 0;
}

static void
show_main (TomoniWindow *self)
{
  gtk_stack_set_visible_child_name (self->main_stack, "main");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-sample", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-empty", FALSE);
}

static void
start_empty_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TomoniWindow *self = TOMONI_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!tomoni_store_set_meta (self->store, "welcome-done", "1", &error))
    g_warning ("%s", error->message);
  show_main (self);
}

/* Called in the main context, through self->sample_forward. */
static void
show_sample_progress (double      fraction,
                      const char *what,
                      gpointer    user_data)
{
  TomoniWindow *self = user_data;

  if (self->sample_progress == NULL)
    return;
  gtk_progress_bar_set_fraction (self->sample_progress, fraction);
  if (what != NULL)
    gtk_progress_bar_set_text (self->sample_progress, what);
}

/* Runs after the reports queued before it; its destroy notify drops the
 * reference that kept their user data alive. */
static gboolean
reports_done_cb (gpointer user_data)
{
  return G_SOURCE_REMOVE;
}

static void
sample_loaded_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(TomoniWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  /* Reports the generator sent before it finished may still wait in the
   * main context, at idle priority: keep the window alive until they have run. */
  g_clear_pointer (&self->sample_forward, tomoni_progress_forward_free);
  g_idle_add_full (G_PRIORITY_LOW, reports_done_cb, g_object_ref (self), g_object_unref);
  gtk_widget_set_visible (GTK_WIDGET (self->sample_progress), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-sample", TRUE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-empty", TRUE);

  if (!tomoni_demo_generate_finish (TOMONI_STORE (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        tomoni_window_add_toast (self, adw_toast_new (error->message));
      return;
    }

  tomoni_store_set_meta (self->store, "welcome-done", "1", NULL);
  show_main (self);
  tomoni_window_add_toast (self, adw_toast_new (_("Sample data loaded")));
}

static void
load_sample_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TomoniWindow *self = TOMONI_WINDOW (widget);

  gtk_widget_action_set_enabled (widget, "win.load-sample", FALSE);
  gtk_widget_action_set_enabled (widget, "win.start-empty", FALSE);
  gtk_progress_bar_set_fraction (self->sample_progress, 0.0);
  gtk_progress_bar_set_text (self->sample_progress, _("Preparing sample data…"));
  gtk_widget_set_visible (GTK_WIDGET (self->sample_progress), TRUE);
  self->sample_forward = tomoni_progress_forward_new (show_sample_progress, self);

  /* NULL: the sample's today is the real date in Japan, so it always has
   * classes and shifts to come. */
  tomoni_demo_generate_async (self->store, 1, TOMONI_DEMO_SMALL, NULL,
                              tomoni_progress_forward, self->sample_forward,
                              self->cancellable, sample_loaded_cb, g_object_ref (self));
}

static void
show_page_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TomoniWindow *self = TOMONI_WINDOW (widget);

  if (!tomoni_window_is_welcoming (self))
    tomoni_window_show_page (self, g_variant_get_string (parameter, NULL));
}

static void
export_attendance_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  TomoniWindow *self = TOMONI_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (tomoni_export_dialog_new (GTK_WINDOW (self), self->store)));
}

static void
import_attendance_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  TomoniWindow *self = TOMONI_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (tomoni_import_dialog_new (GTK_WINDOW (self), self->store)));
}

/* Ctrl+F and Ctrl+N go to the visible page, which may offer "page.search"
 * and "page.new" actions. */
static void
forward_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TomoniWindow *self = TOMONI_WINDOW (widget);
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);
  const char *name = g_str_equal (action_name, "win.search") ? "page.search" : "page.new";

  if (page != NULL && !tomoni_window_is_welcoming (self))
    gtk_widget_activate_action (page, name, NULL);
}

static void
save_state (TomoniWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!tomoni_window_is_welcoming (self) && tomoni_window_get_page (self) != NULL)
    g_settings_set_string (self->settings, "last-page", tomoni_window_get_page (self));
}

static gboolean
tomoni_window_close_request (GtkWindow *window)
{
  TomoniWindow *self = TOMONI_WINDOW (window);

  g_cancellable_cancel (self->cancellable);
  save_state (self);
  return GTK_WINDOW_CLASS (tomoni_window_parent_class)->close_request (window);
}

/* For the startup benchmark: quit once the first frame is painted, as
 * ../shared/bench/baseline-window.c does with BASELINE_QUIT. */
static void
first_frame_painted_cb (GdkFrameClock *clock,
                        TomoniWindow  *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, self);
  if (app != NULL)
    g_application_quit (G_APPLICATION (app));
}

static void
quit_after_first_frame_cb (GtkWidget *widget)
{
  g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                    G_CALLBACK (first_frame_painted_cb), widget);
}

static void
tomoni_window_constructed (GObject *object)
{
  TomoniWindow *self = TOMONI_WINDOW (object);
  GtkWidget *pages[] = {
    self->dashboard_page, self->classes_page, self->volunteers_page,
    self->activities_page, self->people_page,
  };
  g_autofree char *last_page = NULL;

  G_OBJECT_CLASS (tomoni_window_parent_class)->constructed (object);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    g_object_set (pages[i], "store", self->store, NULL);

  if (g_getenv ("TOMONI_QUIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect (self, "map", G_CALLBACK (quit_after_first_frame_cb), NULL);

  last_page = g_settings_get_string (self->settings, "last-page");
  tomoni_window_show_page (self, last_page);

  if (tomoni_store_is_empty (self->store) && tomoni_store_get_meta (self->store, "welcome-done") == NULL)
    gtk_stack_set_visible_child_name (self->main_stack, "welcome");
  else
    show_main (self);
}

static void
tomoni_window_dispose (GObject *object)
{
  TomoniWindow *self = (TomoniWindow *)object;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), TOMONI_TYPE_WINDOW);

  G_OBJECT_CLASS (tomoni_window_parent_class)->dispose (object);
}

static void
tomoni_window_finalize (GObject *object)
{
  TomoniWindow *self = (TomoniWindow *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->sample_forward, tomoni_progress_forward_free);

  G_OBJECT_CLASS (tomoni_window_parent_class)->finalize (object);
}

static void
tomoni_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TomoniWindow *self = TOMONI_WINDOW (object);

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
tomoni_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TomoniWindow *self = TOMONI_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_window_class_init (TomoniWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = tomoni_window_constructed;
  object_class->dispose = tomoni_window_dispose;
  object_class->finalize = tomoni_window_finalize;
  object_class->get_property = tomoni_window_get_property;
  object_class->set_property = tomoni_window_set_property;
  window_class->close_request = tomoni_window_close_request;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, TOMONI_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TOMONI_TYPE_DASHBOARD_PAGE);
  g_type_ensure (TOMONI_TYPE_CLASSES_PAGE);
  g_type_ensure (TOMONI_TYPE_VOLUNTEERS_PAGE);
  g_type_ensure (TOMONI_TYPE_ACTIVITIES_PAGE);
  g_type_ensure (TOMONI_TYPE_PEOPLE_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TomoniWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, TomoniWindow, sample_progress);
  gtk_widget_class_bind_template_child (widget_class, TomoniWindow, dashboard_page);
  gtk_widget_class_bind_template_child (widget_class, TomoniWindow, classes_page);
  gtk_widget_class_bind_template_child (widget_class, TomoniWindow, volunteers_page);
  gtk_widget_class_bind_template_child (widget_class, TomoniWindow, activities_page);
  gtk_widget_class_bind_template_child (widget_class, TomoniWindow, people_page);

  gtk_widget_class_install_action (widget_class, "win.start-empty", NULL, start_empty_activated);
  gtk_widget_class_install_action (widget_class, "win.load-sample", NULL, load_sample_activated);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_activated);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, forward_activated);
  gtk_widget_class_install_action (widget_class, "win.new", NULL, forward_activated);
  gtk_widget_class_install_action (widget_class, "win.export-attendance", NULL, export_attendance_activated);
  gtk_widget_class_install_action (widget_class, "win.import-attendance", NULL, import_attendance_activated);
}

static void
tomoni_window_init (TomoniWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->cancellable = g_cancellable_new ();
}
