#pragma once
#include "core/io/csv/csv_reader.h"
#include "core/io/import/import_types.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rk {

// Where a CSV column goes. The import preview lets the user change the guess.
enum class CsvField {
    Ignore = 0,
    Extra,      // kept in the notes as "Header: value"
    FullName,
    GivenName,
    FamilyName,
    Company,
    Title,
    Email,
    Phone,
    Url,
    Birthday,
    Location,
    Industry,
    Notes,
    Tags,
    Knows,
    HowMet,
    Circle,
    CadenceDays,
};
inline constexpr int kCsvFieldCount = 19;

[[nodiscard]] std::string_view csvFieldKey(CsvField field);  // "given_name"
[[nodiscard]] std::string_view csvFieldName(CsvField field); // "Given name", for the UI
[[nodiscard]] std::optional<CsvField> csvFieldFromKey(std::string_view key);

struct ColumnMapping {
    std::vector<CsvField> fields;    // one per column
    std::vector<std::string> labels; // per column: "work", "mobile", "LinkedIn" for methods
    bool hasHeader = true;           // the first row names the columns
};

// Guesses from header names as Google, Outlook, Apple (via Numbers/Excel) and
// hand-made sheets spell them: "First Name", "Given Name", "E-mail 1 - Value",
// "Mobile Phone", "Organization 1 - Title", "Job Title", "LinkedIn", ...
[[nodiscard]] ColumnMapping guessColumnMapping(const std::vector<std::string>& header);
[[nodiscard]] CsvField guessColumn(std::string_view header, std::string* label = nullptr);

// Turns rows into cards. Rows without any name or email are rejected with
// their line; a bad birthday or cadence is a warning (kept in the notes).
void cardsFromCsv(const CsvTable& table, const ColumnMapping& mapping, ParseResult& out,
                  const ReadLimits& limits = {});

struct CsvImport {
    ParseResult result;
    std::vector<std::string> header; // the first row, for the mapping step
    ColumnMapping mapping;           // the one used (given, or guessed)
};

// The whole generic-CSV import: decode, detect the separator, guess (or use)
// the mapping, make cards.
[[nodiscard]] CsvImport readCsvContacts(std::string_view bytes, const std::string& fileName,
                                        const std::optional<ColumnMapping>& mapping = std::nullopt,
                                        const ReadLimits& limits = {});

} // namespace rk
