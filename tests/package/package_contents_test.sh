#!/usr/bin/env bash
# Builds the .deb from a build tree (cpack) and checks what it holds: the
# binary, a valid launcher entry that opens vCard and CSV files, every icon
# size, the man page, and Depends/Recommends that name what the app needs.
set -euo pipefail
BUILD="$1"
OUT="$2"
fail() { echo "FAIL: $*" >&2; exit 1; }

rm -rf "$OUT"
mkdir -p "$OUT"
cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$OUT" >"$OUT/cpack.log" 2>&1 || { cat "$OUT/cpack.log" >&2; fail "cpack"; }
DEB=$(ls "$OUT"/rekindle_*.deb 2>/dev/null | head -1)
[ -n "$DEB" ] || fail "cpack made no rekindle_*.deb: $(ls "$OUT")"
echo "package: $(basename "$DEB") ($(du -k "$DEB" | cut -f1) KiB)"

INFO=$(dpkg-deb --info "$DEB")
echo "$INFO" | grep -E '^ (Package|Version|Architecture|Depends|Recommends):'
echo "$INFO" | grep -q '^ Package: rekindle$' || fail "the package is not called rekindle"
DEPENDS=$(echo "$INFO" | sed -n 's/^ Depends: //p')
# shlibdeps: the libraries the binary really links, with versions.
# The sync's too: libcurl and pugixml (their package names carry an ABI
# suffix that changes between releases: libcurl4, libcurl4t64), and
# libsecret for the keyring.
for lib in libglfw3 libsqlite3-0 libharfbuzz0b libstdc++6 libc6 'libcurl[a-z0-9-]*' 'libpugixml[a-z0-9]*' libsecret-1-0; do
  echo "$DEPENDS" | grep -q "\b$lib\b" || fail "Depends lacks $lib: $DEPENDS"
done
echo "$DEPENDS" | grep -q "libc6 (>=" || fail "Depends has no versions (was shlibdeps run?): $DEPENDS"
# Build-only packages must not leak into what users install.
echo "$DEPENDS" | grep -qE 'libimgui|-dev\b|catch2|cmake' && fail "Depends names a build-only package: $DEPENDS"
RECOMMENDS=$(echo "$INFO" | sed -n 's/^ Recommends: //p')
echo "$RECOMMENDS" | grep -q fonts-noto-core || fail "Recommends lacks fonts-noto-core: $RECOMMENDS"

CONTENTS=$(dpkg-deb --contents "$DEB" | awk '{print $NF}')
need() { echo "$CONTENTS" | grep -qx "$1" || fail "the package lacks $1"; }
need ./usr/bin/rekindle
need ./usr/share/applications/rekindle.desktop
need ./usr/share/icons/hicolor/scalable/apps/rekindle.svg
for size in 16 22 24 32 48 64 128 256 512; do
  need "./usr/share/icons/hicolor/${size}x${size}/apps/rekindle.png"
done
need ./usr/share/man/man1/rekindle.1.gz
echo "$CONTENTS" | grep -qE '^\./usr/(lib|include)/.*\.(a|h)$' && fail "the package ships build files"

ROOT="$OUT/root"
dpkg-deb --extract "$DEB" "$ROOT"
desktop-file-validate "$ROOT/usr/share/applications/rekindle.desktop" || fail "desktop-file-validate"
grep -q '^MimeType=.*text/vcard;' "$ROOT/usr/share/applications/rekindle.desktop" || fail "the entry does not open vCards"
grep -q '^Exec=rekindle %f$' "$ROOT/usr/share/applications/rekindle.desktop" || fail "the entry does not pass the file"
# Each PNG is the size its folder says.
for size in 16 256 512; do
  file "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/rekindle.png" | grep -q "PNG image data, $size x $size" ||
    fail "the ${size}px icon: $(file "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/rekindle.png")"
done
# The man page is the command's own help, with the files it keeps.
MAN=$(zcat "$ROOT/usr/share/man/man1/rekindle.1.gz")
echo "$MAN" | grep -q '^\.TH REKINDLE "1"' || fail "the man page has no .TH header"
echo "$MAN" | grep -q 'screenshot' || fail "the man page does not list the commands"
echo "$MAN" | grep -q 'crash\\-report.txt\|crash-report.txt' || fail "the man page lacks the FILES section"
echo "package contents ok"
