#!/bin/sh
# Runs a GUI test in a session bus of its own (dbus-run-session), so the test
# neither needs a bus to be launchable nor talks to the user's, on the display
# there is, or under Xvfb when there is none.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  export GDK_BACKEND=x11
  exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x900x24 -nolisten tcp" "$@"
fi
exec dbus-run-session -- "$@"
