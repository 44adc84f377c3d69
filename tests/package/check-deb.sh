#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a scratch root and checks that
# what a user gets there starts, finds its libraries and integrates with the
# desktop. Usage: check-deb.sh BUILD_DIR
set -euo pipefail
build=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
(cd "$build" && timeout 300 cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) \
    || { cat "$scratch/cpack.log"; echo "cpack failed"; exit 1; }
deb=$(ls "$scratch"/out/*.deb)
echo "package: $(basename "$deb")"
dpkg-deb -I "$deb" | grep -E '^ (Package|Version|Depends):'
dpkg-deb -x "$deb" "$scratch/root"
for f in usr/bin/mailops usr/share/applications/org.mailops.Console.desktop \
         usr/share/metainfo/org.mailops.Console.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.mailops.Console.svg; do
    [ -e "$scratch/root/$f" ] || { echo "missing in package: $f"; exit 1; }
done
# Every library the binary needs resolves from the system or the package.
if ldd "$scratch/root/usr/bin/mailops" | grep -q 'not found'; then
    ldd "$scratch/root/usr/bin/mailops" | grep 'not found'
    exit 1
fi
version=$(timeout 20 "$scratch/root/usr/bin/mailops" --version)
echo "runs: $version"
[[ "$version" == mailops\ * ]]
QT_QPA_PLATFORM=offscreen timeout 30 "$scratch/root/usr/bin/mailops" --screenshot "$scratch/shot.png" >/dev/null
[ -s "$scratch/shot.png" ]
grep -q '^Exec=mailops' "$scratch/root/usr/share/applications/org.mailops.Console.desktop"
echo "package OK"
