#!/bin/sh
# run-with-atspi.sh COMMAND [ARG...]
#
# Runs COMMAND with the AT-SPI accessibility bus up on the current session bus, as on a desktop where a screen
# reader is running: Qt's Linux accessibility bridge only becomes active once "org.a11y.Bus" has an owner when
# the application starts (QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 then makes it active without Orca). Meant to run
# inside tests/run-with-keyring.sh (the private session bus) and xvfb-run (an X server for the xcb platform).
# The launcher is stopped afterwards; the exit status is the command's. Needs at-spi2-core and dbus-bin.
set -eu

launcher=/usr/libexec/at-spi-bus-launcher
if [ ! -x "$launcher" ] || [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "run-with-atspi: needs at-spi2-core ($launcher) and a session bus" >&2
    exit 125
fi

"$launcher" --launch-immediately >/dev/null 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

# A bounded wait for the bus's name (no activation race: the launcher registers it itself).
i=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.a11y.Bus 2>/dev/null | grep -q 'boolean true'; do
    i=$((i + 1))
    if [ $i -gt 100 ]; then
        echo "run-with-atspi: the accessibility bus did not start" >&2
        exit 125
    fi
    sleep 0.1
done

"$@"
