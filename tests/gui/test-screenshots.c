/* test-screenshots.c: every page of the window on the sample data, saved as
 * PNG into the build folder (screenshots/PAGE-LANG.png), so anyone can see
 * both languages. Run once per locale (meson passes LANG).
 *
 * In Japanese it also fails when any text on screen is one of Tomoni's own
 * English messages that has a translation: staff must see no English.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "tomoni-gui-test.h"
#include "tomoni-demo.h"

/* The fixed today the expectations below were written for. */
static const GDate *
sample_today (void)
{
  static GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 30, 11, 2026);
  g_assert_cmpstr (TOMONI_DEMO_TODAY, ==, "2026-11-30");
  return &today;
}

static const char * const pages[] = { "dashboard", "classes", "volunteers", "activities", "people" };

static gboolean
demo_done (gpointer data)
{
  return *(GAsyncResult **)data != NULL;
}

static void
demo_ready (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  *(GAsyncResult **)data = g_object_ref (result);
}

/* Texts a user sees: labels, buttons, window and page titles. */
static void
collect_texts (GtkWidget *widget,
               GPtrArray *texts)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (GTK_LABEL (widget))));
  else if (GTK_IS_EDITABLE (widget) && GTK_IS_TEXT (widget))
    {
      const char *placeholder = gtk_text_get_placeholder_text (GTK_TEXT (widget));
      if (placeholder != NULL)
        g_ptr_array_add (texts, g_strdup (placeholder));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts);
}

static void
check_no_english (GtkWidget  *window,
                  const char *page)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  collect_texts (window, texts);
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      const char *translated;

      if (text == NULL || *text == '\0')
        continue;
      translated = g_dgettext (GETTEXT_PACKAGE, text);
      if (translated != text && g_strcmp0 (translated, text) != 0)
        g_error ("page %s shows “%s” in English (its translation is “%s”)", page, text, translated);
    }
}

static void
test_pages (void)
{
  TomoniGuiFixture f = { 0 };
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  const char *lang = g_getenv ("TOMONI_SCREENSHOT_LANG");
  gboolean japanese = g_strcmp0 (lang, "ja") == 0;
  g_autofree char *folder = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "..", "screenshots", NULL);

  g_assert_nonnull (lang);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);

  tomoni_gui_fixture_set_up (&f, FALSE);
  gtk_window_set_default_size (GTK_WINDOW (f.window), 1200, 800);

  /* What a new member of staff does first: load the sample data. */
  g_assert_true (tomoni_window_is_welcoming (f.window));
  {
    g_autofree char *welcome = g_strdup_printf ("%s/welcome-%s.png", folder, lang);
    tomoni_gui_test_spin (300);
    tomoni_gui_test_save_png (GTK_WIDGET (f.window), welcome);
    if (japanese)
      check_no_english (GTK_WIDGET (f.window), "welcome");
  }
  tomoni_demo_generate_async (f.store, 1, TOMONI_DEMO_SMALL, sample_today (), NULL, NULL, NULL, demo_ready, &result);
  g_assert_true (tomoni_gui_test_wait (demo_done, &result, 120000));
  g_assert_true (tomoni_demo_generate_finish (f.store, result, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f.window), "win.start-empty", NULL));

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/%s-%s.png", folder, pages[i], lang);

      tomoni_window_show_page (f.window, pages[i]);
      tomoni_gui_test_spin (600);
      tomoni_gui_test_save_png (GTK_WIDGET (f.window), path);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      if (japanese)
        check_no_english (GTK_WIDGET (f.window), pages[i]);
      g_test_message ("saved %s", path);
    }

  tomoni_gui_fixture_tear_down (&f);
}

int
main (int    argc,
      char **argv)
{
  const char *localedir = g_getenv ("TOMONI_LOCALEDIR");

  /* gtk_test_init () sets an English locale: take the one meson gives. */
  tomoni_gui_test_init (&argc, &argv);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/screenshots/pages", test_pages);

  return g_test_run ();
}
