#include "core/io/csv/column_mapping.h"

#include "core/io/text/date_parse.h"
#include "core/io/text/text_util.h"

#include <algorithm>
#include <array>

namespace rk {

namespace {

struct FieldInfo {
    CsvField field;
    std::string_view key;
    std::string_view name;
};

constexpr std::array<FieldInfo, kCsvFieldCount> kFields = {{
    {CsvField::Ignore, "ignore", "Ignore"},
    {CsvField::Extra, "extra", "Keep in notes"},
    {CsvField::FullName, "full_name", "Full name"},
    {CsvField::GivenName, "given_name", "Given name"},
    {CsvField::FamilyName, "family_name", "Family name"},
    {CsvField::Company, "company", "Company"},
    {CsvField::Title, "title", "Title"},
    {CsvField::Email, "email", "Email"},
    {CsvField::Phone, "phone", "Phone"},
    {CsvField::Url, "url", "Web address"},
    {CsvField::Birthday, "birthday", "Birthday"},
    {CsvField::Location, "location", "Location"},
    {CsvField::Industry, "industry", "Industry"},
    {CsvField::Notes, "notes", "Notes"},
    {CsvField::Tags, "tags", "Tags"},
    {CsvField::Knows, "knows", "Knows about"},
    {CsvField::HowMet, "how_met", "How we met"},
    {CsvField::Circle, "circle", "Circle"},
    {CsvField::CadenceDays, "cadence_days", "Cadence (days)"},
}};

// Lower case letters and digits only: "E-mail 1 - Value" → "email1value".
std::string squash(std::string_view header) {
    std::string out;
    for (char c : asciiLower(header))
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            static_cast<unsigned char>(c) >= 0x80)
            out.push_back(c);
    return out;
}

bool has(const std::string& s, std::string_view part) {
    return s.find(part) != std::string::npos;
}

std::string methodLabel(const std::string& h) {
    if (has(h, "linkedin")) return "LinkedIn";
    if (has(h, "twitter")) return "Twitter";
    if (has(h, "github")) return "GitHub";
    if (has(h, "mobile") || has(h, "cell")) return "mobile";
    if (has(h, "work") || has(h, "business") || has(h, "office")) return "work";
    if (has(h, "home") || has(h, "personal") || has(h, "private")) return "home";
    if (has(h, "fax")) return "fax";
    return "";
}

// Splits a cell that holds several values ("a@x; b@y", Google's " ::: ").
std::vector<std::string> splitMulti(std::string_view cell, bool commas) {
    std::string s(cell);
    for (std::size_t at; (at = s.find(":::")) != std::string::npos;)
        s.replace(at, 3, ";");
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (c == ';' || c == '\n' || (commas && c == ',')) {
            if (!trim(cur).empty()) out.emplace_back(trim(cur));
            cur.clear();
        } else {
            cur.push_back(c);
        }
    }
    if (!trim(cur).empty()) out.emplace_back(trim(cur));
    return out;
}

void setOnce(std::string& field, std::string_view value) {
    if (field.empty()) field = std::string(value);
}

// "Address 1 - City" → "Address 1": the group a Google or Outlook column
// belongs to ("" for a plain header).
std::string_view headerGroup(std::string_view header) {
    const auto dash = header.find(" - ");
    return dash == std::string_view::npos ? std::string_view() : trim(header.substr(0, dash));
}

// Google pairs each value column with a column naming its kind, per row:
// "E-mail 1 - Value" with "E-mail 1 - Type" (older exports) or
// "E-mail 1 - Label" (newer ones), and the same for phones and websites.
// Per column, the column that holds its label, or -1.
std::vector<int> labelColumns(const std::vector<std::string>* header) {
    std::vector<int> out(header ? header->size() : 0, -1);
    if (!header) return out;
    for (std::size_t col = 0; col < header->size(); ++col) {
        const std::string_view h = trim((*header)[col]);
        constexpr std::string_view kValue = "- value";
        if (h.size() <= kValue.size() || !iequals(h.substr(h.size() - kValue.size()), kValue))
            continue;
        const std::string_view group = headerGroup(h);
        if (group.empty()) continue; // "x- Value": no group to pair within
        for (std::size_t other = 0; other < header->size(); ++other) {
            const std::string_view o = trim((*header)[other]);
            const auto dash = o.find(" - ");
            if (other == col || dash == std::string_view::npos || !iequals(headerGroup(o), group))
                continue;
            const std::string_view part = trim(o.substr(dash + 3));
            if (iequals(part, "type") || iequals(part, "label")) out[col] = static_cast<int>(other);
        }
    }
    return out;
}

// Google writes "* Work" for the primary one and its own kinds capitalised;
// the labels Rekindle writes itself are lower case ("work", "mobile").
// Anything else is a label the person typed: kept as it is.
std::string normaliseLabel(std::string_view label) {
    label = trim(label);
    if (label.starts_with("*")) label = trim(label.substr(1));
    for (std::string_view known :
         {"work", "home", "mobile", "other", "main", "work fax", "home fax", "pager",
          "google voice", "blog", "profile", "homepage"})
        if (iequals(label, known)) return std::string(known);
    return std::string(label);
}

} // namespace

std::string_view csvFieldKey(CsvField f) {
    return kFields[static_cast<std::size_t>(f)].key;
}
std::string_view csvFieldName(CsvField f) {
    return kFields[static_cast<std::size_t>(f)].name;
}

std::optional<CsvField> csvFieldFromKey(std::string_view key) {
    for (const auto& f : kFields)
        if (f.key == key) return f.field;
    return std::nullopt;
}

CsvField guessColumn(std::string_view header, std::string* label) {
    const std::string h = squash(header);
    if (label) *label = methodLabel(h);
    if (h.empty()) return CsvField::Ignore;
    // Google and Outlook pair each value column with a "type"/"label" column.
    if (has(h, "type") || has(h, "label") || has(h, "phonetic") || has(h, "prefix") ||
        has(h, "suffix") || has(h, "middle") || has(h, "yomi") || h == "photo" || h == "initials" ||
        has(h, "additionalname") || (has(h, "mail") && has(h, "displayname")))
        return CsvField::Ignore;
    if (has(h, "nick") || has(h, "department") || has(h, "street") || has(h, "formatted") ||
        has(h, "pobox") || has(h, "postal") || has(h, "zip") || has(h, "fileas") ||
        has(h, "extendedaddress"))
        return CsvField::Extra;
    if (has(h, "firstname") || has(h, "givenname") || h == "first" || h == "forename")
        return CsvField::GivenName;
    if (has(h, "lastname") || has(h, "familyname") || has(h, "surname") || h == "last")
        return CsvField::FamilyName;
    if (has(h, "email") || has(h, "mail")) return CsvField::Email;
    if (has(h, "phone") || has(h, "mobile") || has(h, "tel") || has(h, "cell") || has(h, "fax"))
        return CsvField::Phone;
    if (has(h, "birthday") || has(h, "birthdate") || h == "dob" || has(h, "dateofbirth"))
        return CsvField::Birthday;
    if (has(h, "title") || has(h, "position") || h == "role" || has(h, "jobrole") ||
        has(h, "occupation"))
        return CsvField::Title;
    if (has(h, "company") || has(h, "organization") || has(h, "organisation") ||
        has(h, "employer") || h == "org")
        return CsvField::Company;
    if (has(h, "url") || has(h, "website") || has(h, "linkedin") || has(h, "homepage") ||
        has(h, "twitter") || has(h, "github") || has(h, "web") || has(h, "profile"))
        return CsvField::Url;
    if (has(h, "industry") || has(h, "sector")) return CsvField::Industry;
    if (has(h, "howmet") || has(h, "wemet") || h == "met" || has(h, "metat"))
        return CsvField::HowMet;
    if (has(h, "knows") || has(h, "expertise") || has(h, "topics") || has(h, "skills"))
        return CsvField::Knows;
    if (has(h, "tags") || h == "tag" || has(h, "groupmembership") || has(h, "categories") ||
        has(h, "labels") || h == "groups")
        return CsvField::Tags;
    if (has(h, "circle")) return CsvField::Circle;
    if (has(h, "cadence")) return CsvField::CadenceDays;
    if (has(h, "note") || has(h, "comment")) return CsvField::Notes;
    if (has(h, "city") || has(h, "location") || has(h, "country") || has(h, "region") ||
        has(h, "address"))
        return CsvField::Location;
    if (has(h, "name") || h == "contact" || h == "person") return CsvField::FullName;
    return CsvField::Extra;
}

ColumnMapping guessColumnMapping(const std::vector<std::string>& header) {
    ColumnMapping m;
    bool jobTitle = false;
    for (const auto& h : header)
        jobTitle = jobTitle || squash(h) == "jobtitle";
    for (const auto& h : header) {
        std::string label;
        // Outlook's "Title" is Mr/Ms when a "Job Title" column exists.
        m.fields.push_back(jobTitle && squash(h) == "title" ? CsvField::Ignore
                                                            : guessColumn(h, &label));
        m.labels.push_back(std::move(label));
    }
    return m;
}

void cardsFromCsv(const CsvTable& table, const ColumnMapping& mapping, ParseResult& out,
                  const ReadLimits& limits) {
    const std::vector<std::string>* header = nullptr;
    std::size_t first = 0;
    if (mapping.hasHeader && !table.rows.empty()) {
        header = &table.rows[0].fields;
        first = 1;
    }
    const std::vector<int> labelOf = labelColumns(header);
    for (std::size_t r = first; r < table.rows.size(); ++r) {
        const CsvRow& row = table.rows[r];
        std::string_view locationGroup; // the address the location was taken from
        ImportCard card;
        card.line = row.line;
        Contact& c = card.contact;
        std::vector<std::string> notes;
        std::vector<std::string> warnings;
        bool any = false;
        for (std::size_t col = 0; col < row.fields.size() && col < mapping.fields.size(); ++col) {
            const std::string_view v = trim(row.fields[col]);
            if (v.empty()) continue;
            any = true;
            const std::string label = col < mapping.labels.size() ? mapping.labels[col] : "";
            const std::string headerName = header && col < header->size() ? (*header)[col] : "";
            switch (mapping.fields[col]) {
            case CsvField::Ignore:
                break;
            case CsvField::Extra:
                notes.push_back(
                    (headerName.empty() ? "Column " + std::to_string(col + 1) : headerName) + ": " +
                    std::string(v));
                break;
            case CsvField::FullName:
                setOnce(c.displayName, v);
                break;
            case CsvField::GivenName:
                setOnce(c.givenName, v);
                break;
            case CsvField::FamilyName:
                setOnce(c.familyName, v);
                break;
            case CsvField::Company:
                setOnce(c.company, v);
                break;
            case CsvField::Title:
                setOnce(c.title, v);
                break;
            case CsvField::Location: {
                // City, region and country of one address, as Google writes
                // them in columns of their own: "Zürich, ZH, Switzerland".
                // A second address does not add to the first.
                const std::string_view group = headerGroup(headerName);
                if (!c.location.empty() && !iequals(group, locationGroup)) break;
                if (c.location.empty())
                    locationGroup = header ? headerGroup((*header)[col]) : std::string_view();
                bool seen = false;
                for (const auto& part : split(c.location, ','))
                    seen = seen || iequals(trim(part), v);
                if (!seen) c.location += (c.location.empty() ? "" : ", ") + std::string(v);
                break;
            }
            case CsvField::Industry:
                setOnce(c.industry, v);
                break;
            case CsvField::HowMet:
                setOnce(c.howMet, v);
                break;
            case CsvField::Notes:
                notes.emplace_back(v);
                break;
            case CsvField::Email:
            case CsvField::Phone:
            case CsvField::Url: {
                const MethodKind kind = mapping.fields[col] == CsvField::Email   ? MethodKind::Email
                                        : mapping.fields[col] == CsvField::Phone ? MethodKind::Phone
                                                                                 : MethodKind::Url;
                // The row's own label ("* Work", "Mobile") wins over the one the
                // header suggests; one label per value when both cells list several.
                const int labelCol = col < labelOf.size() ? labelOf[col] : -1;
                std::vector<std::string> rowLabels;
                if (labelCol >= 0 && static_cast<std::size_t>(labelCol) < row.fields.size())
                    rowLabels = splitMulti(row.fields[static_cast<std::size_t>(labelCol)], false);
                const std::vector<std::string> values = splitMulti(v, false);
                for (std::size_t k = 0; k < values.size(); ++k) {
                    std::string own = label;
                    if (!rowLabels.empty())
                        own = normaliseLabel(rowLabels.size() == values.size() ? rowLabels[k]
                                                                               : rowLabels.front());
                    if (c.methods.size() < 100)
                        c.methods.push_back({0, kind, own.empty() ? label : own, values[k]});
                }
                break;
            }
            case CsvField::Tags:
            case CsvField::Knows: {
                auto& list = mapping.fields[col] == CsvField::Tags ? c.tags : c.knows;
                for (auto& item : splitMulti(v, true)) {
                    if (item.starts_with("* ")) item.erase(0, 2); // Google's system groups
                    if (item == "myContacts" || item == "starred" || item.empty()) continue;
                    if (list.size() < 100 &&
                        std::find(list.begin(), list.end(), item) == list.end())
                        list.push_back(item);
                }
                break;
            }
            case CsvField::Birthday:
                if (auto b = parseBirthday(v))
                    c.birthday = *b;
                else {
                    notes.push_back("Birthday: " + std::string(v));
                    warnings.push_back("birthday \"" + std::string(v.substr(0, 40)) +
                                       "\" is not a date; kept in the notes");
                }
                break;
            case CsvField::Circle: {
                const std::string key = asciiLower(v);
                auto circle = circleFromKey(key.substr(0, key.find(' ')));
                if (circle)
                    c.circle = *circle;
                else
                    warnings.push_back("circle \"" + std::string(v.substr(0, 40)) +
                                       "\" is unknown");
                break;
            }
            case CsvField::CadenceDays:
                if (v.size() < 6 &&
                    std::all_of(v.begin(), v.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
                    c.cadenceDays = std::stoi(std::string(v));
                else
                    warnings.push_back("cadence \"" + std::string(v.substr(0, 40)) +
                                       "\" is not a number of days");
                break;
            }
        }
        if (!any) continue;
        if (c.displayName.empty()) {
            c.displayName = c.givenName;
            if (!c.familyName.empty())
                c.displayName += (c.displayName.empty() ? "" : " ") + c.familyName;
        }
        for (const auto& m : c.methods)
            if (c.displayName.empty() && m.kind == MethodKind::Email) c.displayName = m.value;
        if (c.displayName.empty()) {
            out.addProblem(ProblemSeverity::Error, row.line, "row has no name or email; skipped",
                           limits.maxProblems);
            continue;
        }
        for (const auto& n : notes)
            c.notes += (c.notes.empty() ? "" : "\n") + n;
        truncateUtf8(c.notes, limits.maxNotesBytes);
        for (const auto& w : warnings)
            out.addProblem(ProblemSeverity::Warning, row.line, c.displayName + ": " + w,
                           limits.maxProblems);
        out.cards.push_back(std::move(card));
    }
}

CsvImport readCsvContacts(std::string_view bytes, const std::string& fileName,
                          const std::optional<ColumnMapping>& mapping, const ReadLimits& limits) {
    CsvImport csv;
    ParseResult& out = csv.result;
    out.file = fileName;
    if (bytes.size() > limits.maxFileBytes) {
        out.fatal = "the file is larger than " + std::to_string(limits.maxFileBytes >> 20) +
                    " MB; split it and import the parts";
        return csv;
    }
    const std::string text = decodeFileText(bytes);
    const CsvTable table = readCsv(text, out, limits);
    if (table.rows.empty()) {
        out.fatal = "the file has no rows";
        return csv;
    }
    csv.header = table.rows[0].fields;
    csv.mapping = mapping ? *mapping : guessColumnMapping(csv.header);
    const auto& f = csv.mapping.fields;
    const bool named = std::any_of(f.begin(), f.end(), [](CsvField x) {
        return x == CsvField::FullName || x == CsvField::GivenName || x == CsvField::FamilyName ||
               x == CsvField::Email;
    });
    if (!named) {
        out.fatal = "no column holds a name or an email address; choose the columns in the mapping";
        return csv;
    }
    cardsFromCsv(table, csv.mapping, out, limits);
    return csv;
}

} // namespace rk
