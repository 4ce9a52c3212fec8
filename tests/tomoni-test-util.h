/* tomoni-test-util.h: temporary databases for tests (header-only)
 *
 * Copyright 2026 The Tomoni authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>

/* A fresh folder under the system's temporary folder, removed with its
 * contents by tomoni_test_dir_free(). */
typedef struct {
  char *path;
} TomoniTestDir;

static inline void
tomoni_test_remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          char *child = g_build_filename (path, name, NULL);
          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            tomoni_test_remove_tree (child);
          else
            g_unlink (child);
          g_free (child);
        }
      g_dir_close (dir);
    }
  g_rmdir (path);
}

static inline TomoniTestDir *
tomoni_test_dir_new (void)
{
  TomoniTestDir *dir = g_new0 (TomoniTestDir, 1);
  GError *error = NULL;

  dir->path = g_dir_make_tmp ("tomoni-test-XXXXXX", &error);
  g_assert_no_error (error);
  return dir;
}

static inline char *
tomoni_test_dir_file (TomoniTestDir *dir,
                      const char    *name)
{
  return g_build_filename (dir->path, name, NULL);
}

static inline void
tomoni_test_dir_free (TomoniTestDir *dir)
{
  tomoni_test_remove_tree (dir->path);
  g_free (dir->path);
  g_free (dir);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TomoniTestDir, tomoni_test_dir_free)
