/* tomoni-venues-page.h
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-store.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_VENUES_PAGE (tomoni_venues_page_get_type ())
G_DECLARE_FINAL_TYPE (TomoniVenuesPage, tomoni_venues_page, TOMONI, VENUES_PAGE, AdwPreferencesPage)

TomoniVenuesPage *tomoni_venues_page_new         (TomoniStore      *store);
/* What the Add dialogs do, for tests: each writes one record or fails
 * with a message naming the field. */
gboolean          tomoni_venues_page_add_venue   (TomoniVenuesPage *self,
                                                  const char       *name,
                                                  const char       *name_en,
                                                  const char       *rooms,
                                                  GError          **error);
gboolean          tomoni_venues_page_add_closure (TomoniVenuesPage *self,
                                                  const char       *reason,
                                                  const char       *from,
                                                  const char       *to,
                                                  gint64            venue_id,
                                                  GError          **error);
guint             tomoni_venues_page_get_n_venues (TomoniVenuesPage *self);

G_END_DECLS
