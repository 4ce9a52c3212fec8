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

static inline void
tomoni_fuzz_init_common (void)
{
  /* A g_return_if_fail reached from input is a bug, as is any warning. */
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
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
