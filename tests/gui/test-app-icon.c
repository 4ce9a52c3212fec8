/* test-app-icon.c: Tomoni's icon resolves when run from the build folder,
 * from the GResource at the application's resource base path (GtkApplication
 * adds <resource-base-path>/icons to the icon theme), and it can be drawn:
 * without an SVG loader (librsvg2-common, only recommended by GTK) the welcome
 * screen shows the "image-missing" placeholder instead.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#define ICONS_PATH "/io/github/tomoni/Tomoni/icons"

static void
test_in_resource (void)
{
  static const char *const files[] = {
    ICONS_PATH "/scalable/apps/" APP_ID ".svg",
    ICONS_PATH "/symbolic/apps/" APP_ID "-symbolic.svg",
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new_from_resource_at_scale (files[i], 64, 64, TRUE, &error);

      g_test_message ("%s", files[i]);
      g_assert_no_error (error);
      g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 64);
      g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 64);
    }
}

static void
test_in_icon_theme (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  g_autoptr(GtkIconPaintable) icon = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;

  /* what GtkApplication does with its resource base path */
  gtk_icon_theme_add_resource_path (theme, ICONS_PATH);
  g_assert_true (gtk_icon_theme_has_icon (theme, APP_ID));
  icon = gtk_icon_theme_lookup_icon (theme, APP_ID, NULL, 128, 1, GTK_TEXT_DIR_NONE, 0);
  file = gtk_icon_paintable_get_file (icon);
  g_assert_nonnull (file);
  uri = g_file_get_uri (file);
  g_assert_cmpstr (uri, ==, "resource://" ICONS_PATH "/scalable/apps/" APP_ID ".svg");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/app-icon/in-resource", test_in_resource);
  g_test_add_func ("/app-icon/in-icon-theme", test_in_icon_theme);
  return g_test_run ();
}
