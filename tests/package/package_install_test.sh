#!/usr/bin/env bash
# Installs the .deb the contents test made into this machine (dpkg -i), runs
# the installed app (--version, a demo database, a screenshot) and removes
# it again. It changes the system, so it runs only as root with
# REKINDLE_INSTALL_TEST=1 (CI sets it: a fresh machine, thrown away after).
set -euo pipefail
OUT="$1"
CHECK="$2"
if [ "$(id -u)" -ne 0 ] || [ "${REKINDLE_INSTALL_TEST:-}" != 1 ]; then
  echo "SKIPPED: installing the package changes this machine; it runs as root with REKINDLE_INSTALL_TEST=1 (CI sets it)."
  exit 77
fi
fail() { echo "FAIL: $*" >&2; exit 1; }
if dpkg-query -W -f='${Status}' rekindle 2>/dev/null | grep -q "install ok installed"; then
  echo "SKIPPED: a rekindle package is already installed here; not replacing it."
  exit 77
fi
DEB=$(ls "$OUT"/rekindle_*.deb | head -1)
WORK="$(mktemp -d)"
cleanup() {
  dpkg -r rekindle >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
# The Mesa driver keeps allocations until exit; a sanitizer build's leak check is not about us here.
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0"

dpkg -i "$DEB" >"$WORK/dpkg.log" 2>&1 || { cat "$WORK/dpkg.log" >&2; fail "dpkg -i (are the Depends installable?)"; }
[ -x /usr/bin/rekindle ] || fail "/usr/bin/rekindle is missing after install"
/usr/bin/rekindle --version | grep -q "^rekindle " || fail "--version"
DB="$WORK/installed.db"
/usr/bin/rekindle --db "$DB" demo --contacts 50 --seed 1 | grep -q "Added 50 people" || fail "demo"
[ -n "${DISPLAY:-}" ] || fail "no DISPLAY (./dev test starts Xvfb)"
/usr/bin/rekindle --db "$DB" screenshot "$WORK/today.png" --view today >/dev/null || fail "screenshot"
"$CHECK" "$WORK/today.png" 430 880
man -w rekindle >/dev/null 2>&1 || [ -f /usr/share/man/man1/rekindle.1.gz ] || fail "man page not installed"
dpkg -r rekindle >"$WORK/remove.log" 2>&1 || { cat "$WORK/remove.log" >&2; fail "dpkg -r"; }
[ ! -e /usr/bin/rekindle ] || fail "/usr/bin/rekindle is still there after removal"
echo "installed, ran from /usr/bin and removed cleanly"
