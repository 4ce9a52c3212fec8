/* tomoni-xml-import.c: streaming, validating, defensive import
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass of a validating xmlTextReader: every node is checked against the
 * shipped schema before it is merged, and the merge is one transaction that
 * is committed only when the whole document was read and found valid, so a
 * file that fails anywhere (even at its last line, where keys are checked)
 * writes nothing.
 *
 * Safety: the parser never uses the network (XML_PARSE_NONET), loads no DTD,
 * substitutes no entity, and keeps libxml2's limits (no XML_PARSE_HUGE). A
 * document type declaration or an entity is refused outright, before the
 * reader gets to it when it is near the start of the file. Files larger than
 * TOMONI_XML_MAX_FILE_SIZE or nested deeper than TOMONI_XML_MAX_DEPTH are
 * refused.
 */
#define G_LOG_DOMAIN "tomoni-xml"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tomoni-limits.h"
#include "tomoni-xml-import.h"

/* The longest text a text element may hold: a t:Text of
 * TOMONI_MAX_TEXT_LENGTH characters of four bytes each. Text outside text
 * elements (the white space between elements) is not kept at all, so memory
 * follows the file's structure, not its size. */
#define MAX_TEXT_BYTES (4 * TOMONI_MAX_TEXT_LENGTH)
/* libxml2's reader frees white space and comments only when it reaches the
 * next element, so what lies between two elements is held whole: at most
 * what libxml2 takes as one text node (XML_MAX_TEXT_LENGTH), which is far
 * beyond anything meaningful. */
#define MAX_BETWEEN_ELEMENTS (10 * 1000 * 1000)
/* Attribute values read into fixed buffers: UUIDs, times, codes, numbers. */
#define SHORT_ATTR_SIZE 64

/* --- the schema --------------------------------------------------------------- */

static void
ignore_errors (void        *data,
               xmlErrorPtr  error)
{
}

static xmlSchemaPtr
load_schema (void)
{
  static gsize once = 0;
  static xmlSchemaPtr schema = NULL;

  if (g_once_init_enter (&once))
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (TOMONI_XML_SCHEMA_RESOURCE, 0, NULL);
      xmlSchemaParserCtxtPtr parser;

      g_assert (bytes != NULL);
      parser = xmlSchemaNewMemParserCtxt (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      xmlSchemaSetParserStructuredErrors (parser, ignore_errors, NULL);
      schema = xmlSchemaParse (parser);
      xmlSchemaFreeParserCtxt (parser);
      g_assert (schema != NULL);
      g_once_init_leave (&once, 1);
    }
  return schema;
}

/* --- reading state -------------------------------------------------------------- */

typedef enum {
  IN_NONE,
  IN_VENUE,
  IN_CLASS,
  IN_TERM,
  IN_ACTIVITY,
  IN_PERSON,
  IN_HEADER,
} Container;

typedef struct {
  TomoniStore           *store;
  TomoniXmlMerge        *merge;
  TomoniXmlImportReport *report;
  xmlTextReaderPtr       reader;
  const char            *display;

  /* The first problem libxml2 reported. */
  gboolean               xml_failed;
  int                    xml_domain;
  int                    xml_code;
  int                    xml_line;
  int                    xml_column;
  char                  *xml_message;

  gboolean               ends_early;   /* the file does not end with '>' */
  gboolean               saw_header;
  gboolean               pseudonymised;
  Container              container;
  gboolean               class_merged;
  GHashTable            *fields;       /* "@attribute" or "element" → text */
  GString               *text;         /* text of the element being read */
  gboolean               in_text;      /* in a text element: keep its text */
  char                  *text_element; /* its name, for messages */
  char                  *class_uuid;
} Reader;

static void
on_xml_error (void        *data,
              xmlErrorPtr  error)
{
  Reader *self = data;

  if (self->xml_failed || error == NULL || error->level < XML_ERR_ERROR)
    return;
  self->xml_failed = TRUE;
  self->xml_domain = error->domain;
  self->xml_code = error->code;
  self->xml_line = error->line;
  self->xml_column = error->int2;
  self->xml_message = g_strstrip (g_strdup (error->message ? error->message : ""));
  g_strdelimit (self->xml_message, "\n", ' ');
  if (self->xml_line <= 0 && self->reader != NULL)
    {
      self->xml_line = xmlTextReaderGetParserLineNumber (self->reader);
      self->xml_column = xmlTextReaderGetParserColumnNumber (self->reader);
    }
}

static void
silent_generic_error (void       *data,
                      const char *format,
                      ...)
{
}

static int
line_of (Reader *self)
{
  return xmlTextReaderGetParserLineNumber (self->reader);
}

static gboolean
fail_at (Reader      *self,
         GError     **error,
         int          code,
         const char  *message)
{
  /* Translators: “Line 12: <what is wrong>” */
  g_set_error (error, TOMONI_XML_ERROR, code, _("Line %d: %s"), line_of (self), message);
  return FALSE;
}

/* Turns libxml2's first error into one clear message with line and column. */
static gboolean
xml_error (Reader  *self,
           GError **error)
{
  const char *msg = self->xml_message ? self->xml_message : "";
  int line = self->xml_line > 0 ? self->xml_line : line_of (self);
  int column = self->xml_column;

  if (self->xml_domain == XML_FROM_SCHEMASV)
    g_set_error (error, TOMONI_XML_ERROR, TOMONI_XML_ERROR_INVALID,
                 /* Translators: the last %s is libxml2's explanation, in English */
                 _("Line %d, column %d: the file does not follow the Tomoni attendance schema: %s"),
                 line, column, msg);
  else if (self->xml_code == XML_ERR_INVALID_CHAR || self->xml_code == XML_ERR_INVALID_ENCODING ||
           self->xml_code == XML_ERR_UNKNOWN_ENCODING || self->xml_code == XML_ERR_UNSUPPORTED_ENCODING ||
           strstr (msg, "UTF-8") != NULL)
    g_set_error (error, TOMONI_XML_ERROR, TOMONI_XML_ERROR_ENCODING,
                 _("Line %d, column %d: the file is not valid UTF-8 text (%s)"), line, column, msg);
  else if (self->ends_early || self->xml_code == XML_ERR_DOCUMENT_END || self->xml_code == XML_ERR_DOCUMENT_EMPTY ||
           self->xml_code == XML_ERR_TAG_NOT_FINISHED || self->xml_code == XML_ERR_GT_REQUIRED ||
           self->xml_code == XML_ERR_LTSLASH_REQUIRED || strstr (msg, "Premature end") != NULL ||
           strstr (msg, "EndTag") != NULL || strstr (msg, "Extra content") != NULL)
    g_set_error (error, TOMONI_XML_ERROR, TOMONI_XML_ERROR_TRUNCATED,
                 _("Line %d, column %d: the file ends before its document does: it is truncated or "
                   "damaged (%s)"), line, column, msg);
  else if (strstr (msg, "ntity") != NULL || strstr (msg, "DOCTYPE") != NULL)
    g_set_error (error, TOMONI_XML_ERROR, TOMONI_XML_ERROR_UNSAFE,
                 _("Line %d, column %d: the file declares or uses entities, which Tomoni files never "
                   "do; it was refused for safety (%s)"), line, column, msg);
  else if (strstr (msg, "depth") != NULL)
    g_set_error (error, TOMONI_XML_ERROR, TOMONI_XML_ERROR_TOO_LARGE,
                 _("Line %d, column %d: the file is nested too deeply (%s)"), line, column, msg);
  else
    g_set_error (error, TOMONI_XML_ERROR, TOMONI_XML_ERROR_INVALID,
                 _("Line %d, column %d: the file is not well-formed XML: %s"), line, column, msg);
  return FALSE;
}

static char *
attr (Reader     *self,
      const char *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (self->reader, BAD_CAST name);
  char *copy = value != NULL ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

/* Copies the attributes of the current element into @values. No value
 * Tomoni reads this way is longer than a few dozen bytes: a longer one is
 * refused, never cut. */
static gboolean
short_attrs (Reader              *self,
             const char          *element,
             const char * const  *names,
             char               (*values)[SHORT_ATTR_SIZE],
             const char         **out,
             guint                n,
             GError             **error)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < n; i++)
    out[i] = NULL;
  if (xmlTextReaderMoveToFirstAttribute (self->reader) != 1)
    return TRUE;
  do
    {
      const char *name = (const char *) xmlTextReaderConstLocalName (self->reader);

      for (guint i = 0; i < n; i++)
        if (g_str_equal (name, names[i]))
          {
            const char *value = (const char *) xmlTextReaderConstValue (self->reader);

            if (g_strlcpy (values[i], value, SHORT_ATTR_SIZE) >= SHORT_ATTR_SIZE)
              {
                g_autofree char *message =
                  /* Translators: “the attribute minutes of <attendance> is too long (…)” */
                  g_strdup_printf (_("the attribute %s of <%s> is too long (%lu bytes; at most %d)"),
                                   name, element, (gulong) strlen (value), SHORT_ATTR_SIZE - 1);
                ok = fail_at (self, error, TOMONI_XML_ERROR_INVALID, message);
              }
            out[i] = values[i];
            break;
          }
    }
  while (ok && xmlTextReaderMoveToNextAttribute (self->reader) == 1);
  xmlTextReaderMoveToElement (self->reader);
  return ok;
}

/* A number attribute read exactly: XML white space around it, then decimal
 * digits without a sign or leading zeros, within [@min, @max]; rewritten in
 * @out as plain decimal. A missing attribute stays NULL. */
static gboolean
exact_number (Reader       *self,
              const char   *element,
              const char   *attribute,
              const char  **value,
              guint64       min,
              guint64       max,
              char          out[24],
              GError      **error)
{
  const char *p = *value;
  const char *end;
  guint64 number = 0;

  if (p == NULL)
    return TRUE;
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;
  end = p;
  while (g_ascii_isdigit (*end))
    {
      guint digit = *end - '0';

      if (number > (G_MAXUINT64 - digit) / 10)
        {
          number = G_MAXUINT64;
          while (g_ascii_isdigit (*end))
            end++;
          break;
        }
      number = number * 10 + digit;
      end++;
    }
  {
    const char *rest = end;

    while (*rest == ' ' || *rest == '\t' || *rest == '\n' || *rest == '\r')
      rest++;
    if (end == p || *rest != '\0' || (*p == '0' && end - p > 1) || number < min || number > max)
      {
        g_autofree char *low = g_strdup_printf ("%" G_GUINT64_FORMAT, min);
        g_autofree char *high = g_strdup_printf ("%" G_GUINT64_FORMAT, max);
        g_autofree char *message =
          /* Translators: “the attribute needed of <slot> is “0012”, not a whole number from 1 to 1000 …” */
          g_strdup_printf (_("the attribute %s of <%s> is “%s”, not a whole number from %s to %s "
                             "written without leading zeros"),
                           attribute, element, *value, low, high);
        return fail_at (self, error, TOMONI_XML_ERROR_INVALID, message);
      }
  }
  g_snprintf (out, 24, "%" G_GUINT64_FORMAT, number);
  *value = out;
  return TRUE;
}

/* "2025-04-08T18:30:00+09:00" → date and minutes after midnight of @day
 * (or of the date itself when @day is NULL). */
static gboolean
parse_time (const char *value,
            const char *day,
            char        date[11],
            int        *minute)
{
  if (value == NULL || strlen (value) != 25)
    return FALSE;
  memcpy (date, value, 10);
  date[10] = '\0';
  *minute = atoi (value + 11) * 60 + atoi (value + 14);
  if (day == NULL || g_str_equal (day, date))
    return TRUE;
  if (*minute == 0)
    {
      GDate d;

      g_date_clear (&d, 1);
      g_date_set_dmy (&d, atoi (day + 8), atoi (day + 5), atoi (day));
      g_date_add_days (&d, 1);
      if (g_date_get_year (&d) == atoi (date) && (int) g_date_get_month (&d) == atoi (date + 5) &&
          g_date_get_day (&d) == atoi (date + 8))
        {
          *minute = 1440;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
times (Reader      *self,
       const char  *start,
       const char  *end,
       char         date[11],
       int         *start_minute,
       int         *end_minute,
       GError     **error)
{
  char end_date[11];

  if (!parse_time (start, NULL, date, start_minute) ||
      !parse_time (end, date, end_date, end_minute))
    return fail_at (self, error, TOMONI_XML_ERROR_INVALID,
                    _("end: a session or shift must end on the day it starts (or at midnight)"));
  return TRUE;
}

static const char *
field (Reader     *self,
       const char *name)
{
  return g_hash_table_lookup (self->fields, name);
}

static void
begin_container (Reader    *self,
                 Container  container)
{
  self->container = container;
  g_hash_table_remove_all (self->fields);
  for (gboolean more = xmlTextReaderMoveToFirstAttribute (self->reader) == 1; more;
       more = xmlTextReaderMoveToNextAttribute (self->reader) == 1)
    g_hash_table_insert (self->fields,
                         g_strconcat ("@", (const char *) xmlTextReaderConstLocalName (self->reader), NULL),
                         g_strdup ((const char *) xmlTextReaderConstValue (self->reader)));
  xmlTextReaderMoveToElement (self->reader);
}

static gboolean
with_line (Reader   *self,
           gboolean  ok,
           GError  **error)
{
  if (!ok && error != NULL && *error != NULL && (*error)->domain != TOMONI_XML_ERROR)
    g_prefix_error (error, _("Line %d: "), line_of (self));
  return ok;
}

static gboolean
merge_class (Reader  *self,
             GError **error)
{
  const char *capacity = field (self, "@capacity");
  char capacity_text[24];

  if (self->class_merged || self->merge == NULL)
    return TRUE;
  self->class_merged = TRUE;
  g_free (self->class_uuid);
  self->class_uuid = g_strdup (field (self, "@id"));
  if (!exact_number (self, "class", "capacity", &capacity, 1, TOMONI_MAX_CAPACITY, capacity_text, error))
    return FALSE;
  return with_line (self,
                    tomoni_xml_merge_class (self->merge, field (self, "@id"), field (self, "@venue"),
                                            field (self, "title"), field (self, "title-en"),
                                            field (self, "@level"), field (self, "@format"),
                                            field (self, "@target-group"), capacity,
                                            error),
                    error);
}

static void
begin_text (Reader     *self,
            const char *name)
{
  g_string_truncate (self->text, 0);
  self->in_text = TRUE;
  g_free (self->text_element);
  self->text_element = g_strdup (name);
}

/* Text (or CDATA, or white space) inside a text element, up to the most a
 * valid one can hold; any other text is white space between elements (the
 * schema refuses anything else) and is dropped as it is read. */
static gboolean
add_text (Reader      *self,
          const char  *text,
          GError     **error)
{
  gsize length;

  if (!self->in_text || text == NULL)
    return TRUE;
  length = strlen (text);
  if (self->text->len + length > MAX_TEXT_BYTES)
    {
      g_autofree char *message =
        g_strdup_printf (_("the text of <%s> is longer than %d characters"), self->text_element,
                         TOMONI_MAX_TEXT_LENGTH);
      return fail_at (self, error, TOMONI_XML_ERROR_INVALID, message);
    }
  g_string_append_len (self->text, text, length);
  return TRUE;
}

static gboolean
start_element (Reader      *self,
               const char  *name,
               int          depth,
               GError     **error)
{
  static const char * const record_names[] = { "id", "person", "status", "kind", "minutes" };
  static const char * const span_names[] = { "id", "class", "term", "start", "end", "status" };
  char values[6][SHORT_ATTR_SIZE];
  const char *v[6];
  char number[24];
  char date[11];
  int start, end;

  /* Only a text element's own text is kept (begin_text()). */
  self->in_text = FALSE;

  if (depth == 0)
    {
      const char *ns = (const char *) xmlTextReaderConstNamespaceUri (self->reader);

      if (!g_str_equal (name, "attendance-export") || g_strcmp0 (ns, TOMONI_XML_NAMESPACE) != 0)
        {
          g_autofree char *message =
            g_strdup_printf (_("this is not a Tomoni attendance file: its root element is "
                               "“%s” in the namespace “%s”; expected “attendance-export” in “%s”"),
                             name, ns ? ns : "", TOMONI_XML_NAMESPACE);
          return fail_at (self, error, TOMONI_XML_ERROR_NAMESPACE, message);
        }
      return TRUE;
    }

  if (depth == 1 && g_str_equal (name, "header"))
    {
      self->container = IN_HEADER;
      return TRUE;
    }
  if (self->container == IN_HEADER)
    {
      begin_text (self, name);
      return TRUE;
    }

  if (depth == 2)
    {
      if (g_str_equal (name, "venue"))
        begin_container (self, IN_VENUE);
      else if (g_str_equal (name, "class"))
        {
          begin_container (self, IN_CLASS);
          self->class_merged = FALSE;
        }
      else if (g_str_equal (name, "activity"))
        begin_container (self, IN_ACTIVITY);
      else if (g_str_equal (name, "person"))
        begin_container (self, IN_PERSON);
      else if (g_str_equal (name, "session") && self->merge != NULL)
        {
          return short_attrs (self, name, span_names, values, v, 6, error) &&
                 times (self, v[3], v[4], date, &start, &end, error) &&
                 with_line (self,
                            tomoni_xml_merge_session (self->merge, v[0], v[1], v[2], date, start, end, v[5],
                                                      error),
                            error);
        }
      else if (g_str_equal (name, "shift") && self->merge != NULL)
        {
          static const char * const names[] = { "id", "activity", "start", "end" };

          return short_attrs (self, name, names, values, v, 4, error) &&
                 times (self, v[2], v[3], date, &start, &end, error) &&
                 with_line (self, tomoni_xml_merge_shift (self->merge, v[0], v[1], date, start, end, error),
                            error);
        }
      return TRUE;
    }

  if (depth == 3)
    {
      if (self->container == IN_CLASS && g_str_equal (name, "term"))
        {
          if (!merge_class (self, error))
            return FALSE;
          begin_container (self, IN_TERM);
        }
      else if (g_str_equal (name, "attendance") && self->merge != NULL)
        {
          if (!short_attrs (self, name, record_names, values, v, 5, error) ||
              !exact_number (self, name, "minutes", &v[4], 0, TOMONI_MAX_MINUTES, number, error))
            return FALSE;
          return with_line (self,
                            tomoni_xml_merge_attendance (self->merge, v[0], v[1], v[2], v[3], v[4], error),
                            error);
        }
      else if (g_str_equal (name, "slot") && self->merge != NULL)
        {
          /* The role is a t:Code of 64 characters, up to 256 bytes: read whole. */
          static const char * const names[] = { "id", "needed" };
          g_autofree char *role = attr (self, "role");

          if (!short_attrs (self, name, names, values, v, 2, error) ||
              !exact_number (self, name, "needed", &v[1], 1, TOMONI_MAX_SLOT_NEEDED, number, error))
            return FALSE;
          return with_line (self, tomoni_xml_merge_slot (self->merge, v[0], role, v[1], error), error);
        }
    }

  if (depth == 4 && g_str_equal (name, "check-in") && self->merge != NULL)
    {
      static const char * const names[] = { "id", "person", "status", "minutes" };

      if (!short_attrs (self, name, names, values, v, 4, error) ||
          !exact_number (self, name, "minutes", &v[3], 0, TOMONI_MAX_MINUTES, number, error))
        return FALSE;
      return with_line (self, tomoni_xml_merge_checkin (self->merge, v[0], v[1], v[2], v[3], error), error);
    }

  /* A text field of the open container (its children: depth 3, or 4 in a
   * term); the text of anything else (the summary's counts, the white space
   * in containers) is not needed. */
  if (depth >= 3)
    begin_text (self, name);
  return TRUE;
}

static gboolean
end_element (Reader      *self,
             const char  *name,
             int          depth,
             GError     **error)
{
  self->in_text = FALSE;
  if (self->container == IN_HEADER)
    {
      if (g_str_equal (name, "pseudonymised"))
        self->pseudonymised = g_str_equal (g_strstrip (self->text->str), "true") ||
                              g_str_equal (self->text->str, "1");
      else if (g_str_equal (name, "header"))
        {
          self->container = IN_NONE;
          self->saw_header = TRUE;
          if (self->report != NULL)
            self->report->pseudonymised = self->pseudonymised;
          if (self->store != NULL)
            {
              self->merge = tomoni_xml_merge_new (self->store, self->pseudonymised, error);
              if (self->merge == NULL)
                return FALSE;
            }
        }
      return TRUE;
    }

  if (self->container == IN_NONE)
    return TRUE;

  /* The end of a text field: keep its text. */
  if ((self->container == IN_TERM && depth == 4) || (self->container != IN_TERM && depth == 3))
    {
      g_hash_table_insert (self->fields, g_strdup (name), g_strdup (self->text->str));
      return TRUE;
    }

  if (self->merge == NULL)
    {
      if (depth == 2)
        self->container = IN_NONE;
      else if (self->container == IN_TERM)
        self->container = IN_CLASS;
      return TRUE;
    }

  switch (self->container)
    {
    case IN_VENUE:
      self->container = IN_NONE;
      return with_line (self,
                        tomoni_xml_merge_venue (self->merge, field (self, "@id"), field (self, "name"),
                                                field (self, "name-en"), field (self, "address"),
                                                field (self, "@ward"), error),
                        error);
    case IN_CLASS:
      self->container = IN_NONE;
      return merge_class (self, error);
    case IN_TERM:
      self->container = IN_CLASS;
      return with_line (self,
                        tomoni_xml_merge_term (self->merge, field (self, "@id"), self->class_uuid,
                                               field (self, "name"), field (self, "@start"),
                                               field (self, "@end"), error),
                        error);
    case IN_ACTIVITY:
      {
        const char *confidential = field (self, "@confidential");

        self->container = IN_NONE;
        return with_line (self,
                          tomoni_xml_merge_activity (self->merge, field (self, "@id"), field (self, "@venue"),
                                                     field (self, "title"), field (self, "title-en"),
                                                     field (self, "@kind"),
                                                     g_strcmp0 (confidential, "true") == 0 ||
                                                     g_strcmp0 (confidential, "1") == 0,
                                                     error),
                          error);
      }
    case IN_PERSON:
      self->container = IN_NONE;
      return with_line (self,
                        tomoni_xml_merge_person (self->merge, field (self, "@id"), field (self, "@pseudonym"),
                                                 field (self, "family-name"), field (self, "given-name"),
                                                 field (self, "reading"), field (self, "latin-name"),
                                                 field (self, "@nationality"), error),
                        error);
    case IN_NONE:
    case IN_HEADER:
    default:
      return TRUE;
    }
}

/* Refuses a DOCTYPE or an entity declaration near the start of the file
 * before libxml2 parses it. The reader refuses later ones. */
static gboolean
prescan (int          fd,
         const char  *display,
         GError     **error)
{
  char buffer[64 * 1024 + 1];
  ssize_t n = pread (fd, buffer, sizeof buffer - 1, 0);

  if (n < 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot read “%s”: %s"), display, g_strerror (saved));
      return FALSE;
    }
  if (n == 0)
    {
      g_set_error (error, TOMONI_XML_ERROR, TOMONI_XML_ERROR_TRUNCATED, _("“%s” is empty"), display);
      return FALSE;
    }
  buffer[n] = '\0';
  for (ssize_t i = 0; i + 9 <= n; i++)
    if (buffer[i] == '<' && buffer[i + 1] == '!' &&
        (g_ascii_strncasecmp (buffer + i + 2, "DOCTYPE", 7) == 0 ||
         g_ascii_strncasecmp (buffer + i + 2, "ENTITY", 6) == 0))
      {
        int line = 1;

        for (ssize_t j = 0; j < i; j++)
          line += buffer[j] == '\n';
        g_set_error (error, TOMONI_XML_ERROR, TOMONI_XML_ERROR_UNSAFE,
                     _("Line %d: the file has a document type declaration (DOCTYPE or ENTITY), which "
                       "Tomoni files never have; it was refused for safety"), line);
        return FALSE;
      }
  return TRUE;
}

static gboolean
read_file (TomoniStore            *store,
           const char             *path,
           gboolean                dry_run,
           TomoniXmlImportReport  *report,
           TomoniProgressFunc      progress,
           gpointer                progress_data,
           GCancellable           *cancellable,
           GError                **error)
{
  g_autofree char *display = g_filename_display_name (path);
  Reader self = { 0 };
  struct stat st;
  gboolean ok = TRUE;
  gboolean failed_late = FALSE;
  GError *deferred = NULL;
  guint after_failure = 0;
  guint64 nodes = 0;
  gsize between = 0;          /* bytes of other nodes since the last element */
  int fd;
  int rc;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Cannot open “%s”: %s"), display, g_strerror (saved));
      return FALSE;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, TOMONI_XML_ERROR, TOMONI_XML_ERROR_FAILED, _("“%s” is not a file"), display);
      close (fd);
      return FALSE;
    }
  if (st.st_size > TOMONI_XML_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size_full (st.st_size, G_FORMAT_SIZE_IEC_UNITS);
      g_autofree char *limit = g_format_size_full (TOMONI_XML_MAX_FILE_SIZE, G_FORMAT_SIZE_IEC_UNITS);

      g_set_error (error, TOMONI_XML_ERROR, TOMONI_XML_ERROR_TOO_LARGE,
                   _("“%s” is too large to import (%s; the limit is %s)"), display, size, limit);
      close (fd);
      return FALSE;
    }
  if (!prescan (fd, display, error))
    {
      close (fd);
      return FALSE;
    }

  {
    char tail[64];
    ssize_t n = pread (fd, tail, sizeof tail, MAX (st.st_size - (gssize) sizeof tail, 0));

    while (n > 0 && g_ascii_isspace (tail[n - 1]))
      n--;
    self.ends_early = n <= 0 || tail[n - 1] != '>';
  }
  self.store = store;
  self.report = report;
  self.display = display;
  self.fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self.text = g_string_new (NULL);
  self.reader = xmlReaderForFd (fd, NULL, NULL, XML_PARSE_NONET);
  g_assert (self.reader != NULL);
  /* libxml2's error handlers are per thread. The reader's own structured
   * handler crashes libxml2 2.9.14 on some parser errors, so use these. */
  xmlSetStructuredErrorFunc (&self, on_xml_error);
  xmlSetGenericErrorFunc (NULL, silent_generic_error);
  if (xmlTextReaderSetSchema (self.reader, load_schema ()) != 0)
    g_error ("Cannot use the attendance schema");

  while ((rc = xmlTextReaderRead (self.reader)) == 1)
    {
      int type = xmlTextReaderNodeType (self.reader);
      int depth = xmlTextReaderDepth (self.reader);

      if (type == XML_READER_TYPE_DOCUMENT_TYPE || type == XML_READER_TYPE_ENTITY ||
          type == XML_READER_TYPE_ENTITY_REFERENCE)
        {
          g_clear_error (&deferred);
          ok = fail_at (&self, error, TOMONI_XML_ERROR_UNSAFE,
                        _("the file has a document type declaration or entities, which Tomoni files "
                          "never have; it was refused for safety"));
          break;
        }
      if (depth > TOMONI_XML_MAX_DEPTH)
        {
          g_autofree char *message =
            g_strdup_printf (_("the file is nested more than %d levels deep"), TOMONI_XML_MAX_DEPTH);
          g_clear_error (&deferred);
          ok = fail_at (&self, error, TOMONI_XML_ERROR_TOO_LARGE, message);
          break;
        }

      if (type == XML_READER_TYPE_ELEMENT && depth == 0 &&
          !start_element (&self, (const char *) xmlTextReaderConstLocalName (self.reader), 0, error))
        {
          g_clear_error (&deferred);
          ok = FALSE;
          break;
        }

      /* After the first problem, read a little further: a DOCTYPE, an
       * entity or deep nesting is the better explanation of a hostile file. */
      if (deferred != NULL || self.xml_failed)
        {
          if (deferred == NULL)
            xml_error (&self, &deferred);
          if (++after_failure > 64)
            break;
          continue;
        }

      if (++nodes % 4096 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, &deferred))
            break;
          if (progress != NULL)
            progress ((double) xmlTextReaderByteConsumed (self.reader) / MAX (st.st_size, 1),
                      _("Reading and checking the file"), progress_data);
        }

      if (type == XML_READER_TYPE_ELEMENT || type == XML_READER_TYPE_END_ELEMENT)
        between = 0;
      else
        {
          const char *value = (const char *) xmlTextReaderConstValue (self.reader);

          between += value != NULL ? strlen (value) : 0;
          if (between > MAX_BETWEEN_ELEMENTS)
            {
              g_autofree char *message =
                g_strdup_printf (_("more than %d MB of white space, comments or text between two "
                                   "elements"), MAX_BETWEEN_ELEMENTS / 1000000);
              g_clear_error (&deferred);
              fail_at (&self, &deferred, TOMONI_XML_ERROR_TOO_LARGE, message);
              break;
            }
        }

      switch (type)
        {
        case XML_READER_TYPE_ELEMENT:
          {
            const char *name = (const char *) xmlTextReaderConstLocalName (self.reader);
            gboolean empty = xmlTextReaderIsEmptyElement (self.reader);

            if (!start_element (&self, name, depth, &deferred) ||
                (empty && !end_element (&self, name, depth, &deferred)))
              failed_late = TRUE;
          }
          break;
        case XML_READER_TYPE_END_ELEMENT:
          if (!end_element (&self, (const char *) xmlTextReaderConstLocalName (self.reader), depth, &deferred))
            failed_late = TRUE;
          break;
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
        case XML_READER_TYPE_WHITESPACE:
          if (!add_text (&self, (const char *) xmlTextReaderConstValue (self.reader), &deferred))
            failed_late = TRUE;
          break;
        default:
          break;
        }

      /* A merge error (conflict, unknown reference) ends the import at once;
       * the schema's verdict on the same node comes first when it has one. */
      if (failed_late)
        {
          if (self.xml_failed)
            {
              g_clear_error (&deferred);
              xml_error (&self, &deferred);
            }
          break;
        }
    }

  if (ok)
    {
      if (deferred != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&deferred));
          ok = FALSE;
        }
      else if (rc < 0 || self.xml_failed)
        ok = self.xml_failed ? xml_error (&self, error)
                             : fail_at (&self, error, TOMONI_XML_ERROR_INVALID, _("the file cannot be read as XML"));
      else if (xmlTextReaderIsValid (self.reader) != 1 || !self.saw_header)
        ok = fail_at (&self, error, TOMONI_XML_ERROR_INVALID,
                      _("the file does not follow the Tomoni attendance schema"));
    }
  g_clear_error (&deferred);

  if (ok && self.merge != NULL)
    {
      if (report != NULL)
        for (guint i = 0; i < TOMONI_XML_N_RECORDS; i++)
          {
            report->added[i] = tomoni_xml_merge_get_added (self.merge, i);
            report->unchanged[i] = tomoni_xml_merge_get_unchanged (self.merge, i);
          }
      if (!dry_run)
        ok = tomoni_xml_merge_commit (self.merge, error);
    }

  g_clear_pointer (&self.merge, tomoni_xml_merge_free);   /* rolls back unless committed */
  xmlFreeTextReader (self.reader);
  xmlSetStructuredErrorFunc (NULL, NULL);
  xmlSetGenericErrorFunc (NULL, NULL);
  close (fd);
  g_hash_table_unref (self.fields);
  g_string_free (self.text, TRUE);
  g_free (self.text_element);
  g_free (self.xml_message);
  g_free (self.class_uuid);
  if (ok && progress != NULL)
    progress (1.0, NULL, progress_data);
  return ok;
}

/**
 * tomoni_xml_import:
 * @dry_run: check everything and count what would be added, write nothing
 * @report: (out caller-allocates) (optional): what was (or would be) added
 *
 * Imports an attendance file into @store in one transaction: on any error
 * nothing is written. Records merge by UUID; importing a file twice changes
 * nothing; a record whose UUID exists with different content is a conflict
 * (%TOMONI_STORE_ERROR_CONFLICT naming the record and the field).
 */
gboolean
tomoni_xml_import (TomoniStore            *store,
                   const char             *path,
                   gboolean                dry_run,
                   TomoniXmlImportReport  *report,
                   TomoniProgressFunc      progress,
                   gpointer                progress_data,
                   GCancellable           *cancellable,
                   GError                **error)
{
  TomoniXmlImportReport local = { 0 };

  g_return_val_if_fail (TOMONI_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  local.dry_run = dry_run;
  if (!read_file (store, path, dry_run, &local, progress, progress_data, cancellable, error))
    return FALSE;
  if (report != NULL)
    *report = local;
  return TRUE;
}

gboolean
tomoni_xml_validate_file (const char  *path,
                          GError     **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  return read_file (NULL, path, TRUE, NULL, NULL, NULL, NULL, error);
}

char *
tomoni_xml_import_report_describe (const TomoniXmlImportReport *report)
{
  /* Translators: counts in an import report, e.g. “3 people” */
  static const char * const singular[TOMONI_XML_N_RECORDS] = {
    N_("%u venue"), N_("%u class"), N_("%u term"), N_("%u activity"), N_("%u person"),
    N_("%u session"), N_("%u attendance record"), N_("%u shift"), N_("%u slot"), N_("%u check-in"),
  };
  static const char * const plural[TOMONI_XML_N_RECORDS] = {
    N_("%u venues"), N_("%u classes"), N_("%u terms"), N_("%u activities"), N_("%u people"),
    N_("%u sessions"), N_("%u attendance records"), N_("%u shifts"), N_("%u slots"), N_("%u check-ins"),
  };
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (report != NULL, NULL);

  for (guint i = 0; i < TOMONI_XML_N_RECORDS; i++)
    {
      if (report->added[i] == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, _(", "));
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      g_string_append_printf (text,
                              g_dngettext (GETTEXT_PACKAGE, singular[i], plural[i], report->added[i]),
                              report->added[i]);
#pragma GCC diagnostic pop
    }
  if (text->len == 0)
    return g_strdup (_("nothing new"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* --- in a thread ------------------------------------------------------------------ */

typedef struct {
  TomoniStore           *store;
  char                  *path;
  gboolean               dry_run;
  TomoniProgressFunc     progress;
  gpointer               progress_data;
  TomoniXmlImportReport  report;
} ImportTask;

static void
import_task_free (gpointer data)
{
  ImportTask *task = data;

  g_clear_object (&task->store);
  g_free (task->path);
  g_free (task);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportTask *data = task_data;
  g_autoptr(TomoniStore) connection = NULL;
  GError *error = NULL;

  connection = tomoni_store_open_connection (data->store, &error);
  if (connection == NULL ||
      !tomoni_xml_import (connection, data->path, data->dry_run, &data->report, data->progress,
                          data->progress_data, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/**
 * tomoni_xml_import_async:
 * @progress: (nullable): called on the worker thread
 *
 * Runs tomoni_xml_import() in a thread with its own connection to @store.
 * tomoni_xml_import_finish() emits @store's "changed" ("all") after an
 * import that wrote something, on the thread that calls it.
 */
void
tomoni_xml_import_async (TomoniStore          *store,
                         const char           *path,
                         gboolean              dry_run,
                         TomoniProgressFunc    progress,
                         gpointer              progress_data,
                         GCancellable         *cancellable,
                         GAsyncReadyCallback   callback,
                         gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportTask *data;

  g_return_if_fail (TOMONI_IS_STORE (store));
  g_return_if_fail (path != NULL);

  data = g_new0 (ImportTask, 1);
  data->store = g_object_ref (store);
  data->path = g_strdup (path);
  data->dry_run = dry_run;
  data->progress = progress;
  data->progress_data = progress_data;

  task = g_task_new (store, cancellable, callback, user_data);
  /* What happened, not whether Cancel came too late: an import that had
   * already committed reports so (else the user would be told "cancelled"
   * about data that is in the database). */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_source_tag (task, tomoni_xml_import_async);
  g_task_set_task_data (task, data, import_task_free);
  g_task_run_in_thread (task, import_thread);
}

gboolean
tomoni_xml_import_finish (TomoniStore            *store,
                          GAsyncResult           *result,
                          TomoniXmlImportReport  *report,
                          GError                **error)
{
  ImportTask *data;

  g_return_val_if_fail (g_task_is_valid (result, store), FALSE);

  data = g_task_get_task_data (G_TASK (result));
  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;
  if (report != NULL)
    *report = data->report;
  if (!data->dry_run)
    {
      guint added = 0;

      for (guint i = 0; i < TOMONI_XML_N_RECORDS; i++)
        added += data->report.added[i];
      if (added > 0)
        tomoni_store_notify_changed (store, "all");
    }
  return TRUE;
}
