/* tomoni-people-page.h
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tomoni-page.h"
#include "tomoni-person.h"

G_BEGIN_DECLS

#define TOMONI_TYPE_PEOPLE_PAGE (tomoni_people_page_get_type ())
G_DECLARE_FINAL_TYPE (TomoniPeoplePage, tomoni_people_page, TOMONI, PEOPLE_PAGE, TomoniPage)

GListModel *tomoni_people_page_get_model    (TomoniPeoplePage *self);
void        tomoni_people_page_edit_person  (TomoniPeoplePage *self,
                                             TomoniPerson     *person);
gboolean    tomoni_people_page_delete_person (TomoniPeoplePage *self,
                                              TomoniPerson     *person);

G_END_DECLS
