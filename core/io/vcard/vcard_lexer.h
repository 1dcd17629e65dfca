#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// The syntax layer of vCard (RFC 2425/2426/6350 and the 2.1 spec): logical
// lines, and a property's group, name, parameters and raw value. What the
// properties mean is vcard_reader.cpp's business.
namespace rk {

struct VCardParam {
    std::string name;                // upper case; "TYPE" for a bare 2.1 parameter like ";WORK"
    std::vector<std::string> values; // as written (case kept), quotes and ^-escapes removed
};

struct VCardProperty {
    int line = 0;
    std::string group; // "item1" in "item1.EMAIL", lower case
    std::string name;  // upper case
    std::vector<VCardParam> params;
    std::string value; // raw: still escaped and (maybe) encoded

    // The first value of a parameter, or "".
    [[nodiscard]] std::string param(std::string_view name) const;
    [[nodiscard]] bool hasParamValue(std::string_view name, std::string_view wanted) const;
    // Every TYPE value in lower case, split on commas.
    [[nodiscard]] std::vector<std::string> types() const;
    [[nodiscard]] bool isQuotedPrintable() const;
    [[nodiscard]] bool isBase64() const;
};

// Splits text into logical lines: CRLF, LF or CR endings; a line starting with
// a space or tab continues the previous one; a QUOTED-PRINTABLE value that
// ends in "=" continues on the next line (vCard 2.1's soft breaks). Blank
// lines are skipped. A logical line longer than `maxLineBytes` is consumed
// but reported as too long instead of growing without bound.
class VCardLineReader {
public:
    VCardLineReader(std::string_view text, std::size_t maxLineBytes)
        : m_text(text), m_maxLineBytes(maxLineBytes) {}

    struct Line {
        std::string text;
        int number = 0; // of its first physical line
        bool tooLong = false;
    };
    // False at the end of the text.
    bool next(Line& line);
    // Physical lines consumed so far.
    [[nodiscard]] int linesRead() const { return m_lineNumber; }

private:
    std::string_view physical();
    [[nodiscard]] bool atContinuation() const;

    std::string_view m_text;
    std::size_t m_maxLineBytes;
    std::size_t m_pos = 0;
    int m_lineNumber = 0; // physical lines consumed so far
};

// nullopt-like: returns false when the line is not "name[;params]:value".
[[nodiscard]] bool parseProperty(std::string_view line, int lineNumber, VCardProperty& out);

// Text value escapes: \n \N \\ \, \; and Apple's \: ; other backslashes stay.
[[nodiscard]] std::string unescapeText(std::string_view raw);
// Splits a structured value (N, ADR, ORG) on unescaped `sep`, then unescapes.
[[nodiscard]] std::vector<std::string> splitEscaped(std::string_view raw, char sep);

} // namespace rk
