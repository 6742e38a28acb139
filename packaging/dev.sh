#!/usr/bin/env bash
# The project's two entry points on Debian 12:
#   bash packaging/dev.sh run    install what is needed, build, open the wizard
#   bash packaging/dev.sh test   install what is needed; build with GCC and with clang (warnings as errors,
#                                ASan/UBSan) and headless; run every test and clang-tidy; build the
#                                .deb, install it, test it as installed, remove it
#   bash packaging/dev.sh test-windows
#                                the same product for 64-bit Windows, cross-built with MinGW-w64: every suite
#                                under Wine, the installer installed, used and uninstalled
#                                (packaging/windows/test-windows.sh)
# Extra arguments after "run" go to the program (e.g. --demo, --lang de).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    build-essential cmake ninja-build dpkg-dev file pkg-config
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libqt6svg6
    qtkeychain-qt6-dev libsecret-1-0
    gnome-keyring dbus dbus-bin libsecret-tools systemd libglib2.0-bin
    openssl ca-certificates python3 poppler-utils groff-base man-db appstream desktop-file-utils
    xvfb xauth xdotool imagemagick fonts-dejavu-core at-spi2-core
    orca # the screen reader whose speech tst_orca_speech reads
    clang libclang-rt-14-dev clang-tidy
)

# Windows, cross-built and run under Wine (test-windows only).
windows_packages=(g++-mingw-w64-x86-64-posix wine wine64 nsis xvfb xauth xdotool imagemagick xz-utils)

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

jobs=$(nproc 2>/dev/null || echo 2)

case "${1:-}" in
run)
    shift
    install_packages
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJT_BUILD_TESTS=OFF
    cmake --build build -j "$jobs"
    exec ./build/app/main/jobtarget-setup "$@"
    ;;
test)
    install_packages
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
    export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    export QT_QPA_PLATFORM=offscreen
    # A private session bus with a throw-away, unlocked gnome-keyring around each run: the keychain tests use
    # the real Secret Service (the others do not notice it).
    keyring=(env JT_KEYRING_TIMEOUT=3600 sh tests/run-with-keyring.sh)
    # How long each step took, printed at the end (also when a step fails).
    timings=()
    step() {
        local name=$1 start=$SECONDS
        shift
        "$@"
        timings+=("$(printf '%5d s  %s' $((SECONDS - start)) "$name")")
    }
    build() { # build DIR CMAKE_OPTION...: configure (Ninja) and build
        local dir=$1
        shift
        cmake -S . -B "$dir" -G Ninja "$@" && cmake --build "$dir" -j "$jobs"
    }
    trap 'printf "%s\n" "steps:" "${timings[@]}" "$(printf "%5d s  in all" "$SECONDS")"' EXIT
    # The sanitized builds carry line tables only (-g1): ASan's and UBSan's reports need no more, and full
    # debug information makes the suites' objects half as slow again to compile.

    # 1. GCC, the whole product, warnings as errors, ASan/UBSan: every suite.
    step "GCC build" build build-test -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DJT_WERROR=ON \
        -DJT_SANITIZE=ON
    step "GCC suites" "${keyring[@]}" ctest --test-dir build-test --output-on-failure --timeout 300 -j "$jobs"

    # 2. clang, the whole product (the wizard too), warnings as errors, ASan/UBSan; libFuzzer's coverage in the
    # code the fuzz targets reach: the suites without a window (the wizard's ran above), then each fuzz target for
    # JT_FUZZ_SECONDS (default 20) from the committed corpus (tests/fuzz/README.md). A unity build (each
    # library's files compiled a few at a time, so names in anonymous namespaces must differ within a library):
    # clang-tidy then walks Qt's headers once per batch rather than once per file: a third of the time.
    step "clang build" build build-clang -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 \
        -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_UNITY_BUILD=ON -DJT_PRECOMPILE=OFF -DJT_FUZZ=ON -DJT_SANITIZE=ON \
        -DJT_WERROR=ON -DJT_FUZZ_SECONDS="${JT_FUZZ_SECONDS:-20}"
    step "clang suites, fuzzing" "${keyring[@]}" ctest --test-dir build-clang --output-on-failure --timeout 300 \
        -j "$jobs" -LE gui
    # Static analysis (.clang-tidy: bugprone, performance, modernize; every finding an error) over every
    # source of the tree, through the clang build's batches (whose files it reports by their own names).
    # Skipped only without clang-tidy.
    if command -v run-clang-tidy >/dev/null; then
        if grep -E "\"file\": \"$PWD/(app|ui|tests)/" build-clang/compile_commands.json; then
            echo "these files are outside the unity batches, so clang-tidy would not see them" >&2
            exit 1
        fi
        step "clang-tidy" run-clang-tidy -p build-clang -j "$jobs" -quiet \
            -header-filter='/(app|ui|tests)/.*\.(h|cpp)$' '/Unity/unity_'
    fi

    # 3. The headless build (JT_BUILD_GUI=OFF: verify, check and summary, no Widgets, Svg or PrintSupport), as
    # IT machines get it: plain GCC, optimised, no sanitizers; every suite it has, against its own binary.
    step "headless build" build build-headless -DCMAKE_BUILD_TYPE=Release -DJT_WERROR=ON -DJT_BUILD_GUI=OFF
    step "headless suites" "${keyring[@]}" ctest --test-dir build-headless --output-on-failure --timeout 300 -j "$jobs"

    # 4. The Debian package: built, installed with apt-get, tested as installed, removed.
    step "package" "${keyring[@]}" bash tests/check-installed-package.sh build-test
    ;;
test-windows)
    packages+=("${windows_packages[@]}")
    install_packages
    exec bash packaging/windows/test-windows.sh
    ;;
*)
    echo "usage: bash packaging/dev.sh run [--demo] | test | test-windows" >&2
    exit 2
    ;;
esac
