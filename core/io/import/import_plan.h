#pragma once
#include "core/io/csv/column_mapping.h"
#include "core/io/import/import_types.h"
#include "core/model/contact.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rk {

class Database;
class Store;
struct JsonBackup;

enum class ImportAction { New, Merge, Unchanged, Rejected };
[[nodiscard]] std::string_view importActionName(ImportAction action); // "new", "merged", ...

// One line of the preview: what will happen to one card or row of the file.
struct ImportPlanEntry {
    ImportAction action = ImportAction::New;
    int line = 0;
    std::string name;           // display name; empty for a rejected row
    ContactId existingId = 0;   // Merge / Unchanged: the contact it matched
    std::string existingName;
    std::string matchedBy;      // "email jose@x.org", "phone", "name and company", "line 12"
    std::string detail;         // Rejected: why. Merge: "adds email, photo; title: kept ..."
    std::ptrdiff_t card = -1;   // index into ImportPlan::cards, or -1
    bool foldedIntoEarlier = false; // same person as an earlier card of this file
};

// One end of a link an import will make: a card of the plan (its index in
// ImportPlan::cards) or a contact the database already has.
struct LinkEnd {
    std::ptrdiff_t card = -1;
    ContactId existing = 0;

    friend bool operator==(const LinkEnd&, const LinkEnd&) = default;
};

// A relation of a card whose other person is in the network too (see
// import_relations.h): committed as a link unless the two have it already.
struct PlannedLink {
    LinkEnd from, to;
    LinkKind kind = LinkKind::Knows;
};

// The preview of an import: nothing in the database has changed yet.
struct ImportPlan {
    std::string file;
    std::vector<ImportCard> cards;        // what will be written (same-file duplicates folded)
    std::vector<ImportPlanEntry> entries; // one per card or rejected row, in file order
    std::vector<ImportProblem> warnings;  // imported, but something was dropped or kept as a note
    std::vector<PlannedLink> links;       // between people of the file and of the database
    std::size_t newCount = 0;
    std::size_t mergedCount = 0;
    std::size_t unchangedCount = 0;
    std::size_t rejectedCount = 0;        // includes rejections past ReadLimits::maxProblems
    std::size_t skippedCount = 0;         // empty entries left out on purpose, not rejected
    std::string skippedReason;            // the reader's why, for skippedSentence
    std::string fatal;                    // the file as a whole was refused
    // A JSON backup going into an empty database is restored exactly
    // (ids, history, events, goals, settings) instead of merged.
    std::shared_ptr<const JsonBackup> restore;
    std::string restoreSummary; // "12 contacts, 340 interactions, 3 reminders, …"
    // Generic CSV: the header and the mapping used, for the mapping step.
    std::vector<std::string> csvHeader;
    ColumnMapping csvMapping;

    [[nodiscard]] bool canCommit() const {
        return fatal.empty() && (restore || newCount + mergedCount > 0);
    }
    // "3 new, 1 merged, 0 unchanged, 2 rejected" (", 4 skipped" when some were)
    [[nodiscard]] std::string summary() const;
    // "4 empty rows were skipped: LinkedIn keeps an empty row for each member
    // who closed their account." or "" when none were.
    [[nodiscard]] std::string skippedSentence() const;
};

// Matches each card against the database (email, then phone, then name +
// company) and against earlier cards of the same file. Reads only.
[[nodiscard]] ImportPlan planImport(Database& db, ParseResult parsed);

// done/total entries. Return false to cancel: the import is then rolled back.
using ImportProgress = std::function<bool(std::size_t done, std::size_t total)>;

// An import that adds or changes more people than this is preceded by a
// backup of the database (core/store/backup_now.h): it is one undo step, but
// undo ends when Rekindle closes.
inline constexpr std::size_t kBackupBeforeImportOver = 100;

struct ImportOutcome {
    bool committed = false;
    std::string backupPath; // the backup made first, when one was
    bool cancelled = false;
    std::size_t added = 0;
    std::size_t merged = 0;
    std::size_t unchanged = 0;
    std::size_t linked = 0;         // links made between two people (PlannedLink)
    std::vector<ContactId> touched; // added or changed contacts
};

// Writes the plan in one transaction through store.change, so it lands whole
// or not at all and one Ctrl+Z undoes it. More than kBackupBeforeImportOver
// people going into a database that has people: a backup first, and no
// import when it cannot be made. Merges are re-checked against the
// database as it is now. Throws StoreError when the database refuses (disk
// full, read-only); nothing has changed then.
ImportOutcome commitImport(Store& store, const ImportPlan& plan, const ImportProgress& progress = {});

} // namespace rk
