#pragma once
#include "app/view_context.h"
#include "app/views/contact/contact_details.h"
#include "app/views/contact/contact_form.h"
#include "app/views/contact/contact_remind.h"
#include "app/views/contact/link_sheet.h"
#include "app/views/contact/contact_timeline.h"

#include <memory>
#include <optional>
#include <string>

namespace rk::app {

// One person: a header with actions (Log, Remind, Edit, open email / phone /
// links), how you keep in touch, give and take, what you know about them, and
// how you're connected, and the timeline. Also hosts the create / edit form.
// Keys: L log, R remind, E edit, A archive or restore, T trash (asks first)
// or restore, C link someone, W who can introduce me, Esc back.
class ContactView {
public:
    enum class Mode { Closed, Page, Editing, Creating };

    void draw(ViewContext& ctx);
    void open(std::int64_t contactId);
    void startNew();
    // On a wide window the page sits beside the deck's list, which then owns
    // the arrows, Enter and L (its selection is this person).
    void setBesideDeck(bool beside) { m_besideDeck = beside; }
    void close();
    // Brings the create form back with what was typed (saving failed).
    void reopenForm();
    [[nodiscard]] std::int64_t contactId() const { return m_contactId; }
    [[nodiscard]] bool isOpen() const { return m_mode != Mode::Closed; }
    [[nodiscard]] Mode mode() const { return m_mode; }
    // The person whose page the read models should hold (0: none).
    [[nodiscard]] ContactId pageWanted() const;
    [[nodiscard]] const ContactForm& form() const { return m_form; }
    [[nodiscard]] const ContactTimeline& timeline() const { return m_timeline; }
    [[nodiscard]] const RemindPopup& remind() const { return m_remind; }
    [[nodiscard]] bool trashConfirmOpen() const { return m_confirmTrash; }
    [[nodiscard]] const LinkSheet& linkSheet() const { return m_linkSheet; }
    // How far the page was scrolled last frame (0: at the top).
    [[nodiscard]] float scrollY() const { return m_scrollY; }
    // A person was just opened and their page still has to be put at the top.
    [[nodiscard]] bool settling() const { return m_scrollToTop && m_mode == Mode::Page; }

private:
    void drawForm(ViewContext& ctx);
    void drawPage(ViewContext& ctx);
    void drawHeader(ViewContext& ctx);
    void drawStatusBanner(ViewContext& ctx);
    void drawShelfActions(ViewContext& ctx);
    void drawTrashPopup(ViewContext& ctx);
    void handleKeys(ViewContext& ctx);

    // Actions shared by buttons and keys.
    void logNow(ViewContext& ctx);
    void openRemind(ViewContext& ctx);
    void startEdit();
    void toggleArchive(ViewContext& ctx);
    void trashOrRestore(ViewContext& ctx);
    void linkSomeone();
    void whoIntroduces(ViewContext& ctx);

    [[nodiscard]] bool inTrash() const { return m_page && m_page->contact.deletedAt.has_value(); }
    [[nodiscard]] bool archived() const { return m_page && m_page->contact.archivedAt.has_value(); }

    Mode m_mode = Mode::Closed;
    std::int64_t m_contactId = 0;
    const ContactPage* m_page = nullptr; // from the read models, while draw() runs
    ContactForm m_form;
    ContactTimeline m_timeline;
    RemindPopup m_remind;
    LinkSheet m_linkSheet;
    bool m_confirmTrash = false;
    bool m_confirmTrashOpened = false;
    // Every page shares one child window (and so one scroll position): a
    // newly opened person starts at the top, with their name and buttons.
    bool m_scrollToTop = false;
    bool m_besideDeck = false;
    float m_scrollY = 0.f;
};

} // namespace rk::app
