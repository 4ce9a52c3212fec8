/* tomoni-venues-page.c: venues, their rooms and closure days, in Preferences
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-venues-page"

#include <glib/gi18n.h>

#include "tomoni-date.h"
#include "tomoni-store-classes.h"
#include "tomoni-text.h"
#include "tomoni-venues-page.h"

struct _TomoniVenuesPage
{
  AdwPreferencesPage    parent_instance;

  TomoniStore          *store;
  AdwPreferencesGroup  *venues_group;
  AdwPreferencesGroup  *closures_group;
  GPtrArray            *rows;      /* rows we added, to remove on reload */
  guint                 n_venues;
};

G_DEFINE_FINAL_TYPE (TomoniVenuesPage, tomoni_venues_page, ADW_TYPE_PREFERENCES_PAGE)

static void reload (TomoniVenuesPage *self);

static void
toast (TomoniVenuesPage *self,
       const char       *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (message));
}

/* --- writing ------------------------------------------------------------ */

gboolean
tomoni_venues_page_add_venue (TomoniVenuesPage  *self,
                              const char        *name,
                              const char        *name_en,
                              const char        *rooms,
                              GError           **error)
{
  g_autoptr(TomoniVenue) venue = tomoni_venue_new ();
  g_auto(GStrv) room_names = NULL;

  g_return_val_if_fail (TOMONI_IS_VENUES_PAGE (self), FALSE);

  tomoni_venue_set_name (venue, name);
  tomoni_venue_set_name_en (venue, name_en);
  {
    /* NFKC turns the full-width comma into ","; the Japanese "、" is
     * replaced by hand (g_strsplit_set would split bytes of UTF-8). */
    g_autofree char *normalized = tomoni_text_normalize (rooms);
    g_auto(GStrv) parts = g_strsplit (normalized != NULL ? normalized : "", "、", -1);
    g_autofree char *joined = g_strjoinv (",", parts);

    room_names = g_strsplit (joined, ",", -1);
  }

  /* The venue and its rooms are one action. */
  if (!tomoni_store_begin_action (self->store, error))
    return FALSE;
  if (!tomoni_store_add_venue (self->store, venue, error))
    goto fail;
  for (guint i = 0; room_names[i] != NULL; i++)
    {
      g_autoptr(TomoniRoom) room = tomoni_room_new ();
      g_autofree char *room_name = tomoni_text_normalize (room_names[i]);

      if (room_name == NULL || *room_name == '\0')
        continue;
      tomoni_room_set_venue_id (room, tomoni_venue_get_id (venue));
      tomoni_room_set_name (room, room_name);
      if (!tomoni_store_add_room (self->store, room, error))
        goto fail;
    }
  if (!tomoni_store_commit_action (self->store, error))
    goto fail;
  reload (self);
  return TRUE;

fail:
  tomoni_store_abort_action (self->store);
  return FALSE;
}

gboolean
tomoni_venues_page_add_closure (TomoniVenuesPage  *self,
                                const char        *reason,
                                const char        *from,
                                const char        *to,
                                gint64             venue_id,
                                GError           **error)
{
  g_autoptr(TomoniClosure) closure = tomoni_closure_new ();
  GDate first, last;
  g_autofree char *first_iso = NULL;
  g_autofree char *last_iso = NULL;

  g_return_val_if_fail (TOMONI_IS_VENUES_PAGE (self), FALSE);

  if (!tomoni_date_parse (from, &first, error))
    {
      g_prefix_error (error, "%s: ", _("First day"));
      return FALSE;
    }
  if (tomoni_text_is_blank (to))
    last = first;
  else if (!tomoni_date_parse (to, &last, error))
    {
      g_prefix_error (error, "%s: ", _("Last day"));
      return FALSE;
    }
  first_iso = tomoni_date_format_iso (&first);
  last_iso = tomoni_date_format_iso (&last);

  tomoni_closure_set_reason (closure, reason);
  tomoni_closure_set_start_date (closure, first_iso);
  tomoni_closure_set_end_date (closure, last_iso);
  tomoni_closure_set_venue_id (closure, venue_id);
  if (!tomoni_store_add_closure (self->store, closure, error))
    return FALSE;
  reload (self);
  return TRUE;
}

guint
tomoni_venues_page_get_n_venues (TomoniVenuesPage *self)
{
  g_return_val_if_fail (TOMONI_IS_VENUES_PAGE (self), 0);
  return self->n_venues;
}

/* --- dialogs ------------------------------------------------------------ */

static GtkWidget *
form_entry (GtkWidget  *box,
            const char *label,
            const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  gtk_list_box_append (GTK_LIST_BOX (box), row);
  return row;
}

static const char *
entry_text (AdwMessageDialog *dialog,
            const char       *key)
{
  return gtk_editable_get_text (GTK_EDITABLE (g_object_get_data (G_OBJECT (dialog), key)));
}

static void open_venue_dialog (TomoniVenuesPage *self, const char *name, const char *name_en,
                               const char *rooms, const char *problem);
static void open_closure_dialog (TomoniVenuesPage *self, const char *reason, const char *from,
                                 const char *to, guint venue_index, const char *problem);

static AdwMessageDialog *
form_dialog (TomoniVenuesPage *self,
             const char       *heading,
             const char       *body,
             GtkWidget       **out_box)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              heading, body);
  GtkWidget *box = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (box, "boxed-list");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  *out_box = box;
  return ADW_MESSAGE_DIALOG (dialog);
}

static void
venue_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   TomoniVenuesPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "add"))
    return;
  if (tomoni_venues_page_add_venue (self, entry_text (dialog, "name"), entry_text (dialog, "name-en"),
                                    entry_text (dialog, "rooms"), &error))
    toast (self, _("Venue added"));
  else
    open_venue_dialog (self, entry_text (dialog, "name"), entry_text (dialog, "name-en"),
                       entry_text (dialog, "rooms"), error->message);
}

static void
open_venue_dialog (TomoniVenuesPage *self,
                   const char       *name,
                   const char       *name_en,
                   const char       *rooms,
                   const char       *problem)
{
  GtkWidget *box;
  AdwMessageDialog *dialog =
    form_dialog (self, _("Add a Venue"),
                 problem != NULL ? problem : _("The name staff use, and its rooms separated by commas."), &box);

  g_object_set_data (G_OBJECT (dialog), "name", form_entry (box, _("_Name"), name));
  g_object_set_data (G_OBJECT (dialog), "name-en", form_entry (box, _("Name in _English"), name_en));
  g_object_set_data (G_OBJECT (dialog), "rooms", form_entry (box, _("_Rooms, separated by commas"), rooms));
  g_signal_connect_object (dialog, "response", G_CALLBACK (venue_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
closure_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     TomoniVenuesPage *self)
{
  g_autoptr(GError) error = NULL;
  AdwComboRow *venue_row = g_object_get_data (G_OBJECT (dialog), "venue");
  GArray *venue_ids = g_object_get_data (G_OBJECT (dialog), "venue-ids");
  guint index = adw_combo_row_get_selected (venue_row);
  gint64 venue_id = index < venue_ids->len ? g_array_index (venue_ids, gint64, index) : 0;

  if (!g_str_equal (response, "add"))
    return;
  if (tomoni_venues_page_add_closure (self, entry_text (dialog, "reason"), entry_text (dialog, "from"),
                                      entry_text (dialog, "to"), venue_id, &error))
    /* Translators: sessions already planned are regenerated from the Classes page */
    toast (self, _("Closure added. Terms planned earlier keep their sessions until they are planned again."));
  else
    open_closure_dialog (self, entry_text (dialog, "reason"), entry_text (dialog, "from"),
                         entry_text (dialog, "to"), index, error->message);
}

static void
open_closure_dialog (TomoniVenuesPage *self,
                     const char       *reason,
                     const char       *from,
                     const char       *to,
                     guint             venue_index,
                     const char       *problem)
{
  g_autoptr(GPtrArray) venues = tomoni_store_list_venues (self->store, NULL);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GArray *venue_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkWidget *box;
  GtkWidget *venue_row = adw_combo_row_new ();
  gint64 none = 0;
  AdwMessageDialog *dialog =
    form_dialog (self, _("Add Closure Days"),
                 problem != NULL ? problem : _("Days a venue, or the whole Center, is closed. Dates like 2026-08-17 or 2026年8月17日."),
                 &box);

  g_object_set_data (G_OBJECT (dialog), "reason", form_entry (box, _("_Reason"), reason));
  g_object_set_data (G_OBJECT (dialog), "from", form_entry (box, _("_First day"), from));
  g_object_set_data (G_OBJECT (dialog), "to", form_entry (box, _("_Last day (empty: one day)"), to));

  gtk_string_list_append (names, _("The whole Center"));
  g_array_append_val (venue_ids, none);
  for (guint i = 0; venues != NULL && i < venues->len; i++)
    {
      gint64 id = tomoni_venue_get_id (g_ptr_array_index (venues, i));
      gtk_string_list_append (names, tomoni_venue_get_name (g_ptr_array_index (venues, i)));
      g_array_append_val (venue_ids, id);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (venue_row), _("_Where"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (venue_row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (venue_row), G_LIST_MODEL (names));
  adw_combo_row_set_selected (ADW_COMBO_ROW (venue_row), MIN (venue_index, venue_ids->len - 1));
  gtk_list_box_append (GTK_LIST_BOX (box), venue_row);
  g_object_set_data (G_OBJECT (dialog), "venue", venue_row);
  g_object_set_data_full (G_OBJECT (dialog), "venue-ids", venue_ids, (GDestroyNotify)g_array_unref);

  g_signal_connect_object (dialog, "response", G_CALLBACK (closure_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_venue_clicked_cb (TomoniVenuesPage *self)
{
  open_venue_dialog (self, NULL, NULL, NULL, NULL);
}

static void
add_closure_clicked_cb (TomoniVenuesPage *self)
{
  open_closure_dialog (self, NULL, NULL, NULL, 0, NULL);
}

static void
delete_closure_clicked_cb (GtkButton        *button,
                           TomoniVenuesPage *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = *(gint64 *)g_object_get_data (G_OBJECT (button), "closure-id");

  if (!tomoni_store_delete_closure (self->store, id, &error))
    toast (self, error->message);
  else
    reload (self);
}

/* --- listing ------------------------------------------------------------ */

static void
add_row (TomoniVenuesPage    *self,
         AdwPreferencesGroup *group,
         GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (self->rows, row);
}

static void
reload (TomoniVenuesPage *self)
{
  g_autoptr(GPtrArray) venues = tomoni_store_list_venues (self->store, NULL);
  g_autoptr(GPtrArray) closures = tomoni_store_list_closures (self->store, 0, NULL);

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP)), row);
    }
  g_ptr_array_set_size (self->rows, 0);

  self->n_venues = venues != NULL ? venues->len : 0;
  for (guint i = 0; i < self->n_venues; i++)
    {
      TomoniVenue *venue = g_ptr_array_index (venues, i);
      g_autoptr(GPtrArray) rooms = tomoni_store_list_rooms (self->store, tomoni_venue_get_id (venue), NULL);
      GtkWidget *row = adw_expander_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tomoni_venue_get_name (venue));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), tomoni_venue_get_name_en (venue));
      for (guint r = 0; rooms != NULL && r < rooms->len; r++)
        {
          TomoniRoom *room = g_ptr_array_index (rooms, r);
          GtkWidget *room_row = adw_action_row_new ();
          g_autofree char *capacity = NULL;

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (room_row), tomoni_room_get_name (room));
          if (tomoni_room_get_capacity (room) > 0)
            {
              /* Translators: how many people a room holds */
              capacity = g_strdup_printf (_("%d seats"), tomoni_room_get_capacity (room));
              adw_action_row_set_subtitle (ADW_ACTION_ROW (room_row), capacity);
            }
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row), room_row);
        }
      add_row (self, self->venues_group, row);
    }

  for (guint i = 0; closures != NULL && i < closures->len; i++)
    {
      TomoniClosure *closure = g_ptr_array_index (closures, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
      const char *where = tomoni_closure_get_venue_name (closure);
      g_autofree char *when = NULL;
      gint64 *id = g_new (gint64, 1);

      if (g_strcmp0 (tomoni_closure_get_start_date (closure), tomoni_closure_get_end_date (closure)) == 0)
        when = g_strdup (tomoni_closure_get_start_date (closure));
      else
        when = g_strdup_printf ("%s – %s", tomoni_closure_get_start_date (closure),
                                tomoni_closure_get_end_date (closure));
      {
        g_autofree char *subtitle = g_strdup_printf ("%s · %s", when,
                                                     where != NULL && *where != '\0' ? where : _("The whole Center"));
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tomoni_closure_get_reason (closure));
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      }
      *id = tomoni_closure_get_id (closure);
      g_object_set_data_full (G_OBJECT (button), "closure-id", id, g_free);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_tooltip_text (button, _("Remove these closure days"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Remove these closure days"), -1);
      g_signal_connect_object (button, "clicked", G_CALLBACK (delete_closure_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      add_row (self, self->closures_group, row);
    }
}

TomoniVenuesPage *
tomoni_venues_page_new (TomoniStore *store)
{
  TomoniVenuesPage *self;

  g_return_val_if_fail (TOMONI_IS_STORE (store), NULL);

  self = g_object_new (TOMONI_TYPE_VENUES_PAGE, NULL);
  self->store = g_object_ref (store);
  reload (self);
  return self;
}

static void
tomoni_venues_page_dispose (GObject *object)
{
  TomoniVenuesPage *self = TOMONI_VENUES_PAGE (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), TOMONI_TYPE_VENUES_PAGE);
  G_OBJECT_CLASS (tomoni_venues_page_parent_class)->dispose (object);
}

static void
tomoni_venues_page_class_init (TomoniVenuesPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = tomoni_venues_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/tomoni/Tomoni/ui/tomoni-venues-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TomoniVenuesPage, venues_group);
  gtk_widget_class_bind_template_child (widget_class, TomoniVenuesPage, closures_group);
  gtk_widget_class_bind_template_callback (widget_class, add_venue_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_closure_clicked_cb);
}

static void
tomoni_venues_page_init (TomoniVenuesPage *self)
{
  self->rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
