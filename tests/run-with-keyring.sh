#!/bin/sh
# run-with-keyring.sh COMMAND [ARG...]
#
# Runs COMMAND with a real, unlocked Secret Service on a private D-Bus session bus, in a keyring that is thrown
# away afterwards:
#   1. a temporary directory holds XDG_DATA_HOME (the keyring files) and XDG_RUNTIME_DIR (mode 0700);
#   2. dbus-run-session starts a private session bus; inside it gnome-keyring-daemon runs in the foreground with
#      only the secrets component, unlocked with a throw-away password given on its standard input;
#   3. the command starts only once org.freedesktop.secrets has an owner (a bounded wait: no D-Bus activation
#      race, so no second daemon);
#   4. the daemon is stopped (and waited for) and the temporary directory removed whatever happens; the exit
#      status is the command's.
# Ctrl-C or TERM ends the run (command, keyring, bus) at once. dbus-daemon's "Failed to set fd limit" as root in a
# container is harmless. Everything is bounded by `timeout`. Exit status 125: the keyring could not be started (the command did not run);
# 124: the whole run took longer than JT_KEYRING_TIMEOUT seconds (default 1800).
# Works as root in a minimal Debian 12 system with: dbus dbus-bin gnome-keyring (libsecret-tools for secret-tool).
set -eu

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi

for tool in dbus-run-session dbus-send gnome-keyring-daemon timeout mktemp; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-with-keyring: '$tool' is missing (install: dbus dbus-bin gnome-keyring coreutils)" >&2
        exit 125
    fi
done

limit=${JT_KEYRING_TIMEOUT:-1800}
dir=$(mktemp -d "${TMPDIR:-/tmp}/jt-keyring.XXXXXXXX")
trap 'rm -rf "$dir"' EXIT
mkdir -m 0700 "$dir/data" "$dir/runtime"
chmod 0700 "$dir"

# The throw-away keyring's password: random, in a file only this user can read, fed to the daemon's stdin.
(umask 077 && od -An -tx1 -N16 /dev/urandom | tr -d ' \n' >"$dir/password")

# Only the bus and keyring of this run, nothing inherited. DISPLAY stays: GUI tests run as
# `xvfb-run … run-with-keyring.sh …`, and this keyring is unlocked, so no password prompt can appear.
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
export XDG_DATA_HOME="$dir/data" XDG_RUNTIME_DIR="$dir/runtime" JT_KEYRING_DIR="$dir"

# `timeout` puts the run in a process group of its own (so that it can end all of it): the run goes to the
# background with the caller's standard input, and Ctrl-C or a TERM to this script is passed on to it.
exec 3<&0
# shellcheck disable=SC2016 # the inner script expands its own variables
timeout --kill-after=10 "$limit" dbus-run-session -- sh -c '
    dir=$JT_KEYRING_DIR
    unset JT_KEYRING_DIR
    keyring=
    stop_keyring() {
        [ -n "$keyring" ] || return 0
        kill "$keyring" 2>/dev/null || true
        kill -CONT "$keyring" 2>/dev/null || true # in case a test stopped it
        i=0
        while kill -0 "$keyring" 2>/dev/null && [ $i -lt 50 ]; do
            sleep 0.1
            i=$((i + 1))
        done
        kill -9 "$keyring" 2>/dev/null || true
        wait "$keyring" 2>/dev/null || true
        keyring=
    }
    trap stop_keyring EXIT
    trap "exit 130" INT
    trap "exit 143" TERM

    gnome-keyring-daemon --foreground --unlock --components=secrets <"$dir/password" >"$dir/keyring.log" 2>&1 &
    keyring=$!

    has_owner() {
        timeout 5 dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"
    }
    i=0
    until has_owner; do
        if ! kill -0 "$keyring" 2>/dev/null || [ $i -ge 200 ]; then
            echo "run-with-keyring: gnome-keyring-daemon did not provide org.freedesktop.secrets" >&2
            cat "$dir/keyring.log" >&2 || true
            exit 125
        fi
        sleep 0.05
        i=$((i + 1))
    done
    rm -f "$dir/password"

    status=0
    "$@" || status=$?
    stop_keyring
    exit $status
' sh "$@" <&3 3<&- &
runner=$!
exec 3<&-
trap 'kill -TERM "$runner" 2>/dev/null || true' INT TERM HUP

status=0
wait "$runner" || status=$?
# A signal ends `wait` early: wait again for the run to stop its keyring and pass on its status.
while kill -0 "$runner" 2>/dev/null; do
    status=0
    wait "$runner" || status=$?
done
exit "$status"
