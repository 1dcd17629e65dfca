#include "core/io/csv/csv_reader.h"

#include <array>

namespace rk {

namespace {

// An unclosed quote swallows the rest of the file; the reader then restarts
// after the line where it opened. Bounded, so hostile input stays linear.
constexpr int kMaxRestarts = 8;

} // namespace

char detectCsvDelimiter(std::string_view text) {
    std::array<std::size_t, 3> counts{};
    constexpr std::array<char, 3> kCandidates = {',', ';', '\t'};
    bool quoted = false;
    for (std::size_t i = 0; i < text.size() && i < (64u << 10); ++i) {
        const char c = text[i];
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        if (c == '\n' || c == '\r') {
            if (counts[0] + counts[1] + counts[2] > 0) break;
            continue; // leading blank lines
        }
        for (std::size_t k = 0; k < kCandidates.size(); ++k)
            if (c == kCandidates[k]) ++counts[k];
    }
    std::size_t best = 0;
    for (std::size_t k = 1; k < kCandidates.size(); ++k)
        if (counts[k] > counts[best]) best = k;
    return kCandidates[best];
}

CsvTable readCsv(std::string_view text, ParseResult& problems, const ReadLimits& limits,
                 char delimiter) {
    CsvTable table;
    table.delimiter = delimiter ? delimiter : detectCsvDelimiter(text);
    const char sep = table.delimiter;

    std::size_t pos = 0;
    int line = 1;
    int restarts = 0;
    CsvRow row;
    std::string field;
    bool rowBad = false;
    std::string rowProblem;
    std::size_t rowStartPos = 0;
    int rowStartLine = 1;
    bool junkAfterQuoteReported = false;

    auto startRow = [&] {
        row = CsvRow{};
        row.line = line;
        field.clear();
        rowBad = false;
        rowProblem.clear();
        rowStartPos = pos;
        rowStartLine = line;
    };
    auto markBad = [&](std::string message) {
        if (!rowBad) rowProblem = std::move(message);
        rowBad = true;
    };
    auto append = [&](char c) {
        if (field.size() >= limits.maxFieldBytes) {
            markBad("a field is longer than " + std::to_string(limits.maxFieldBytes >> 10) +
                    " KB; the row was skipped");
            return;
        }
        field.push_back(c);
    };
    auto endField = [&] {
        if (row.fields.size() >= limits.maxFieldsPerRow) {
            markBad("the row has more than " + std::to_string(limits.maxFieldsPerRow) +
                    " fields; skipped");
            field.clear();
            return;
        }
        row.fields.push_back(std::move(field));
        field.clear();
    };
    auto endRow = [&] {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields[0].empty();
        if (rowBad) problems.addProblem(ProblemSeverity::Error, row.line, rowProblem, limits.maxProblems);
        else if (!blank) table.rows.push_back(std::move(row));
    };
    // Consumes one line ending at pos (CRLF, LF or CR).
    auto eatNewline = [&] {
        if (text[pos] == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ++pos;
        ++pos;
        ++line;
    };

    startRow();
    while (pos < text.size()) {
        if (table.rows.size() > limits.maxCards) {
            problems.addProblem(ProblemSeverity::Error, line,
                                "the file has more than " + std::to_string(limits.maxCards) +
                                    " rows; the rest was not read",
                                limits.maxProblems);
            return table;
        }
        const char c = text[pos];
        if (c == '"' && field.empty()) {
            // A quoted field: runs to the next lone quote, across lines.
            const int quoteLine = line;
            ++pos;
            bool closed = false;
            while (pos < text.size()) {
                const char q = text[pos];
                if (q == '"') {
                    if (pos + 1 < text.size() && text[pos + 1] == '"') {
                        append('"');
                        pos += 2;
                        continue;
                    }
                    ++pos;
                    closed = true;
                    break;
                }
                if (q == '\r' || q == '\n') {
                    eatNewline();
                    append('\n');
                    continue;
                }
                append(q);
                ++pos;
            }
            if (!closed) {
                problems.addProblem(ProblemSeverity::Error, quoteLine,
                                    "a quoted field that starts here is never closed; the row was "
                                    "skipped",
                                    limits.maxProblems);
                if (++restarts > kMaxRestarts) {
                    problems.addProblem(ProblemSeverity::Error, quoteLine,
                                        "too many unclosed quotes; stopped reading here",
                                        limits.maxProblems);
                    return table;
                }
                // Resume on the line after the one where the broken row began.
                pos = rowStartPos;
                line = rowStartLine;
                while (pos < text.size() && text[pos] != '\n' && text[pos] != '\r') ++pos;
                if (pos < text.size()) eatNewline();
                startRow();
                continue;
            }
            // Text between the closing quote and the separator: keep it.
            while (pos < text.size() && text[pos] != sep && text[pos] != '\n' && text[pos] != '\r') {
                if (!junkAfterQuoteReported) {
                    problems.addProblem(ProblemSeverity::Warning, line,
                                        "text after a closing quote was kept as part of the field",
                                        limits.maxProblems);
                    junkAfterQuoteReported = true;
                }
                append(text[pos++]);
            }
            continue;
        }
        if (c == sep) {
            endField();
            ++pos;
        } else if (c == '\n' || c == '\r') {
            eatNewline();
            endRow();
            startRow();
        } else {
            append(c);
            ++pos;
        }
    }
    if (!field.empty() || !row.fields.empty()) endRow();
    return table;
}

} // namespace rk
