#pragma once
#include "app/views/sheets/sheet.h"
#include "core/model/interaction.h"

#include <string>

namespace rk::app {

// What the sheet is filling in. Only `kind` carries over between people.
struct LogDraft {
    LogTarget who; // who.id == 0: a new person, added when the log is saved
    LogOrigin origin = LogOrigin::Anywhere; // the one place that knows a Done swipe opened it
    InteractionKind kind = InteractionKind::Email;
    Direction direction = Direction::Out;
    std::string when; // empty = now
    std::string note;
    std::string introducedBy; // a new person only: who introduced you
    bool askedHelp = false;
    bool gaveHelp = false;
    bool awaitingReply = false;

    // "They did" and "awaiting their reply" exclude each other: a message
    // from them is not waiting for their answer. Setting one clears the other.
    void setDirection(Direction d) {
        direction = d;
        if (d == Direction::In) awaitingReply = false;
    }
    void setAwaitingReply(bool on) {
        awaitingReply = on;
        if (on) direction = Direction::Out;
    }
};

// The quick-log sheet: who, what kind, which way, when, a note and flags, in
// a few keystrokes. Enter in the note saves (Shift+Enter: new line), Ctrl+Enter
// saves from anywhere, Esc cancels, Alt+1…7 picks the kind, Alt+D flips the
// direction, Alt+K / Alt+G / Alt+A toggle the flags.
class LogSheet final : public Sheet {
public:
    enum class Mode { Closed, Picking, Editing };

    LogSheet() : Sheet("##log-sheet") {}

    // The form for one person (the App has looked them up).
    void openFor(const LogTarget& who, LogOrigin origin, std::optional<InteractionKind> kind = {});
    // An ask: a message to `who`, asked for help, with `note` drafted (an intro request).
    void openForAsk(const LogTarget& who, const std::string& note);
    // "Who did you talk to?" first.
    void openPicker(LogOrigin origin = LogOrigin::Anywhere);
    // "Add Zoë Adler and log": the form for someone the picker did not find.
    void openForNewPerson(const std::string& name);
    void close() { m_mode = Mode::Closed; }
    // Saving failed (a full disk): the sheet comes back with everything typed,
    // and the error toast says why, so the person can try again.
    void reopenAfterFailedSave(const std::string& why);
    [[nodiscard]] bool isOpen() const override { return m_mode != Mode::Closed; }
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] LogOrigin origin() const { return m_draft.origin; }
    [[nodiscard]] const LogDraft& draft() const { return m_draft; }
    [[nodiscard]] const std::string& error() const { return m_error; }
    // True while the sheet gently suggests rekindling before an ask.
    [[nodiscard]] bool suggestsRekindleFirst() const {
        return m_draft.askedHelp && m_draft.who.suggestRekindleFirst;
    }

protected:
    // Pushes LogInteraction or LogCancelled when it closes.
    void drawStep(ViewContext& ctx) override;
    void dismissed(ViewContext& ctx) override { cancel(ctx); }

private:
    void drawPicker(ViewContext& ctx);
    void pick(ViewContext& ctx, ContactId id);
    void drawForm(ViewContext& ctx);
    void drawHeader(ViewContext& ctx);
    void drawKindAndDirection(ViewContext& ctx);
    void drawFlags(ViewContext& ctx);
    void handleShortcuts(ViewContext& ctx);
    void save(ViewContext& ctx);
    void cancel(ViewContext& ctx);

    Mode m_mode = Mode::Closed;
    LogDraft m_draft;
    InteractionKind m_lastKind = InteractionKind::Email;
    std::string m_query;             // the picker's text
    std::string m_askedQuery;        // the text the read model was last asked about
    bool m_pickWhenAnswered = false; // Enter came before the matches for the text did
    int m_highlight = 0;
    std::string m_error;
    bool m_focusPending = false;
    bool m_noteActive = false; // the note had focus last frame (Enter there saves)
};

} // namespace rk::app
