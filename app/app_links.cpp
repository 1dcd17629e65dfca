// The App's handlers for who knows whom: linking people on their pages,
// "Who can introduce me?" in the deck, and asking for an intro.
#include "app/app.h"

#include "core/commands/link_commands.h"

namespace rk::app {

void App::on(const intent::AskForIntro& i) {
    auto who = loadLogTarget(m_store, i.contactId);
    if (!who) {
        showToast("That person is no longer in your deck.", false, true);
        return;
    }
    m_logSheet.openForAsk(*who, i.draft);
}

void App::on(const intent::LinkPeople& i) {
    showToast(linkPeople(m_store, i.from, i.to, i.kind).label, true);
}

void App::on(const intent::UnlinkPeople& i) {
    showToast(unlinkPeople(m_store, i.linkId).label, true);
}

void App::on(const intent::ShowIntroPaths& i) {
    m_contactView.close();
    m_insights.close();
    m_tab = Tab::Deck;
    m_deck.setSearchText("intro:" + i.query);
}

} // namespace rk::app
