#!/usr/bin/env bash
# Install the Debian packages the app (and, with "test", the test suite) needs, when they are missing.
# As root: apt-get installs them. Otherwise: prints the exact command to run, and carries on.
set -u
what=${1:-run}
# A real Qt window (xcb platform) needs these (see ../shared/design/platform-notes.md).
pkgs="libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 libegl1 libdbus-1-3 \
libfontconfig1 libgl1"
if [ "$what" = "test" ]; then
  # cups, cups-client, printer-driver-cups-pdf: the kiosk printing test's private CUPS server and PDF queue;
  # xclip reads the X selections; dbus-x11 (dbus-launch) lets the test see that the app autolaunches no bus;
  # qpdf checks the summary PDF's structure; at-spi2-core, gir1.2-atspi-2.0 and python3-gi: tests/test_atspi.py
  # reads the app as a screen reader does
  pkgs="$pkgs xvfb xdotool poppler-utils fonts-dejavu-core xauth cups cups-client printer-driver-cups-pdf \
xclip dbus-x11 dbus-daemon qpdf at-spi2-core gir1.2-atspi-2.0 python3-gi"
fi
if [ "$what" = "dist" ]; then     # make dist and dist-test: PyInstaller's objdump (binutils), what the .deb
  # depends on, the desktop-entry checker, strace
  pkgs="binutils libegl1 libgl1 libxcb1 libwayland-client0 libwayland-cursor0 libfontconfig1 xkb-data \
desktop-file-utils strace"
fi
if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "system-deps: not a Debian-like system; install the Qt xcb libraries yourself (see README)." >&2
  exit 0
fi
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing$missing"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends $missing >/dev/null \
    || echo "system-deps: could not install$missing (carrying on; a real window or some tests may not work)" >&2
else
  echo "system-deps: missing$missing. Install them with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y$missing" >&2
fi
exit 0
