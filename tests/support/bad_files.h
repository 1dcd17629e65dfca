#pragma once
// The database paths a person can end up pointing Rekindle at that it must
// refuse without changing a byte (issue 16's bad-file kinds). Each maker
// leaves the path in `dir` and returns it.
#include "core/db/database.h"
#include "core/open/open_problem.h"
#include "core/store/schema.h"
#include "core/store/store.h"
#include "core/time/clock.h"
#include "tests/support/temp_dir.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace rk::test {

[[nodiscard]] inline std::string fileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

struct BadFile {
    const char* name;
    OpenProblemKind kind;
    std::string (*make)(const TempDir& dir);
};

inline std::string makeForeign(const TempDir& dir) {
    const std::string path = dir.file("photos.db");
    Database other(path, OpenMode::ReadWriteCreate);
    other.exec("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)");
    other.exec("INSERT INTO photos(name) VALUES('holiday.jpg')");
    return path;
}

inline std::string makeNotSqlite(const TempDir& dir) {
    const std::string path = dir.file("notes.db");
    std::ofstream(path, std::ios::binary) << "These are my notes, not a database.\n";
    return path;
}

inline std::string makeTruncated(const TempDir& dir) {
    const std::string path = dir.file("cut.db");
    FixedClock clock(0);
    {
        Store store(path, clock);
        for (int i = 0; i < 200; ++i)
            store.db().exec("INSERT INTO settings(key, value) VALUES('k" + std::to_string(i) +
                            "', hex(randomblob(200)))");
        store.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        store.db().exec("PRAGMA journal_mode = DELETE");
    }
    const std::string bytes = fileBytes(path);
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes.substr(0, bytes.size() / 2);
    return path;
}

inline std::string makeNewer(const TempDir& dir) {
    const std::string path = dir.file("future.db");
    FixedClock clock(0);
    Store store(path, clock);
    store.db().exec("PRAGMA user_version = " + std::to_string(latestSchemaVersion() + 7));
    store.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return path;
}

inline std::string makeReadOnly(const TempDir& dir) {
    const std::string path = dir.file("locked-down.db");
    FixedClock clock(0);
    {
        Store store(path, clock);
        store.db().exec("INSERT INTO settings(key, value) VALUES('theme', 'dark')");
        store.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    std::filesystem::permissions(path, std::filesystem::perms::owner_read, std::filesystem::perm_options::replace);
    return path;
}

inline std::string makeFolder(const TempDir& dir) {
    const std::string path = dir.file("rekindle.db");
    std::filesystem::create_directory(path);
    return path;
}

inline std::string makeMissingFolder(const TempDir& dir) { return dir.file("unplugged-drive/rekindle.db"); }

inline const BadFile kBadFiles[] = {
    {"another program's SQLite file", OpenProblemKind::NotOurs, makeForeign},
    {"a text file named .db", OpenProblemKind::NotOurs, makeNotSqlite},
    {"a truncated database", OpenProblemKind::Damaged, makeTruncated},
    {"a database from a newer Rekindle", OpenProblemKind::Newer, makeNewer},
    {"a read-only database", OpenProblemKind::ReadOnly, makeReadOnly},
    {"a folder where the file should be", OpenProblemKind::IsFolder, makeFolder},
    {"a file in a folder that does not exist", OpenProblemKind::MissingFolder, makeMissingFolder},
};

} // namespace rk::test
