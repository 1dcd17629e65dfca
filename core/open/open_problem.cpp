#include "core/open/open_problem.h"

#include "core/db/store_error.h"
#include "core/store/schema.h"
#include "core/store/store.h"

#include <sqlite3.h>
#include <unistd.h>

#include <array>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace rk {

namespace fs = std::filesystem;

namespace {

std::uint32_t bigEndian32(const unsigned char* p) {
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           std::uint32_t(p[3]);
}

// What the header says, for the files SQLite refuses or Store rejects.
struct Header {
    bool sqlite = false;
    std::uint32_t userVersion = 0;
    std::uint32_t applicationId = 0;
};

Header readHeader(const std::string& path) {
    Header h;
    std::ifstream in(path, std::ios::binary);
    std::array<unsigned char, 100> bytes{};
    if (!in.read(reinterpret_cast<char*>(bytes.data()), bytes.size())) return h;
    h.sqlite = std::memcmp(bytes.data(), "SQLite format 3", 16) == 0;
    h.userVersion = bigEndian32(&bytes[60]);
    h.applicationId = bigEndian32(&bytes[68]);
    return h;
}

OpenProblem problem(OpenProblemKind kind, const std::string& path, std::string title, std::string explanation,
                    bool readOnly = false) {
    return OpenProblem{kind, path, std::move(title), std::move(explanation), readOnly};
}

// Whether the file or the folder it lives in may not be written. The
// permission bits count even for root, whom chmod does not stop: a file a
// person made read-only is one they do not want changed.
bool writeProtected(const fs::path& file, const fs::path& folder) {
    std::error_code ec;
    const auto perms = fs::status(file, ec).permissions();
    if (!ec && (perms & fs::perms::owner_write) == fs::perms::none) return true;
    if (access(file.c_str(), W_OK) != 0) return true;
    // WAL needs its side files next to the database.
    return access(folder.c_str(), W_OK | X_OK) != 0;
}

} // namespace

OpenProblem diagnoseBeforeOpen(const std::string& path, bool* fine) {
    *fine = false;
    const fs::path file(path);
    const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
    std::error_code ec;
    if (fs::is_directory(file, ec))
        return problem(OpenProblemKind::IsFolder, path, "This is a folder, not a database",
                       path + " is a folder. Rekindle keeps everything in one file: choose a file "
                              "inside it, or a new name for a fresh start.");
    if (!fs::exists(folder, ec))
        return problem(OpenProblemKind::MissingFolder, path, "The folder is missing",
                       "The folder " + folder.string() +
                           " does not exist, so there is no database here. It may be on a drive "
                           "that is not connected. Choose another file, or connect the drive and "
                           "start Rekindle again.");
    if (fs::exists(file, ec) && writeProtected(file, folder))
        return problem(OpenProblemKind::ReadOnly, path, "This file is read-only",
                       "Rekindle may not write to " + path +
                           ", so nothing you change could be saved. You can open it read-only to "
                           "look, search and export, or choose another file.",
                       true);
    *fine = true;
    return {};
}

OpenProblem diagnoseStoreError(const std::string& path, const std::string& message, int sqliteCode) {
    const int primary = sqliteCode & 0xff;
    const Header header = readHeader(path);
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return problem(OpenProblemKind::Locked, path, "Another program is using this file", message, true);
    if (primary == SQLITE_READONLY || primary == SQLITE_PERM)
        return problem(OpenProblemKind::ReadOnly, path, "This file is read-only", message, true);
    if (primary == SQLITE_CORRUPT)
        return problem(OpenProblemKind::Damaged, path, "This database is damaged", message);
    const auto ours = static_cast<std::uint32_t>(kApplicationId);
    if (primary == SQLITE_NOTADB || (header.sqlite && header.applicationId != ours))
        return problem(OpenProblemKind::NotOurs, path, "This is not a Rekindle database",
                       header.sqlite
                           ? path + " belongs to another program, so Rekindle left it untouched. "
                                    "Choose your Rekindle file instead."
                           : path + " is not a Rekindle database (it is not a database at all), so "
                                    "Rekindle left it untouched. Choose your Rekindle file instead.");
    if (header.sqlite && header.userVersion > static_cast<std::uint32_t>(latestSchemaVersion()))
        return problem(OpenProblemKind::Newer, path, "A newer Rekindle wrote this file", message);
    return problem(OpenProblemKind::Other, path, "Rekindle can't open this file", message);
}

OpenResult openOrExplain(const std::string& path, const Clock& clock, OpenMode mode) {
    if (mode != OpenMode::ReadOnly) {
        bool fine = false;
        OpenProblem early = diagnoseBeforeOpen(path, &fine);
        if (!fine) return early;
    }
    try {
        return std::make_unique<Store>(path, clock, StoreOptions{.mode = mode});
    } catch (const StoreError& e) {
        OpenProblem p = diagnoseStoreError(path, e.what(), e.code());
        // Read-only was what was asked for and it failed: don't offer it again.
        if (mode == OpenMode::ReadOnly) p.canOpenReadOnly = false;
        return p;
    }
}

} // namespace rk
