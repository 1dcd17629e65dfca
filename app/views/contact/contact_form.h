#pragma once
#include "app/view_context.h"
#include "core/model/contact.h"
#include "core/model/event.h"
#include "core/schedule/cadence.h"

#include <optional>
#include <string>
#include <vector>

namespace rk::app {

// The form's edit buffers: what the person typed, before it becomes a Contact.
struct ContactDraft {
    std::string name;
    std::string company;
    std::string title;
    std::string industry;
    std::string location;
    std::string howMet;
    std::string introducedBy; // a new contact only: who in the deck introduced you
    std::int64_t metAtEventId = 0; // 0: no event
    std::string birthday;
    Circle circle = Circle::Network;
    int cadenceChoice = 0; // index into the cadence choices; the last one may be a custom value
    std::string emails;    // comma lists
    std::string phones;
    std::string links;
    std::string tags;
    std::string knows;
    std::string notes;
};

// One message per field, empty when the field is fine.
struct DraftProblems {
    std::string name, emails, phones, links, birthday;
    [[nodiscard]] bool ok() const {
        return name.empty() && emails.empty() && phones.empty() && links.empty() && birthday.empty();
    }
    // Why Save is disabled ("Fix the email address to save."), or empty.
    [[nodiscard]] std::string saveBlocker() const;
};

[[nodiscard]] DraftProblems checkDraft(const ContactDraft& draft, const CivilDate& today);

// Create or edit a contact: name (required), role, where they are, how you met,
// birthday, circle and cadence (with the follow-up date it implies), contact
// methods, tags and topics as comma lists, and notes. Messages appear under a
// field once you leave it; Save stays disabled, with the reason beside it, until
// everything is valid. Ctrl+Enter saves, Esc cancels.
class ContactForm {
public:
    enum class Outcome { Open, Saved, Cancelled };

    void startNew();
    void startEdit(const Contact& contact);
    void close() { m_open = false; }
    // Shows the form again with what was typed (a save that failed).
    void reopen() { m_open = true; }
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] bool isEditing() const { return m_base.id != 0; }
    [[nodiscard]] const ContactDraft& draft() const { return m_draft; }
    [[nodiscard]] const DraftProblems& problems() const { return m_problems; }

    // Draws the form. On Saved, build() holds the contact to write.
    Outcome draw(ViewContext& ctx);
    // The contact as the form would save it: the original (photo, past roles,
    // follow-up state kept) with the draft applied.
    [[nodiscard]] Contact build() const;

private:
    void drawFields(ViewContext& ctx);
    Outcome drawFooter(ViewContext& ctx, bool save);
    void drawCadence(ViewContext& ctx);
    void drawEventPicker(ViewContext& ctx);
    bool field(ViewContext& ctx, unsigned index, const char* label, const char* id, std::string& value,
               const char* hint, const std::string& problem, bool multiline = false);

    bool m_open = false;
    bool m_focusName = false;
    bool m_triedSave = false; // after a refused Save every message shows
    unsigned m_edited = 0;    // one bit per field typed into: its message may show once left
    Contact m_base;
    ContactDraft m_draft;
    DraftProblems m_problems;
    std::optional<int> m_customCadence; // the contact's own cadence when it matches no choice
};

} // namespace rk::app
