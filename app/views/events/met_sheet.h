#pragma once
#include "app/views/sheets/sheet.h"
#include "core/commands/event_commands.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rk::app {

// "I met someone" (Ctrl+M anywhere, M on an event's page): the fastest way
// into the deck. A name is enough; one line of context and a company are
// optional. Enter adds the person (one undoable change, with a follow-up
// within the setting's 48 hours) and clears the fields for the next one, so
// a table of new faces goes in without leaving the keyboard; Tab moves
// between the fields, Alt+E picks another event (or none), Esc closes.
class MetSheet final : public Sheet {
public:
    MetSheet() : Sheet("##met-sheet") {}

    // eventId 0: no event.
    void open(std::int64_t eventId);
    void close() { m_open = false; }
    [[nodiscard]] bool isOpen() const override { return m_open; }
    [[nodiscard]] std::int64_t eventId() const { return m_eventId; }
    [[nodiscard]] const std::string& error() const { return m_error; }
    // Everyone added since the sheet opened, in order.
    [[nodiscard]] const std::vector<std::string>& added() const { return m_added; }

    // The App's answer to an AddPersonMet this sheet pushed.
    void saved(const std::string& name);
    // It could not be saved: what was typed comes back, with why.
    void failed(const MetPerson& person, const std::string& why);

protected:
    void drawStep(ViewContext& ctx) override;
    void dismissed(ViewContext&) override { m_open = false; }

private:
    void drawEventLine(ViewContext& ctx);
    void cycleEvent(const ViewContext& ctx);
    void add(ViewContext& ctx);

    bool m_open = false;
    std::int64_t m_eventId = 0;
    std::string m_name, m_context, m_company, m_introducedBy;
    std::string m_error;
    std::string m_lastDue; // "Sun 6 Dec", from the last one saved
    std::vector<std::string> m_added;
    bool m_focusName = false;
};

} // namespace rk::app
