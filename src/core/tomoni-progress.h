/* tomoni-progress.h: progress of worker threads, forwarded to a main loop
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-store.h"

G_BEGIN_DECLS

typedef struct _TomoniProgressForward TomoniProgressForward;

TomoniProgressForward *tomoni_progress_forward_new  (TomoniProgressFunc     func,
                                                     gpointer               user_data);
void                   tomoni_progress_forward_free (TomoniProgressForward *forward);
void                   tomoni_progress_forward      (double                 fraction,
                                                     const char            *what,
                                                     gpointer               forward);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TomoniProgressForward, tomoni_progress_forward_free)

G_END_DECLS
