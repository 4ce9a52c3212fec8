/* tomoni-fuzz.h: what every libFuzzer harness shares (header-only)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each harness defines LLVMFuzzerTestOneInput(); built only with
 * -Dfuzzing=true (clang, -fsanitize=fuzzer,address,undefined), run by
 * build-aux/tomoni-fuzz. A crash, a sanitizer report, a leak, a critical
 * warning (made fatal here) or a failed g_assert is a finding.
 */
#pragma once

#include <glib.h>
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerInitialize   (int            *argc,
                            char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

#include <stdio.h>
#include <stdlib.h>

/* abort(), not GLib's breakpoint trap: libFuzzer saves the input of an
 * abort as a crash. */
static inline void
tomoni_fuzz_log (const char     *domain,
                 GLogLevelFlags  level,
                 const char     *message,
                 gpointer        data)
{
  fprintf (stderr, "%s: %s\n", domain != NULL ? domain : "", message);
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
}

static inline void
tomoni_fuzz_init_common (void)
{
  /* A g_return_if_fail reached from input is a bug, as is any warning. */
  g_log_set_default_handler (tomoni_fuzz_log, NULL);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
}

/* The input as a C string (inputs with NUL bytes are cut at the first one,
 * as every caller of these parsers passes C strings). */
static inline char *
tomoni_fuzz_strndup (const uint8_t *data,
                     size_t         size)
{
  return g_strndup ((const char *) data, size);
}
