/* tomoni-session-view.h: one session: attendance by keyboard, walk-ins,
 * cancel, move; and the form for moving a session or adding an extra one
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-store-classes.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_SESSION_VIEW (tomoni_session_view_get_type ())
G_DECLARE_FINAL_TYPE (TomoniSessionView, tomoni_session_view, TOMONI, SESSION_VIEW, AdwWindow)

/* A modal window over @parent for @session_id. Keys on a learner's row:
 * P or 1 present, L or 2 late, E or 3 excused, A or 4 absent, Delete clears;
 * each moves to the next learner. Actions: "session.mark" (s: a status key,
 * "" clears), "session.print", "session.cancel", "session.move",
 * "session.add-visitor". */
TomoniSessionView *tomoni_session_view_new           (GtkWindow         *parent,
                                                      TomoniStore       *store,
                                                      gint64             session_id);
gint64             tomoni_session_view_get_session_id (TomoniSessionView *self);
/* Learners listed (enrolled, then visitors), and the row that has focus. */
guint              tomoni_session_view_get_n_learners (TomoniSessionView *self);
gint64             tomoni_session_view_get_learner    (TomoniSessionView *self,
                                                       guint              index);
void               tomoni_session_view_focus_learner  (TomoniSessionView *self,
                                                       guint              index);
int                tomoni_session_view_get_focused    (TomoniSessionView *self);

/* "Date, 18:30–20:00, venue · room" in the user's language. */
char              *tomoni_session_dup_when            (TomoniSession     *session);

typedef enum {
  TOMONI_SESSION_FORM_MOVE,     /* @id is the session */
  TOMONI_SESSION_FORM_EXTRA,    /* @id is the term */
  TOMONI_SESSION_FORM_CANCEL,   /* @id is the session */
} TomoniSessionFormKind;

/* A small modal form; conflicts show in place, a room conflict with
 * "Book Anyway" that asks for the reason to record. */
GtkWindow         *tomoni_session_form_new            (GtkWindow             *parent,
                                                       TomoniStore           *store,
                                                       TomoniSessionFormKind  kind,
                                                       gint64                 id);

G_END_DECLS
