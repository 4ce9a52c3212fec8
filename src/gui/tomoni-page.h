/* tomoni-page.h: what every page of the main window shares
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tomoni-store.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_PAGE (tomoni_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (TomoniPage, tomoni_page, TOMONI, PAGE, AdwBin)

struct _TomoniPageClass
{
  AdwBinClass parent_class;

  /* The page has its store and is shown for the first time: load what it
   * shows. Called once; pages that are never shown never load. */
  void (*store_set)     (TomoniPage  *self,
                         TomoniStore *store);
  /* Something was written to the store: see TomoniStore::changed. */
  void (*store_changed) (TomoniPage  *self,
                         const char  *area);

  gpointer padding[4];
};

TomoniStore *tomoni_page_get_store (TomoniPage  *self);
void         tomoni_page_set_store (TomoniPage  *self,
                                    TomoniStore *store);
void         tomoni_page_toast     (TomoniPage  *self,
                                    AdwToast    *toast);

G_END_DECLS
