#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and runs each for a bounded time.
#
#   fuzz/run.sh [vcard|csv|json|vtodo|all] [SECONDS]     (defaults: all, 30)
#
# The fuzzers are built here, with clang++ and -fsanitize=fuzzer,address,
# undefined, whatever compiler builds the rest of the project. Each starts
# from the seed corpus in fuzz/corpus/<target> and keeps what it finds in
# $REKINDLE_FUZZ_BUILD/corpus-<target>; a crash is saved there as crash-*.
# Longer runs: fuzz/run.sh vcard 3600
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
what="${1:-all}"
seconds="${2:-30}"
out="${REKINDLE_FUZZ_BUILD:-$root/build/fuzz}"
cxx="${CXX_FUZZ:-$(command -v clang++ || command -v clang++-14)}"
mkdir -p "$out"

common=(core/io/import/import_types.cpp core/io/text/text_util.cpp core/io/text/date_parse.cpp
        core/time/civil_date.cpp core/model/contact.cpp core/model/enums.cpp)
sources_vcard=(fuzz/fuzz_vcard.cpp core/io/vcard/vcard_lexer.cpp core/io/vcard/vcard_card.cpp
               core/io/vcard/vcard_reader.cpp core/io/vcard/vcard_writer.cpp core/io/vcard/content_line.cpp
               core/io/vcard/vcard_related.cpp core/model/contact_link.cpp)
sources_csv=(fuzz/fuzz_csv.cpp core/io/csv/csv_reader.cpp core/io/csv/column_mapping.cpp
             core/io/csv/linkedin_reader.cpp core/io/csv/csv_writer.cpp)
sources_json=(fuzz/fuzz_json.cpp core/io/backup/json_backup_reader.cpp)
sources_vtodo=(fuzz/fuzz_vtodo.cpp core/sync/vtodo_reader.cpp core/io/vcard/vcard_lexer.cpp
               core/io/vcard/content_line.cpp)

build() { # target
    local target="$1" bin="$out/fuzz_$1" list="sources_$1[@]"
    local files=("${!list}" "${common[@]}")
    # Rebuild only when a source or header is newer than the binary (core/db:
    # the backup's values are sql_batch.h's SqlValue).
    if [ -x "$bin" ] && [ -z "$(cd "$root" && find "${files[@]}" core/io core/db core/model core/time core/sync/vtodo_reader.h fuzz -newer "$bin" -name '*.[ch]*' -print -quit)" ]; then
        return 0
    fi
    echo "==> building fuzz_$target with $cxx" >&2
    (cd "$root" && "$cxx" -std=c++20 -g -O1 -fno-omit-frame-pointer \
        -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
        -I. "${files[@]}" -o "$bin.tmp") || { echo "fuzz/run.sh: building fuzz_$target failed" >&2; exit 1; }
    mv "$bin.tmp" "$bin"
}

run() { # target
    local target="$1"
    build "$target"
    mkdir -p "$out/corpus-$target"
    echo "==> fuzz_$target for ${seconds}s" >&2
    (cd "$out" && "./fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 -artifact_prefix="$out/corpus-$target/" \
        "corpus-$target" "$here/corpus/$target")
}

case "$what" in
    vcard|csv|json|vtodo) run "$what" ;;
    all) for t in vcard csv json vtodo; do run "$t"; done ;;
    *) echo "usage: fuzz/run.sh [vcard|csv|json|vtodo|all] [seconds]" >&2; exit 2 ;;
esac
