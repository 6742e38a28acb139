#!/usr/bin/env bash
# The Debian package end to end, as a user gets it: build it (no tests, no sanitizers), install it with apt-get
# (which proves its Depends), check what it installed (desktop entry, AppStream metadata, manual page), run
# tst_installed_package against /usr/bin/jobtarget-setup, remove it, and check that nothing of it is left.
# Usage: tests/check-installed-package.sh TEST_BUILD_DIR   (from the source folder; root, or sudo)
set -euo pipefail
tests=$1
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -y -qq)

if dpkg-query -W -f='${Status}' jobtarget-setup 2>/dev/null | grep -q 'ok installed'; then
    echo "jobtarget-setup is installed on this machine already; remove it first (the test installs its own)" >&2
    exit 1
fi
cmake -S . -B build-package -G Ninja -DCMAKE_BUILD_TYPE=Release -DJT_BUILD_TESTS=OFF -DJT_WERROR=ON
cmake --build build-package -j "$(nproc)"
rm -f build-package/jobtarget-setup_*.deb
(cd build-package && cpack -G DEB >/dev/null)
deb=$(ls build-package/jobtarget-setup_*.deb)
echo "installing $deb"
trap '"${apt[@]}" remove jobtarget-setup >/dev/null 2>&1 || true' EXIT
"${apt[@]}" install --no-install-recommends "./$deb" >/dev/null

files=$(dpkg -L jobtarget-setup)
for path in /usr/bin/jobtarget-setup /usr/share/applications/io.github.jobtarget_setup.desktop \
    /usr/share/metainfo/io.github.jobtarget_setup.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/io.github.jobtarget_setup.svg /usr/share/man/man1/jobtarget-setup.1.gz \
    /usr/share/dbus-1/services/io.github.jobtarget_setup.service; do
    grep -qx "$path" <<<"$files" || { echo "the package does not install $path" >&2; exit 1; }
done
desktop-file-validate /usr/share/applications/io.github.jobtarget_setup.desktop
appstreamcli validate --pedantic --no-net /usr/share/metainfo/io.github.jobtarget_setup.metainfo.xml
man -w jobtarget-setup >/dev/null

JT_INSTALLED_BINARY=/usr/bin/jobtarget-setup "$tests/tests/packaging/tst_installed_package"

"${apt[@]}" remove jobtarget-setup >/dev/null
trap - EXIT
for path in /usr/bin/jobtarget-setup /usr/share/applications/io.github.jobtarget_setup.desktop; do
    [ ! -e "$path" ] || { echo "$path is left after removing the package" >&2; exit 1; }
done
echo "the package installs, works and removes cleanly: $deb"
