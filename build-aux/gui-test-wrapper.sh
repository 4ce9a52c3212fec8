#!/bin/sh
# Runs a GUI test on the display there is, or under Xvfb when there is none.
if [ -z "$DISPLAY" ] && [ -z "$WAYLAND_DISPLAY" ]; then
  export GDK_BACKEND=x11
  exec xvfb-run -a -s "-screen 0 1280x900x24 -nolisten tcp" "$@"
fi
exec "$@"
