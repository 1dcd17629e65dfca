#!/usr/bin/env bash
# The real binary as a desktop app (issue 16), under a display:
#   1. bad database paths: each gets the explaining screen (a PNG with real
#      content), the CLI refuses it, and not a byte of the file changes;
#   2. a crash (a test build's REKINDLE_CRASH_FOR_TEST) leaves a report
#      beside the database with no personal data, told once by the next start;
#   3. the window comes back where it was, and never off-screen;
#   4. "Open with Rekindle": a .vcf given on the command line opens its
#      import preview, and Enter imports it.
set -euo pipefail
BIN="$1"
CHECK="$2"
WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  chmod -R u+w "$WORK" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
# The GL driver (Mesa) keeps allocations until exit; they are not ours.
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0"
unset REKINDLE_DB
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -n "${DISPLAY:-}" ] || fail "no DISPLAY (./dev test starts Xvfb)"
hash_of() { if [ -d "$1" ]; then echo folder; elif [ -e "$1" ]; then sha256sum "$1" | cut -d' ' -f1; else echo missing; fi; }
# Writes 4 big-endian bytes at an offset of an SQLite header.
poke32() { printf "$(printf '\\x%02x\\x%02x\\x%02x\\x%02x' $(( ($3>>24)&255 )) $(( ($3>>16)&255 )) $(( ($3>>8)&255 )) $(( $3&255 )))" |
           dd of="$1" bs=1 seek="$2" conv=notrunc status=none; }

# [SECTION] 1. Bad database paths
BAD="$WORK/bad"
mkdir -p "$BAD"
"$BIN" --db "$BAD/seed.db" demo --contacts 60 --seed 5 >/dev/null
echo "These are my notes, not a database." >"$BAD/notes.db"
cp "$BAD/seed.db" "$BAD/foreign.db" && poke32 "$BAD/foreign.db" 68 1     # another program's application id
cp "$BAD/seed.db" "$BAD/newer.db" && poke32 "$BAD/newer.db" 60 999       # a data format from the future
head -c $(( $(stat -c %s "$BAD/seed.db") / 2 )) "$BAD/seed.db" >"$BAD/cut.db"
cp "$BAD/seed.db" "$BAD/readonly.db" && chmod 0444 "$BAD/readonly.db"
mkdir "$BAD/folder.db"
declare -A EXPECT=(
  [notes.db]="not a Rekindle database" [foreign.db]="another program" [newer.db]="newer version"
  [cut.db]="damaged" [readonly.db]="read-only" [folder.db]="is a folder" [gone/rekindle.db]="does not exist")
for name in notes.db foreign.db newer.db cut.db readonly.db folder.db gone/rekindle.db; do
  path="$BAD/$name"
  before=$(hash_of "$path")
  # The CLI refuses it plainly.
  if "$BIN" --db "$path" today >"$WORK/out" 2>&1; then
    [ "$name" = readonly.db ] || fail "$name: 'today' was accepted"
  fi
  # The app's screen for it, rendered offscreen.
  "$BIN" --db "$path" screenshot "$WORK/problem.png" >"$WORK/out" 2>&1 || fail "$name: screenshot: $(cat "$WORK/out")"
  grep -q "${EXPECT[$name]}" "$WORK/out" || fail "$name: the explanation lacks '${EXPECT[$name]}': $(cat "$WORK/out")"
  "$CHECK" "$WORK/problem.png" 430 880 || fail "$name: the problem screen is blank"
  [ "$(hash_of "$path")" = "$before" ] || fail "$name changed"
  echo "bad file $name: explained, unchanged"
done
[ ! -e "$BAD/gone" ] || fail "the missing folder was created"

# The real window on a bad file: it stays up on the explaining screen, Ctrl+Q quits with 1.
before=$(hash_of "$BAD/foreign.db")
"$BIN" --db "$BAD/foreign.db" >"$WORK/gui.out" 2>&1 &
GUI=$!
PIDS+=("$GUI")
W=$(timeout 30 xdotool search --sync --onlyvisible --pid "$GUI" | head -1) || fail "no window for a bad file"
sleep 1
kill -0 "$GUI" 2>/dev/null || fail "the app died on a bad file: $(cat "$WORK/gui.out")"
xdotool windowfocus --sync "$W" key ctrl+q
status=0
timeout 20 tail --pid="$GUI" -f /dev/null || fail "Ctrl+Q did not quit the bad-file screen"
wait "$GUI" || status=$?
[ "$status" = 1 ] || fail "quitting the bad-file screen exited $status, not 1"
[ "$(hash_of "$BAD/foreign.db")" = "$before" ] || fail "the window changed foreign.db"
echo "bad file in the real window: explained, quit with 1, unchanged"

# [SECTION] 2. Crash reports
CRASH="$WORK/crash"
mkdir -p "$CRASH"
DB="$CRASH/rekindle.db"
"$BIN" --db "$DB" demo --contacts 40 --seed 9 >/dev/null
"$BIN" --db "$DB" export "$WORK/people.vcf" >/dev/null
NAMES=$(grep '^FN:' "$WORK/people.vcf" | sed 's/^FN://; s/\r$//')
[ -n "$NAMES" ] || fail "could not list the demo's names"
VERSION=$("$BIN" --version | sed 's/^rekindle //')
for how in segv abort throw; do
  status=0
  REKINDLE_CRASH_FOR_TEST=$how "$BIN" --db "$DB" screenshot "$WORK/c.png" >/dev/null 2>&1 || status=$?
  [ "$status" -ne 0 ] || fail "$how: REKINDLE_CRASH_FOR_TEST did not crash (is this a Release build?)"
  REPORT="$CRASH/crash-report.txt"
  [ -f "$REPORT" ] || fail "$how: no crash report beside the database"
  grep -q "^version: $VERSION$" "$REPORT" || fail "$how: the report lacks the version"
  case $how in
    segv) grep -q "^what: signal 11 (SIGSEGV" "$REPORT" || fail "segv: $(head -5 "$REPORT")" ;;
    abort) grep -q "^what: signal 6 (SIGABRT" "$REPORT" || fail "abort: $(head -5 "$REPORT")" ;;
    throw) grep -q "^what: an uncaught exception (" "$REPORT" || fail "throw: $(head -5 "$REPORT")" ;;
  esac
  grep -q "/" "$REPORT" && fail "$how: the report holds a path: $(grep / "$REPORT" | head -2)"
  while IFS= read -r name; do
    grep -qF "$name" "$REPORT" && fail "$how: the report holds a person's name ($name)"
  done <<<"$NAMES"
  # The next start says so once, on stderr; the one after says nothing.
  "$BIN" --db "$DB" today >/dev/null 2>"$WORK/err1"
  grep -q "closed unexpectedly last time" "$WORK/err1" || fail "$how: the next start did not tell: $(cat "$WORK/err1")"
  grep -qF "$CRASH/last-crash-report.txt" "$WORK/err1" || fail "$how: the notice does not say where the report is"
  "$BIN" --db "$DB" today >/dev/null 2>"$WORK/err2"
  grep -q "closed unexpectedly" "$WORK/err2" && fail "$how: told twice"
  echo "crash ($how): reported with version, no names, told once"
done
"$BIN" --db "$DB" check | grep -q "Integrity:    ok" || fail "check after the crashes"

# [SECTION] 3. The window remembers where it was
PLACE="$WORK/place"
mkdir -p "$PLACE"
DB="$PLACE/rekindle.db"
"$BIN" --db "$DB" demo --contacts 20 --seed 2 >/dev/null
open_window() {
  "$BIN" --db "$DB" "$@" >"$WORK/gui.out" 2>&1 &
  GUI=$!
  PIDS+=("$GUI")
  W=$(timeout 30 xdotool search --sync --onlyvisible --pid "$GUI" | head -1) || fail "no window: $(cat "$WORK/gui.out")"
  sleep 0.5
}
quit_window() {
  xdotool windowfocus --sync "$W" key ctrl+q
  timeout 20 tail --pid="$GUI" -f /dev/null || fail "Ctrl+Q did not quit"
  wait "$GUI" || fail "the app exited $? on Ctrl+Q: $(cat "$WORK/gui.out")"
}
geometry() { xdotool getwindowgeometry "$W" | tr -d ' ' | sed -n 's/Position:\([0-9-]*\),\([0-9-]*\).*/\1 \2/p; s/Geometry:\([0-9]*\)x\([0-9]*\)/\1 \2/p' | tr '\n' ' '; }
open_window
xdotool windowmove --sync "$W" 210 140 windowsize --sync "$W" 520 760
sleep 0.5
quit_window
read -r x y w h monitor <"$PLACE/window.txt" || fail "no window.txt beside the database"
[ "$x $y $w $h" = "210 140 520 760" ] || fail "window.txt says '$x $y $w $h', not '210 140 520 760'"
[ -n "$monitor" ] || fail "window.txt names no monitor"
open_window
read -r gx gy gw gh <<<"$(geometry)"
[ "$gx $gy $gw $gh" = "210 140 520 760" ] || fail "the window came back at '$gx $gy $gw $gh'"
quit_window
echo "window: came back at 210,140 520x760 on $monitor"
# Saved on a monitor that is gone, far off to the right: it opens on this screen.
SCREEN=$(xdpyinfo 2>/dev/null | sed -n 's/.*dimensions: *\([0-9]*\)x\([0-9]*\) pixels.*/\1 \2/p')
read -r sw sh <<<"${SCREEN:-1280 1024}"
echo "9000 7000 430 880 HDMI-9" >"$PLACE/window.txt"
open_window
read -r gx gy gw gh <<<"$(geometry)"
[ "$gx" -ge 0 ] && [ "$gy" -ge 0 ] && [ $((gx + gw)) -le "$sw" ] && [ $((gy + gh)) -le "$sh" ] ||
  fail "a window saved off-screen opened at $gx,$gy ${gw}x$gh on a ${sw}x$sh screen"
quit_window
echo "window: saved off-screen, opened at $gx,$gy ${gw}x$gh on the ${sw}x$sh screen"

# [SECTION] 4. Open with Rekindle: a .vcf on the command line
cat >"$WORK/zora.vcf" <<'VCF'
BEGIN:VCARD
VERSION:3.0
FN:Zora Quillfeather
EMAIL:zora@example.org
END:VCARD
VCF
open_window "$WORK/zora.vcf"
imported=no
for _ in $(seq 1 20); do
  xdotool windowfocus --sync "$W" key Return
  sleep 0.5
  if "$BIN" --db "$DB" find Quillfeather 2>/dev/null | grep -q "Zora Quillfeather"; then imported=yes; break; fi
done
[ "$imported" = yes ] || fail "Enter on the file's import preview did not import it"
quit_window
echo "open with: the .vcf's preview opened and Enter imported it"
"$BIN" --db "$DB" check | grep -q "Integrity:    ok" || fail "check at the end"
echo "desktop smoke test passed"
