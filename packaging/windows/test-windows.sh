#!/usr/bin/env bash
# bash packaging/dev.sh test-windows: the product for 64-bit Windows, proven on this Debian machine.
#   1. the Windows SDK (Qt 6.4.2 and QtKeychain for x86_64-w64-mingw32): from the cache; else the prebuilt
#      copy beside the checkout (../shared/sdk, checked against its SHA-256); else built by
#      packaging/windows/build-sdk.sh from the sources it is given (JT_QTBASE_SRC, JT_QTSVG_SRC,
#      JT_QTKEYCHAIN_SRC; packaging/windows/README.md says where each comes from);
#   2. the product and every suite cross-built with MinGW-w64, warnings as errors;
#   3. every suite under Wine, in a throw-away Wine prefix: the suites without a window on Qt's off-screen
#      platform, the wizard's on the `windows` platform on an X server (Xvfb);
#   4. the NSIS installer: built, installed silently, the installed program used (tst_installed_package
#      under Wine, and a screenshot of the wizard), uninstalled, and nothing left behind.
# Ends with "N passed, N failed". Called by packaging/dev.sh (which installs the Debian packages first).
set -euo pipefail
cd "$(dirname "$0")/../.."
source_dir=$PWD

sdk_name=qt-6.4.2-mingw-w64-x86_64
sdk=${JT_WINDOWS_SDK:-${XDG_CACHE_HOME:-$HOME/.cache}/jobtarget-setup/$sdk_name}
prebuilt=${JT_WINDOWS_SDK_ARCHIVE:-$source_dir/../shared/sdk/$sdk_name.tar.xz}
prebuilt_sha256=3c38afda9b6688e1bcf846d611bbc5d7410ffaadb9d35b283d92a0a637f18c4d
build=${JT_WINDOWS_BUILD:-build-windows}
jobs=$(nproc 2>/dev/null || echo 2)

declare -A step_seconds=()
step_order=()
step() { # step NAME: the time of the step that starts now (printed at the end)
    local now=$SECONDS
    if [ ${#step_order[@]} -gt 0 ]; then
        local last=${step_order[-1]}
        step_seconds[$last]=$((now - step_started))
    fi
    step_order+=("$1")
    step_started=$now
    echo "== windows: $1"
}

# 1. The SDK.
step "SDK"
if [ ! -f "$sdk/lib/cmake/Qt6/qt.toolchain.cmake" ]; then
    if [ -f "$prebuilt" ]; then
        echo "unpacking the prebuilt SDK $prebuilt"
        echo "$prebuilt_sha256  $prebuilt" | sha256sum --check --quiet
        unpack=$(mktemp -d "$(dirname "$sdk")/.unpack.XXXXXX" 2>/dev/null ||
            { mkdir -p "$(dirname "$sdk")" && mktemp -d "$(dirname "$sdk")/.unpack.XXXXXX"; })
        tar -xJf "$prebuilt" -C "$unpack"
        rm -rf "$sdk"
        mv "$unpack/$sdk_name" "$sdk"
        rmdir "$unpack"
    else
        echo "no SDK in $sdk and no prebuilt copy: building it (about an hour on two cores)"
        bash packaging/windows/build-sdk.sh --prefix "$sdk" --qtbase "${JT_QTBASE_SRC:?set JT_QTBASE_SRC}" \
            --qtsvg "${JT_QTSVG_SRC:?set JT_QTSVG_SRC}" --qtkeychain "${JT_QTKEYCHAIN_SRC:?set JT_QTKEYCHAIN_SRC}"
    fi
fi
export JT_WINDOWS_SDK=$sdk

# 2. The build: Release (what the installer ships), warnings as errors, the suites included.
step "build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DJT_WERROR=ON \
    -DCMAKE_TOOLCHAIN_FILE="$sdk/lib/cmake/Qt6/qt.toolchain.cmake" \
    -DQT_CHAINLOAD_TOOLCHAIN_FILE="$source_dir/packaging/windows/mingw-w64-x86_64.cmake" \
    -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
    -DCMAKE_CROSSCOMPILING_EMULATOR="sh;$source_dir/packaging/windows/run-under-wine.sh" >/dev/null
cmake --build "$build" -j "$jobs"

# 3. A throw-away Wine "machine" for this run: its registry and Credential Manager start empty, and nothing
# of the user's own Wine prefix is touched.
step "Wine prefix"
WINEPREFIX=$(mktemp -d /tmp/jt-wine.XXXXXX)
export WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
wineserver_cleanup() { wineserver -k >/dev/null 2>&1 || true; rm -rf "$WINEPREFIX"; }
trap wineserver_cleanup EXIT
wineboot --init >/dev/null 2>&1
wineserver -w

step "suites"
passed=0
failed=0
ctest_log=$build/ctest-windows.log
# One X server for the whole run: the wizard's suites use the windows platform on it (tests/ui/CMakeLists.txt).
# The whole log (every suite's, verbose) goes to a file; the terminal gets one line per suite, and the full
# output of a suite that failed.
# Wine starts its own services (services.exe, winedevice.exe…) with the first program of a prefix and ends
# them after the last one; a suite that started them stayed tied to them and, ended, was seen by ctest as
# running until its timeout. A persistent Wine server, its services started before the first suite, keeps
# that out of the suites; it is stopped after them (the installer's steps wait for Wine to go idle).
set +e
xvfb-run -a -s "-screen 0 1280x900x24" sh -c '
    wineserver -p </dev/null >/dev/null 2>&1
    wine cmd /c exit </dev/null >/dev/null 2>&1
    ctest --test-dir "$1" -V --timeout 600 -j "$2"
    status=$?
    wineserver -k
    exit $status' sh "$build" "$jobs" >"$ctest_log" 2>&1
set -e
grep -aE '^ *[0-9]+/[0-9]+ Test +#|tests passed' "$ctest_log" || true
for suite in $(sed -n 's/^ *[0-9]*\/[0-9]* Test *#\([0-9]*\): \([^ ]*\) .*\*\*\*.*/\1/p' "$ctest_log"); do
    echo "--- suite #$suite, as it ran:"
    grep -a "^$suite: " "$ctest_log" | tail -n 80
done
ctest_total=$(sed -n 's/.* tests failed out of \([0-9]*\).*/\1/p' "$ctest_log")
ctest_failed=$(sed -n 's/.*, \([0-9]*\) tests failed out of.*/\1/p' "$ctest_log")
passed=$((passed + ${ctest_total:-0} - ${ctest_failed:-0}))
failed=$((failed + ${ctest_failed:-1}))
# The QtTest functions over all suites, and why each skipped one was skipped (README, Windows).
grep -a 'Totals:' "$ctest_log" | awk '{p += $3; f += $5; s += $7} END {
    printf "test functions under Wine: %d passed, %d failed, %d skipped\n", p, f, s }' | tr -d ','
grep -aE '^[0-9]+: SKIP' "$ctest_log" | sed 's/^[0-9]*: SKIP *: //' | sort | uniq -c || true

# 4. The installer, as an admin gets it.
step "installer"
if bash packaging/windows/check-installer.sh "$build"; then
    passed=$((passed + 1))
else
    failed=$((failed + 1))
fi

step "done"
echo
echo "Times (s):"
for name in "${step_order[@]}"; do
    [ "$name" = done ] || printf '  %-12s %5d\n' "$name" "${step_seconds[$name]}"
done
echo "windows: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
