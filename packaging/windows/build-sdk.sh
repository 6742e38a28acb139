#!/usr/bin/env bash
# build-sdk.sh: builds the Windows SDK that the MinGW-w64 cross-build uses: Qt 6.4.2 (qtbase: Core, Gui,
# Widgets, Network, PrintSupport, Test, Concurrent, Xml; qtsvg: Svg, SvgWidgets) and QtKeychain 0.13.2 for
# x86_64-w64-mingw32, with Debian 12's MinGW-w64 (g++-mingw-w64-x86-64-posix, GCC 12). The result has the
# layout of the prebuilt SDK described in shared/sdk/README.md (bin/ DLLs, plugins/, translations/,
# lib/cmake/Qt6/qt.toolchain.cmake chain-loading <sdk>/mingw-w64-x86_64.cmake) and is relocatable.
#
# Sources (none is kept in this repository; see packaging/windows/README.md, "The Windows SDK"):
#   qtbase      Debian's source package qt6-base 6.4.2+dfsg-10 (a deb-src entry, then
#               `apt-get source qt6-base=6.4.2+dfsg-10`): the folder qt6-base-6.4.2+dfsg (Debian's patches
#               applied) or qt6-base_6.4.2+dfsg.orig.tar.xz. Debian's tarball lacks src/3rdparty/wintab,
#               hence no tablet events.
#   qtsvg       Qt's repository qt/qtsvg, tag v6.4.2 (commit 54066fe6):
#               git archive --prefix=qtsvg-6.4.2/ v6.4.2 | xz > qtsvg-6.4.2.tar.xz
#   qtkeychain  frankosterfeld/qtkeychain, tag v0.13.2 (commit c236f924):
#               git archive --format=tar.gz --prefix=qtkeychain-0.13.2/ v0.13.2 > qtkeychain-0.13.2.tar.gz
#
# No network, installs no package. Heavy (qtbase is ~1,300 build steps); on a shared machine run it as
# `nice -n 19 ionice -c3 packaging/windows/build-sdk.sh ...`.
set -euo pipefail

readonly QT_VERSION=6.4.2
readonly KEYCHAIN_VERSION=0.13.2
readonly PACKAGES=(g++-mingw-w64-x86-64-posix cmake ninja-build qt6-base-dev qt6-tools-dev qt6-l10n-tools
                   qt6-translations-l10n)
readonly HOST_TRANSLATIONS=/usr/share/qt6/translations

usage() {
    cat <<EOF
Usage: $(basename "$0") [options]

Builds Qt ${QT_VERSION} (qtbase, qtsvg) and QtKeychain ${KEYCHAIN_VERSION} for x86_64-w64-mingw32 into PREFIX.

  --qtbase PATH      qtbase source: folder or .tar.* archive (Debian's qt6-base 6.4.2+dfsg-10)
  --qtsvg PATH       qtsvg source: folder or .tar.* archive (qt/qtsvg tag v6.4.2)
  --qtkeychain PATH  QtKeychain source: folder or .tar.* archive (frankosterfeld/qtkeychain tag v0.13.2)
  --prefix DIR       where the SDK goes (default: \${XDG_CACHE_HOME:-\$HOME/.cache}/jobtarget-setup/
                     qt-${QT_VERSION}-mingw-w64-x86_64)
  --work DIR         build folders and unpacked archives (default: PREFIX.work, beside the prefix)
  --jobs N           parallel build jobs (default: nproc)
  -h, --help         this text

Each component (qtbase, qtsvg, qtkeychain, translations) leaves a stamp file .build-sdk-<name>.stamp in
PREFIX and is skipped on the next run; a source is needed only for a component not yet built. An
interrupted build resumes in its build folder. Delete PREFIX (and the work folder) to start over.
EOF
}

die() { echo "build-sdk.sh: error: $*" >&2; exit 1; }
say() { echo "==> $*"; }

qtbase_src="" qtsvg_src="" qtkeychain_src="" prefix="" work="" jobs=""
while (($#)); do
    case "$1" in
        --qtbase) qtbase_src=${2:?--qtbase needs a path}; shift 2 ;;
        --qtsvg) qtsvg_src=${2:?--qtsvg needs a path}; shift 2 ;;
        --qtkeychain) qtkeychain_src=${2:?--qtkeychain needs a path}; shift 2 ;;
        --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
        --work) work=${2:?--work needs a folder}; shift 2 ;;
        --jobs) jobs=${2:?--jobs needs a number}; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
done

# Fail early, and name every missing package at once, rather than deep into a configure step.
missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
((${#missing[@]} == 0)) || die "missing Debian packages: ${missing[*]}
  install them with: apt-get install ${missing[*]}"

prefix=${prefix:-${XDG_CACHE_HOME:-$HOME/.cache}/jobtarget-setup/qt-${QT_VERSION}-mingw-w64-x86_64}
work=${work:-$prefix.work}
jobs=${jobs:-$(nproc)}
[[ $jobs =~ ^[1-9][0-9]*$ ]] || die "--jobs wants a positive number, not '$jobs'"
# Absolute paths: CMake records them, and the source options may be relative to where we were started.
abspath() { [[ -z $1 ]] || { [[ -e $1 ]] || die "no such file or folder: $1"; realpath "$1"; }; }
qtbase_src=$(abspath "$qtbase_src")
qtsvg_src=$(abspath "$qtsvg_src")
qtkeychain_src=$(abspath "$qtkeychain_src")

stamp() { echo "$prefix/.build-sdk-$1.stamp"; }
done_already() { [[ -f $(stamp "$1") ]]; }
# Every source still needed must be given before anything is written. A new qtbase means qtsvg and
# QtKeychain are built again too.
for c in qtbase qtsvg qtkeychain; do
    var=${c}_src
    if ! done_already "$c" || ! done_already qtbase; then
        [[ -n ${!var} ]] || die "$c is not built yet in $prefix: give --$c PATH"
    fi
done

mkdir -p "$prefix" "$work"
prefix=$(cd "$prefix" && pwd -P)
work=$(cd "$work" && pwd -P)
mark_done() { printf '%s\n' "built $(date -u +%FT%TZ) from ${2:-the package qt6-translations-l10n}" > "$(stamp "$1")"; }

# Unpacks an archive once into the work folder (top folder stripped); a folder is used as it is (read
# only: every build is out of source). Prints the source folder.
unpack() { # name path
    local name=$1 src=$2 dest=$work/src/$1
    if [[ -d $src ]]; then echo "$src"; return; fi
    if [[ ! -d $dest ]]; then
        say "unpacking $src" >&2
        rm -rf "$dest.partial" && mkdir -p "$dest.partial"
        tar -xf "$src" -C "$dest.partial" --strip-components=1
        mv "$dest.partial" "$dest" # only a complete unpack gets the final name
    fi
    echo "$dest"
}

check_version() { # folder file pattern what
    grep -Eq "$3" "$1/$2" 2>/dev/null || die "$1 does not look like $4 ($2 lacks $3)"
}

# configure (once; an interrupted configure is rerun, CMake keeps its cache) + build + install.
# Ninja picks up where an interrupted build stopped.
build_install() { # name build-dir configure-command...
    local name=$1 build=$2; shift 2
    if [[ ! -f $build/build.ninja ]]; then
        say "$name: configuring in $build"
        "$@"
    else
        say "$name: reusing $build (resuming)"
    fi
    say "$name: building with $jobs jobs"
    cmake --build "$build" --parallel "$jobs"
    say "$name: installing into $prefix"
    cmake --install "$build"
}

elapsed() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }
timings=()

# The chain-loaded toolchain: only the compilers and the sysroot, the project's own
# (packaging/windows/mingw-w64-x86_64.cmake). Copied only when it changed, so that a resumed build does not
# see a newer toolchain file and reconfigure.
toolchain=$prefix/mingw-w64-x86_64.cmake
write_toolchain() {
    mkdir -p "$prefix"
    cmp -s "$(dirname "${BASH_SOURCE[0]}")/mingw-w64-x86_64.cmake" "$toolchain" ||
        cp "$(dirname "${BASH_SOURCE[0]}")/mingw-w64-x86_64.cmake" "$toolchain"
}

say "prefix: $prefix"
say "work:   $work"
write_toolchain

# ---- qtbase -------------------------------------------------------------------------------------------
if done_already qtbase; then
    say "qtbase: done already ($(stamp qtbase))"
else
    start=$SECONDS
    src=$(unpack qtbase "$qtbase_src")
    check_version "$src" .cmake.conf "QT_REPO_MODULE_VERSION \"$QT_VERSION\"" "qtbase $QT_VERSION"
    # Host tools (moc, rcc, uic, ...) come from Debian's Qt 6.4.2 (QT_HOST_PATH=/usr): Qt does not build
    # them when cross-compiling. dynamicgl OFF: with OpenGL off, Qt 6.4.2 keeps dynamicgl on and the
    # Windows platform plug-in then uses OpenGL code that is not built (qwindowswindow.cpp,
    # isSoftwareGl()). No SQL, OpenGL, D-Bus; no tablet events (Debian removed wintab). TLS through
    # Schannel only. The system_* switches keep Qt on its bundled zlib, libpng, ... even where a MinGW
    # build of one is installed, so the DLLs need nothing beyond MinGW's runtime.
    build_install qtbase "$work/build-qtbase" \
        cmake -S "$src" -B "$work/build-qtbase" -G Ninja \
            -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
            -DCMAKE_INSTALL_PREFIX="$prefix" \
            -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
            -DCMAKE_BUILD_TYPE=Release -DQT_QMAKE_TARGET_MKSPEC=win32-g++ \
            -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF \
            -DFEATURE_sql=OFF -DFEATURE_opengl=OFF -DFEATURE_dynamicgl=OFF -DFEATURE_dbus=OFF \
            -DFEATURE_tabletevent=OFF \
            -DFEATURE_schannel=ON -DFEATURE_openssl=OFF -DINPUT_openssl=no \
            -DFEATURE_concurrent=ON -DFEATURE_xml=ON \
            -DFEATURE_system_zlib=OFF -DFEATURE_system_png=OFF -DFEATURE_system_jpeg=OFF \
            -DFEATURE_system_freetype=OFF -DFEATURE_system_harfbuzz=OFF -DFEATURE_system_pcre2=OFF \
            -DFEATURE_system_doubleconversion=OFF -DFEATURE_system_libb2=OFF \
            -DFEATURE_system_textmarkdownreader=OFF -DFEATURE_zstd=OFF -DFEATURE_icu=OFF -DFEATURE_brotli=OFF
    # Qt writes the toolchain's absolute path into qt.toolchain.cmake; make it relative to the SDK so the
    # SDK can be moved (the same line as in the prebuilt SDK).
    qt_toolchain=$prefix/lib/cmake/Qt6/qt.toolchain.cmake
    # shellcheck disable=SC2016 # ${CMAKE_CURRENT_LIST_DIR} is meant for CMake, not for the shell
    sed -i 's|^set(__qt_initially_configured_toolchain_file ".*")$|set(__qt_initially_configured_toolchain_file "${CMAKE_CURRENT_LIST_DIR}/../../../mingw-w64-x86_64.cmake")|' \
        "$qt_toolchain"
    grep -q 'CMAKE_CURRENT_LIST_DIR}/../../../mingw-w64-x86_64.cmake' "$qt_toolchain" \
        || die "could not make $qt_toolchain chain-load the SDK's mingw-w64-x86_64.cmake"
    for f in bin/Qt6Core.dll bin/Qt6Widgets.dll bin/Qt6Network.dll plugins/platforms/qwindows.dll \
             plugins/platforms/qoffscreen.dll plugins/tls/qschannelbackend.dll bin/qt-cmake; do
        [[ -e $prefix/$f ]] || die "qtbase installed no $f"
    done
    # Whatever was built on the old qtbase must be built again.
    rm -f "$(stamp qtsvg)" "$(stamp qtkeychain)"
    mark_done qtbase "$qtbase_src"
    timings+=("qtbase $(elapsed $((SECONDS - start)))")
fi

# ---- qtsvg and QtKeychain: built with the new SDK's own qt-cmake ----------------------------------------
if done_already qtsvg; then
    say "qtsvg: done already ($(stamp qtsvg))"
else
    start=$SECONDS
    src=$(unpack qtsvg "$qtsvg_src")
    check_version "$src" .cmake.conf "QT_REPO_MODULE_VERSION \"$QT_VERSION\"" "qtsvg $QT_VERSION"
    build_install qtsvg "$work/build-qtsvg" \
        "$prefix/bin/qt-cmake" -S "$src" -B "$work/build-qtsvg" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DCMAKE_INSTALL_PREFIX="$prefix" -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF
    [[ -e $prefix/bin/Qt6Svg.dll && -e $prefix/plugins/iconengines/qsvgicon.dll ]] || die "qtsvg installed no Qt6Svg.dll"
    mark_done qtsvg "$qtsvg_src"
    timings+=("qtsvg $(elapsed $((SECONDS - start)))")
fi

if done_already qtkeychain; then
    say "qtkeychain: done already ($(stamp qtkeychain))"
else
    start=$SECONDS
    src=$(unpack qtkeychain "$qtkeychain_src")
    check_version "$src" CMakeLists.txt "set\(QTKEYCHAIN_VERSION $KEYCHAIN_VERSION\)" "QtKeychain $KEYCHAIN_VERSION"
    # Windows: the Credential Manager backend (USE_CREDENTIAL_STORE, QtKeychain's default).
    build_install qtkeychain "$work/build-qtkeychain" \
        "$prefix/bin/qt-cmake" -S "$src" -B "$work/build-qtkeychain" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DCMAKE_INSTALL_PREFIX="$prefix" \
            -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF -DBUILD_TEST_APPLICATION=OFF
    [[ -e $prefix/bin/libqt6keychain.dll ]] || die "QtKeychain installed no bin/libqt6keychain.dll"
    mark_done qtkeychain "$qtkeychain_src"
    timings+=("qtkeychain $(elapsed $((SECONDS - start)))")
fi

# ---- Qt's own translations: Debian's qt6-translations-l10n is built from the same 6.4.2 ------------------
if done_already translations; then
    say "translations: done already ($(stamp translations))"
else
    start=$SECONDS
    say "translations: copying qt_*.qm and qtbase_*.qm from $HOST_TRANSLATIONS"
    mkdir -p "$prefix/translations"
    shopt -s nullglob
    qms=("$HOST_TRANSLATIONS"/qt_*.qm "$HOST_TRANSLATIONS"/qtbase_*.qm)
    shopt -u nullglob
    ((${#qms[@]} > 0)) || die "no qt_*.qm in $HOST_TRANSLATIONS (package qt6-translations-l10n)"
    cp "${qms[@]}" "$prefix/translations/"
    mark_done translations
    timings+=("translations $(elapsed $((SECONDS - start)))")
fi

say "SDK ready: $prefix"
say "use it with: $prefix/bin/qt-cmake -S <project> -B <build> (or -DCMAKE_TOOLCHAIN_FILE=$prefix/lib/cmake/Qt6/qt.toolchain.cmake)"
if ((${#timings[@]})); then
    say "time taken: ${timings[*]}"
else
    say "nothing to do: every component was built already"
fi
