#include "core/sync/vtodo_reader.h"

#include "core/io/vcard/content_line.h"
#include "core/io/vcard/vcard_lexer.h"
#include "core/time/civil_date.h"

#include <cctype>

namespace rk {

namespace {

// A task is a few hundred bytes; a megabyte line is not a task.
constexpr std::size_t kMaxLineBytes = 1u << 20;

bool isDigits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

// "20261205" or "20261205T090000[Z]" → "2026-12-05"; "" when it is no date.
std::string dateOf(std::string_view value) {
    if (value.size() < 8 || !isDigits(value.substr(0, 8))) return {};
    const std::string iso = std::string(value.substr(0, 4)) + "-" + std::string(value.substr(4, 2)) + "-" +
                            std::string(value.substr(6, 2));
    return CivilDate::parse(iso) ? iso : std::string();
}

} // namespace

TaskRead readTask(std::string_view text) {
    VCardLineReader lines(text, kMaxLineBytes);
    VCardLineReader::Line line;
    TaskFacts facts;
    int depth = 0; // components open inside the VTODO (a VALARM)
    bool inTodo = false;
    bool sawCalendar = false;
    while (lines.next(line)) {
        if (line.tooLong) return {std::nullopt, "Line " + std::to_string(line.number) + " is far too long."};
        VCardProperty p;
        if (!parseProperty(line.text, line.number, p))
            return {std::nullopt, "Line " + std::to_string(line.number) + " is not an iCalendar line."};
        const std::string value = unescapeText(p.value);
        if (p.name == "BEGIN" && value == "VCALENDAR") sawCalendar = true;
        if (!inTodo) {
            if (p.name == "BEGIN" && value == "VTODO") inTodo = true;
            continue;
        }
        if (p.name == "BEGIN") ++depth;
        else if (p.name == "END" && depth > 0) --depth;
        else if (p.name == "END" && value == "VTODO") {
            if (facts.uid.empty()) return {std::nullopt, "The task has no UID."};
            return {std::move(facts), {}};
        } else if (depth == 0) {
            if (p.name == "UID") facts.uid = value;
            else if (p.name == "STATUS") facts.completed = value == "COMPLETED";
            else if (p.name == "COMPLETED") facts.completedAt = readUtcStamp(value);
            else if (p.name == "DUE") {
                facts.due = dateOf(value);
                if (facts.due.empty())
                    return {std::nullopt, "Line " + std::to_string(line.number) + ": \"" + value +
                                              "\" is not a due date."};
            }
        }
    }
    if (!sawCalendar) return {std::nullopt, "This is not an iCalendar object."};
    if (!inTodo) return {std::nullopt, "The calendar object holds no task (VTODO)."};
    return {std::nullopt, "The task is cut off before its END:VTODO."};
}

std::optional<std::string> completedTask(std::string_view text, std::int64_t at) {
    // Works on physical lines, so every line it does not replace stays byte
    // for byte; a folded line's continuations go with it.
    std::string out;
    bool inTodo = false;
    bool done = false;
    bool skipping = false; // dropping a replaced property's continuation lines
    int depth = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        end = end == std::string_view::npos ? text.size() : end + 1;
        const std::string_view physical = text.substr(pos, end - pos);
        pos = end;
        const bool continuation = !physical.empty() && (physical[0] == ' ' || physical[0] == '\t');
        if (continuation) {
            if (!skipping) out += physical;
            continue;
        }
        skipping = false;
        std::string_view content = physical;
        while (!content.empty() && (content.back() == '\n' || content.back() == '\r')) content.remove_suffix(1);
        auto startsWith = [&](std::string_view name) {
            if (content.size() < name.size()) return false;
            for (std::size_t i = 0; i < name.size(); ++i)
                if (std::toupper(static_cast<unsigned char>(content[i])) != name[i]) return false;
            return content.size() == name.size() || content[name.size()] == ':' || content[name.size()] == ';';
        };
        if (!done && !inTodo && startsWith("BEGIN") && content.size() > 6 && content.substr(6) == "VTODO") {
            inTodo = true;
        } else if (inTodo && startsWith("BEGIN")) {
            ++depth;
        } else if (inTodo && startsWith("END") && depth > 0) {
            --depth;
        } else if (inTodo && startsWith("END")) {
            appendContentLine(out, "STATUS:COMPLETED");
            appendContentLine(out, "COMPLETED:" + utcStamp(at));
            appendContentLine(out, "PERCENT-COMPLETE:100");
            inTodo = false;
            done = true;
        } else if (inTodo && depth == 0 &&
                   (startsWith("STATUS") || startsWith("COMPLETED") || startsWith("PERCENT-COMPLETE"))) {
            skipping = true;
            continue;
        }
        out += physical;
    }
    if (!done) return std::nullopt;
    return out;
}

} // namespace rk
