// The App: the frame (refresh the read models, draw every view, apply the
// intents they pushed) and its intent handlers, one per intent, each a
// navigation step, a query for the read models, or exactly one core command
// with its toast. A handler that fails throws StoreError, which apply() shows
// as an error toast.
//
// [SECTION] The frame
// [SECTION] Applying intents
// [SECTION] Intents: navigation and the shell, the undo history, changes,
//           queries, files, backups
#include "app/app.h"

#include "app/text/text_pipeline.h"

#include "app/input/keys.h"
#include "app/input/shortcuts.h"
#include "app/shell/keys_overlay.h"
#include "app/shell/tab_bar.h"
#include "app/shell/wide_layout.h"
#include "app/theme/icons.h"
#include "app/widgets/widgets.h"
#include "core/commands/contact_commands.h"
#include "core/commands/history_commands.h"
#include "core/commands/settings_commands.h"
#include "core/commands/trash_commands.h"
#include "core/commands/triage.h"
#include "core/db/store_problem.h"
#include "core/followup/followup_planner.h"
#include "core/io/export/export_file.h"
#include "core/store/backup_now.h"
#include "core/store/backup_restore.h"
#include "core/store/store.h"

#include <imgui.h>
#include <imgui_internal.h> // the open popups, for the one Esc rule

#include <algorithm>
#include <utility>

namespace rk::app {

namespace {
constexpr float kTabBarHeight = 64.f;
// A write waits this long for another program's lock before the App puts it
// aside and draws on: a few frames at most, never the CLI's seconds.
constexpr int kFrameBusyTimeoutMs = 100;
constexpr double kRetryEverySeconds = 1.0;
} // namespace

App::App(Store& store, const Clock& clock, platform::Services& services, Theme& theme,
         const Fonts& fonts, AppOptions options)
    : m_store(store), m_clock(clock), m_services(services), m_theme(theme), m_fonts(fonts),
      m_models(store), m_import(options.import), m_photoReader(store.db()),
      m_photos(services.textures()), m_photosRevision(store.revision()),
      m_sync(store.path(), clock, store.readOnly() ? nullptr : options.syncServer, options.passwordKeeper) {
    m_store.setBusyTimeout(kFrameBusyTimeoutMs);
}

App::~App() {
    if (m_waiting.empty() || ImGui::GetCurrentContext() == nullptr) return;
    m_store.setBusyTimeout(Store::kDefaultBusyTimeoutMs);
    m_nextRetryAt = 0.0;
    retryWaitingChanges();
}

const ContactPage* App::openPage() const {
    const auto& page = m_models.contactPage();
    if (!m_contactView.isOpen() || !page || page->contact.id != m_contactView.contactId())
        return nullptr;
    return &*page;
}

// [SECTION] The frame

platform::FrameRequest App::frame() {
    ImGuiIO& io = ImGui::GetIO();
    m_intents.clear();
    const std::int64_t now = m_clock.now();
    text::noteTyped(); // what is typed gets its glyphs baked before the next frame

    // While an import writes on its worker thread, the store's connection is
    // the worker's: this frame only draws, from what the read models hold.
    const bool busy = m_import.running();
    m_import.release(); // a worker started last frame may begin: this frame has seen it running
    takeImportResult();
    m_photos.beginFrame();
    if (!busy) {
        refreshModels(now);
        followThemeSetting();
        refreshPhotos();
        followSync(now);
        handleGlobalKeys();
        // A file dropped on the window opens the import preview for it.
        for (const std::string& path : m_services.takeDroppedFiles()) {
            m_intents.push_back(intent::ImportFile{path});
            break; // one import at a time
        }
    }

    ViewContext ctx{m_models,         m_theme,           m_fonts,           m_intents, now,
                    localDateOf(now), !io.WantTextInput, m_import.status(), &m_photos};
    ctx.sync = &m_sync.status();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushFont(m_fonts.body);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##rekindle", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    drawScreen(ctx, m_theme.px(kTabBarHeight));
    ImGui::End();
    ImGui::PopFont();

    retryWaitingChanges(); // older changes first
    for (const Intent& intent : m_intents)
        apply(intent);
    std::swap(m_lastIntents, m_intents);

    platform::FrameRequest request;
    request.quit = m_quit;
    // Photos asked for this frame load before the next one.
    request.animating =
        m_today.animating() || m_import.running() || m_contactView.settling() || m_photos.loading();
    // Wake at local midnight so the queue moves to the new day by itself.
    request.wakeInSeconds =
        static_cast<double>(std::max<std::int64_t>(1, nextRefreshAt(now) - now));
    if (!m_toast.text.empty()) {
        const double left = m_toast.secondsLeft(ImGui::GetTime());
        request.wakeInSeconds = std::min(request.wakeInSeconds, left > 0 ? left : 0.05);
    }
    if (const double arms = m_more.importSheet().secondsUntilArmed(ImGui::GetTime()); arms > 0)
        request.wakeInSeconds = std::min(request.wakeInSeconds, arms);
    if (!m_waiting.empty())
        request.wakeInSeconds =
            std::min(request.wakeInSeconds, std::max(0.05, m_nextRetryAt - ImGui::GetTime()));
    if (const auto sync = m_sync.nextEventIn(now)) request.wakeInSeconds = std::min(request.wakeInSeconds, *sync);
    return request;
}

// A worker (or a step that ran at once) finished: the import sheet shows how it went.
void App::takeImportResult() {
    if (m_import.finished()) m_more.importSheet().finish(m_import.collect());
}

// The theme is a setting: a change from Settings, or its undo, shows at once.
void App::followThemeSetting() {
    const bool dark = m_models.settings().darkTheme();
    if (m_settingsDark && *m_settingsDark != dark)
        m_theme.apply(dark ? ThemeMode::Dark : ThemeMode::Light, m_theme.scale);
    m_settingsDark = dark;
}

// What this frame will show decides what the read models bring up to date.
void App::refreshModels(std::int64_t now) {
    const bool onTab = !m_contactView.isOpen();
    ReadModels::Demand demand;
    demand.deck = (onTab || deckBesidePage()) && m_tab == Tab::Deck;
    demand.recentLog = onTab && m_tab == Tab::Log;
    demand.goals = onTab && m_tab == Tab::Goals;
    demand.freshStart = demand.goals && m_goals.freshStartOpen();
    demand.shelves = onTab && m_tab == Tab::More;
    demand.shelfLists = demand.shelves && m_more.screen() == MoreScreen::Trash;
    demand.backups = demand.shelves && m_more.screen() == MoreScreen::Data;
    demand.contact = m_contactView.pageWanted();
    demand.formChoices = m_contactView.form().isOpen();
    demand.insights = onTab && m_insights.isOpen() && !m_insights.peopleFigure();
    if (onTab && m_insights.isOpen()) demand.insightPeople = m_insights.peopleFigure();
    const bool eventsOn = onTab && m_tab == Tab::More && m_more.screen() == MoreScreen::Events;
    demand.events = eventsOn || m_metSheet.isOpen();
    demand.eventPage = eventsOn ? m_more.events().openEvent() : 0;
    if (demand.deck) demand.intro = IntroPathsView::introQuery(m_deck.searchText());
    m_models.refresh(demand, m_store.revision(), now);
}

// The avatars' photos: forget those that changed with the store, then load
// the ones the last frame asked for.
void App::refreshPhotos() {
    if (m_store.revision() != m_photosRevision) {
        m_photosRevision = m_store.revision();
        m_photos.revalidate(m_photoReader);
    }
    m_photos.load(m_photoReader);
}

void App::drawScreen(ViewContext& ctx, float barH) {
    const Theme& t = m_theme;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(t.px(16), t.px(14)));
    ImGui::BeginChild("##content", ImVec2(0, display.y - barH), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    if (deckBesidePage()) {
        drawDeckBesidePage(ctx);
    } else if (m_contactView.isOpen()) {
        m_contactView.setBesideDeck(false);
        m_contactView.draw(ctx);
    } else if (m_insights.isOpen()) {
        m_insights.draw(ctx);
    } else {
        switch (m_tab) {
        case Tab::Today:
            m_today.draw(ctx);
            break;
        case Tab::Deck:
            m_deck.setBesidePage(false, 0);
            m_deck.draw(ctx);
            break;
        case Tab::Log:
            m_logView.draw(ctx);
            break;
        case Tab::Goals:
            m_goals.draw(ctx);
            break;
        case Tab::More:
            m_more.draw(ctx);
            break;
        }
    }
    ImGui::EndChild();

    m_toastRect = {};
    if (m_toast.visible(ImGui::GetTime())) {
        // Above the tab bar, and on Today above the action row, never over
        // the buttons the next card needs.
        float bottom = display.y - barH - t.px(12);
        if (m_tab == Tab::Today && m_today.actionRowTop() > 0.f)
            bottom = std::min(bottom, m_today.actionRowTop() - t.px(8));
        const ToastDrawn drawn = drawToast(m_toast, ImVec2(display.x * 0.5f, bottom),
                                           std::min(display.x - t.px(24), t.px(420)), t, m_fonts);
        m_toastRect = {drawn.min, drawn.max};
        if (drawn.undoClicked) ctx.push(intent::Undo{});
    } else {
        m_toast = {};
    }
    const int due = static_cast<int>(m_models.today().queue.total);
    if (auto picked = drawTabBar(ImVec2(0, display.y - barH), ImVec2(display.x, barH), m_tab, due,
                                 t, m_fonts))
        ctx.push(intent::SwitchTab{*picked});
    m_logSheet.draw(ctx);
    m_metSheet.draw(ctx);
    m_palette.draw(ctx);
    if (m_showKeys) m_showKeys = drawKeysOverlay(t, m_fonts);
}

bool App::deckBesidePage() const {
    return m_tab == Tab::Deck && wide::isWide(ImGui::GetIO().DisplaySize.x / m_theme.scale);
}

// The list keeps its place and selection while the page beside it changes:
// picking a card (a click, or the arrows) shows that person on the right.
void App::drawDeckBesidePage(ViewContext& ctx) {
    const Theme& t = m_theme;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float listW = t.px(wide::deckPaneWidth(avail / t.scale));
    const bool open = m_contactView.isOpen();
    m_deck.setBesidePage(true, open ? m_contactView.contactId() : 0);
    m_contactView.setBesideDeck(true);
    ImGui::BeginChild("##deck-list", ImVec2(listW, 0));
    m_deck.draw(ctx);
    ImGui::EndChild();
    ImGui::SameLine(0, t.px(wide::kPaneGap));
    ImGui::BeginChild("##deck-page", ImVec2(0, 0));
    if (open)
        m_contactView.draw(ctx);
    else if (!m_models.deck().hits.empty())
        widgets::emptyState(RK_ICON_USER, "Pick someone",
                            "Their page opens here: how you keep in touch, what they know, and "
                            "everything you talked about. Arrows move through the deck.",
                            t, m_fonts);
    ImGui::EndChild();
}

void App::handleGlobalKeys() {
    const ImGuiIO& io = ImGui::GetIO();
    // While typing, Ctrl+Z belongs to the text field, not to the saved data.
    if (!io.WantTextInput && keys::pressed(shortcut::Undo, true)) m_intents.push_back(intent::Undo{});
    if (!io.WantTextInput && keys::pressed(shortcut::Redo, true)) m_intents.push_back(intent::Redo{});
    if (const int tab = keys::pressedIndex(shortcut::Tabs); tab >= 0)
        m_intents.push_back(intent::SwitchTab{static_cast<Tab>(tab)});
    if (keys::pressed(shortcut::Keys)) m_showKeys = !m_showKeys;
    const bool sheetOpen = m_logSheet.isOpen() || m_palette.isOpen() || m_metSheet.isOpen();
    if (keys::pressed(shortcut::LogAnyone) && !sheetOpen) m_intents.push_back(intent::OpenLogSheet{});
    if (keys::pressed(shortcut::Palette) && !sheetOpen) m_intents.push_back(intent::OpenPalette{});
    if (keys::pressed(shortcut::MetSomeone) && !sheetOpen) m_intents.push_back(intent::OpenMetSheet{});
    if (keys::pressed(shortcut::Quit)) m_intents.push_back(intent::Quit{});
    if (keys::pressed(shortcut::Settings) && !sheetOpen)
        m_intents.push_back(intent::ShowMoreScreen{MoreScreen::Settings});
    if (keys::pressed(shortcut::Insights) && !sheetOpen) m_intents.push_back(intent::OpenInsights{});
    // On More → Sync, Ctrl+S is that form's (it sends what was typed there).
    if (keys::pressed(shortcut::SyncNow) && !syncScreenShowing()) m_intents.push_back(intent::SyncNow{});
    closeInnermostOnEscape();
}

// Esc has one rule everywhere: it closes the innermost thing open, then
// clears the field, then goes back. The keyboard map and the open menus and
// lists (sort, "met at", cadence) are innermost: they close here and the Esc
// is used up, so the form or page beneath does not also close. Modal popups,
// sheets, fields and pages handle their own Esc in that order.
void App::closeInnermostOnEscape() {
    if (!keys::pressed(ImGuiKey_Escape)) return;
    if (m_showKeys) {
        m_showKeys = false;
        keys::consume(ImGuiKey_Escape);
        return;
    }
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.OpenPopupStack.empty()) return;
    const ImGuiWindow* top = g.OpenPopupStack.back().Window;
    if (top != nullptr && (top->Flags & ImGuiWindowFlags_Modal) != 0) return;
    ImGui::ClosePopupToLevel(g.OpenPopupStack.Size - 1, true);
    keys::consume(ImGuiKey_Escape);
}

// [SECTION] Applying intents

void App::apply(const Intent& intent) {
    // Navigation never writes, so it never waits; a change the lock holds off
    // joins the queue (frames go on) and saves, in order, when the lock goes.
    if (!tryApply(intent)) {
        if (m_waiting.empty()) m_nextRetryAt = ImGui::GetTime() + kRetryEverySeconds;
        m_waiting.push_back(intent);
        showToast("Another program is writing to your data. Rekindle will save this as soon as it "
                  "has finished.",
                  false);
    }
}

bool App::tryApply(const Intent& intent) {
    try {
        std::visit([this](const auto& i) { on(i); }, intent);
    } catch (const StoreError& e) {
        if (storeProblemOf(e.code()) == StoreProblem::Busy) return false;
        showToast(explainStoreError(e), false, true);
    }
    return true;
}

// Another program held the write lock: try the waiting changes again, oldest
// first, once a second, keeping the "waiting" toast up until they are saved.
void App::retryWaitingChanges() {
    if (m_waiting.empty() || ImGui::GetTime() < m_nextRetryAt) return;
    while (!m_waiting.empty()) {
        if (!tryApply(m_waiting.front())) {
            m_nextRetryAt = ImGui::GetTime() + kRetryEverySeconds;
            showToast("Still waiting for another program to finish writing to your data. Nothing "
                      "is lost: Rekindle will save as soon as it can.",
                      false);
            return;
        }
        m_waiting.pop_front();
    }
}

void App::showToast(std::string text, bool canUndo, bool isError) {
    m_toast = {std::move(text), canUndo, isError, ImGui::GetTime()};
}

// [SECTION] Intents: navigation and the shell

void App::on(const intent::SwitchTab& i) {
    if (i.tab == Tab::More) m_more.show(MoreScreen::Main); // the tab opens at More's list
    m_tab = i.tab;
    m_contactView.close();
    m_insights.close();
}

void App::on(const intent::OpenContact& i) {
    m_contactView.open(i.id);
}

void App::on(const intent::CloseContact&) {
    m_contactView.close();
}

void App::on(const intent::NewContact&) {
    m_contactView.startNew();
}

void App::on(const intent::ShowKeys& i) {
    m_showKeys = i.show;
}

void App::on(const intent::Quit&) { m_quit = true; }

void App::on(const intent::ToggleTheme&) {
    const bool dark = m_theme.mode != ThemeMode::Dark;
    if (m_store.readOnly()) { // nothing to save it in: this session only
        m_theme.apply(dark ? ThemeMode::Dark : ThemeMode::Light, m_theme.scale);
        return;
    }
    on(intent::ChangeSetting{Setting::DarkTheme, dark ? 1 : 0});
    // The screen may show a theme the settings did not (a dark screenshot).
    m_theme.apply(dark ? ThemeMode::Dark : ThemeMode::Light, m_theme.scale);
    m_settingsDark = dark;
}

void App::on(const intent::ShowMoreScreen& i) {
    m_contactView.close();
    m_insights.close();
    m_tab = Tab::More;
    m_more.show(i.screen);
    if (i.screen == MoreScreen::Data) m_models.rereadBackups(); // files may have come or gone
}

void App::on(const intent::OpenLink& i) {
    m_services.openUrl(i.url);
}

void App::on(const intent::OpenLogSheet& i) {
    if (i.contactId == 0) {
        m_logSheet.openPicker(i.origin);
        return;
    }
    auto who = loadLogTarget(m_store, i.contactId);
    if (!who) {
        if (i.origin == LogOrigin::TodayDone) m_today.cardReturned();
        showToast("That person is no longer in your deck.", false, true);
        return;
    }
    m_logSheet.openFor(*who, i.origin, i.kind);
}

void App::on(const intent::OpenPalette&) {
    if (!m_logSheet.isOpen()) m_palette.open();
}

void App::on(const intent::OpenImportSheet&) {
    m_tab = Tab::More;
    m_more.show(MoreScreen::Main);
    m_more.importSheet().openPicker();
}

void App::on(const intent::OpenExportSheet&) {
    m_tab = Tab::More;
    m_more.show(MoreScreen::Main);
    m_more.exportSheet().open(m_clock.today());
}

void App::on(const intent::LogCancelled& i) {
    if (i.origin == LogOrigin::TodayDone) m_today.cardReturned();
}

// [SECTION] Intents: the undo history

void App::on(const intent::Undo&) {
    if (!m_store.history().canUndo())
        showToast("Nothing to undo", false);
    else
        showToast("Undone: " + m_store.undo(), false);
}

void App::on(const intent::Redo&) {
    if (!m_store.history().canRedo())
        showToast("Nothing to redo", false);
    else
        showToast("Redone: " + m_store.redo(), false);
}

// [SECTION] Intents: changes, each one core command

void App::on(const intent::LoadDemo& i) {
    const DemoResult r = addDemoNetwork(m_store, i.contacts);
    showToast(r.label, r.count > 0); // nothing to undo when the demo was already there
}

void App::on(const intent::CreateContact& i) {
    Contact contact = i.contact;
    try {
        const ChangeResult r = addContact(m_store, contact, i.introducedBy);
        m_contactView.open(r.contactId);
        showToast(r.label, true);
    } catch (const StoreError&) {
        m_contactView.reopenForm(); // keep what was typed; the toast says why
        throw;
    }
}

void App::on(const intent::UpdateContact& i) {
    showToast(updateContact(m_store, i.contact).label, true);
}

void App::on(const intent::ArchiveContact& i) {
    showToast(archiveContact(m_store, i.id).label, true);
}

void App::on(const intent::RestoreFromArchive& i) {
    showToast(restoreFromArchive(m_store, i.id).label, true);
}

void App::on(const intent::MoveToTrash& i) {
    showToast(moveToTrash(m_store, i.id).label, true);
}

void App::on(const intent::RestoreFromTrash& i) {
    showToast(restoreFromTrash(m_store, i.id).label, true);
}

void App::on(const intent::EmptyTrash&) {
    showToast(emptyTrash(m_store).label, true);
}

void App::on(const intent::DeleteForever& i) {
    showToast(deleteForever(m_store, i.id).label, true);
}

void App::on(const intent::ChangeSetting& i) {
    const ChangeResult r = changeSetting(m_store, i.setting, i.value);
    showToast(r.label, r.count > 0);
}

void App::on(const intent::LogInteraction& i) {
    Interaction interaction = i.interaction;
    // A Done swipe opened the sheet: saving settles the card it sent off.
    const bool settleCard = i.origin == LogOrigin::TodayDone;
    try {
        if (!i.newPerson.empty()) {
            Contact person;
            person.displayName = i.newPerson;
            showToast(addPersonAndLog(m_store, person, interaction, i.introducedBy).label, true);
            return;
        }
        const TriageResult r =
            settleCard ? markDone(m_store, interaction) : logInteraction(m_store, interaction);
        if (settleCard) m_today.cardSettled();
        showToast(r.label, true);
    } catch (const StoreError& e) {
        if (settleCard) m_today.cardReturned();
        // Busy: the App keeps the intent and saves it later. Anything else:
        // the sheet comes back with the note, so nothing typed is lost.
        if (storeProblemOf(e.code()) != StoreProblem::Busy) m_logSheet.reopenAfterFailedSave(explainStoreError(e));
        throw;
    } catch (...) {
        if (settleCard) m_today.cardReturned();
        throw;
    }
}

void App::on(const intent::EditInteraction& i) {
    showToast(editInteraction(m_store, i.interaction).label, true);
}

void App::on(const intent::DeleteInteraction& i) {
    showToast(deleteInteraction(m_store, i.interactionId).label, true);
}

void App::on(const intent::AddReminder& i) {
    Reminder reminder = i.reminder;
    showToast(addReminder(m_store, reminder).label, true);
}

void App::on(const intent::DismissReminder& i) {
    showToast(dismissReminder(m_store, i.reminderId).label, true);
}

void App::on(const intent::Snooze& i) {
    showToast(snooze(m_store, i.contactId, i.length, i.until).label, true);
}

void App::on(const intent::Skip& i) {
    showToast(skip(m_store, i.contactId).label, true);
}

void App::on(const intent::RekindleOneMore&) {
    if (auto r = rekindleOneMore(m_store))
        showToast(r->label, true);
    else
        showToast("Everyone you know is warm right now. Nobody left to rekindle today.", false);
}

// [SECTION] Intents: queries for the read models

void App::on(const intent::SearchDeck& i) {
    m_models.searchDeck(i.request);
}

void App::on(const intent::LoadMoreDeck&) {
    m_models.loadMoreDeck();
}

void App::on(const intent::FindPeople& i) {
    m_models.findPeople(i.text);
}

// [SECTION] Intents: files

void App::on(const intent::ImportFile& i) {
    if (!m_import.idle()) return; // one import at a time
    // The import sheet replaces any open log sheet; a Done card goes back.
    if (m_logSheet.isOpen()) {
        if (m_logSheet.origin() == LogOrigin::TodayDone) m_today.cardReturned();
        m_logSheet.close();
    }
    m_contactView.close();
    m_tab = Tab::More;
    m_more.show(MoreScreen::Main);
    m_more.exportSheet().close();
    m_more.importSheet().openFile(i.path);
    m_import.preview(m_store, i.path);
    takeImportResult(); // a small file is read already
}

void App::on(const intent::RemapImport& i) {
    if (!m_import.idle()) return;
    m_import.remap(m_store, i.mapping);
    takeImportResult();
}

void App::on(const intent::CommitImport& i) {
    if (!i.plan || !i.plan->canCommit() || !m_import.idle()) return;
    if (m_store.readOnly()) {
        m_more.importSheet().refuse(
            "This database is open read-only, so nothing can be imported into it.");
        return;
    }
    m_import.commit(m_store, i.plan);
    takeImportResult();
}

void App::on(const intent::StopImport&) {
    m_import.cancel();
}

void App::on(const intent::CloseImport&) {
    m_import.discard();
}

void App::on(const intent::ExportFile& i) {
    m_more.exportSheet().written(exportToFile(m_store.db(), i.path, i.format, m_clock.now()));
}

// [SECTION] Intents: backups

namespace {
std::string counted(std::int64_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}
} // namespace

void App::on(const intent::BackupNow&) {
    if (storeBusy()) throw StoreError("An import is being written. Back up when it has finished.");
    const BackupMade made = backupNow(m_store, backupFolderFor(m_store.path()), BackupReason::Manual);
    m_models.rereadBackups();
    showToast("Backed up " + counted(made.people, "person", "people") + " and " +
                  counted(made.interactions, "interaction", "interactions"),
              false);
}

// The restore replaces the data under every view in one step: the read
// models follow the store's revision, and what views hold about people that
// may no longer exist (an open page) is dropped.
void App::on(const intent::RestoreBackup& i) {
    if (storeBusy()) throw StoreError("An import is being written. Restore when it has finished.");
    const RestoreDone done = restoreBackupFile(m_store, i.path);
    m_contactView.close();
    m_models.rereadBackups();
    showToast("Restored " + counted(done.people, "person", "people") + " and " +
                  counted(done.interactions, "interaction", "interactions") +
                  ". Your data from before is kept as a backup.",
              false);
}

// [SECTION] Intents: Insights

void App::on(const intent::OpenInsights&) {
    m_contactView.close();
    m_insights.open();
}

void App::on(const intent::CloseInsights&) {
    m_insights.close();
}

void App::on(const intent::ShowInsightPeople& i) {
    m_insights.showPeople(i.figure);
}

} // namespace rk::app
