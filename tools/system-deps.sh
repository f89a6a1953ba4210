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
# The sandbox's CPS-like card: SoftHSM2 (a PKCS#11 token) and OpenSC (pkcs11-tool, and pkcs11-spy for the tests).
card="softhsm2 opensc"
# OpenSSL 3's pkcs11-provider: mTLS with a card key through Python's own ssl module (docs/credentials.md).
# Debian 12 ships it in bookworm-backports only; later releases have it in main.
provider="pkcs11-provider"

case "$what" in
  run)  pkgs="$qt_runtime $qt_xcb $keyring $card" ;;
  test) pkgs="$qt_runtime $qt_xcb $keyring $card xvfb xauth" ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

is_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }

missing=()
for p in $pkgs; do is_installed "$p" || missing+=("$p"); done
missing_provider=()
for p in $provider; do is_installed "$p" || missing_provider+=("$p"); done
[ ${#missing[@]} -eq 0 ] && [ ${#missing_provider[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing system packages (install them with your package manager):" \
    "${missing[*]} ${missing_provider[*]}" >&2
  [ "$what" = "test" ] && exit 1 || exit 0
fi

codename="$(. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}")"
backports_list=/etc/apt/sources.list.d/desktop-app-backports.sources

# The main Debian archive's URI, read from the existing deb822 (*.sources) or one-line (sources.list) entries:
# the first entry whose suites include "$codename" itself (not -security / -updates).
main_archive_uri() {
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk -v suite="$codename" '
      function flush() { if (types ~ /(^| )deb( |$)/ && (" " suites " ") ~ (" " suite " ") && uri != "") { print uri; found = 1; exit } }
      /^[[:space:]]*$/ { flush(); types = ""; suites = ""; uri = ""; next }
      /^Types:/  { sub(/^Types:[[:space:]]*/, ""); types = $0 }
      /^Suites:/ { sub(/^Suites:[[:space:]]*/, ""); suites = $0 }
      /^URIs:/   { uri = $2 }
      END { if (!found) flush() }' "$f" | head -n1
  done | head -n1
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] || continue
    awk -v suite="$codename" '$1 == "deb" { i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
      if ($(i + 1) == suite) { print $i; exit } }' "$f"
  done | head -n1
}

# Writes the backports source once (apt keeps backports at a low priority: only `-t` pulls from it).
ensure_backports_source() {
  grep -rqs -- "${codename}-backports" /etc/apt/sources.list /etc/apt/sources.list.d/ && return 0
  local uri
  uri="$(main_archive_uri | head -n1)"
  if [ -z "$uri" ]; then
    echo "No main Debian archive entry found in /etc/apt: cannot add ${codename}-backports for $provider" >&2
    return 1
  fi
  local keyring_file=/usr/share/keyrings/debian-archive-keyring.gpg
  {
    printf 'Types: deb\nURIs: %s\nSuites: %s-backports\nComponents: main\n' "$uri" "$codename"
    [ -f "$keyring_file" ] && printf 'Signed-By: %s\n' "$keyring_file"
  } >"$backports_list"
  echo "Added $backports_list ($uri ${codename}-backports)"
}

export DEBIAN_FRONTEND=noninteractive
if [ ${#missing_provider[@]} -gt 0 ] && [ "$codename" = "bookworm" ]; then
  ensure_backports_source
fi
echo "Installing system packages: ${missing[*]} ${missing_provider[*]}"
apt-get update -qq >/dev/null || apt-get update
if [ ${#missing[@]} -gt 0 ]; then
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ ${#missing_provider[@]} -gt 0 ]; then
  if [ "$codename" = "bookworm" ]; then
    apt-get install -y -qq --no-install-recommends -t bookworm-backports "${missing_provider[@]}" >/dev/null
  else
    apt-get install -y -qq --no-install-recommends "${missing_provider[@]}" >/dev/null
  fi
fi
