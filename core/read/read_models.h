#pragma once
#include "core/followup/followup_planner.h"
#include "core/model/contact_card.h"
#include "core/model/event.h"
#include "core/model/goal.h"
#include "core/model/interaction.h"
#include "core/read/backup_list.h"
#include "core/read/contact_page.h"
#include "core/read/deck_page.h"
#include "core/read/insights.h"
#include "core/read/goals_board.h"
#include "core/read/event_list.h"
#include "core/read/intro_page.h"
#include "core/read/shelf_lists.h"
#include "core/schedule/cadence.h"
#include "core/schedule/user_settings.h"
#include "core/time/civil_date.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace rk {

class Store;

// Today's stack and what its empty state needs.
struct TodayBoard {
    TodayQueue queue;
    std::int64_t contactCount = 0; // people in the deck; 0 on a first run

    [[nodiscard]] bool networkEmpty() const { return contactCount == 0; }
};

// How many people sit on each shelf (More → Trash, the data summary).
struct ShelfCounts {
    std::int64_t active = 0;
    std::int64_t archived = 0;
    std::int64_t trash = 0;
};

// "Who did you talk to?": people whose name contains `text`.
struct PeopleMatches {
    std::string text; // the query these people match
    std::vector<ContactCard> people;
};

// What the contact form offers to pick from.
struct FormChoices {
    std::vector<Event> events; // newest first
    CadencePolicy cadence;     // the circles' defaults, with the user's settings
};

// The person a log sheet is about.
struct LogTarget {
    ContactId id = 0;
    std::string name;
    bool suggestRekindleFirst = false; // no recent two-way contact: ask after a catch-up
};
[[nodiscard]] std::optional<LogTarget> loadLogTarget(Store& store, ContactId id);

// What every screen shows, read from the store: the read side of "one way for
// every change". The App owns one, refreshes it at the start of each frame and
// hands views a const reference, so views never read the database.
//
// Each model is rebuilt only when something it shows may have moved (the
// store's revision, the day, or the query a view set) and only while a screen
// that shows it is up (the Demand); today's queue always, for the tab badge.
// Queries that views set through intents take effect at the next refresh, which
// runs before the next frame draws anything, so results are never a frame late.
class ReadModels {
public:
    explicit ReadModels(Store& store);
    ReadModels(const ReadModels&) = delete;
    ReadModels& operator=(const ReadModels&) = delete;

    // What the coming frame will draw.
    struct Demand {
        bool deck = false;
        bool recentLog = false;
        bool goals = false;
        bool shelves = false;
        bool shelfLists = false; // the Trash and archive screen
        bool backups = false;    // the Your data screen
        bool formChoices = false;
        bool freshStart = false; // the fresh start's people to reconnect with
        ContactId contact = 0; // the contact page open, or 0
        // Insights: the charts, or the people behind one figure.
        bool insights = false;
        std::optional<InsightFigure> insightPeople;
        // More → Events and the "I met someone" sheet: the list; an event's page.
        bool events = false;
        std::int64_t eventPage = 0;
        // "Who can introduce me?": the target as typed after intro: (unset: not shown).
        std::optional<std::string> intro;
    };
    // Brings what `demand` needs up to date with the store at `revision`.
    void refresh(const Demand& demand, std::uint64_t revision, std::int64_t now);

    // Queries set by views (through intents), answered at the next refresh.
    void searchDeck(const SearchRequest& request);
    void loadMoreDeck() { m_deckWantsMore = true; }
    void findPeople(const std::string& text);
    // Backups are files, not rows: the list is read again at the next refresh
    // that demands it after this (a screen opening, a backup or a restore),
    // and when the store's revision moves.
    void rereadBackups() { m_backupsStamp = {}; }

    [[nodiscard]] const TodayBoard& today() const { return m_today; }
    [[nodiscard]] const DeckPage& deck() const { return m_deck.page(); }
    // The open contact's page; empty when they are gone (or none is open).
    [[nodiscard]] const std::optional<ContactPage>& contactPage() const { return m_contactPage; }
    [[nodiscard]] const std::vector<InteractionRow>& recentLog() const { return m_recentLog; }
    [[nodiscard]] const GoalsBoard& goals() const { return m_goals; }
    [[nodiscard]] const std::vector<FreshStartPerson>& freshStartPeople() const { return m_freshStart; }
    // The fresh start offers this many dormant people.
    static constexpr int kFreshStartPeople = 12;
    [[nodiscard]] const ShelfCounts& shelves() const { return m_shelves; }
    [[nodiscard]] const ShelfLists& shelfLists() const { return m_shelfLists; }
    // The backups in the folder beside the database, newest first.
    [[nodiscard]] const BackupList& backups() const { return m_backups; }
    // The user's settings, always current: the App follows the theme, the
    // Settings screen shows them, warmth and the deck read the dormant threshold.
    [[nodiscard]] const UserSettings& settings() const { return m_settings; }
    [[nodiscard]] const PeopleMatches& people() const { return m_people; }
    [[nodiscard]] const FormChoices& formChoices() const { return m_formChoices; }
    // Insights (only while its screen is up) and the people behind a figure.
    [[nodiscard]] const Insights& insights() const { return m_insights; }
    [[nodiscard]] const InsightPeople& insightPeople() const { return m_insightPeople; }
    [[nodiscard]] const EventList& events() const { return m_events; }
    // The event page open; empty when the event is gone (or none is open).
    [[nodiscard]] const std::optional<EventPage>& eventPage() const { return m_eventPage; }
    // The paths to the target the deck's intro: search names (only while it shows).
    [[nodiscard]] const IntroPage& intro() const { return m_intro; }
    // Where the database lives, for "Everything stays on this computer, in …".
    [[nodiscard]] const std::string& dataPath() const;

    // The Log tab lists this many of the latest interactions.
    static constexpr int kRecentLogLimit = 300;
    // The log sheet's picker offers this many people.
    static constexpr int kPeopleLimit = 8;

private:
    // When a model was last read: the store's revision and the local day.
    struct Stamp {
        std::uint64_t revision = UINT64_MAX;
        CivilDate day{0, 1, 1};
        [[nodiscard]] bool current(std::uint64_t r, const CivilDate& d) const {
            return revision == r && day == d;
        }
    };

    Store& m_store;
    FollowUpPlanner m_planner; // keeps its prepared statements between rebuilds
    DeckReader m_deck;

    TodayBoard m_today;
    Stamp m_todayStamp;
    Stamp m_deckStamp;
    SearchRequest m_deckRequest;
    bool m_deckWantsMore = false;
    std::optional<ContactPage> m_contactPage;
    ContactId m_contactPageId = 0;
    Stamp m_contactPageStamp;
    std::vector<InteractionRow> m_recentLog;
    Stamp m_recentLogStamp;
    GoalsBoard m_goals;
    Stamp m_goalsStamp;
    std::vector<FreshStartPerson> m_freshStart;
    Stamp m_freshStartStamp;
    ShelfCounts m_shelves;
    Stamp m_shelvesStamp;
    ShelfLists m_shelfLists;
    Stamp m_shelfListsStamp;
    BackupList m_backups;
    Stamp m_backupsStamp;
    UserSettings m_settings;
    std::uint64_t m_settingsRevision = UINT64_MAX;
    PeopleMatches m_people;
    std::string m_peopleText;
    Stamp m_peopleStamp;
    FormChoices m_formChoices;
    Stamp m_formChoicesStamp;
    Insights m_insights;
    Stamp m_insightsStamp;
    InsightPeople m_insightPeople;
    Stamp m_insightPeopleStamp;
    EventList m_events;
    Stamp m_eventsStamp;
    std::optional<EventPage> m_eventPage;
    std::int64_t m_eventPageId = 0;
    Stamp m_eventPageStamp;
    // Who knows whom, in memory: loaded when paths are first asked for and
    // again only after the store changed (core/intro/link_graph.h).
    LinkGraph m_linkGraph;
    std::uint64_t m_linkGraphRevision = UINT64_MAX;
    IntroPage m_intro;
    Stamp m_introStamp;
};

} // namespace rk
