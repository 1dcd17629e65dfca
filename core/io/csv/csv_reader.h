#pragma once
#include "core/io/import/import_types.h"

#include <string>
#include <string_view>
#include <vector>

namespace rk {

struct CsvRow {
    std::vector<std::string> fields;
    int line = 0; // where the record starts (a quoted field may span lines)
};

struct CsvTable {
    std::vector<CsvRow> rows; // blank lines are dropped
    char delimiter = ',';
};

// Guesses the separator from the first record: ',', ';' (European Excel) or tab.
[[nodiscard]] char detectCsvDelimiter(std::string_view text);

// RFC 4180 with the leniency real files need: quoted fields with separators,
// doubled quotes and line breaks; CRLF, LF or CR endings; stray quotes inside
// unquoted fields kept as text. `text` must be UTF-8 (see decodeFileText).
// Problems (an unclosed quote, an oversized field or row) go to `problems`
// with the line of the record; such records are left out. `delimiter` 0
// means detect.
[[nodiscard]] CsvTable readCsv(std::string_view text, ParseResult& problems,
                               const ReadLimits& limits = {}, char delimiter = 0);

} // namespace rk
