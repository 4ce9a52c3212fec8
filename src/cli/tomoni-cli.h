/* tomoni-cli.h: what the admin tool's commands share
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tomoni-store.h"

G_BEGIN_DECLS

/* Exit statuses: 0 done, 1 bad input or a failure (nothing written), 2 usage. */
#define TOMONI_CLI_OK    0
#define TOMONI_CLI_FAIL  1
#define TOMONI_CLI_USAGE 2

typedef struct _TomoniCli TomoniCli;

/* A command gets argv starting at its own name, e.g. { "people", "list" }. */
typedef int (*TomoniCliFunc) (TomoniCli  *cli,
                              int         argc,
                              char      **argv);

typedef struct {
  const char    *name;
  TomoniCliFunc  func;
  const char    *summary;   /* N_() */
} TomoniCliCommand;

TomoniStore    *tomoni_cli_open_store    (TomoniCli       *cli);
TomoniStore    *tomoni_cli_open_store_for_reading (TomoniCli  *cli);
const char     *tomoni_cli_get_db_path   (TomoniCli       *cli);
GOptionContext *tomoni_cli_context_new   (const char      *parameter_string,
                                          const char      *summary,
                                          const char      *description);
int             tomoni_cli_parse         (GOptionContext  *context,
                                          int             *argc,
                                          char          ***argv);
int             tomoni_cli_usage         (GOptionContext  *context,
                                          const char      *format,
                                          ...) G_GNUC_PRINTF (2, 3);
int             tomoni_cli_fail          (const GError    *error);
int             tomoni_cli_fail_message  (const char      *format,
                                          ...) G_GNUC_PRINTF (1, 2);
int             tomoni_cli_dispatch      (TomoniCli               *cli,
                                          const char              *group,
                                          const TomoniCliCommand  *commands,
                                          int                      argc,
                                          char                   **argv);
void            tomoni_cli_print_tsv     (const char * const      *fields,
                                          guint                    n_fields);

/* Commands, one area a file (src/cli/tomoni-cli-*.c), listed in tomoni-cli-commands.def. */
#define TOMONI_CLI_COMMAND(name, func, summary) int func (TomoniCli *cli, int argc, char **argv);
#include "tomoni-cli-commands.def"
#undef TOMONI_CLI_COMMAND

G_END_DECLS
