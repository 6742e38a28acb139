#!/usr/bin/env bash
# The Windows installer end to end, as an admin gets it, under Wine: build it (CPack, NSIS), install it
# silently, check what it installed and that it is listed under Apps (the registry's uninstall list), run
# tst_installed_package against the installed jobtarget-setup.com (--version, verify against the simulated
# Greenhouse, --save, summary --format pdf, check, the wizard), paint the installed wizard with the `windows`
# platform on the X server and keep a screenshot, uninstall silently, and check that nothing is left.
# Usage: packaging/windows/check-installer.sh BUILD_DIR   (from packaging/windows/test-windows.sh, which sets
# WINEPREFIX, JT_WINDOWS_SDK and runs it where DISPLAY is an Xvfb server)
set -euo pipefail
build=$1
: "${WINEPREFIX:?}" "${JT_WINDOWS_SDK:?}"
wine_run=(sh packaging/windows/run-under-wine.sh)

rm -f "$build"/jobtarget-setup-*-win64.exe
(cd "$build" && cpack -G NSIS >/dev/null) || {
    cat "$build"/_CPack_Packages/win64/NSIS/NSISOutput.log >&2 || true
    exit 1
}
installer=$(ls "$build"/jobtarget-setup-*-win64.exe)
echo "installing $installer"

program_files="$WINEPREFIX/drive_c/Program Files/JobTarget Setup for Greenhouse"
uninstall_key='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\JobTarget Setup for Greenhouse'
# The installer and the installed program run without the SDK on their search path: a DLL missing from the
# installer must fail here, not be found in the build machine's SDK.
plain_wine() { env -u WINEPATH -u QT_PLUGIN_PATH wine "$@"; }

plain_wine "$installer" /S
wineserver -w
for file in bin/jobtarget-setup.exe bin/jobtarget-setup.com bin/Qt6Core.dll bin/libqt6keychain.dll \
    bin/platforms/qwindows.dll bin/tls/qschannelbackend.dll translations/qtbase_de.qm Uninstall.exe; do
    [ -f "$program_files/$file" ] || { echo "the installer did not install $file" >&2; exit 1; }
done
plain_wine reg query "$uninstall_key" /v DisplayName >/dev/null ||
    { echo "the installer is not listed in the uninstall list ($uninstall_key)" >&2; exit 1; }

installed='C:\Program Files\JobTarget Setup for Greenhouse\bin'
# Qt for Windows puts every program of the build in the build folder's root (beside the DLLs).
test_program=$(find "$build" -maxdepth 3 -name tst_installed_package.exe | head -n 1)
JT_INSTALLED_BINARY="$installed\\jobtarget-setup.com" "${wine_run[@]}" "$test_program"

# The installed wizard on the windows platform, on the X server: its window appears, and a screenshot is kept
# (looked at by whoever changes the installer; packaging/screenshots/).
if [ -n "${DISPLAY:-}" ]; then
    env -u WINEPATH -u QT_PLUGIN_PATH -u QT_QPA_PLATFORM wine "$installed\\jobtarget-setup.exe" --demo &
    wizard=$!
    window=$(timeout 60 xdotool search --sync --onlyvisible --name 'JobTarget Setup' | head -n 1) || true
    [ -n "$window" ] || { echo "the installed wizard showed no window" >&2; kill "$wizard"; exit 1; }
    mkdir -p "$build/screenshots"
    timeout 10 import -window root "$build/screenshots/windows-installed-welcome.png"
    kill "$wizard" 2>/dev/null || true
    wineserver -k || true
fi

plain_wine "$program_files/Uninstall.exe" /S
wineserver -w
# The uninstaller copies itself to a temporary folder and runs from there; wineserver -w waited for it.
if [ -e "$program_files" ]; then
    echo "left after uninstalling:" >&2
    find "$program_files" >&2
    exit 1
fi
if plain_wine reg query "$uninstall_key" >/dev/null 2>&1; then
    echo "the uninstall list still has $uninstall_key" >&2
    exit 1
fi
echo "the installer installs, works and uninstalls cleanly: $installer"
