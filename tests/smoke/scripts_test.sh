#!/usr/bin/env bash
# Names in nine scripts, screenshot by the real binary: the deck, a contact
# page and the Today card, light and dark, each with no character drawn as
# the placeholder (`rekindle screenshot` says "missing glyphs: N" on stderr
# when any is). Run under a display with the fonts ./dev installs
# (fonts-noto-core, fonts-noto-cjk). With a directory as the third argument,
# the PNGs are kept there to be looked at.
set -euo pipefail
BIN="$1"
CHECK="$2"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
OUT="${3:-$WORK}"
mkdir -p "$OUT"
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0"
DB="$WORK/scripts.db"
fail() { echo "FAIL: $*" >&2; exit 1; }
[ -n "${DISPLAY:-}" ] || fail "no DISPLAY (./dev test starts Xvfb)"

add() { "$BIN" --db "$DB" add "$@" >/dev/null; }
add "Zoë Ångström-Nguyễn" --company "Café Noël" --title "Directrice"
add "Γιώργος Παπαδόπουλος" --company "Ελληνική Εταιρεία"
add "Дмитрий Иванов" --company "Яндекс"
add "李伟" --company "腾讯" --title "工程师"
add "山田 太郎" --company "ソニー株式会社"
add "김민준" --company "삼성전자"
add "محمد الأحمد" --company "أرامكو" --title "مهندس" --tag "الرياض"
add "דוד לוי" --company "טבע"
add "प्रिया शर्मा" --company "इन्फोसिस"
# Due today: logged long ago with a note in mixed scripts and a number.
"$BIN" --db "$DB" log "محمد" --kind meeting --at 2026-01-05 \
  --note "Meeting with محمد at Aramco about the 2026 plan, room 12" >/dev/null
"$BIN" --db "$DB" log "李伟" --kind coffee --at 2026-02-01 --note "和李伟喝咖啡" >/dev/null
ID=$("$BIN" --db "$DB" find "محمد" --json | grep -o '"id": *[0-9]*' | head -1 | grep -o '[0-9]*$')
[ -n "$ID" ] || fail "could not find the Arabic name"
HINDI=$("$BIN" --db "$DB" find "प्रिया" --json | grep -o '"id": *[0-9]*' | head -1 | grep -o '[0-9]*$')
[ -n "$HINDI" ] || fail "could not find the Devanagari name"

shot() { # name, then screenshot arguments
  local name="$1"; shift
  "$BIN" --db "$DB" screenshot "$OUT/$name.png" "$@" >/dev/null 2>"$WORK/err" || fail "$name: $(cat "$WORK/err")"
  if grep -q "missing glyphs" "$WORK/err"; then fail "$name: $(cat "$WORK/err")"; fi
  "$CHECK" "$OUT/$name.png" "${SIZE_W:-430}" "${SIZE_H:-880}"
}
for theme in light dark; do
  flag=(); [ "$theme" = dark ] && flag=(--dark)
  shot "deck-$theme" --view deck "${flag[@]}"
  shot "contact-$theme" --view deck --contact "$ID" "${flag[@]}"
  shot "today-$theme" --view today "${flag[@]}"
done
# A shaped (HarfBuzz) name in the contact page's header and its avatar.
shot "contact-devanagari" --view deck --contact "$HINDI"
SIZE_W=1200 SIZE_H=800 shot "deck-wide" --view deck --size 1200x800

# A character no font can draw here (past U+FFFF, which ImGui 1.86 cannot
# hold) is counted, so the check above can fail.
add "Emoji 😀 Person"
"$BIN" --db "$DB" screenshot "$WORK/emoji.png" --view deck 2>"$WORK/err" >/dev/null
grep -q "^missing glyphs: [1-9]" "$WORK/err" || fail "an undrawable character was not counted: $(cat "$WORK/err")"
echo "scripts test passed"
