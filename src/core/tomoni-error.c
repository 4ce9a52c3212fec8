/* tomoni-error.c: the error domain of the rules users can break
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "tomoni-error"

#include "tomoni-error.h"

/* The quark keeps the string of the old store domain, so that
 * tomoni_store_error_quark () and TOMONI_ERROR are the same domain while
 * both exist. */
GQuark
tomoni_error_quark (void)
{
  return g_quark_from_static_string ("tomoni-store-error-quark");
}
