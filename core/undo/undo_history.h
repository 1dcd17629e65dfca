#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

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
    struct Step {
        std::string label;
        std::vector<unsigned char> changeset; // forward
    };
    void applyChangeset(const std::vector<unsigned char>& changeset);

    Database& m_db;
    size_t m_maxSteps;
    std::vector<Step> m_undo;
    std::vector<Step> m_redo;
};

} // namespace rk
