#pragma once
#include "app/view_context.h"

#include <string>

namespace rk::app {

// "Remind me about Ana": a date (quick picks or YYYY-MM-DD, today or later)
// and a note, saved as an open Reminder (AddReminder: one undoable step). The note
// has the cursor; Enter saves from either field, Esc cancels.
class RemindPopup {
public:
    void open(const CivilDate& today);
    void close() { m_open = false; }
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] const std::string& error() const { return m_error; }

    void draw(ViewContext& ctx, std::int64_t contactId, const std::string& name);

private:
    bool m_open = false;
    bool m_justOpened = false;
    std::string m_date;
    std::string m_note;
    std::string m_error;
};

} // namespace rk::app
