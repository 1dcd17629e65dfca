#pragma once
#include "app/view_context.h"
#include "core/model/interaction.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace rk::app {

// A person's interactions, newest first. Each can be edited in place (kind,
// direction, when, note, flags) or deleted, each one undoable step
// (EditInteraction, DeleteInteraction). Keys: J/K or ↓/↑ select, Enter edits, Delete removes; in the editor
// Ctrl+Enter saves and Esc cancels.
class ContactTimeline {
public:
    void reset();
    // Keys for the selection; call only when no text field or popup has the keyboard.
    void handleKeys(ViewContext& ctx, const std::vector<Interaction>& items);
    void draw(ViewContext& ctx, const std::vector<Interaction>& items, bool editable);

    [[nodiscard]] std::int64_t selectedId() const { return m_selected; }
    [[nodiscard]] bool isEditing() const { return m_editing != 0; }
    [[nodiscard]] std::int64_t editingId() const { return m_editing; }
    void cancelEdit() { m_editing = 0; }

private:
    void drawRow(ViewContext& ctx, const Interaction& i, bool editable);
    void drawEditor(ViewContext& ctx);
    void startEdit(const Interaction& i);
    void saveEdit(ViewContext& ctx);
    static void remove(ViewContext& ctx, const Interaction& i);

    std::int64_t m_selected = 0;
    std::int64_t m_editing = 0;
    bool m_scrollToSelected = false;
    bool m_focusNote = false;
    Interaction m_draft;       // the interaction being edited
    std::string m_when;        // its time as typed
    std::string m_whenOriginal;
    std::string m_error;
    std::unordered_map<std::int64_t, float> m_rowHeights; // id -> height last drawn, with spacing
};

} // namespace rk::app
