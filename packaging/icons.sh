#!/bin/sh
# Regenerates the platform icons from the one source, resources/icons/jobtarget-setup.svg:
#   packaging/windows/jobtarget-setup.ico   16, 24, 32, 48, 64, 128, 256 px (256 stored as PNG, the rest as BMP)
#   packaging/macos/jobtarget-setup.icns    16, 32, 48, 128, 256, 512, 1024 px (what png2icns can store)
# Each size is rendered from the vector, not scaled from a bitmap, so the small ones stay sharp.
# The outputs are committed: the Windows and macOS build machines do not have these tools. Run this after any
# change to the SVG and commit the results.
# Needs (Debian): librsvg2-bin (rsvg-convert), icoutils (icotool), icnsutils (png2icns).
set -eu
cd "$(dirname "$0")/.."

svg=resources/icons/jobtarget-setup.svg
for tool in rsvg-convert icotool png2icns; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "icons.sh: '$tool' is missing (apt-get install librsvg2-bin icoutils icnsutils)" >&2
        exit 1
    fi
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
render() { rsvg-convert --width "$1" --height "$1" --keep-aspect-ratio --output "$tmp/$1.png" "$svg"; }

for size in 16 24 32 48 64 128 256; do render "$size"; done
mkdir -p packaging/windows
icotool --create --output packaging/windows/jobtarget-setup.ico \
    "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" --raw="$tmp/256.png"

for size in 512 1024; do render "$size"; done
mkdir -p packaging/macos
png2icns packaging/macos/jobtarget-setup.icns \
    "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" "$tmp/1024.png" >/dev/null

icotool --list packaging/windows/jobtarget-setup.ico
icns2png --list packaging/macos/jobtarget-setup.icns 2>/dev/null || true
