#pragma once
#include "app/views/sheets/sheet.h"
#include "core/model/contact_link.h"

#include <span>
#include <string>

namespace rk::app {

// One way someone relates to the person whose page is open, as the sheet
// offers it: the other person first ("Ben … is their manager").
struct LinkRelationChoice {
    const char* label; // "works with them"
    LinkKind kind;
    bool otherIsFrom; // the picked person is the link's `from` end
};
[[nodiscard]] std::span<const LinkRelationChoice> linkRelationChoices();

// "Link Ana with someone": a type-ahead picker for the other person and how
// they know each other. Keys alone: type a name, ↑/↓ pick, Alt+1…7 the
// relation, Enter links; Esc closes. Mouse alone: click a relation, click a
// person. Each link is one undoable change (Ctrl+Z).
class LinkSheet final : public Sheet {
public:
    LinkSheet() : Sheet("##link-sheet") {}

    void open(ContactId contactId, const std::string& name);
    void close() { m_open = false; }
    [[nodiscard]] bool isOpen() const override { return m_open; }
    [[nodiscard]] int relation() const { return m_relation; }
    [[nodiscard]] const std::string& query() const { return m_query; }

protected:
    void drawStep(ViewContext& ctx) override;
    void dismissed(ViewContext& ctx) override;

private:
    void link(ViewContext& ctx, ContactId other);

    bool m_open = false;
    ContactId m_contactId = 0;
    std::string m_name;
    std::string m_query;
    std::string m_askedQuery;
    int m_highlight = 0;
    int m_relation = 0; // index into linkRelationChoices()
    bool m_focusPending = false;
};

} // namespace rk::app
