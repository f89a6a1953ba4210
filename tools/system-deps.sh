#!/usr/bin/env bash
# Installs the Debian packages the app and its test suite need, when run as root on Debian/Ubuntu.
# Idempotent and quick when everything is present (one dpkg query). Elsewhere it only reports what is missing.
#   usage: tools/system-deps.sh run|test
set -euo pipefail
what="${1:-test}"

# Qt (QtGui links these even offscreen) and a font, so widgets render text.
qt_runtime="libegl1 libgl1 libglx0 libopengl0 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
  libx11-6 libxcb1 fonts-dejavu-core"
# A real X window (xcb platform plugin; Qt >= 6.5 refuses xcb without libxcb-cursor0).
qt_xcb="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0
  libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1"
# A real Secret Service keyring in a private D-Bus session for the tests.
keyring="gnome-keyring dbus-daemon"

case "$what" in
  run)  pkgs="$qt_runtime $qt_xcb $keyring" ;;
  test) pkgs="$qt_runtime $qt_xcb $keyring xvfb xauth" ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

missing=()
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null || apt-get update
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing system packages (install them with your package manager): ${missing[*]}" >&2
  [ "$what" = "test" ] && exit 1 || exit 0
fi
