#pragma once
#include "core/io/csv/column_mapping.h"
#include "core/io/import/import_plan.h"
#include "core/io/import/import_types.h"

#include <optional>
#include <string>
#include <string_view>

namespace rk {

class Database;

enum class ImportFormat { VCard, LinkedIn, Csv, Json };
[[nodiscard]] std::string_view importFormatKey(ImportFormat format); // "vcard", "linkedin", "csv", "json"
[[nodiscard]] std::optional<ImportFormat> importFormatFromKey(std::string_view key);
// The content decides first (BEGIN:VCARD, LinkedIn's header, a JSON object),
// then the extension; plain CSV otherwise.
[[nodiscard]] ImportFormat detectImportFormat(std::string_view fileName, std::string_view bytes);

struct FileBytes {
    std::string bytes;
    std::string error; // set when the file could not be read or is too large
};
// Reads a whole file, refusing one over maxBytes before reading it.
[[nodiscard]] FileBytes readFileBytes(const std::string& path,
                                      std::size_t maxBytes = ReadLimits{}.maxFileBytes);

struct ImportSource {
    std::string fileName; // shown in messages
    std::string bytes;
    std::optional<ImportFormat> format;  // detected when unset
    std::optional<ColumnMapping> mapping; // generic CSV: the user's corrected mapping
};

// Parses and plans an import without changing anything: the preview. Then
// commitImport(store, plan, progress) writes it.
[[nodiscard]] ImportPlan previewImport(Database& db, const ImportSource& source,
                                       const ReadLimits& limits = {});

} // namespace rk
