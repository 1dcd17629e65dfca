#pragma once
#include "app/view_context.h"
#include "app/views/events/event_form.h"

#include <cstdint>

namespace rk::app {

// More → Events (V): upcoming and past events with how many people you met
// at each and how many you followed up; an event's page lists those people,
// each with where their follow-up stands. Keys: ↑/↓ pick, Enter opens, N a
// new event, M "I met someone" here, E edits, Delete deletes (the people
// stay, Ctrl+Z brings it back), Esc goes back.
class EventsView {
public:
    void draw(ViewContext& ctx);
    // Back to the list (0) or to one event's page, nothing picked.
    void open(std::int64_t eventId);
    [[nodiscard]] std::int64_t openEvent() const { return m_event; }
    [[nodiscard]] int selected() const { return m_selected; }
    [[nodiscard]] EventForm& form() { return m_form; }
    [[nodiscard]] const EventForm& form() const { return m_form; }

private:
    static constexpr float kMaxWidth = 640.f;

    void drawList(ViewContext& ctx);
    void drawPage(ViewContext& ctx, const EventPage& page);
    void listKeys(ViewContext& ctx);
    void pageKeys(ViewContext& ctx, const EventPage& page);
    [[nodiscard]] bool keysFree(const ViewContext& ctx) const;
    // One row: a highlight when picked; true when clicked.
    bool row(ViewContext& ctx, int index, const std::string& title, const std::string& detail,
             const std::string& status, ImU32 statusColour);

    std::int64_t m_event = 0; // the page open, or 0 for the list
    int m_selected = -1;
    EventForm m_form;
};

} // namespace rk::app
