#pragma once
#include "app/intents.h"
#include "app/shell/command_palette.h"
#include "app/photos/photo_cache.h"
#include "app/shell/toast.h"
#include "app/sync/background_sync.h"
#include "app/theme/fonts.h"
#include "app/theme/theme.h"
#include "app/views/contact/contact_view.h"
#include "app/views/insights/insights_view.h"
#include "app/views/events/met_sheet.h"
#include "app/views/sheets/log_sheet.h"
#include "app/views/tabs/deck_view.h"
#include "app/views/tabs/goals_view.h"
#include "app/views/tabs/log_view.h"
#include "app/views/tabs/more_view.h"
#include "app/views/tabs/today_view.h"
#include "core/io/import/import_job.h"
#include "core/read/contact_photo.h"
#include "core/read/read_models.h"
#include "platform/services.h"

#include <deque>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace rk {
class Store;
class Clock;
class SyncServer;
class PasswordKeeper;
} // namespace rk

namespace rk::app {

struct AppOptions {
    // When an import's steps move to a worker thread (tests lower them).
    ImportJob::Thresholds import;
    // Where syncs go (platform/dav's DavServer, from main/gui); null: this
    // run does not sync (screenshots, UI tests that don't need a server).
    SyncServer* syncServer = nullptr;
    // Where the sync password is kept between runs (platform/keyring's
    // SecretServiceKeyring, from main/gui); null: in memory only.
    PasswordKeeper* passwordKeeper = nullptr;
};

// The whole UI, and the one place that changes data. frame() is called
// between ImGui::NewFrame and ImGui::Render: it refreshes the read models,
// draws every view from them, then applies the intents the views pushed,
// each through one core command (one undo step and a toast). It never calls
// GLFW or GL, so tests drive it with synthetic ImGui input.
class App {
public:
    App(Store& store, const Clock& clock, platform::Services& services, Theme& theme,
        const Fonts& fonts, AppOptions options = {});
    // Saves what is still waiting for another program's lock, waiting for it
    // as long as the command line would.
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    platform::FrameRequest frame();

    [[nodiscard]] Tab tab() const { return m_tab; }
    void setTab(Tab tab) { m_tab = tab; }
    void openContact(ContactId id) { m_contactView.open(id); }
    // A message from outside the frame (the last run crashed), shown as a toast.
    void notify(std::string text) { showToast(std::move(text), false); }
    [[nodiscard]] const ReadModels& models() const { return m_models; }
    // The open contact's page as the read models hold it, or null.
    [[nodiscard]] const ContactPage* openPage() const;
    [[nodiscard]] const Toast& toast() const { return m_toast; }
    // Where the toast was drawn last frame (empty when none), for layout tests.
    [[nodiscard]] std::pair<ImVec2, ImVec2> toastRect() const { return m_toastRect; }
    [[nodiscard]] const DeckView& deck() const { return m_deck; }
    [[nodiscard]] const TodayView& today() const { return m_today; }
    [[nodiscard]] const LogView& logView() const { return m_logView; }
    [[nodiscard]] const MoreView& more() const { return m_more; }
    [[nodiscard]] const GoalsView& goals() const { return m_goals; }
    [[nodiscard]] const LogSheet& logSheet() const { return m_logSheet; }
    [[nodiscard]] const MetSheet& metSheet() const { return m_metSheet; }
    [[nodiscard]] const CommandPalette& palette() const { return m_palette; }
    [[nodiscard]] const ContactView& contactView() const { return m_contactView; }
    [[nodiscard]] const InsightsView& insights() const { return m_insights; }
    [[nodiscard]] bool keysOverlayShown() const { return m_showKeys; }
    [[nodiscard]] const PhotoCache& photos() const { return m_photos; }
    // An import's worker owns the store's connection: the App only draws.
    [[nodiscard]] bool storeBusy() const { return m_import.running(); }
    [[nodiscard]] const SyncStatus& syncStatus() const { return m_sync.status(); }
    // Changes another program's write lock held off; they save by themselves
    // once it lets go (tried again every second), so nothing typed is lost.
    [[nodiscard]] std::size_t waitingChanges() const { return m_waiting.size(); }
    // Intents applied during the last frame (for tests).
    [[nodiscard]] const std::vector<Intent>& lastIntents() const { return m_lastIntents; }

private:
    void takeImportResult();
    // Sync (app/app_sync.cpp): follow the saved account, start timed syncs,
    // and apply a finished one as one undo step.
    void followSync(std::int64_t now);
    void applySyncOutcome(SyncOutcome outcome, std::int64_t now);
    // More → Sync is on screen (Ctrl+S is its form's there).
    [[nodiscard]] bool syncScreenShowing() const;
    void followThemeSetting();
    void refreshModels(std::int64_t now);
    void refreshPhotos();
    void handleGlobalKeys();
    void closeInnermostOnEscape();
    void drawScreen(ViewContext& ctx, float tabBarHeight);
    void drawDeckBesidePage(ViewContext& ctx);
    // A wide window on the Deck tab: the list on the left, the open person on the right.
    [[nodiscard]] bool deckBesidePage() const;
    void apply(const Intent& intent);
    // Runs the intent's handler; false when another program's lock held it off.
    bool tryApply(const Intent& intent);
    void retryWaitingChanges();
    void showToast(std::string text, bool canUndo, bool isError = false);

    // [SECTION] One handler per intent (in app.cpp); a new intent does
    // not compile until it has one.
    void on(const intent::SwitchTab& i);
    void on(const intent::OpenContact& i);
    void on(const intent::CloseContact& i);
    void on(const intent::NewContact& i);
    void on(const intent::ShowKeys& i);
    void on(const intent::ToggleTheme& i);
    void on(const intent::Quit& i);
    void on(const intent::ShowMoreScreen& i);
    void on(const intent::OpenLink& i);
    void on(const intent::OpenLogSheet& i);
    // Who knows whom (app/app_links.cpp).
    void on(const intent::AskForIntro& i);
    void on(const intent::LinkPeople& i);
    void on(const intent::UnlinkPeople& i);
    // A field changed on both sides of a sync (app/app_sync.cpp).
    void on(const intent::TakeServerValue& i);
    void on(const intent::KeepMyValue& i);
    void on(const intent::SyncNow& i);
    void on(const intent::SetUpSync& i);
    void on(const intent::ForgetSyncPassword& i);
    void on(const intent::ShowIntroPaths& i);
    void on(const intent::OpenPalette& i);
    void on(const intent::OpenImportSheet& i);
    void on(const intent::OpenExportSheet& i);
    void on(const intent::LogCancelled& i);
    void on(const intent::Undo& i);
    void on(const intent::Redo& i);
    void on(const intent::LoadDemo& i);
    void on(const intent::CreateContact& i);
    void on(const intent::UpdateContact& i);
    void on(const intent::ArchiveContact& i);
    void on(const intent::RestoreFromArchive& i);
    void on(const intent::MoveToTrash& i);
    void on(const intent::RestoreFromTrash& i);
    void on(const intent::EmptyTrash& i);
    void on(const intent::DeleteForever& i);
    void on(const intent::ChangeSetting& i);
    void on(const intent::LogInteraction& i);
    void on(const intent::EditInteraction& i);
    void on(const intent::DeleteInteraction& i);
    void on(const intent::AddReminder& i);
    void on(const intent::DismissReminder& i);
    void on(const intent::Snooze& i);
    void on(const intent::Skip& i);
    void on(const intent::RekindleOneMore& i);
    void on(const intent::SearchDeck& i);
    void on(const intent::LoadMoreDeck& i);
    void on(const intent::FindPeople& i);
    void on(const intent::ImportFile& i);
    void on(const intent::RemapImport& i);
    void on(const intent::CommitImport& i);
    void on(const intent::StopImport& i);
    void on(const intent::CloseImport& i);
    void on(const intent::ExportFile& i);
    void on(const intent::BackupNow& i);
    void on(const intent::RestoreBackup& i);
    void on(const intent::OpenInsights& i);
    void on(const intent::CloseInsights& i);
    void on(const intent::ShowInsightPeople& i);
    // Goals (app/app_goals.cpp)
    void on(const intent::AddGoal& i);
    void on(const intent::EditGoal& i);
    void on(const intent::PauseGoal& i);
    void on(const intent::DeleteGoal& i);
    void on(const intent::FreshStart& i);
    // Events and the people you meet (app/app_events.cpp).
    void on(const intent::ShowEvent& i);
    void on(const intent::OpenMetSheet& i);
    void on(const intent::CreateEvent& i);
    void on(const intent::UpdateEvent& i);
    void on(const intent::DeleteEvent& i);
    void on(const intent::AddPersonMet& i);

    Store& m_store;
    const Clock& m_clock;
    platform::Services& m_services;
    Theme& m_theme;
    const Fonts& m_fonts;

    ReadModels m_models;
    ImportJob m_import;
    PhotoReader m_photoReader;
    PhotoCache m_photos;
    std::uint64_t m_photosRevision = 0;
    BackgroundSync m_sync;
    std::optional<std::uint64_t> m_syncAccountRevision; // the store revision the account was read at
    std::uint64_t m_syncStartRevision = 0;               // the store's when the running sync began
    bool m_syncAsked = false;                            // the person asked for the running sync: say how it went

    Tab m_tab = Tab::Today;
    TodayView m_today;
    DeckView m_deck;
    LogView m_logView;
    GoalsView m_goals;
    MoreView m_more;
    ContactView m_contactView;
    InsightsView m_insights; // over the tab it was opened from
    LogSheet m_logSheet;
    MetSheet m_metSheet;
    CommandPalette m_palette;
    std::pair<ImVec2, ImVec2> m_toastRect{};

    std::vector<Intent> m_intents;
    std::vector<Intent> m_lastIntents;
    Toast m_toast;
    std::deque<Intent> m_waiting; // oldest first, held off by another program's lock
    double m_nextRetryAt = 0.0;   // ImGui time
    bool m_showKeys = false;
    bool m_quit = false; // Ctrl+Q: the window loop ends after this frame
    // The theme as the settings last said, to follow a change (or its undo)
    // without overriding a theme set from outside (a dark screenshot).
    std::optional<bool> m_settingsDark;
};

} // namespace rk::app
