#pragma once
#include "app/view_context.h"
#include "core/model/interaction.h"
#include "core/repo/contact_repo.h"

#include <string>
#include <vector>

namespace rk::app {

// What the sheet is filling in. Only `kind` carries over between people.
struct LogDraft {
    std::int64_t contactId = 0;
    std::string contactName;
    InteractionKind kind = InteractionKind::Email;
    Direction direction = Direction::Out;
    std::string when; // empty = now
    std::string note;
    bool askedHelp = false;
    bool gaveHelp = false;
    bool awaitingReply = false;
};

// The quick-log sheet: who, what kind, which way, when, a note and flags, in
// a few keystrokes. Enter in the note saves (Shift+Enter: new line), Ctrl+Enter
// saves from anywhere, Esc cancels, Alt+1…7 picks the kind, Alt+D flips the
// direction, Alt+K / Alt+G / Alt+A toggle the flags.
class LogSheet {
public:
    enum class Mode { Closed, Picking, Editing };

    void openFor(std::int64_t contactId, const std::string& name);
    void openPicker();
    void close() { m_mode = Mode::Closed; }
    [[nodiscard]] bool isOpen() const { return m_mode != Mode::Closed; }
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] const LogDraft& draft() const { return m_draft; }
    [[nodiscard]] const std::string& error() const { return m_error; }
    [[nodiscard]] const std::vector<ContactCard>& matches() const { return m_matches; }
    // True while the sheet gently suggests rekindling before an ask.
    [[nodiscard]] bool suggestsRekindleFirst() const { return m_draft.askedHelp && m_suggestRekindle; }

    // Draws the sheet over the screen; pushes LogInteraction or LogCancelled.
    void draw(ViewContext& ctx);

private:
    void drawPicker(ViewContext& ctx);
    void drawForm(ViewContext& ctx);
    void handleShortcuts(ViewContext& ctx);
    void save(ViewContext& ctx);
    void cancel(ViewContext& ctx);
    void refreshMatches(ViewContext& ctx);

    Mode m_mode = Mode::Closed;
    LogDraft m_draft;
    InteractionKind m_lastKind = InteractionKind::Email;
    std::string m_query;
    std::string m_matchedQuery = "\x01";
    std::vector<ContactCard> m_matches;
    int m_highlight = 0;
    std::string m_error;
    bool m_focusPending = false;
    bool m_popupOpened = false;
    bool m_noteActive = false; // the note had focus last frame (Enter there saves)
    // Whether to suggest rekindling before asking this person for help,
    // looked up once per person rather than every frame.
    std::int64_t m_rekindleCheckedFor = 0;
    bool m_suggestRekindle = false;
};

} // namespace rk::app
