/* tomoni-cli-demo.c: placeholder until the sample data generator lands */
#define G_LOG_DOMAIN "tomoni-cli"

#include <glib/gi18n-lib.h>

#include "tomoni-cli.h"

int
tomoni_cli_demo (TomoniCli  *cli,
                 int         argc,
                 char      **argv)
{
  return tomoni_cli_fail_message ("%s", "demo is not available yet");
}
