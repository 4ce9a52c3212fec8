/* tomoni-progress.c: progress of worker threads, forwarded to a main loop
 *
 * A worker thread reports progress with a TomoniProgressFunc; widgets may be
 * touched on the main loop only. tomoni_progress_forward_new() is called on
 * the thread that wants the reports (it keeps that thread's default main
 * context); the worker passes tomoni_progress_forward as its progress
 * function and the forward as its data, and every report arrives as an idle
 * on that context, in order. Never g_main_context_invoke (): it runs the
 * callback on the calling thread whenever the context is free.
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-progress"

#include "tomoni-progress.h"

struct _TomoniProgressForward
{
  TomoniProgressFunc  func;
  gpointer            user_data;
  GMainContext       *context;
};

typedef struct {
  TomoniProgressFunc  func;
  gpointer            user_data;
  double              fraction;
  char               *what;
} Report;

/**
 * tomoni_progress_forward_new:
 * @func: called on the current thread-default main context
 *
 * Returns: (transfer full): a forward to pass, with tomoni_progress_forward(),
 *   to work that reports progress on another thread. Free it after that work
 *   has finished.
 */
TomoniProgressForward *
tomoni_progress_forward_new (TomoniProgressFunc func,
                             gpointer           user_data)
{
  TomoniProgressForward *forward;

  g_return_val_if_fail (func != NULL, NULL);

  forward = g_new0 (TomoniProgressForward, 1);
  forward->func = func;
  forward->user_data = user_data;
  forward->context = g_main_context_ref_thread_default ();
  return forward;
}

void
tomoni_progress_forward_free (TomoniProgressForward *forward)
{
  if (forward == NULL)
    return;
  g_main_context_unref (forward->context);
  g_free (forward);
}

static gboolean
deliver (gpointer data)
{
  Report *report = data;

  report->func (report->fraction, report->what, report->user_data);
  return G_SOURCE_REMOVE;
}

static void
report_free (gpointer data)
{
  Report *report = data;

  g_free (report->what);
  g_free (report);
}

/**
 * tomoni_progress_forward:
 * @forward: a #TomoniProgressForward
 *
 * A #TomoniProgressFunc for worker threads: queues the report as an idle on
 * the forward's main context.
 */
void
tomoni_progress_forward (double      fraction,
                         const char *what,
                         gpointer    forward)
{
  TomoniProgressForward *self = forward;
  g_autoptr(GSource) source = g_idle_source_new ();
  Report *report;

  g_return_if_fail (self != NULL);

  report = g_new0 (Report, 1);
  report->func = self->func;
  report->user_data = self->user_data;
  report->fraction = fraction;
  report->what = g_strdup (what);
  g_source_set_callback (source, deliver, report, report_free);
  g_source_attach (source, self->context);
}
