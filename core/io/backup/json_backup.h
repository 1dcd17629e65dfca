#pragma once
#include "core/db/sql_batch.h"
#include "core/io/import/import_types.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace rk {

class Database;

// A complete, exact copy of the user's data: every row of every table
// (contacts with photos and lists, interactions, reminders, events and their
// attendees, goals, settings), keyed by column name. The search index is not
// stored; it is rebuilt on restore.
//
// File shape (JSON, UTF-8):
//   { "format": "rekindle-backup", "version": 1, "schemaVersion": 1,
//     "exportedAt": 1700000000,
//     "tables": { "contacts": [ { "id": 1, "display_name": "…", "photo": {"base64": "…"}, … } ],
//                 "interactions": [ … ], … } }
using BackupValue = SqlValue;

struct BackupTable {
    std::string name;
    std::vector<std::string> columns; // union of the keys in its rows
    std::vector<std::vector<BackupValue>> rows;
};

struct JsonBackup {
    int version = 1;
    int schemaVersion = 0;
    std::int64_t exportedAt = 0;
    std::vector<BackupTable> tables; // in restore order (parents before children)

    [[nodiscard]] const BackupTable* table(std::string_view name) const;
};

// Serialises the whole database. Rows in id order, so the same data gives the same file.
[[nodiscard]] std::string writeJsonBackup(Database& db, std::int64_t now);

struct JsonBackupRead {
    JsonBackup backup;
    // The backup's contacts as import cards (with their interactions and
    // reminders), for merging into a database that is not empty.
    ParseResult cards;
};

// Parses and checks a backup without touching any database. Errors (not JSON,
// too deeply nested, not a Rekindle backup, a newer format) end in cards.fatal.
[[nodiscard]] JsonBackupRead readJsonBackup(std::string_view bytes, const std::string& fileName,
                                            const ReadLimits& limits = {});

// True when the database holds no user data yet, so a backup can be restored exactly.
[[nodiscard]] bool isEmptyForRestore(Database& db);

// Problems that would stop a restore into this database (unknown tables or
// columns are left out with a warning; a missing required table is an error).
void checkRestore(Database& db, const JsonBackup& backup, ParseResult& problems);

// Inserts every row as it was, ids included, then rebuilds the search index.
// Call inside a transaction (commitImport does, through Store::change).
void restoreBackup(Database& db, const JsonBackup& backup,
                   const std::function<void(std::size_t done, std::size_t total)>& progress = {});

} // namespace rk
