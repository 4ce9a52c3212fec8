/* tomoni-form-dialog.c: the modal form every Tomoni dialog derives from
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A header with Cancel and Save (its label settable: Add, Apply, Import …),
 * an error bar above the form that stays in view however far the form is
 * scrolled, and one path for saving: the "save" vfunc, then "saved" and close.
 */
#define G_LOG_DOMAIN "tomoni-form-dialog"

#include <glib/gi18n.h>

#include "tomoni-form-dialog.h"

typedef struct
{
  GtkBox      *box;
  AdwHeaderBar *header_bar;
  GtkButton   *cancel_button;
  GtkButton   *save_button;
  GtkRevealer *error_revealer;
  GtkBox      *error_box;
  GtkLabel    *error_label;

  GPtrArray   *marked;          /* fields showing the "error" style, not owned */
  GtkWidget   *pending_field;   /* marked by the save vfunc, not owned */
  char        *error;
} TomoniFormDialogPrivate;

static void tomoni_form_dialog_buildable_init (GtkBuildableIface *iface);

G_DEFINE_TYPE_WITH_CODE (TomoniFormDialog, tomoni_form_dialog, ADW_TYPE_WINDOW,
                         G_ADD_PRIVATE (TomoniFormDialog)
                         G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE, tomoni_form_dialog_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_SAVE_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
tomoni_form_dialog_clear_error (TomoniFormDialog *self)
{
  TomoniFormDialogPrivate *priv = tomoni_form_dialog_get_instance_private (self);

  g_return_if_fail (TOMONI_IS_FORM_DIALOG (self));

  for (guint i = 0; priv->marked != NULL && i < priv->marked->len; i++)
    gtk_widget_remove_css_class (g_ptr_array_index (priv->marked, i), "error");
  if (priv->marked != NULL)
    g_ptr_array_set_size (priv->marked, 0);
  g_clear_pointer (&priv->error, g_free);
  gtk_revealer_set_reveal_child (priv->error_revealer, FALSE);
}

/**
 * tomoni_form_dialog_show_error:
 * @field: (nullable): the field at fault: marked and focused
 * @message: (nullable): what to tell the user; %NULL clears the error
 */
void
tomoni_form_dialog_show_error (TomoniFormDialog *self,
                               GtkWidget        *field,
                               const char       *message)
{
  TomoniFormDialogPrivate *priv = tomoni_form_dialog_get_instance_private (self);

  g_return_if_fail (TOMONI_IS_FORM_DIALOG (self));
  g_return_if_fail (field == NULL || GTK_IS_WIDGET (field));

  if (message == NULL)
    {
      tomoni_form_dialog_clear_error (self);
      return;
    }

  g_free (priv->error);
  priv->error = g_strdup (message);
  gtk_label_set_text (priv->error_label, message);
  gtk_revealer_set_reveal_child (priv->error_revealer, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->error_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, message, -1);
  if (field != NULL)
    {
      gtk_widget_add_css_class (field, "error");
      if (priv->marked != NULL)
        g_ptr_array_add (priv->marked, field);
      gtk_widget_grab_focus (field);
    }
}

/* The field the save vfunc found at fault, shown with its error. */
void
tomoni_form_dialog_mark_field (TomoniFormDialog *self,
                               GtkWidget        *field)
{
  TomoniFormDialogPrivate *priv = tomoni_form_dialog_get_instance_private (self);

  g_return_if_fail (TOMONI_IS_FORM_DIALOG (self));
  priv->pending_field = field;
}

/* The message shown, or NULL. */
const char *
tomoni_form_dialog_get_error (TomoniFormDialog *self)
{
  TomoniFormDialogPrivate *priv = tomoni_form_dialog_get_instance_private (self);

  g_return_val_if_fail (TOMONI_IS_FORM_DIALOG (self), NULL);
  return priv->error;
}

/* Emits "saved" and closes: for subclasses whose save finishes later. */
void
tomoni_form_dialog_finish_save (TomoniFormDialog *self)
{
  g_return_if_fail (TOMONI_IS_FORM_DIALOG (self));

  g_object_ref (self);
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

/**
 * tomoni_form_dialog_save:
 *
 * What Save (and Enter in a field) does. Returns %TRUE when the form was
 * saved; then "saved" was emitted and the dialog closed.
 */
gboolean
tomoni_form_dialog_save (TomoniFormDialog *self)
{
  TomoniFormDialogPrivate *priv = tomoni_form_dialog_get_instance_private (self);
  TomoniFormDialogClass *klass;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TOMONI_IS_FORM_DIALOG (self), FALSE);

  klass = TOMONI_FORM_DIALOG_GET_CLASS (self);
  g_return_val_if_fail (klass->save != NULL, FALSE);

  tomoni_form_dialog_clear_error (self);
  priv->pending_field = NULL;
  if (!klass->save (self, &error))
    {
      if (error != NULL)
        tomoni_form_dialog_show_error (self, priv->pending_field, error->message);
      priv->pending_field = NULL;
      return FALSE;
    }

  tomoni_form_dialog_finish_save (self);
  return TRUE;
}

/* Appends @child to the form, below the error bar. */
void
tomoni_form_dialog_add_body (TomoniFormDialog *self,
                             GtkWidget        *child)
{
  TomoniFormDialogPrivate *priv = tomoni_form_dialog_get_instance_private (self);

  g_return_if_fail (TOMONI_IS_FORM_DIALOG (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  gtk_box_append (priv->box, child);
}

/* A button at the end of the error bar, e.g. "Find Again". */
void
tomoni_form_dialog_add_error_action (TomoniFormDialog *self,
                                     GtkWidget        *button)
{
  TomoniFormDialogPrivate *priv = tomoni_form_dialog_get_instance_private (self);

  g_return_if_fail (TOMONI_IS_FORM_DIALOG (self));
  g_return_if_fail (GTK_IS_WIDGET (button));

  gtk_widget_set_margin_end (GTK_WIDGET (priv->error_label), 0);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_end (button, 12);
  gtk_box_append (priv->error_box, button);
}

const char *
tomoni_form_dialog_get_save_label (TomoniFormDialog *self)
{
  TomoniFormDialogPrivate *priv = tomoni_form_dialog_get_instance_private (self);

  g_return_val_if_fail (TOMONI_IS_FORM_DIALOG (self), NULL);
  return gtk_button_get_label (priv->save_button);
}

/* @label: with a mnemonic, e.g. "_Add". */
void
tomoni_form_dialog_set_save_label (TomoniFormDialog *self,
                                   const char       *label)
{
  TomoniFormDialogPrivate *priv = tomoni_form_dialog_get_instance_private (self);

  g_return_if_fail (TOMONI_IS_FORM_DIALOG (self));

  if (g_strcmp0 (label, gtk_button_get_label (priv->save_button)) == 0)
    return;
  gtk_button_set_label (priv->save_button, label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_LABEL]);
}

GtkWidget *
tomoni_form_dialog_get_save_button (TomoniFormDialog *self)
{
  TomoniFormDialogPrivate *priv = tomoni_form_dialog_get_instance_private (self);

  g_return_val_if_fail (TOMONI_IS_FORM_DIALOG (self), NULL);
  return GTK_WIDGET (priv->save_button);
}

/* For a window that only shows things and acts row by row (the slot's
 * candidates): no Cancel and Save, the window's own close button instead;
 * the error bar stays. */
void
tomoni_form_dialog_set_form_buttons (TomoniFormDialog *self,
                                     gboolean          visible)
{
  TomoniFormDialogPrivate *priv = tomoni_form_dialog_get_instance_private (self);

  g_return_if_fail (TOMONI_IS_FORM_DIALOG (self));

  gtk_widget_set_visible (GTK_WIDGET (priv->cancel_button), visible);
  gtk_widget_set_visible (GTK_WIDGET (priv->save_button), visible);
  adw_header_bar_set_show_start_title_buttons (priv->header_bar, !visible);
  adw_header_bar_set_show_end_title_buttons (priv->header_bar, !visible);
}

GtkWidget *
tomoni_form_dialog_get_header_bar (TomoniFormDialog *self)
{
  TomoniFormDialogPrivate *priv = tomoni_form_dialog_get_instance_private (self);

  g_return_val_if_fail (TOMONI_IS_FORM_DIALOG (self), NULL);
  return GTK_WIDGET (priv->header_bar);
}

static void
save_clicked_cb (TomoniFormDialog *self)
{
  tomoni_form_dialog_save (self);
}

static void
tomoni_form_dialog_buildable_add_child (GtkBuildable *buildable,
                                        GtkBuilder   *builder,
                                        GObject      *child,
                                        const char   *type)
{
  TomoniFormDialog *self = TOMONI_FORM_DIALOG (buildable);
  TomoniFormDialogPrivate *priv = tomoni_form_dialog_get_instance_private (self);

  if (priv->box != NULL && GTK_IS_WIDGET (child))
    {
      if (type == NULL)
        {
          gtk_box_append (priv->box, GTK_WIDGET (child));
          return;
        }
      if (g_str_equal (type, "header-start"))
        {
          adw_header_bar_pack_start (priv->header_bar, GTK_WIDGET (child));
          return;
        }
      if (g_str_equal (type, "header-end"))
        {
          adw_header_bar_pack_end (priv->header_bar, GTK_WIDGET (child));
          return;
        }
      if (g_str_equal (type, "error-action"))
        {
          tomoni_form_dialog_add_error_action (self, GTK_WIDGET (child));
          return;
        }
    }
  parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
tomoni_form_dialog_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = tomoni_form_dialog_buildable_add_child;
}

static void
tomoni_form_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TomoniFormDialog *self = TOMONI_FORM_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SAVE_LABEL:
      g_value_set_string (value, tomoni_form_dialog_get_save_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_form_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TomoniFormDialog *self = TOMONI_FORM_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SAVE_LABEL:
      tomoni_form_dialog_set_save_label (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tomoni_form_dialog_dispose (GObject *object)
{
  TomoniFormDialog *self = TOMONI_FORM_DIALOG (object);
  TomoniFormDialogPrivate *priv = tomoni_form_dialog_get_instance_private (self);

  /* No gtk_widget_dispose_template() here: GTK 4.8 asserts in it for a
   * derivable window template once a subclass template was added; the
   * window's dispose takes the content down, template children with it. */
  g_clear_pointer (&priv->marked, g_ptr_array_unref);
  priv->pending_field = NULL;

  G_OBJECT_CLASS (tomoni_form_dialog_parent_class)->dispose (object);
}

static void
tomoni_form_dialog_finalize (GObject *object)
{
  TomoniFormDialog *self = TOMONI_FORM_DIALOG (object);
  TomoniFormDialogPrivate *priv = tomoni_form_dialog_get_instance_private (self);

  g_free (priv->error);

  G_OBJECT_CLASS (tomoni_form_dialog_parent_class)->finalize (object);
}

static void
tomoni_form_dialog_class_init (TomoniFormDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = tomoni_form_dialog_get_property;
  object_class->set_property = tomoni_form_dialog_set_property;
  object_class->dispose = tomoni_form_dialog_dispose;
  object_class->finalize = tomoni_form_dialog_finalize;

  /**
   * TomoniFormDialog:save-label:
   *
   * The Save button's label, with its mnemonic ("_Save", "_Add", …).
   */
  properties[PROP_SAVE_LABEL] =
    g_param_spec_string ("save-label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TomoniFormDialog::saved:
   *
   * The save vfunc succeeded; the dialog closes right after. Subclasses
   * offer getters for what was saved.
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-form-dialog.ui");
  gtk_widget_class_bind_template_child_private (widget_class, TomoniFormDialog, box);
  gtk_widget_class_bind_template_child_private (widget_class, TomoniFormDialog, header_bar);
  gtk_widget_class_bind_template_child_private (widget_class, TomoniFormDialog, cancel_button);
  gtk_widget_class_bind_template_child_private (widget_class, TomoniFormDialog, save_button);
  gtk_widget_class_bind_template_child_private (widget_class, TomoniFormDialog, error_revealer);
  gtk_widget_class_bind_template_child_private (widget_class, TomoniFormDialog, error_box);
  gtk_widget_class_bind_template_child_private (widget_class, TomoniFormDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tomoni_form_dialog_init (TomoniFormDialog *self)
{
  TomoniFormDialogPrivate *priv = tomoni_form_dialog_get_instance_private (self);

  priv->marked = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
