/* tomoni-people-model.h: a lazy list of people over the store
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tomoni-lazy-list-model.h"
#include "tomoni-store-people.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_PEOPLE_MODEL (tomoni_people_model_get_type ())
G_DECLARE_FINAL_TYPE (TomoniPeopleModel, tomoni_people_model, TOMONI, PEOPLE_MODEL, TomoniLazyListModel)

TomoniPeopleModel *tomoni_people_model_new            (TomoniStore       *store);
TomoniStore       *tomoni_people_model_get_store      (TomoniPeopleModel *self);
const char        *tomoni_people_model_get_search     (TomoniPeopleModel *self);
void               tomoni_people_model_set_search     (TomoniPeopleModel *self,
                                                       const char        *search);
TomoniPeopleSort   tomoni_people_model_get_sort       (TomoniPeopleModel *self);
void               tomoni_people_model_set_sort       (TomoniPeopleModel *self,
                                                       TomoniPeopleSort   sort,
                                                       gboolean           descending);
gboolean           tomoni_people_model_get_descending (TomoniPeopleModel *self);
guint              tomoni_people_model_get_n_loaded   (TomoniPeopleModel *self);
void               tomoni_people_model_reload         (TomoniPeopleModel *self);

G_END_DECLS
