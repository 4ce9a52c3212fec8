/* fuzz-slot.c: the slot syntax ROLE:N[:lang=…][:skill=…][:training=…]
 * (tomoni-slot.c)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "tomoni-fuzz.h"
#include "tomoni-slot.h"

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  tomoni_fuzz_init_common ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = tomoni_fuzz_strndup (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(TomoniSlot) slot = tomoni_slot_parse (text, &error);
  g_autoptr(TomoniSlot) again = NULL;
  g_autoptr(TomoniSlot) copy = NULL;
  g_autofree char *formatted = NULL;
  g_autofree char *reformatted = NULL;

  if (slot == NULL)
    {
      g_assert (error != NULL);
      return 0;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (tomoni_slot_get_needed (slot), >=, 1);
  g_assert_cmpuint (tomoni_slot_get_needed (slot), <=, 1000);

  /* What Tomoni writes (CLI listings, the shift form) it reads back. */
  formatted = tomoni_slot_format (slot);
  again = tomoni_slot_parse (formatted, &error);
  g_assert_no_error (error);
  g_assert (again != NULL);
  reformatted = tomoni_slot_format (again);
  g_assert_cmpstr (formatted, ==, reformatted);

  copy = tomoni_slot_copy (slot);
  g_clear_pointer (&reformatted, g_free);
  reformatted = tomoni_slot_format (copy);
  g_assert_cmpstr (formatted, ==, reformatted);
  return 0;
}
