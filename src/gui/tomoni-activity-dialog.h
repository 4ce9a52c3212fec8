/* tomoni-activity-dialog.h: add or edit an activity and who asked for it
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-activity.h"
#include "tomoni-form-dialog.h"
#include "tomoni-store.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_ACTIVITY_DIALOG (tomoni_activity_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TomoniActivityDialog, tomoni_activity_dialog, TOMONI, ACTIVITY_DIALOG, TomoniFormDialog)

/* @activity NULL: a new one. On "saved", get_activity() gives the stored activity. */
TomoniActivityDialog *tomoni_activity_dialog_new      (GtkWindow            *parent,
                                                       TomoniStore          *store,
                                                       TomoniActivity       *activity);
/* For tests: "title", "title-en", "requester", "contact", "notes". */
void                  tomoni_activity_dialog_set_text (TomoniActivityDialog *self,
                                                       const char           *field,
                                                       const char           *text);
void                  tomoni_activity_dialog_set_kind (TomoniActivityDialog *self,
                                                       TomoniActivityKind    kind);
gboolean              tomoni_activity_dialog_save     (TomoniActivityDialog *self);
TomoniActivity       *tomoni_activity_dialog_get_activity (TomoniActivityDialog *self);

G_END_DECLS
