/* tomoni-xml-export.c: streaming export with xmlTextWriter
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each section is one query whose rows are written as they come, so memory
 * does not grow with the export. The document goes to a temporary file in
 * the destination folder (owner-only permissions: it may hold names), which
 * is renamed into place only when complete; on an error or a cancellation it
 * is removed and the destination is left as it was.
 */
#define G_LOG_DOMAIN "tomoni-xml"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/xmlwriter.h>
#include <stdio.h>
#include <unistd.h>

#include "tomoni-date.h"
#include "tomoni-xml-export.h"

G_DEFINE_QUARK (tomoni-xml-error-quark, tomoni_xml_error)

typedef struct {
  xmlTextWriterPtr        writer;
  const TomoniXmlFilter  *filter;
  GCancellable           *cancellable;
  TomoniProgressFunc      progress;
  gpointer                progress_data;
  char                   *group;          /* UUID of the open session or shift */
  char                   *slot;           /* UUID of the open slot */
  guint32                 first_day;
  guint32                 n_days;
  int                     last_percent;
  guint                   rows;
  gboolean                failed;
  GString                *clean;
} Export;

/* --- writing helpers ------------------------------------------------------ */

/* Characters XML 1.0 cannot hold (controls, invalid UTF-8) become U+FFFD. */
static const char *
xml_text (Export     *self,
          const char *text)
{
  const char *p;

  for (p = text; *p != '\0'; p++)
    if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
      break;
  if (*p == '\0' && g_utf8_validate (text, -1, NULL))
    return text;

  g_string_truncate (self->clean, 0);
  for (p = text; *p != '\0';)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_unichar (self->clean, 0xfffd);
          p++;
          continue;
        }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
        g_string_append_unichar (self->clean, 0xfffd);
      else
        g_string_append_unichar (self->clean, c);
      p = g_utf8_next_char (p);
    }
  return self->clean->str;
}

static void
start (Export     *self,
       const char *name)
{
  if (xmlTextWriterStartElement (self->writer, BAD_CAST name) < 0)
    self->failed = TRUE;
}

static void
end (Export *self)
{
  if (xmlTextWriterEndElement (self->writer) < 0)
    self->failed = TRUE;
}

/* Writes nothing for NULL or "" (absent optional values). */
static void
attribute (Export     *self,
           const char *name,
           const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  if (xmlTextWriterWriteAttribute (self->writer, BAD_CAST name, BAD_CAST xml_text (self, value)) < 0)
    self->failed = TRUE;
}

static void
element (Export     *self,
         const char *name,
         const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  if (xmlTextWriterWriteElement (self->writer, BAD_CAST name, BAD_CAST xml_text (self, value)) < 0)
    self->failed = TRUE;
}

static const char *
boolean (const char *value)
{
  return g_strcmp0 (value, "0") == 0 || value == NULL ? "false" : "true";
}

/* date 'YYYY-MM-DD' + minutes after midnight → YYYY-MM-DDThh:mm:00+09:00 */
static void
local_time (const char *date,
            const char *minutes,
            char        out[32])
{
  int m = atoi (minutes);

  if (m >= 1440)
    {
      GDate day;

      g_date_clear (&day, 1);
      g_date_set_dmy (&day, atoi (date + 8), atoi (date + 5), atoi (date));
      g_date_add_days (&day, m / 1440);
      m %= 1440;
      g_snprintf (out, 32, "%04d-%02d-%02dT%02d:%02d:00+09:00",
                  g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day),
                  m / 60, m % 60);
    }
  else
    g_snprintf (out, 32, "%.10sT%02d:%02d:00+09:00", date, m / 60, m % 60);
}

static guint32
julian (const char *date)
{
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, atoi (date + 8), atoi (date + 5), atoi (date));
  return g_date_valid (&day) ? g_date_get_julian (&day) : 0;
}

static gboolean
tick (Export      *self,
      const char  *date,
      double       base,
      double       span,
      const char  *what,
      GError     **error)
{
  if (self->failed)
    {
      g_set_error (error, TOMONI_XML_ERROR, TOMONI_XML_ERROR_FAILED,
                   _("Writing the file failed: %s"), g_strerror (errno));
      return FALSE;
    }
  if ((++self->rows % 512 == 0 || date == NULL) &&
      g_cancellable_set_error_if_cancelled (self->cancellable, error))
    return FALSE;
  if (self->progress != NULL && date != NULL)
    {
      double fraction = base + span * (double) (julian (date) - self->first_day) / self->n_days;
      int percent = (int) (fraction * 100);

      if (percent != self->last_percent)
        {
          self->last_percent = percent;
          self->progress (CLAMP (fraction, 0.0, 1.0), what, self->progress_data);
        }
    }
  return TRUE;
}

/* --- sections --------------------------------------------------------------- */

static gboolean
write_venue (const char * const  *c,
             guint                n,
             gpointer             user_data,
             GError             **error)
{
  Export *self = user_data;

  start (self, "venue");
  attribute (self, "id", c[TOMONI_XML_VENUE_UUID]);
  attribute (self, "ward", c[TOMONI_XML_VENUE_WARD]);
  element (self, "name", c[TOMONI_XML_VENUE_NAME]);
  element (self, "name-en", c[TOMONI_XML_VENUE_NAME_EN]);
  element (self, "address", c[TOMONI_XML_VENUE_ADDRESS]);
  end (self);
  return tick (self, NULL, 0, 0, NULL, error);
}

static gboolean
write_class (const char * const  *c,
             guint                n,
             gpointer             user_data,
             GError             **error)
{
  Export *self = user_data;

  if (g_strcmp0 (self->group, c[TOMONI_XML_CLASS_UUID]) != 0)
    {
      if (self->group != NULL)
        end (self);
      g_free (self->group);
      self->group = g_strdup (c[TOMONI_XML_CLASS_UUID]);
      start (self, "class");
      attribute (self, "id", c[TOMONI_XML_CLASS_UUID]);
      attribute (self, "venue", c[TOMONI_XML_CLASS_VENUE]);
      attribute (self, "level", c[TOMONI_XML_CLASS_LEVEL]);
      attribute (self, "format", c[TOMONI_XML_CLASS_FORMAT]);
      attribute (self, "target-group", c[TOMONI_XML_CLASS_TARGET_GROUP]);
      attribute (self, "capacity", c[TOMONI_XML_CLASS_CAPACITY]);
      element (self, "title", c[TOMONI_XML_CLASS_TITLE_JA]);
      element (self, "title-en", c[TOMONI_XML_CLASS_TITLE_EN]);
    }
  start (self, "term");
  attribute (self, "id", c[TOMONI_XML_CLASS_TERM_UUID]);
  attribute (self, "start", c[TOMONI_XML_CLASS_TERM_START]);
  attribute (self, "end", c[TOMONI_XML_CLASS_TERM_END]);
  element (self, "name", c[TOMONI_XML_CLASS_TERM_NAME]);
  end (self);
  return tick (self, NULL, 0, 0, NULL, error);
}

static gboolean
write_activity (const char * const  *c,
                guint                n,
                gpointer             user_data,
                GError             **error)
{
  Export *self = user_data;

  start (self, "activity");
  attribute (self, "id", c[TOMONI_XML_ACTIVITY_UUID]);
  attribute (self, "venue", c[TOMONI_XML_ACTIVITY_VENUE]);
  attribute (self, "kind", c[TOMONI_XML_ACTIVITY_KIND]);
  attribute (self, "confidential", boolean (c[TOMONI_XML_ACTIVITY_CONFIDENTIAL]));
  element (self, "title", c[TOMONI_XML_ACTIVITY_TITLE]);
  element (self, "title-en", c[TOMONI_XML_ACTIVITY_TITLE_EN]);
  end (self);
  return tick (self, NULL, 0, 0, NULL, error);
}

static gboolean
write_person (const char * const  *c,
              guint                n,
              gpointer             user_data,
              GError             **error)
{
  Export *self = user_data;

  start (self, "person");
  if (self->filter->pseudonymise)
    {
      /* Only the pseudonym and the nationality: no name, reading, contact or note. */
      attribute (self, "id", c[TOMONI_XML_PERSON_PSEUDONYM]);
      attribute (self, "nationality", c[TOMONI_XML_PERSON_NATIONALITY]);
    }
  else
    {
      attribute (self, "id", c[TOMONI_XML_PERSON_UUID]);
      attribute (self, "pseudonym", c[TOMONI_XML_PERSON_PSEUDONYM]);
      attribute (self, "nationality", c[TOMONI_XML_PERSON_NATIONALITY]);
      element (self, "family-name", c[TOMONI_XML_PERSON_FAMILY_NAME]);
      element (self, "given-name", c[TOMONI_XML_PERSON_GIVEN_NAME]);
      element (self, "reading", c[TOMONI_XML_PERSON_READING]);
      element (self, "latin-name", c[TOMONI_XML_PERSON_LATIN_NAME]);
    }
  end (self);
  return tick (self, NULL, 0, 0, NULL, error);
}

static gboolean
write_session (const char * const  *c,
               guint                n,
               gpointer             user_data,
               GError             **error)
{
  Export *self = user_data;
  char time[32];

  if (g_strcmp0 (self->group, c[TOMONI_XML_SESSION_UUID]) != 0)
    {
      if (self->group != NULL)
        end (self);
      g_free (self->group);
      self->group = g_strdup (c[TOMONI_XML_SESSION_UUID]);
      start (self, "session");
      attribute (self, "id", c[TOMONI_XML_SESSION_UUID]);
      attribute (self, "class", c[TOMONI_XML_SESSION_CLASS]);
      attribute (self, "term", c[TOMONI_XML_SESSION_TERM]);
      local_time (c[TOMONI_XML_SESSION_DATE], c[TOMONI_XML_SESSION_START_MINUTE], time);
      attribute (self, "start", time);
      local_time (c[TOMONI_XML_SESSION_DATE], c[TOMONI_XML_SESSION_END_MINUTE], time);
      attribute (self, "end", time);
      attribute (self, "status", c[TOMONI_XML_SESSION_STATUS]);
    }
  if (c[TOMONI_XML_SESSION_ATTENDANCE_UUID] != NULL)
    {
      start (self, "attendance");
      attribute (self, "id", c[TOMONI_XML_SESSION_ATTENDANCE_UUID]);
      attribute (self, "person", self->filter->pseudonymise ? c[TOMONI_XML_SESSION_PERSON_PSEUDONYM] : c[TOMONI_XML_SESSION_PERSON_UUID]);
      attribute (self, "role", "learner");
      attribute (self, "status", c[TOMONI_XML_SESSION_ATTENDANCE_STATUS]);
      attribute (self, "kind", c[TOMONI_XML_SESSION_ATTENDANCE_KIND]);
      attribute (self, "minutes", c[TOMONI_XML_SESSION_ATTENDANCE_MINUTES]);
      end (self);
    }
  return tick (self, c[TOMONI_XML_SESSION_DATE], 0.05, 0.75, _("Writing sessions and attendance"), error);
}

static gboolean
write_shift (const char * const  *c,
             guint                n,
             gpointer             user_data,
             GError             **error)
{
  Export *self = user_data;
  char time[32];

  if (g_strcmp0 (self->group, c[TOMONI_XML_SHIFT_UUID]) != 0)
    {
      if (self->slot != NULL)
        end (self);
      if (self->group != NULL)
        end (self);
      g_clear_pointer (&self->slot, g_free);
      g_free (self->group);
      self->group = g_strdup (c[TOMONI_XML_SHIFT_UUID]);
      start (self, "shift");
      attribute (self, "id", c[TOMONI_XML_SHIFT_UUID]);
      attribute (self, "activity", c[TOMONI_XML_SHIFT_ACTIVITY]);
      local_time (c[TOMONI_XML_SHIFT_DATE], c[TOMONI_XML_SHIFT_START_MINUTE], time);
      attribute (self, "start", time);
      local_time (c[TOMONI_XML_SHIFT_DATE], c[TOMONI_XML_SHIFT_END_MINUTE], time);
      attribute (self, "end", time);
    }
  if (c[TOMONI_XML_SHIFT_SLOT_UUID] != NULL && g_strcmp0 (self->slot, c[TOMONI_XML_SHIFT_SLOT_UUID]) != 0)
    {
      if (self->slot != NULL)
        end (self);
      g_free (self->slot);
      self->slot = g_strdup (c[TOMONI_XML_SHIFT_SLOT_UUID]);
      start (self, "slot");
      attribute (self, "id", c[TOMONI_XML_SHIFT_SLOT_UUID]);
      attribute (self, "role", c[TOMONI_XML_SHIFT_SLOT_ROLE]);
      attribute (self, "needed", c[TOMONI_XML_SHIFT_SLOT_NEEDED]);
    }
  if (c[TOMONI_XML_SHIFT_ASSIGNMENT_UUID] != NULL)
    {
      start (self, "check-in");
      attribute (self, "id", c[TOMONI_XML_SHIFT_ASSIGNMENT_UUID]);
      attribute (self, "person", self->filter->pseudonymise ? c[TOMONI_XML_SHIFT_PERSON_PSEUDONYM] : c[TOMONI_XML_SHIFT_PERSON_UUID]);
      attribute (self, "status", c[TOMONI_XML_SHIFT_CHECKIN]);
      attribute (self, "minutes", c[TOMONI_XML_SHIFT_MINUTES]);
      end (self);
    }
  return tick (self, c[TOMONI_XML_SHIFT_DATE], 0.80, 0.15, _("Writing shifts and check-ins"), error);
}

static gboolean
write_count (const char * const  *c,
             guint                n,
             gpointer             user_data,
             GError             **error)
{
  Export *self = user_data;

  start (self, "count");
  attribute (self, "target", c[TOMONI_XML_COUNT_TARGET]);
  attribute (self, "rule", c[TOMONI_XML_COUNT_RULE]);
  attribute (self, "classes", boolean (c[TOMONI_XML_COUNT_CLASSES]));
  attribute (self, "activities", boolean (c[TOMONI_XML_COUNT_ACTIVITIES]));
  if (xmlTextWriterWriteString (self->writer, BAD_CAST c[TOMONI_XML_COUNT_VALUE]) < 0)
    self->failed = TRUE;
  end (self);
  return tick (self, NULL, 0, 0, NULL, error);
}

static gboolean
section (Export            *self,
         TomoniStore       *store,
         const char        *name,
         TomoniXmlSection   which,
         TomoniXmlRowFunc   func,
         gboolean           grouped,
         GError           **error)
{
  start (self, name);
  if (!tomoni_store_xml_query (store, which, self->filter, func, self, error))
    return FALSE;
  if (self->slot != NULL)
    end (self);
  if (grouped && self->group != NULL)
    end (self);
  g_clear_pointer (&self->slot, g_free);
  g_clear_pointer (&self->group, g_free);
  end (self);
  return tick (self, NULL, 0, 0, NULL, error);
}

static gboolean
write_document (Export       *self,
                TomoniStore  *store,
                GError      **error)
{
  g_autoptr(GDateTime) now = tomoni_date_time_now ();
  g_autofree char *created = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S+09:00");
  static const char * const kinds[] = { NULL, "class", "activity" };
  const TomoniXmlFilter *filter = self->filter;

  if (xmlTextWriterSetIndent (self->writer, 1) < 0 ||
      xmlTextWriterSetIndentString (self->writer, BAD_CAST "  ") < 0 ||
      xmlTextWriterStartDocument (self->writer, "1.0", "UTF-8", NULL) < 0 ||
      xmlTextWriterStartElementNS (self->writer, NULL, BAD_CAST "attendance-export",
                                   BAD_CAST TOMONI_XML_NAMESPACE) < 0)
    self->failed = TRUE;
  attribute (self, "version", TOMONI_XML_VERSION);

  start (self, "header");
  start (self, "generator");
  attribute (self, "version", PACKAGE_VERSION);
  if (xmlTextWriterWriteString (self->writer, BAD_CAST "Tomoni") < 0)
    self->failed = TRUE;
  end (self);
  element (self, "created", created);
  start (self, "period");
  attribute (self, "from", filter->from);
  attribute (self, "to", filter->to);
  end (self);
  start (self, "filter");
  attribute (self, "kind", kinds[filter->kind]);
  attribute (self, "programme", filter->programme);
  attribute (self, "venue", filter->venue);
  end (self);
  element (self, "pseudonymised", filter->pseudonymise ? "true" : "false");
  end (self);

  if (self->progress != NULL)
    self->progress (0.0, _("Writing programmes and people"), self->progress_data);

  if (!section (self, store, "venues", TOMONI_XML_SECTION_VENUES, write_venue, FALSE, error))
    return FALSE;
  start (self, "programmes");
  if (!tomoni_store_xml_query (store, TOMONI_XML_SECTION_CLASSES, filter, write_class, self, error))
    return FALSE;
  if (self->group != NULL)
    end (self);
  g_clear_pointer (&self->group, g_free);
  if (!tomoni_store_xml_query (store, TOMONI_XML_SECTION_ACTIVITIES, filter, write_activity, self, error))
    return FALSE;
  end (self);
  if (!section (self, store, "people", TOMONI_XML_SECTION_PEOPLE, write_person, FALSE, error) ||
      !section (self, store, "sessions", TOMONI_XML_SECTION_SESSIONS, write_session, TRUE, error) ||
      !section (self, store, "shifts", TOMONI_XML_SECTION_SHIFTS, write_shift, TRUE, error))
    return FALSE;
  if (self->progress != NULL)
    self->progress (0.95, _("Counting participants for the targets"), self->progress_data);
  if (!section (self, store, "summary", TOMONI_XML_SECTION_SUMMARY, write_count, FALSE, error))
    return FALSE;

  if (xmlTextWriterEndDocument (self->writer) < 0)
    self->failed = TRUE;
  return tick (self, NULL, 0, 0, NULL, error);
}

/**
 * tomoni_xml_export:
 * @filter: the period and filters; checked here
 * @path: the file to write; replaced only when the export is complete
 * @progress: (nullable): called on this thread
 *
 * Writes the attendance of @filter's period to @path. On any error or a
 * cancellation nothing is left behind and @path is untouched.
 */
gboolean
tomoni_xml_export (TomoniStore            *store,
                   const TomoniXmlFilter  *filter,
                   const char             *path,
                   TomoniProgressFunc      progress,
                   gpointer                progress_data,
                   GCancellable           *cancellable,
                   GError                **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *tmp = NULL;
  g_autofree char *display = NULL;
  Export self = { 0 };
  xmlOutputBufferPtr output;
  gboolean ok;
  FILE *fp;
  int fd;

  g_return_val_if_fail (TOMONI_IS_STORE (store), FALSE);
  g_return_val_if_fail (filter != NULL && path != NULL, FALSE);

  if (!tomoni_xml_filter_check (filter, error))
    return FALSE;

  display = g_filename_display_name (path);
  dir = g_path_get_dirname (path);
  tmp = g_build_filename (dir, ".tomoni-export-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *dir_display = g_filename_display_name (dir);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot write in the folder “%s”: %s"), dir_display, g_strerror (saved));
      return FALSE;
    }
  fp = fdopen (fd, "w");
  g_assert (fp != NULL);
  setvbuf (fp, NULL, _IOFBF, 256 * 1024);

  output = xmlOutputBufferCreateFile (fp, NULL);
  self.writer = xmlNewTextWriter (output);
  self.filter = filter;
  self.cancellable = cancellable;
  self.progress = progress;
  self.progress_data = progress_data;
  self.first_day = julian (filter->from);
  self.n_days = julian (filter->to) - self.first_day + 1;
  self.last_percent = -1;
  self.clean = g_string_new (NULL);

  ok = write_document (&self, store, error);

  xmlFreeTextWriter (self.writer);   /* flushes and frees the output buffer */
  g_free (self.group);
  g_free (self.slot);
  g_string_free (self.clean, TRUE);

  if (ok && (fflush (fp) != 0 || fsync (fd) != 0))
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Writing “%s” failed: %s"), display, g_strerror (saved));
      ok = FALSE;
    }
  if (fclose (fp) != 0 && ok)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Writing “%s” failed: %s"), display, g_strerror (saved));
      ok = FALSE;
    }
  if (ok && g_rename (tmp, path) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot save “%s”: %s"), display, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (tmp);
  else if (progress != NULL)
    progress (1.0, NULL, progress_data);
  return ok;
}

/* --- in a thread ------------------------------------------------------------ */

typedef struct {
  TomoniStore        *store;
  TomoniXmlFilter     filter;
  char               *path;
  TomoniProgressFunc  progress;
  gpointer            progress_data;
} ExportTask;

static void
export_task_free (gpointer data)
{
  ExportTask *task = data;

  g_clear_object (&task->store);
  tomoni_xml_filter_clear (&task->filter);
  g_free (task->path);
  g_free (task);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportTask *data = task_data;
  g_autoptr(TomoniStore) connection = NULL;
  GError *error = NULL;

  connection = tomoni_store_open_connection (data->store, &error);
  if (connection == NULL ||
      !tomoni_xml_export (connection, &data->filter, data->path, data->progress, data->progress_data,
                          cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * tomoni_xml_export_async:
 * @progress: (nullable): called on the worker thread
 *
 * Runs tomoni_xml_export() in a thread with its own connection to @store.
 */
void
tomoni_xml_export_async (TomoniStore            *store,
                         const TomoniXmlFilter  *filter,
                         const char             *path,
                         TomoniProgressFunc      progress,
                         gpointer                progress_data,
                         GCancellable           *cancellable,
                         GAsyncReadyCallback     callback,
                         gpointer                user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportTask *data;

  g_return_if_fail (TOMONI_IS_STORE (store));
  g_return_if_fail (filter != NULL && path != NULL);

  data = g_new0 (ExportTask, 1);
  data->store = g_object_ref (store);
  data->filter.from = g_strdup (filter->from);
  data->filter.to = g_strdup (filter->to);
  data->filter.kind = filter->kind;
  data->filter.programme = g_strdup (filter->programme);
  data->filter.venue = g_strdup (filter->venue);
  data->filter.pseudonymise = filter->pseudonymise;
  data->path = g_strdup (path);
  data->progress = progress;
  data->progress_data = progress_data;

  task = g_task_new (store, cancellable, callback, user_data);
  /* What happened, not whether Cancel came too late: an export that had
   * already put its file in place reports success (seen as a flaky
   * export-dialog test: "cancelled", yet the file was there). */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_source_tag (task, tomoni_xml_export_async);
  g_task_set_task_data (task, data, export_task_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
tomoni_xml_export_finish (TomoniStore   *store,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
