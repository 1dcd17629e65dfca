#pragma once
#include "app/views/sheets/sheet.h"
#include "core/model/event.h"

#include <optional>
#include <string>

namespace rk::app {

// A new event, or an edit of one: name, day, place, notes. The day reads
// like every date field ("today", "last friday", "3 dec", 2026-12-04), the
// nearer of past and future when the phrase has no direction, and the line
// under it says which day it understood. Enter saves, Esc cancels.
class EventForm final : public Sheet {
public:
    EventForm() : Sheet("##event-form") {}

    void openNew(const CivilDate& today);
    void openEdit(const Event& event);
    void close() { m_open = false; }
    [[nodiscard]] bool isOpen() const override { return m_open; }
    [[nodiscard]] const std::string& error() const { return m_error; }

protected:
    void drawStep(ViewContext& ctx) override;
    void dismissed(ViewContext&) override { m_open = false; }

private:
    void save(ViewContext& ctx);

    bool m_open = false;
    Event m_event;        // id 0: a new one
    std::string m_date;   // as typed
    std::string m_error;
    bool m_focus = false;
};

// The day an event's date field means, or why it does not read: a phrase
// with no direction ("friday", "3 dec") is the nearer of the last and the next.
[[nodiscard]] std::optional<CivilDate> eventDay(const std::string& text, const CivilDate& today,
                                                std::string* why = nullptr);

} // namespace rk::app
