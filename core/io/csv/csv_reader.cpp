#include "core/io/csv/csv_reader.h"

#include <array>
#include <string>

namespace rk {

namespace {

// An unclosed quote swallows the rest of the file; the reader then restarts
// after the line where it opened. Bounded, so hostile input stays linear.
constexpr int kMaxRestarts = 8;

// One pass over the text, one character at a time, as a small state
// machine: between fields, in an unquoted field, in a quoted field (which may
// span lines), and after its closing quote. The row being built lives here;
// a row with a problem is read to its end and then left out, so one bad row
// never shifts the next.
class CsvParser {
public:
    CsvParser(std::string_view text, ParseResult& problems, const ReadLimits& limits, char sep)
        : m_text(text), m_problems(problems), m_limits(limits), m_sep(sep) {
        m_table.delimiter = sep;
    }

    CsvTable read();

private:
    // A quoted field, from its opening quote. False when reading must stop.
    bool quotedField();
    // Runs to the next lone quote, across lines. False when the text ends first.
    bool toClosingQuote();
    // Text between the closing quote and the separator: kept, with a warning
    // the first time.
    void textAfterQuote();
    // An unclosed quote swallowed the rest of the file: resume on the line
    // after the one where the broken row began. False after too many.
    bool restartAfterUnclosedQuote(int quoteLine);

    void startRow();
    void markBad(std::string message);
    void append(char c);
    void endField();
    void endRow();
    // Consumes one line ending at m_pos (CRLF, LF or CR).
    void eatNewline();
    [[nodiscard]] bool atNewline() const { return m_text[m_pos] == '\n' || m_text[m_pos] == '\r'; }
    void problem(ProblemSeverity severity, int line, std::string message) {
        m_problems.addProblem(severity, line, std::move(message), m_limits.maxProblems);
    }

    std::string_view m_text;
    ParseResult& m_problems;
    const ReadLimits& m_limits;
    const char m_sep;
    CsvTable m_table;

    std::size_t m_pos = 0;
    int m_line = 1;
    int m_restarts = 0;
    bool m_junkAfterQuoteReported = false;
    // The row being read.
    CsvRow m_row;
    std::string m_field;
    bool m_rowBad = false;
    std::string m_rowProblem;
    std::size_t m_rowStartPos = 0;
    int m_rowStartLine = 1;
};

CsvTable CsvParser::read() {
    startRow();
    while (m_pos < m_text.size()) {
        if (m_table.rows.size() > m_limits.maxCards) {
            problem(ProblemSeverity::Error, m_line,
                    "the file has more than " + std::to_string(m_limits.maxCards) +
                        " rows; the rest was not read");
            return std::move(m_table);
        }
        const char c = m_text[m_pos];
        if (c == '"' && m_field.empty()) {
            if (!quotedField()) return std::move(m_table);
        } else if (c == m_sep) {
            endField();
            ++m_pos;
        } else if (atNewline()) {
            eatNewline();
            endRow();
            startRow();
        } else {
            append(c);
            ++m_pos;
        }
    }
    if (!m_field.empty() || !m_row.fields.empty()) endRow();
    return std::move(m_table);
}

bool CsvParser::quotedField() {
    const int quoteLine = m_line;
    if (!toClosingQuote()) return restartAfterUnclosedQuote(quoteLine);
    textAfterQuote();
    return true;
}

bool CsvParser::toClosingQuote() {
    ++m_pos;
    while (m_pos < m_text.size()) {
        const char q = m_text[m_pos];
        if (q == '"') {
            if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                append('"');
                m_pos += 2;
                continue;
            }
            ++m_pos;
            return true;
        }
        if (atNewline()) {
            eatNewline();
            append('\n');
            continue;
        }
        append(q);
        ++m_pos;
    }
    return false;
}

void CsvParser::textAfterQuote() {
    while (m_pos < m_text.size() && m_text[m_pos] != m_sep && !atNewline()) {
        if (!m_junkAfterQuoteReported) {
            problem(ProblemSeverity::Warning, m_line,
                    "text after a closing quote was kept as part of the field");
            m_junkAfterQuoteReported = true;
        }
        append(m_text[m_pos++]);
    }
}

bool CsvParser::restartAfterUnclosedQuote(int quoteLine) {
    problem(ProblemSeverity::Error, quoteLine,
            "a quoted field that starts here is never closed; the row was skipped");
    if (++m_restarts > kMaxRestarts) {
        problem(ProblemSeverity::Error, quoteLine,
                "too many unclosed quotes; stopped reading here");
        return false;
    }
    m_pos = m_rowStartPos;
    m_line = m_rowStartLine;
    while (m_pos < m_text.size() && !atNewline()) ++m_pos;
    if (m_pos < m_text.size()) eatNewline();
    startRow();
    return true;
}

void CsvParser::startRow() {
    m_row = CsvRow{};
    m_row.line = m_line;
    m_field.clear();
    m_rowBad = false;
    m_rowProblem.clear();
    m_rowStartPos = m_pos;
    m_rowStartLine = m_line;
}

void CsvParser::markBad(std::string message) {
    if (!m_rowBad) m_rowProblem = std::move(message);
    m_rowBad = true;
}

void CsvParser::append(char c) {
    if (m_field.size() >= m_limits.maxFieldBytes) {
        markBad("a field is longer than " + std::to_string(m_limits.maxFieldBytes >> 10) +
                " KB; the row was skipped");
        return;
    }
    m_field.push_back(c);
}

void CsvParser::endField() {
    if (m_row.fields.size() >= m_limits.maxFieldsPerRow) {
        markBad("the row has more than " + std::to_string(m_limits.maxFieldsPerRow) +
                " fields; skipped");
        m_field.clear();
        return;
    }
    m_row.fields.push_back(std::move(m_field));
    m_field.clear();
}

void CsvParser::endRow() {
    endField();
    const bool blank = m_row.fields.size() == 1 && m_row.fields[0].empty();
    if (m_rowBad) problem(ProblemSeverity::Error, m_row.line, m_rowProblem);
    else if (!blank) m_table.rows.push_back(std::move(m_row));
}

void CsvParser::eatNewline() {
    if (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n') ++m_pos;
    ++m_pos;
    ++m_line;
}

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
    const char sep = delimiter ? delimiter : detectCsvDelimiter(text);
    return CsvParser(text, problems, limits, sep).read();
}

} // namespace rk
