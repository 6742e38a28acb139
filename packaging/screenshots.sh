#!/usr/bin/env bash
# Renders the wizard's screenshots into packaging/screenshots/ (for the README and for reviewers):
#   bash packaging/screenshots.sh
# Builds only the jt_screenshots target (tests/screens/) and runs it off-screen: it drives the real wizard in
# demo mode against the built-in simulated Greenhouse, page by page, and saves one PNG per page and per
# failure state, a dark-palette variant and a 200 % variant. Nothing is sent to Greenhouse.
#
# BUILD_DIR=dir   reuse an existing build directory (default: build, configured as needed with Ninja)
# Needs what `bash packaging/dev.sh test` installs (Qt 6 development packages, fonts-dejavu-core).
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${BUILD_DIR:-build}
out=packaging/screenshots
jobs=$(nproc 2>/dev/null || echo 2)

# jt_screenshots lives with the tests, so they must be part of the build (dev.sh run turns them off).
if [ -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S . -B "$build_dir" -DJT_BUILD_TESTS=ON >/dev/null
else
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJT_BUILD_TESTS=ON >/dev/null
fi
cmake --build "$build_dir" --target jt_screenshots -j "$jobs"

runtime=$(mktemp -d)
trap 'rm -rf "$runtime"' EXIT
chmod 700 "$runtime"

mkdir -p "$out"
rm -f "$out"/*.png
# Stable pictures: no window system, English, UTC, and no scale factor from the caller (the 200 % shot sets
# its own). A sanitizer build would report Qt's one-time allocations at exit, so leak checking is off here.
env -u QT_SCALE_FACTOR -u QT_SCREEN_SCALE_FACTORS \
    QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$runtime" LC_ALL=C.UTF-8 LANGUAGE= TZ=UTC \
    ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" \
    timeout 300 "$build_dir/tests/screens/jt_screenshots" "$out"

echo "Screenshots in $out:"
ls -1 "$out"
