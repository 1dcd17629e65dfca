#include "core/db/store_problem.h"

#include <sqlite3.h>

namespace rk {

StoreProblem storeProblemOf(int sqliteCode) {
    switch (sqliteCode & 0xff) { // the primary code; extended codes refine it
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return StoreProblem::Busy;
    // A write past RLIMIT_FSIZE fails with EFBIG, which SQLite reports as an
    // I/O error on write; a full disk (ENOSPC) as SQLITE_FULL.
    case SQLITE_FULL:
    case SQLITE_IOERR: return StoreProblem::DiskFull;
    default: return StoreProblem::Other;
    }
}

std::string explainStoreError(const StoreError& e) {
    switch (storeProblemOf(e.code())) {
    case StoreProblem::Busy:
        return "Another program is writing to your Rekindle data right now, so this was not saved yet. "
               "Try again when it has finished.";
    case StoreProblem::DiskFull:
        return "Rekindle could not write to the disk (it may be full), so this was not saved. "
               "Your data is as it was before; free some space and try again.";
    case StoreProblem::Other: break;
    }
    return e.what();
}

} // namespace rk
