#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

struct sqlite3_session;

namespace rk {

class Database;

// Undo and redo for any change to the database, recorded with SQLite's
// session extension: each step keeps the changeset its transaction produced,
// and undo applies the inverse. Commands therefore need no hand-written
// inverse, and an undo restores rows byte for byte.
//
// An undo that would overwrite something changed since (by another window or
// a later edit that was not undone) is refused rather than forced.
class UndoHistory {
public:
    explicit UndoHistory(Database& db, size_t maxSteps = 100);

    // Runs `body` in one IMMEDIATE transaction, recording what it changes.
    // If body throws, everything is rolled back and nothing is recorded.
    void record(const std::string& label, const std::function<void()>& body);

    // Bulk inserts (an import of thousands of new contacts). Recording every
    // row made such a step cost a third of the import and megabytes of undo
    // data. Instead, inside record(), the body may write new contacts and
    // their rows while a Tracking(history, false) lives, then name their id range
    // with addedContacts(). Undo deletes that range (their rows go by
    // cascade) and records the deletion then, so redo is exact as usual.
    // Undo is last-in-first-out, so every later recorded change to those
    // contacts has been undone first; a change by another connection since
    // makes the step refuse, as a conflict would.
    // Switches row-by-row recording off (or back on, inside an untracked
    // stretch) for its lifetime; outside record() it does nothing.
    class Tracking {
    public:
        Tracking(UndoHistory& history, bool on);
        ~Tracking();
        Tracking(const Tracking&) = delete;
        Tracking& operator=(const Tracking&) = delete;

    private:
        UndoHistory& m_history;
        bool m_was;
    };
    void addedContacts(std::int64_t firstId, std::int64_t lastId);

    // Data derived from the recorded tables (the search index) is not
    // recorded; whoever keeps it hears of every changeset undo or redo
    // applies, inside that transaction, and brings it up to date.
    using AppliedListener = std::function<void(const std::vector<unsigned char>& changeset)>;
    void onApplied(AppliedListener listener) { m_applied = std::move(listener); }

    [[nodiscard]] bool canUndo() const { return !m_undo.empty(); }
    [[nodiscard]] bool canRedo() const { return !m_redo.empty(); }
    [[nodiscard]] std::string undoLabel() const;
    [[nodiscard]] std::string redoLabel() const;

    // Returns the label of what was undone. Throws StoreError when the step
    // can no longer be applied cleanly; the database is then unchanged.
    std::string undo();
    std::string redo();
    void clear();

private:
    struct ContactRange {
        std::int64_t first = 0, last = -1; // empty unless first <= last
        [[nodiscard]] bool empty() const { return first > last; }
    };
    struct Step {
        std::string label;
        std::vector<unsigned char> changeset; // forward, recorded rows only
        ContactRange untracked;                // new contacts left out of changeset
        std::int64_t dataVersion = 0;          // PRAGMA data_version just after the step
    };
    void applyChangeset(const std::vector<unsigned char>& changeset);
    bool setTracking(bool on);
    std::vector<unsigned char> deleteUntracked(const Step& step);

    sqlite3_session* m_recording = nullptr; // while record() runs
    ContactRange m_pendingRange;

    Database& m_db;
    AppliedListener m_applied;
    size_t m_maxSteps;
    std::vector<Step> m_undo;
    std::vector<Step> m_redo;
};

} // namespace rk
