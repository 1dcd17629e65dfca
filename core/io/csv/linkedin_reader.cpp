#include "core/io/csv/linkedin_reader.h"

#include "core/io/csv/csv_reader.h"
#include "core/io/text/date_parse.h"
#include "core/io/text/text_util.h"
#include "core/time/civil_date.h"

#include <optional>

namespace rk {

namespace {

struct Columns {
    std::optional<std::size_t> first, last, url, email, company, position, connectedOn;
};

bool isHeader(const std::vector<std::string>& fields) {
    bool first = false, last = false;
    for (const auto& f : fields) {
        first = first || iequals(trim(f), "First Name");
        last = last || iequals(trim(f), "Last Name");
    }
    return first && last;
}

Columns columnsOf(const std::vector<std::string>& header) {
    Columns c;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string h = asciiLower(trim(header[i]));
        if (h == "first name") c.first = i;
        else if (h == "last name") c.last = i;
        else if (h == "url" || h == "profile url") c.url = i;
        else if (h == "email address" || h == "email") c.email = i;
        else if (h == "company") c.company = i;
        else if (h == "position") c.position = i;
        else if (h == "connected on") c.connectedOn = i;
    }
    return c;
}

std::string cell(const CsvRow& row, std::optional<std::size_t> col) {
    if (!col || *col >= row.fields.size()) return {};
    return std::string(trim(row.fields[*col]));
}

// LinkedIn keeps a row for a member who closed their account, with every
// field empty but (sometimes) the date you connected: no one to import, and
// nothing the user could fix, so it is skipped rather than rejected.
bool isLeftEmpty(const CsvRow& row, const Columns& col) {
    for (std::size_t i = 0; i < row.fields.size(); ++i)
        if (i != col.connectedOn && !trim(row.fields[i]).empty()) return false;
    return true;
}

} // namespace

bool looksLikeLinkedIn(std::string_view text) {
    // The header sits after a few note lines; it never starts deep in the file.
    const std::string head = asciiLower(text.substr(0, 4096));
    return head.find("first name,last name") != std::string::npos &&
           head.find("connected on") != std::string::npos;
}

ParseResult readLinkedIn(std::string_view bytes, const std::string& fileName, const ReadLimits& limits) {
    ParseResult out;
    out.file = fileName;
    if (bytes.size() > limits.maxFileBytes) {
        out.fatal = "the file is larger than " + std::to_string(limits.maxFileBytes >> 20) + " MB";
        return out;
    }
    const std::string text = decodeFileText(bytes);
    ParseResult csvProblems;
    const CsvTable table = readCsv(text, csvProblems, limits, ',');
    std::size_t headerRow = table.rows.size();
    for (std::size_t i = 0; i < table.rows.size() && i < 50; ++i) {
        if (isHeader(table.rows[i].fields)) {
            headerRow = i;
            break;
        }
    }
    if (headerRow == table.rows.size()) {
        out.fatal = "this is not a LinkedIn connections export: no \"First Name,Last Name,...\" "
                    "header was found";
        return out;
    }
    // Problems in LinkedIn's note lines above the header don't matter.
    const int headerLine = table.rows[headerRow].line;
    for (auto& p : csvProblems.problems)
        if (p.line >= headerLine) out.addProblem(p.severity, p.line, p.message, limits.maxProblems);

    const Columns col = columnsOf(table.rows[headerRow].fields);
    for (std::size_t r = headerRow + 1; r < table.rows.size(); ++r) {
        const CsvRow& row = table.rows[r];
        ImportCard card;
        card.line = row.line;
        Contact& c = card.contact;
        c.givenName = cell(row, col.first);
        c.familyName = cell(row, col.last);
        c.displayName = c.givenName;
        if (!c.familyName.empty()) c.displayName += (c.displayName.empty() ? "" : " ") + c.familyName;
        c.company = cell(row, col.company);
        c.title = cell(row, col.position);
        if (auto url = cell(row, col.url); !url.empty()) c.methods.push_back({0, MethodKind::Url, "LinkedIn", url});
        if (auto email = cell(row, col.email); !email.empty())
            c.methods.push_back({0, MethodKind::Email, "", email});
        if (c.displayName.empty()) {
            if (isLeftEmpty(row, col)) {
                ++out.skippedCount;
                out.skippedReason = "LinkedIn keeps an empty row for each member who closed their account";
                continue;
            }
            out.addProblem(ProblemSeverity::Error, row.line,
                           "row has no name, so it could not be imported", limits.maxProblems);
            continue;
        }
        for (std::string* f : {&c.displayName, &c.givenName, &c.familyName, &c.company, &c.title})
            truncateUtf8(*f, 1024);
        if (const std::string when = cell(row, col.connectedOn); !when.empty()) {
            if (auto date = parseLooseDate(when)) {
                Interaction i;
                i.kind = InteractionKind::Other;
                i.direction = Direction::Out;
                // Midday, so the civil date is the same in every time zone nearby.
                i.at = localMidnight(*date) + 12 * 3600;
                i.note = "Connected on LinkedIn";
                card.interactions.push_back(i);
            } else {
                out.addProblem(ProblemSeverity::Warning, row.line,
                               c.displayName + ": \"Connected On\" date \"" + when.substr(0, 40) +
                                   "\" was not understood",
                               limits.maxProblems);
            }
        }
        out.cards.push_back(std::move(card));
    }
    return out;
}

} // namespace rk
