#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a throwaway, unlocked gnome-keyring and a throwaway HOME,
# so integration tests use a REAL Secret Service without touching the developer's own keyring or files.
#   usage: tools/keyring-session.sh COMMAND [ARGS...]
set -euo pipefail
kr_tmp="$(mktemp -d "${TMPDIR:-/tmp}/desktop-app-test.XXXXXX")"
trap 'rm -rf "$kr_tmp"' EXIT
export HOME="$kr_tmp/home" XDG_DATA_HOME="$kr_tmp/data" XDG_CONFIG_HOME="$kr_tmp/config" \
       XDG_CACHE_HOME="$kr_tmp/cache" XDG_STATE_HOME="$kr_tmp/state" XDG_RUNTIME_DIR="$kr_tmp/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
export DESKTOP_APP_TEST_ROOT="$kr_tmp"
export PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring
exec dbus-run-session -- sh -c \
  'echo -n throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"
