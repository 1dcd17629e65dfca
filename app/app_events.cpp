// The App's handlers for events and the people you meet (issue 13): More →
// Events, its pages, and "I met someone" (Ctrl+M). Each change is one core
// command (core/commands/event_commands.h) with its toast and Undo.
#include "app/app.h"

#include "core/commands/event_commands.h"
#include "core/db/store_problem.h"
#include "core/model/contact_validation.h"
#include "core/read/event_list.h"
#include "core/store/store.h"

namespace rk::app {

namespace {
// With no event named, "I met someone" assumes the event of today or the
// last two days (the one you are at, or just back from); otherwise none.
std::int64_t recentEvent(Database& db, const CivilDate& today) {
    const EventList list = loadEventList(db, today);
    for (const EventSummary& e : list.upcoming)
        if (e.date && *e.date == today) return e.id;
    for (const EventSummary& e : list.past)
        if (e.date && e.date->daysUntil(today) <= 2) return e.id;
    return 0;
}
} // namespace

void App::on(const intent::ShowEvent& i) {
    m_contactView.close();
    m_tab = Tab::More;
    if (m_more.screen() != MoreScreen::Events) m_more.show(MoreScreen::Events);
    m_more.events().open(i.eventId);
}

void App::on(const intent::OpenMetSheet& i) {
    if (m_logSheet.isOpen() || m_palette.isOpen()) return;
    std::int64_t eventId = 0;
    if (i.eventId) {
        eventId = *i.eventId;
    } else if (!m_contactView.isOpen() && m_tab == Tab::More &&
               m_more.screen() == MoreScreen::Events && m_more.events().openEvent() != 0) {
        eventId = m_more.events().openEvent();
    } else {
        eventId = recentEvent(m_store.db(), m_clock.today());
    }
    m_metSheet.open(eventId);
}

void App::on(const intent::CreateEvent& i) {
    Event event = i.event;
    const EventResult r = createEvent(m_store, event);
    on(intent::ShowEvent{r.eventId});
    showToast(r.label, true);
}

void App::on(const intent::UpdateEvent& i) {
    showToast(updateEvent(m_store, i.event).label, true);
}

void App::on(const intent::DeleteEvent& i) {
    const EventResult r = deleteEvent(m_store, i.eventId);
    if (m_more.events().openEvent() == i.eventId) m_more.events().open(0);
    showToast(r.label, true);
}

void App::on(const intent::AddPersonMet& i) {
    try {
        const MetResult r = addPersonMet(m_store, i.person);
        m_metSheet.saved(std::string(validate::trim(i.person.name)));
        showToast(r.label, true);
    } catch (const StoreError& e) {
        // Busy: the App keeps the intent and saves it later. Anything else:
        // what was typed comes back in the sheet, with why.
        if (storeProblemOf(e.code()) != StoreProblem::Busy)
            m_metSheet.failed(i.person, explainStoreError(e));
        throw;
    }
}

} // namespace rk::app
