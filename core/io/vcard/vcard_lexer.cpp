#include "core/io/vcard/vcard_lexer.h"

#include "core/io/text/text_util.h"

#include <cstring>

namespace rk {

namespace {

bool isNameChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
}

// The part before the value, where QUOTED-PRINTABLE would be declared.
bool declaresQuotedPrintable(std::string_view line) {
    bool quoted = false;
    std::size_t end = 0;
    for (; end < line.size(); ++end) {
        if (line[end] == '"') quoted = !quoted;
        else if (line[end] == ':' && !quoted) break;
    }
    constexpr std::string_view kQp = "QUOTED-PRINTABLE";
    for (std::size_t at = 0; at + kQp.size() <= end; ++at)
        if (iequals(line.substr(at, kQp.size()), kQp)) return true;
    return false;
}

// RFC 6868: ^n newline, ^^ caret, ^' double quote.
std::string unescapeParam(std::string_view v) {
    std::string out;
    out.reserve(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i] == '^' && i + 1 < v.size()) {
            const char n = v[i + 1];
            if (n == 'n' || n == 'N') { out.push_back('\n'); ++i; continue; }
            if (n == '^') { out.push_back('^'); ++i; continue; }
            if (n == '\'') { out.push_back('"'); ++i; continue; }
        }
        out.push_back(v[i]);
    }
    return out;
}

} // namespace

std::string_view VCardLineReader::physical() {
    const std::size_t start = m_pos;
    // memchr finds the end of a line many bytes at a time; a lone CR (old
    // Mac files) ends it earlier.
    const char* base = m_text.data();
    const void* lf = std::memchr(base + start, '\n', m_text.size() - start);
    std::size_t end = lf ? static_cast<std::size_t>(static_cast<const char*>(lf) - base) : m_text.size();
    if (const void* cr = std::memchr(base + start, '\r', end - start))
        end = static_cast<std::size_t>(static_cast<const char*>(cr) - base);
    m_pos = end;
    const std::string_view line = m_text.substr(start, m_pos - start);
    if (m_pos < m_text.size()) {
        if (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n') ++m_pos;
        ++m_pos;
    }
    ++m_lineNumber;
    return line;
}

bool VCardLineReader::atContinuation() const {
    return m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t');
}

bool VCardLineReader::next(Line& line) {
    line.text.clear();
    line.tooLong = false;
    std::string_view first;
    do {
        if (m_pos >= m_text.size()) return false;
        first = physical();
    } while (trim(first).empty());
    line.number = m_lineNumber;
    if (first.size() > m_maxLineBytes) line.tooLong = true;
    else line.text.assign(first);

    auto append = [&](std::string_view part) {
        if (line.tooLong) return;
        if (line.text.size() + part.size() > m_maxLineBytes) {
            line.tooLong = true;
            line.text.clear();
            line.text.shrink_to_fit();
            return;
        }
        line.text.append(part);
    };
    const bool qp = declaresQuotedPrintable(line.text);
    while (m_pos < m_text.size()) {
        if (atContinuation()) {
            append(physical().substr(1));
        } else if (qp && !line.tooLong && !line.text.empty() && line.text.back() == '=') {
            line.text.pop_back();
            append(physical());
        } else {
            break;
        }
    }
    return true;
}

bool parseProperty(std::string_view line, int lineNumber, VCardProperty& out) {
    // Cleared rather than replaced: the strings keep their capacity from one
    // line to the next, which saves several allocations per line.
    out.line = lineNumber;
    out.group.clear();
    out.name.clear();
    out.params.clear();
    out.value.clear();
    std::size_t i = 0;
    while (i < line.size() && isNameChar(line[i])) ++i;
    std::string_view fullName = line.substr(0, i);
    if (fullName.empty() || i >= line.size() || (line[i] != ':' && line[i] != ';')) return false;
    if (const auto dot = fullName.rfind('.'); dot != std::string_view::npos) {
        out.group.assign(fullName.substr(0, dot));
        for (char& c : out.group) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        fullName = fullName.substr(dot + 1);
    }
    if (fullName.empty()) return false;
    out.name.assign(fullName);
    for (char& c : out.name) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);

    while (i < line.size() && line[i] == ';') {
        ++i;
        const std::size_t nameStart = i;
        while (i < line.size() && line[i] != '=' && line[i] != ';' && line[i] != ':') ++i;
        VCardParam param;
        const std::string pname = asciiUpper(trim(line.substr(nameStart, i - nameStart)));
        if (i < line.size() && line[i] == '=') {
            param.name = pname;
            ++i;
            while (true) {
                std::string value;
                if (i < line.size() && line[i] == '"') {
                    const std::size_t close = line.find('"', i + 1);
                    if (close == std::string_view::npos) return false;
                    value = unescapeParam(line.substr(i + 1, close - i - 1));
                    i = close + 1;
                    // Junk between a closing quote and the next delimiter is kept.
                    while (i < line.size() && line[i] != ',' && line[i] != ';' && line[i] != ':')
                        value.push_back(line[i++]);
                } else {
                    const std::size_t start = i;
                    while (i < line.size() && line[i] != ',' && line[i] != ';' && line[i] != ':') ++i;
                    value = unescapeParam(line.substr(start, i - start));
                }
                // A label like TYPE=Büro is shown as text: bytes that cannot
                // be UTF-8 are the legacy charset, as in a value.
                if (!isValidUtf8(value)) value = decodeCharset(value, "");
                param.values.push_back(std::move(value));
                if (i < line.size() && line[i] == ',') {
                    ++i;
                    continue;
                }
                break;
            }
        } else {
            // vCard 2.1 bare parameter: ";WORK;VOICE", ";QUOTED-PRINTABLE", ";BASE64".
            if (pname.empty()) continue;
            if (pname == "QUOTED-PRINTABLE" || pname == "BASE64" || pname == "8BIT" || pname == "7BIT")
                param.name = "ENCODING";
            else
                param.name = "TYPE";
            param.values.push_back(isValidUtf8(pname) ? pname : decodeCharset(pname, ""));
        }
        out.params.push_back(std::move(param));
    }
    if (i >= line.size() || line[i] != ':') return false;
    out.value.assign(line.substr(i + 1));
    return true;
}

std::string VCardProperty::param(std::string_view pname) const {
    for (const auto& p : params)
        if (p.name == pname && !p.values.empty()) return p.values.front();
    return {};
}

bool VCardProperty::hasParamValue(std::string_view pname, std::string_view wanted) const {
    for (const auto& p : params)
        if (p.name == pname)
            for (const auto& v : p.values)
                if (iequals(v, wanted)) return true;
    return false;
}

std::vector<std::string> VCardProperty::types() const {
    std::vector<std::string> out;
    for (const auto& p : params) {
        if (p.name != "TYPE") continue;
        for (const auto& v : p.values)
            for (auto part : split(v, ','))
                if (!trim(part).empty()) out.push_back(asciiLower(trim(part)));
    }
    return out;
}

bool VCardProperty::isQuotedPrintable() const {
    return hasParamValue("ENCODING", "QUOTED-PRINTABLE");
}

bool VCardProperty::isBase64() const {
    return hasParamValue("ENCODING", "b") || hasParamValue("ENCODING", "BASE64");
}

std::string unescapeText(std::string_view raw) {
    if (raw.find('\\') == std::string_view::npos) return std::string(raw);
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\' || i + 1 >= raw.size()) {
            out.push_back(raw[i]);
            continue;
        }
        const char n = raw[i + 1];
        if (n == 'n' || n == 'N') out.push_back('\n');
        else if (n == '\\' || n == ',' || n == ';' || n == ':') out.push_back(n);
        else {
            out.push_back('\\');
            out.push_back(n);
        }
        ++i;
    }
    return out;
}

std::vector<std::string> splitEscaped(std::string_view raw, char sep) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= raw.size(); ++i) {
        if (i + 1 < raw.size() && raw[i] == '\\') {
            ++i;
            continue;
        }
        if (i == raw.size() || raw[i] == sep) {
            parts.push_back(unescapeText(raw.substr(start, i - start)));
            start = i + 1;
        }
    }
    return parts;
}

} // namespace rk
