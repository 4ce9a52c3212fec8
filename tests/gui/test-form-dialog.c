/* test-form-dialog.c: the form every dialog derives from: a failing save
 * shows its error and keeps the dialog open; a good one emits "saved" once
 * and closes.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tomoni-form-dialog.h"
#include "tomoni-gui-test.h"

#define TEST_TYPE_FORM (test_form_get_type ())
G_DECLARE_FINAL_TYPE (TestForm, test_form, TEST, FORM, TomoniFormDialog)

struct _TestForm
{
  TomoniFormDialog parent_instance;
  GtkEntry        *entry;
  guint            n_saves;
};

G_DEFINE_FINAL_TYPE (TestForm, test_form, TOMONI_TYPE_FORM_DIALOG)

/* Saves only when the entry says "ok". */
static gboolean
test_form_save (TomoniFormDialog  *dialog,
                GError           **error)
{
  TestForm *self = TEST_FORM (dialog);

  self->n_saves++;
  if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (self->entry)), "ok"))
    {
      tomoni_form_dialog_mark_field (dialog, GTK_WIDGET (self->entry));
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Name: type ok");
      return FALSE;
    }
  return TRUE;
}

static void
test_form_class_init (TestFormClass *klass)
{
  TOMONI_FORM_DIALOG_CLASS (klass)->save = test_form_save;
}

static void
test_form_init (TestForm *self)
{
  self->entry = GTK_ENTRY (gtk_entry_new ());
  tomoni_form_dialog_add_body (TOMONI_FORM_DIALOG (self), GTK_WIDGET (self->entry));
}

static void
count_cb (TomoniFormDialog *dialog,
          guint            *n)
{
  (*n)++;
}

static void
destroyed_cb (GtkWidget *widget,
              gboolean  *destroyed)
{
  *destroyed = TRUE;
}

static GtkRevealer *
find_revealer (GtkWidget *widget)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkRevealer *found;

      if (GTK_IS_REVEALER (c))
        return GTK_REVEALER (c);
      if ((found = find_revealer (c)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_save_fails_then_succeeds (void)
{
  TestForm *form = g_object_new (TEST_TYPE_FORM, NULL);
  TomoniFormDialog *dialog = TOMONI_FORM_DIALOG (form);
  GtkRevealer *revealer = find_revealer (GTK_WIDGET (form));
  guint n_saved = 0;
  gboolean destroyed = FALSE;
  GList *toplevels;

  g_object_ref_sink (form);
  g_signal_connect (form, "saved", G_CALLBACK (count_cb), &n_saved);
  g_signal_connect (form, "destroy", G_CALLBACK (destroyed_cb), &destroyed);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (form)));
  tomoni_form_dialog_set_save_label (dialog, "_Add");
  g_assert_cmpstr (tomoni_form_dialog_get_save_label (dialog), ==, "_Add");
  gtk_window_present (GTK_WINDOW (form));
  tomoni_gui_test_spin (50);

  g_assert_nonnull (revealer);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  g_assert_null (tomoni_form_dialog_get_error (dialog));

  /* Save refused: the message is shown, the field marked, nothing emitted,
   * the dialog stays. The Save button goes through the same path. */
  g_signal_emit_by_name (tomoni_form_dialog_get_save_button (dialog), "clicked");
  g_assert_cmpuint (form->n_saves, ==, 1);
  g_assert_cmpstr (tomoni_form_dialog_get_error (dialog), ==, "Name: type ok");
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (form->entry), "error"));
  g_assert_cmpuint (n_saved, ==, 0);
  g_assert_false (destroyed);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (form)));

  /* Fixed: the mark and the message go, "saved" once, the dialog closes. */
  gtk_editable_set_text (GTK_EDITABLE (form->entry), "ok");
  g_assert_true (tomoni_form_dialog_save (dialog));
  g_assert_cmpuint (form->n_saves, ==, 2);
  g_assert_null (tomoni_form_dialog_get_error (dialog));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (form->entry), "error"));
  g_assert_cmpuint (n_saved, ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (form)));
  toplevels = gtk_window_list_toplevels ();
  g_assert_null (g_list_find (toplevels, form));
  g_list_free (toplevels);

  g_assert_finalize_object (form);
  g_assert_true (destroyed);
}

/* show_error from outside the save path, and clearing it with NULL. */
static void
test_show_error (void)
{
  TestForm *form = g_object_new (TEST_TYPE_FORM, NULL);
  TomoniFormDialog *dialog = TOMONI_FORM_DIALOG (form);
  GtkRevealer *revealer = find_revealer (GTK_WIDGET (form));

  g_object_ref_sink (form);
  tomoni_form_dialog_show_error (dialog, GTK_WIDGET (form->entry), "The file cannot be read");
  g_assert_cmpstr (tomoni_form_dialog_get_error (dialog), ==, "The file cannot be read");
  g_assert_true (gtk_revealer_get_reveal_child (revealer));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (form->entry), "error"));
  tomoni_form_dialog_show_error (dialog, NULL, NULL);
  g_assert_null (tomoni_form_dialog_get_error (dialog));
  g_assert_false (gtk_revealer_get_reveal_child (revealer));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (form->entry), "error"));
  gtk_window_destroy (GTK_WINDOW (form));
  g_assert_finalize_object (form);
}

int
main (int   argc,
      char *argv[])
{
  tomoni_gui_test_init (&argc, &argv);
  g_test_add_func ("/form-dialog/save-fails-then-succeeds", test_save_fails_then_succeeds);
  g_test_add_func ("/form-dialog/show-error", test_show_error);
  return g_test_run ();
}
