/* tomoni-gui-test.h: real windows on temporary databases (header-only)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <locale.h>

#include "tomoni-store.h"
#include "tomoni-test-util.h"
#include "tomoni-window.h"

static inline void
tomoni_gui_test_init (int    *argc,
                      char ***argv)
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("NO_AT_BRIDGE", "1", TRUE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  /* No transitions half-way through a screenshot or a check. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* What GtkApplication does for the app: icons from the resource. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    "/io/github/tomoni/Tomoni/icons");
}

/* Runs the main loop until @done returns TRUE or @timeout_ms passes.
 * Returns what @done returned last. */
static inline gboolean
tomoni_gui_test_wait (gboolean (*done) (gpointer data),
                      gpointer   data,
                      guint      timeout_ms)
{
  gint64 end = g_get_monotonic_time () + (gint64)timeout_ms * 1000;

  while (!(done != NULL && done (data)))
    {
      if (g_get_monotonic_time () > end)
        return done != NULL && done (data);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return TRUE;
}

/* Lets pending idles, layout and frames run for @ms milliseconds. */
static inline void
tomoni_gui_test_spin (guint ms)
{
  tomoni_gui_test_wait (NULL, NULL, ms);
}

/* Renders @widget as it is on screen into a PNG file. On a loaded machine
 * the window may not have painted its first frame yet, and its paintable has
 * nothing to give until it has: wait for it (up to 30 s). */
static inline void
tomoni_gui_test_save_png (GtkWidget  *widget,
                          const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);
  for (guint tries = 0; node == NULL && tries < 300; tries++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();

      if (tries > 0)
        tomoni_gui_test_spin (100);
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

typedef struct {
  TomoniTestDir *dir;
  char          *path;
  TomoniStore   *store;
  TomoniWindow  *window;
} TomoniGuiFixture;

/* A window over a fresh database; @welcome_done skips the welcome page. */
static inline void
tomoni_gui_fixture_set_up (TomoniGuiFixture *f,
                           gboolean          welcome_done)
{
  GError *error = NULL;

  f->dir = tomoni_test_dir_new ();
  f->path = tomoni_test_dir_file (f->dir, "gui.db");
  f->store = tomoni_store_open (f->path, &error);
  g_assert_no_error (error);
  if (welcome_done)
    g_assert_true (tomoni_store_set_meta (f->store, "welcome-done", "1", NULL));
  f->window = tomoni_window_new (NULL, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  tomoni_gui_test_spin (100);
}

static inline void
tomoni_gui_fixture_tear_down (TomoniGuiFixture *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  tomoni_gui_test_spin (50);
  g_clear_object (&f->store);
  g_free (f->path);
  tomoni_test_dir_free (f->dir);
}

/* Finds the first descendant of @widget of @type (depth first). */
static inline GtkWidget *
tomoni_gui_test_find (GtkWidget *widget,
                      GType      type)
{
  if (g_type_is_a (G_OBJECT_TYPE (widget), type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = tomoni_gui_test_find (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The toplevel of @type other than @except, or NULL (dialogs). */
static inline GtkWindow *
tomoni_gui_test_find_window (GType      type,
                             GtkWindow *except)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (window != except && g_type_is_a (G_OBJECT_TYPE (window), type))
        return window;
    }
  return NULL;
}
