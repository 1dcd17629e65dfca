#pragma once
#include "core/db/database.h"

#include <memory>
#include <string>
#include <variant>

namespace rk {

class Store;
class Clock;

// Why a database path can't be opened as it stands, told so that a person
// can act on it: the app shows it on its own screen (app/views/start)
// instead of a store, and the CLI prints its explanation.
enum class OpenProblemKind {
    MissingFolder, // the folder the file would be in does not exist
    IsFolder,      // the path is a folder, not a file
    ReadOnly,      // the file (or its folder) may not be written
    NotOurs,       // not SQLite, or another program's SQLite file
    Damaged,       // truncated or corrupt
    Newer,         // written by a newer Rekindle
    Locked,        // another program holds it
    Other,         // anything else SQLite or the file system said
};

struct OpenProblem {
    OpenProblemKind kind = OpenProblemKind::Other;
    std::string path;
    std::string title;       // "This file belongs to another program"
    std::string explanation; // what happened and that nothing was changed
    // Whether opening it read-only may work (to look, search and export).
    bool canOpenReadOnly = false;
};

// A store, or the reason there is none. Never writes to a file it refuses:
// a read-only file is refused before SQLite is asked to write anything, and
// every other refusal comes from Store's own checks, which write nothing.
using OpenResult = std::variant<std::unique_ptr<Store>, OpenProblem>;
[[nodiscard]] OpenResult openOrExplain(const std::string& path, const Clock& clock,
                                       OpenMode mode = OpenMode::ReadWriteCreate);

// What is wrong with `path`, judged by the file system and the file's
// 100-byte SQLite header alone (no SQLite connection): the checks that come
// before opening, and the reading of an error Store raised.
[[nodiscard]] OpenProblem diagnoseBeforeOpen(const std::string& path, bool* fine);
[[nodiscard]] OpenProblem diagnoseStoreError(const std::string& path, const std::string& message,
                                             int sqliteCode);

} // namespace rk
