/* main.c: starts Tomoni
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>
#include <locale.h>

#include "tomoni-application.h"

int
main (int    argc,
      char **argv)
{
  g_autoptr(TomoniApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* TOMONI_LOCALEDIR lets an uninstalled build find its translations. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("TOMONI_LOCALEDIR") != NULL ? g_getenv ("TOMONI_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = tomoni_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
