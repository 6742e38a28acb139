#!/bin/sh
# Runs a Windows program of the cross build under Wine: CMake's CMAKE_CROSSCOMPILING_EMULATOR, so ctest runs
# every suite this way (packaging/windows/README.md).
#   JT_WINDOWS_SDK   the Qt SDK's folder (its bin/ has Qt's and QtKeychain's DLLs, plugins/ Qt's plug-ins)
#   WINEPREFIX       the Wine "machine"; packaging/dev.sh test-windows makes a throw-away one per run
# The MinGW runtime (libstdc++, libgcc_s_seh, libwinpthread) comes from Debian's MinGW packages. Wine finds
# DLLs on WINEPATH, so nothing is copied next to the programs.
set -eu
: "${JT_WINDOWS_SDK:?JT_WINDOWS_SDK must name the Qt SDK folder}"
: "${WINEPREFIX:?WINEPREFIX must name a throw-away Wine prefix}"
export WINEPREFIX
export WINEDEBUG="${WINEDEBUG:--all}"
export WINEDLLOVERRIDES="${WINEDLLOVERRIDES:-mscoree,mshtml=}" # no Mono or Gecko installer dialogs
gcc_runtime=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-libgcc-file-name)")
WINEPATH="$(winepath -w "$JT_WINDOWS_SDK/bin");$(winepath -w "$gcc_runtime");$(winepath -w /usr/x86_64-w64-mingw32/lib)"
export WINEPATH
QT_PLUGIN_PATH="$(winepath -w "$JT_WINDOWS_SDK/plugins")"
export QT_PLUGIN_PATH
# Qt's off-screen platform on Windows draws with the fonts of one folder (Qt ships none; without any, every
# letter is a box and no width a suite measures means anything): the same DejaVu the Linux runs measure.
if [ -z "${QT_QPA_FONTDIR:-}" ] && [ -d /usr/share/fonts/truetype/dejavu ]; then
    QT_QPA_FONTDIR="$(winepath -w /usr/share/fonts/truetype/dejavu)"
    export QT_QPA_FONTDIR
fi
# Wine keeps the Unix environment's QT_* variables away from Windows programs (they are meant for the Unix
# Qt); WINEQT_QPA_PLATFORM reaches them as QT_QPA_PLATFORM, as WINEPATH becomes PATH.
for name in $(env | sed -n 's/^\(QT_[A-Za-z0-9_]*\)=.*/\1/p'); do
    eval "export WINE$name=\"\$$name\""
done

program=$1
shift
case "$(basename "$program")" in
tst_*.exe)
    # A QtTest suite. On Windows QtTest sends its log to the debugger (OutputDebugString) when the program
    # has no console window, as under Wine: the log goes to a file instead.
    set -- -o "$(winepath -w "${TMPDIR:-/tmp}")\\jt-qtest-$$.txt,txt" "$@"
    log=${TMPDIR:-/tmp}/jt-qtest-$$.txt
    ;;
*)
    log=""
    ;;
esac
# The program's output goes through files, shown when it ends: the first Wine program of a prefix starts
# Wine's own services (services.exe, explorer.exe…), which inherit its standard output and keep it open for as
# long as the prefix is in use — on a pipe, ctest would wait for them.
out=$(mktemp "${TMPDIR:-/tmp}/jt-wine-out.XXXXXX")
err=$(mktemp "${TMPDIR:-/tmp}/jt-wine-err.XXXXXX")
status=0
wine "$program" "$@" >"$out" 2>"$err" || status=$?
cat "$out"
[ -z "$log" ] || { cat "$log" 2>/dev/null || true; rm -f "$log"; }
cat "$err" >&2
rm -f "$out" "$err"
exit $status
