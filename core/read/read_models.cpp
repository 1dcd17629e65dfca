#include "core/read/read_models.h"

#include "core/repo/contact_repo.h"
#include "core/repo/event_repo.h"
#include "core/repo/goal_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/search/reciprocity.h"
#include "core/store/backup_now.h"
#include "core/store/store.h"

namespace rk {

namespace {
// Warmth's "cold" follows the user's dormant threshold.
WarmthPolicy warmthFor(const UserSettings& settings) {
    WarmthPolicy policy;
    policy.dormantAfterDays = settings.dormantDays();
    return policy;
}
} // namespace

std::optional<LogTarget> loadLogTarget(Store& store, ContactId id) {
    auto card = ContactRepo(store.db()).card(id);
    if (!card) return std::nullopt;
    const WarmthPolicy policy = warmthFor(UserSettings::load(store.db()));
    return LogTarget{id, card->displayName,
                     shouldSuggestRekindleFirst(store.db(), id, store.clock(), policy)};
}

ReadModels::ReadModels(Store& store)
    : m_store(store), m_planner(store.db()), m_deck(store.db(), store.clock()) {}

const std::string& ReadModels::dataPath() const {
    return m_store.path();
}

void ReadModels::searchDeck(const SearchRequest& request) {
    m_deckRequest = request;
    m_deckStamp = {}; // search again at the next refresh
    m_deckWantsMore = false;
}

void ReadModels::findPeople(const std::string& text) {
    m_peopleText = text;
    m_peopleStamp = {};
}

void ReadModels::refresh(const Demand& demand, std::uint64_t revision, std::int64_t now) {
    Database& db = m_store.db();
    const CivilDate day = localDateOf(now);
    if (revision != m_settingsRevision) {
        const UserSettings settings = UserSettings::load(db);
        if (settings.dormantDays() != m_settings.dormantDays() || m_settingsRevision == UINT64_MAX)
            m_deck.setWarmth(warmthFor(settings));
        m_settings = settings;
        m_settingsRevision = revision;
    }
    if (!m_todayStamp.current(revision, day)) {
        m_today.contactCount = ContactRepo(db).count();
        m_today.queue = m_planner.build(day);
        m_todayStamp = {revision, day};
    }
    if (demand.deck) {
        if (!m_deckStamp.current(revision, day)) {
            m_deck.search(m_deckRequest);
            m_deckStamp = {revision, day};
        } else if (m_deckWantsMore) {
            m_deck.loadMore();
        }
        m_deckWantsMore = false;
    }
    if (demand.contact != m_contactPageId) {
        m_contactPageId = demand.contact;
        m_contactPage.reset();
        m_contactPageStamp = {};
    }
    if (demand.contact != 0 && !m_contactPageStamp.current(revision, day)) {
        m_contactPage = loadContactPage(db, demand.contact, now, warmthFor(m_settings));
        m_contactPageStamp = {revision, day};
    }
    if (demand.recentLog && !m_recentLogStamp.current(revision, day)) {
        m_recentLog = InteractionRepo(db).recent(kRecentLogLimit);
        m_recentLogStamp = {revision, day};
    }
    if (demand.goals && !m_goalsStamp.current(revision, day)) {
        m_goals = loadGoalsBoard(db, now, m_settings.weekStart(), m_settings.dormantDays());
        m_goalsStamp = {revision, day};
    }
    if (demand.freshStart && !m_freshStartStamp.current(revision, day)) {
        m_freshStart = loadFreshStartPeople(db, day, m_settings.dormantDays(), kFreshStartPeople);
        m_freshStartStamp = {revision, day};
    }
    if (demand.shelves && !m_shelvesStamp.current(revision, day)) {
        ContactRepo contacts(db);
        m_shelves = {contacts.count(Shelf::Active), contacts.count(Shelf::Archived),
                     contacts.count(Shelf::Trash)};
        m_shelvesStamp = {revision, day};
    }
    if (demand.shelfLists && !m_shelfListsStamp.current(revision, day)) {
        m_shelfLists = loadShelfLists(db);
        m_shelfListsStamp = {revision, day};
    }
    if (demand.backups && !m_backupsStamp.current(revision, day)) {
        m_backups = listBackups(backupFolderFor(m_store.path()), day);
        m_backupsStamp = {revision, day};
    }
    if (!m_peopleStamp.current(revision, day)) {
        m_people.text = m_peopleText;
        m_people.people = m_peopleText.empty()
                              ? std::vector<ContactCard>{}
                              : ContactRepo(db).findByName(m_peopleText, kPeopleLimit);
        m_peopleStamp = {revision, day};
    }
    if (demand.formChoices && !m_formChoicesStamp.current(revision, day)) {
        m_formChoices = {EventRepo(db).all(), CadencePolicy::fromSettings(m_settings)};
        m_formChoicesStamp = {revision, day};
    }
    if (demand.insights && !m_insightsStamp.current(revision, day)) {
        m_insights = loadInsights(db, now, m_settings);
        m_insightsStamp = {revision, day};
    }
    if (demand.insightPeople && (!(m_insightPeople.figure == *demand.insightPeople) ||
                                 !m_insightPeopleStamp.current(revision, day))) {
        m_insightPeople = loadInsightPeople(db, *demand.insightPeople, now, m_settings);
        m_insightPeopleStamp = {revision, day};
    }
    if (demand.events && !m_eventsStamp.current(revision, day)) {
        m_events = loadEventList(db, day);
        m_eventsStamp = {revision, day};
    }
    if (demand.eventPage != m_eventPageId) {
        m_eventPageId = demand.eventPage;
        m_eventPage.reset();
        m_eventPageStamp = {};
    }
    if (demand.eventPage != 0 && !m_eventPageStamp.current(revision, day)) {
        m_eventPage = loadEventPage(db, demand.eventPage, day);
        m_eventPageStamp = {revision, day};
    }
    if (demand.intro && (m_intro.query != *demand.intro || !m_introStamp.current(revision, day))) {
        if (m_linkGraphRevision != revision) {
            m_linkGraph = LinkGraph::load(db);
            m_linkGraphRevision = revision;
        }
        m_intro = loadIntroPage(db, m_linkGraph, *demand.intro, now, warmthFor(m_settings));
        m_introStamp = {revision, day};
    }
}

} // namespace rk
