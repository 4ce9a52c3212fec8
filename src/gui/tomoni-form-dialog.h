/* tomoni-form-dialog.h: the modal form every Tomoni dialog derives from
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TOMONI_TYPE_FORM_DIALOG (tomoni_form_dialog_get_type ())
G_DECLARE_DERIVABLE_TYPE (TomoniFormDialog, tomoni_form_dialog, TOMONI, FORM_DIALOG, AdwWindow)

/**
 * TomoniFormDialogClass:
 * @save: checks and writes what the form holds. Returns %TRUE when saved
 *   (the dialog then emits #TomoniFormDialog::saved and closes). On %FALSE
 *   with @error set the message is shown above the form, on the field marked
 *   with tomoni_form_dialog_mark_field() if any. %FALSE without an error means
 *   the work goes on (a thread, a file chooser): the subclass calls
 *   tomoni_form_dialog_show_error() or tomoni_form_dialog_finish_save() later.
 */
struct _TomoniFormDialogClass
{
  AdwWindowClass parent_class;

  gboolean (*save) (TomoniFormDialog  *self,
                    GError           **error);

  /*< private >*/
  gpointer padding[4];
};

/* A .ui template deriving from TomoniFormDialog adds its body as plain
 * <child> elements (stacked below the error bar, in order); <child
 * type="header-start"> and <child type="header-end"> go into the header,
 * <child type="error-action"> at the end of the error bar. */
gboolean    tomoni_form_dialog_save            (TomoniFormDialog *self);
void        tomoni_form_dialog_finish_save     (TomoniFormDialog *self);
void        tomoni_form_dialog_show_error      (TomoniFormDialog *self,
                                                GtkWidget        *field,
                                                const char       *message);
void        tomoni_form_dialog_clear_error     (TomoniFormDialog *self);
void        tomoni_form_dialog_mark_field      (TomoniFormDialog *self,
                                                GtkWidget        *field);
const char *tomoni_form_dialog_get_error       (TomoniFormDialog *self);
void        tomoni_form_dialog_add_body        (TomoniFormDialog *self,
                                                GtkWidget        *child);
void        tomoni_form_dialog_add_error_action (TomoniFormDialog *self,
                                                GtkWidget        *button);
const char *tomoni_form_dialog_get_save_label  (TomoniFormDialog *self);
void        tomoni_form_dialog_set_save_label  (TomoniFormDialog *self,
                                                const char       *label);
GtkWidget  *tomoni_form_dialog_get_save_button (TomoniFormDialog *self);
GtkWidget  *tomoni_form_dialog_get_header_bar  (TomoniFormDialog *self);
void        tomoni_form_dialog_set_form_buttons (TomoniFormDialog *self,
                                                gboolean          visible);

G_END_DECLS
