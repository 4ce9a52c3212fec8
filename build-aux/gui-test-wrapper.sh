#!/bin/sh
# Runs a GUI test in a session bus of its own (dbus-run-session), so the test
# neither needs a bus to be launchable nor talks to the user's, on the display
# there is, or under Xvfb when there is none.
#
# Each test also gets its own XDG_RUNTIME_DIR: the accessibility bus that GTK
# asks for puts its socket there (else in ~/.cache/at-spi/bus, shared by every
# test running at the same time, and removed under the others' feet when the
# first one ends).
runtime=$(mktemp -d "${TMPDIR:-/tmp}/tomoni-gui-test.XXXXXX") || exit 1
chmod 0700 "$runtime"
export XDG_RUNTIME_DIR="$runtime"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  export GDK_BACKEND=x11
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x900x24 -nolisten tcp" "$@"
else
  dbus-run-session -- "$@"
fi
status=$?
rm -rf "$runtime"
exit $status
