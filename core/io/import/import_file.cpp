#include "core/io/import/import_file.h"

#include "core/io/backup/json_backup.h"
#include "core/io/csv/linkedin_reader.h"
#include "core/io/text/text_util.h"
#include "core/io/vcard/vcard_reader.h"

#include <filesystem>
#include <fstream>

namespace rk {

std::string_view importFormatKey(ImportFormat f) {
    switch (f) {
    case ImportFormat::VCard: return "vcard";
    case ImportFormat::LinkedIn: return "linkedin";
    case ImportFormat::Csv: return "csv";
    case ImportFormat::Json: return "json";
    }
    return "";
}

std::optional<ImportFormat> importFormatFromKey(std::string_view key) {
    const std::string k = asciiLower(key);
    if (k == "vcard" || k == "vcf") return ImportFormat::VCard;
    if (k == "linkedin") return ImportFormat::LinkedIn;
    if (k == "csv") return ImportFormat::Csv;
    if (k == "json") return ImportFormat::Json;
    return std::nullopt;
}

ImportFormat detectImportFormat(std::string_view fileName, std::string_view bytes) {
    const std::string head = asciiUpper(decodeFileText(bytes.substr(0, 8192)));
    const std::string_view h = trim(head);
    if (head.find("BEGIN:VCARD") != std::string::npos) return ImportFormat::VCard;
    if (looksLikeLinkedIn(decodeFileText(bytes.substr(0, 8192)))) return ImportFormat::LinkedIn;
    if (h.starts_with("{")) return ImportFormat::Json;
    const std::string ext = asciiLower(std::filesystem::path(std::string(fileName)).extension().string());
    if (ext == ".vcf" || ext == ".vcard") return ImportFormat::VCard;
    if (ext == ".json") return ImportFormat::Json;
    return ImportFormat::Csv;
}

FileBytes readFileBytes(const std::string& path, std::size_t maxBytes) {
    FileBytes out;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        out.error = path + " is a folder, not a file";
        return out;
    }
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        out.error = "can't read " + path + ": " + ec.message();
        return out;
    }
    if (size > maxBytes) {
        out.error = path + " is larger than " + std::to_string(maxBytes >> 20) + " MB; split it and import the parts";
        return out;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        out.error = "can't open " + path;
        return out;
    }
    out.bytes.resize(static_cast<std::size_t>(size));
    in.read(out.bytes.data(), static_cast<std::streamsize>(size));
    out.bytes.resize(static_cast<std::size_t>(in.gcount()));
    return out;
}

namespace {

ImportPlan previewJson(Database& db, const ImportSource& source, const ReadLimits& limits) {
    JsonBackupRead read = readJsonBackup(source.bytes, source.fileName, limits);
    if (!read.cards.ok() || !isEmptyForRestore(db)) {
        const JsonBackup& b = read.backup;
        const bool extras = (b.table("events") && !b.table("events")->rows.empty()) ||
                            (b.table("goals") && !b.table("goals")->rows.empty());
        if (read.cards.ok() && extras)
            read.cards.addProblem(ProblemSeverity::Warning, 0,
                                  "events and goals are only restored into an empty database; "
                                  "contacts and their history are merged");
        return planImport(db, std::move(read.cards));
    }
    // An empty database: restore everything exactly.
    ParseResult checks;
    checkRestore(db, read.backup, checks);
    ImportPlan plan;
    plan.file = source.fileName;
    plan.warnings = std::move(checks.problems);
    for (const auto& card : read.cards.cards) {
        ImportPlanEntry e;
        e.action = ImportAction::New;
        e.name = card.contact.displayName;
        plan.entries.push_back(std::move(e));
    }
    plan.newCount = plan.entries.size();
    std::string summary;
    for (const auto& t : read.backup.tables) {
        if (t.rows.empty()) continue;
        summary += (summary.empty() ? "" : ", ") + std::to_string(t.rows.size()) + " " + t.name;
    }
    plan.restoreSummary = summary.empty() ? "an empty backup" : summary;
    plan.restore = std::make_shared<const JsonBackup>(std::move(read.backup));
    return plan;
}

} // namespace

ImportPlan previewImport(Database& db, const ImportSource& source, const ReadLimits& limits) {
    const ImportFormat format = source.format ? *source.format : detectImportFormat(source.fileName, source.bytes);
    switch (format) {
    case ImportFormat::VCard: return planImport(db, readVCard(source.bytes, source.fileName, limits));
    case ImportFormat::LinkedIn: return planImport(db, readLinkedIn(source.bytes, source.fileName, limits));
    case ImportFormat::Json: return previewJson(db, source, limits);
    case ImportFormat::Csv: {
        CsvImport csv = readCsvContacts(source.bytes, source.fileName, source.mapping, limits);
        ImportPlan plan = planImport(db, std::move(csv.result));
        plan.csvHeader = std::move(csv.header);
        plan.csvMapping = std::move(csv.mapping);
        return plan;
    }
    }
    return {};
}

} // namespace rk
