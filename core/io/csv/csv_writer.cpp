#include "core/io/csv/csv_writer.h"

#include <array>

namespace rk {

namespace {

std::string joinMethods(const Contact& c, MethodKind kind) {
    std::string out;
    for (const auto& m : c.methods)
        if (m.kind == kind && !m.value.empty()) out += (out.empty() ? "" : "; ") + m.value;
    return out;
}

std::string joinList(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
    return out;
}

} // namespace

std::string csvField(std::string_view text) {
    const bool quote = text.find_first_of(",\"\r\n;\t") != std::string_view::npos ||
                       (!text.empty() && (text.front() == ' ' || text.back() == ' '));
    if (!quote) return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string writeCsv(const std::vector<Contact>& contacts) {
    static constexpr std::array<std::string_view, 17> kHeader = {
        "Name",     "Given Name", "Family Name", "Company",    "Title",  "Industry",
        "Location", "Email",      "Phone",       "Web",        "Birthday", "Tags",
        "Knows About", "How We Met", "Circle",   "Cadence Days", "Notes"};
    std::string out = "\xEF\xBB\xBF";
    for (std::size_t i = 0; i < kHeader.size(); ++i) out += (i ? "," : "") + std::string(kHeader[i]);
    out += "\r\n";
    for (const auto& c : contacts) {
        const std::array<std::string, 17> cells = {
            c.displayName, c.givenName, c.familyName, c.company, c.title, c.industry, c.location,
            joinMethods(c, MethodKind::Email), joinMethods(c, MethodKind::Phone), joinMethods(c, MethodKind::Url),
            c.birthday, joinList(c.tags), joinList(c.knows), c.howMet, std::string(circleKey(c.circle)),
            c.cadenceDays ? std::to_string(*c.cadenceDays) : std::string(), c.notes};
        for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csvField(cells[i]);
        out += "\r\n";
    }
    return out;
}

} // namespace rk
