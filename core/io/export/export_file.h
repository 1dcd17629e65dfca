#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rk {

class Database;

enum class ExportFormat { VCard, Csv, ICalendar, Json };
[[nodiscard]] std::string_view exportFormatKey(ExportFormat format); // "vcard", "csv", "ics", "json"
[[nodiscard]] std::optional<ExportFormat> exportFormatFromKey(std::string_view key);
// From the extension: .vcf/.vcard, .csv, .ics/.ical, .json.
[[nodiscard]] std::optional<ExportFormat> exportFormatFromFileName(std::string_view fileName);

// The network in the format: vCard and CSV hold the contacts (archived ones
// too, not the trash), iCalendar the follow-ups and birthdays, JSON everything.
[[nodiscard]] std::string exportNetwork(Database& db, ExportFormat format, std::int64_t now);

struct ExportResult {
    std::string error; // empty on success
    std::size_t bytes = 0;
};

// Writes to a temporary file beside `path` and renames it over, so a failed
// export never leaves half a file; the file is readable by the user only.
[[nodiscard]] ExportResult writeFileAtomically(const std::string& path, std::string_view data);
[[nodiscard]] ExportResult exportToFile(Database& db, const std::string& path, ExportFormat format,
                                        std::int64_t now);

} // namespace rk
