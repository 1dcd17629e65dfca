#!/usr/bin/env bash
# Runs the real rekindle binary: bad arguments, no display, and (under a
# display) a screenshot of every main view, each checked for real content.
set -euo pipefail
BIN="$1"
CHECK="$2"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# The GL driver (Mesa) keeps allocations until exit; they are not ours.
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0"
DB="$WORK/smoke.db"

fail() { echo "FAIL: $*" >&2; exit 1; }

# Bad arguments: a clear message and a non-zero exit.
if "$BIN" --no-such-flag >"$WORK/out" 2>&1; then fail "an unknown flag was accepted"; fi
grep -qi "no-such-flag" "$WORK/out" || fail "unknown flag message does not name it: $(cat "$WORK/out")"
if "$BIN" --db "$DB" screenshot "$WORK/x.png" --view nowhere >"$WORK/out" 2>&1; then fail "a bad view was accepted"; fi
if "$BIN" --db "$DB" screenshot "$WORK/x.png" --size big >"$WORK/out" 2>&1; then fail "a bad size was accepted"; fi
grep -q "430x880" "$WORK/out" || fail "bad size message unclear: $(cat "$WORK/out")"

# No display: the app says so plainly instead of crashing.
if env -u DISPLAY -u WAYLAND_DISPLAY "$BIN" --db "$DB" >"$WORK/out" 2>&1; then fail "started without a display"; fi
grep -q "No display" "$WORK/out" || fail "no-display message unclear: $(cat "$WORK/out")"

"$BIN" --version | grep -q "rekindle" || fail "--version"
"$BIN" --db "$DB" demo --contacts 500 --seed 3 | grep -q "Added 500 people" || fail "demo"
"$BIN" --db "$DB" check | grep -q "Integrity:    ok" || fail "check"

[ -n "${DISPLAY:-}" ] || fail "no DISPLAY for the screenshot part (./dev test starts Xvfb)"
for view in today deck log goals more; do
  "$BIN" --db "$DB" screenshot "$WORK/$view.png" --view "$view" >/dev/null
  "$CHECK" "$WORK/$view.png" 430 880
done
"$BIN" --db "$DB" screenshot "$WORK/wide.png" --view deck --size 1000x700 --dark >/dev/null
"$CHECK" "$WORK/wide.png" 1000 700
# Screenshots only read: the database is unchanged and healthy.
"$BIN" --db "$DB" check | grep -q "Integrity:    ok" || fail "check after screenshots"
echo "smoke test passed"
