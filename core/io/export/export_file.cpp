#include "core/io/export/export_file.h"

#include "core/db/database.h"
#include "core/repo/contact_loader.h"
#include "core/io/csv/csv_writer.h"
#include "core/io/export/ics_writer.h"
#include "core/io/export/related_people.h"
#include "core/io/backup/json_backup.h"
#include "core/io/text/text_util.h"
#include "core/io/vcard/vcard_writer.h"

#include <filesystem>
#include <fstream>

namespace rk {

std::string_view exportFormatKey(ExportFormat f) {
    switch (f) {
    case ExportFormat::VCard: return "vcard";
    case ExportFormat::Csv: return "csv";
    case ExportFormat::ICalendar: return "ics";
    case ExportFormat::Json: return "json";
    }
    return "";
}

std::optional<ExportFormat> exportFormatFromKey(std::string_view key) {
    const std::string k = asciiLower(key);
    if (k == "vcard" || k == "vcf") return ExportFormat::VCard;
    if (k == "csv") return ExportFormat::Csv;
    if (k == "ics" || k == "ical" || k == "icalendar") return ExportFormat::ICalendar;
    if (k == "json") return ExportFormat::Json;
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatFromFileName(std::string_view fileName) {
    std::string ext = std::filesystem::path(std::string(fileName)).extension().string();
    if (ext.empty()) return std::nullopt;
    return exportFormatFromKey(std::string_view(ext).substr(1));
}

std::string exportNetwork(Database& db, ExportFormat format, std::int64_t now) {
    switch (format) {
    case ExportFormat::VCard: {
        const std::vector<Contact> contacts = loadAllContacts(db);
        return writeVCards(contacts, relatedPeopleOf(db, contacts));
    }
    case ExportFormat::Csv: return writeCsv(loadAllContacts(db));
    case ExportFormat::ICalendar: return writeICalendar(db, now);
    case ExportFormat::Json: return writeJsonBackup(db, now);
    }
    return {};
}

ExportResult writeFileAtomically(const std::string& path, std::string_view data) {
    namespace fs = std::filesystem;
    ExportResult r;
    const std::string temp = path + ".tmp-rekindle";
    std::error_code ec;
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out) {
            r.error = "can't write " + path + ": check that the folder exists and that you may write to it";
            return r;
        }
        // Personal data: readable by the user only, set before any byte lands.
        fs::permissions(temp, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ec);
        out.write(data.data(), static_cast<std::streamsize>(data.size()));
        out.flush();
        if (!out) {
            out.close();
            fs::remove(temp, ec);
            r.error = "can't write " + path + ": the disk may be full";
            return r;
        }
    }
    fs::rename(temp, path, ec);
    if (ec) {
        fs::remove(temp, ec);
        r.error = "can't replace " + path + ": " + ec.message();
        return r;
    }
    r.bytes = data.size();
    return r;
}

ExportResult exportToFile(Database& db, const std::string& path, ExportFormat format, std::int64_t now) {
    // The export would be renamed over the open database, replacing the whole
    // network with its copy (`rekindle export rekindle.db --format json`).
    std::error_code ec;
    if (std::filesystem::equivalent(path, db.path(), ec))
        return {.error = "can't export to " + path + ": that is the database itself; choose another file"};
    return writeFileAtomically(path, exportNetwork(db, format, now));
}

} // namespace rk
