#include "app/app.h"

#include "app/input/keys.h"
#include "app/theme/icons.h"
#include "app/widgets/tab_bar.h"
#include "app/widgets/widgets.h"
#include "core/db/store_error.h"
#include "core/demo/demo_network.h"
#include "core/followup/followup_planner.h"
#include "core/followup/triage.h"
#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "core/time/humanize.h"

#include <imgui.h>

namespace rk::app {

namespace {
constexpr double kToastSeconds = 6.0;
constexpr float kTabBarHeight = 64.f;
} // namespace

App::App(Store& store, const Clock& clock, platform::Services& services, Theme& theme,
         const Fonts& fonts)
    : m_store(store), m_clock(clock), m_services(services), m_theme(theme), m_fonts(fonts) {}

platform::FrameRequest App::frame() {
    ImGuiIO& io = ImGui::GetIO();
    const Theme& t = m_theme;
    m_intents.clear();

    ViewContext ctx{m_store, m_theme, m_fonts, m_services, m_intents, 0, 0, {}, true};
    // While an import writes on its worker thread, the store's connection is
    // the worker's: this frame only draws, from what the views already hold.
    const bool storeBusy = m_more.busy();
    if (!storeBusy) m_revision = m_store.revision();
    ctx.revision = m_revision;
    ctx.now = m_clock.now();
    ctx.today = localDateOf(ctx.now);
    ctx.keyboardFree = !io.WantTextInput;

    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushFont(m_fonts.body);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##rekindle", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse);

    if (!storeBusy) {
        handleGlobalKeys();
        // A file dropped on the window opens the import preview for it.
        for (const std::string& path : m_services.takeDroppedFiles()) {
            m_intents.push_back(intent::ImportFile{path});
            break; // one import at a time
        }
        m_today.sync(ctx); // the tab badge needs today's count on every tab
    }

    const float barH = t.px(kTabBarHeight);
    ImGui::PopStyleVar();
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(t.px(16), t.px(14)));
    ImGui::BeginChild("##content", ImVec2(0, io.DisplaySize.y - barH), false,
                      ImGuiWindowFlags_AlwaysUseWindowPadding);
    ImGui::PopStyleVar();
    if (m_contactView.isOpen()) {
        m_contactView.draw(ctx);
    } else {
        switch (m_tab) {
        case Tab::Today: m_today.draw(ctx); break;
        case Tab::Deck: m_deck.draw(ctx); break;
        case Tab::Log: m_logView.draw(ctx); break;
        case Tab::Goals: m_goals.draw(ctx); break;
        case Tab::More: m_more.draw(ctx); break;
        }
    }
    ImGui::EndChild();

    drawToast(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y - barH - t.px(12)),
              std::min(io.DisplaySize.x - t.px(24), t.px(420)));
    if (auto picked = drawTabBar(ImVec2(0, io.DisplaySize.y - barH), ImVec2(io.DisplaySize.x, barH),
                                 m_tab, static_cast<int>(m_today.queue().total), t, m_fonts))
        ctx.push(intent::SwitchTab{*picked});
    m_logSheet.draw(ctx);
    if (m_showKeys) drawKeysOverlay();

    ImGui::End();
    ImGui::PopFont();

    for (const Intent& intent : m_intents) apply(intent);
    m_lastIntents = m_intents;

    platform::FrameRequest request;
    request.animating = m_today.animating() || m_more.busy();
    // Wake at local midnight so the queue moves to the new day by itself.
    request.wakeInSeconds = static_cast<double>(std::max<std::int64_t>(1, nextRefreshAt(ctx.now) - ctx.now));
    if (!m_toast.text.empty()) {
        const double left = kToastSeconds - (ImGui::GetTime() - m_toast.shownAt);
        request.wakeInSeconds = std::min(request.wakeInSeconds, left > 0 ? left : 0.05);
    }
    return request;
}

void App::handleGlobalKeys() {
    ImGuiIO& io = ImGui::GetIO();
    // While typing, Ctrl+Z belongs to the text field, not to the saved data.
    if (keys::ctrl() && !io.WantTextInput && keys::pressed('Z', true)) {
        if (keys::shift()) m_intents.push_back(intent::Redo{});
        else m_intents.push_back(intent::Undo{});
    }
    if (keys::ctrl() && !io.WantTextInput && keys::pressed('Y', true)) m_intents.push_back(intent::Redo{});
    if (keys::ctrl()) {
        for (int i = 0; i < kTabCount; ++i)
            if (keys::pressed(static_cast<char>('1' + i))) m_intents.push_back(intent::SwitchTab{static_cast<Tab>(i)});
    }
    if (!io.WantTextInput && keys::typed('?')) m_showKeys = !m_showKeys;
    if (keys::ctrl() && keys::pressed('L') && !m_logSheet.isOpen()) m_intents.push_back(intent::OpenLogSheet{});
    if (m_showKeys && keys::pressed(ImGuiKey_Escape)) m_showKeys = false;
}

void App::apply(const Intent& intent) {
    try {
        std::visit(
            [&](const auto& i) {
                using T = std::decay_t<decltype(i)>;
                if constexpr (std::is_same_v<T, intent::SwitchTab>) {
                    m_tab = i.tab;
                    m_contactView.close();
                } else if constexpr (std::is_same_v<T, intent::OpenContact>) {
                    m_contactView.open(i.id);
                } else if constexpr (std::is_same_v<T, intent::CloseContact>) {
                    m_contactView.close();
                } else if constexpr (std::is_same_v<T, intent::ImportFile>) {
                    // The import sheet replaces any open log sheet; a Done card goes back.
                    if (m_logSheet.isOpen()) {
                        m_logSheet.close();
                        if (m_logSheetFromToday) m_today.cardReturned();
                        m_logSheetFromToday = false;
                    }
                    m_contactView.close();
                    m_tab = Tab::More;
                    m_more.startImport(i.path);
                } else if constexpr (std::is_same_v<T, intent::CreateContact>) {
                    Contact c = i.contact;
                    const std::string label = "Added " + c.displayName + " to your deck";
                    // insert() sets the first due date from the circle's cadence.
                    try {
                        m_store.change(label, [&] { ContactRepo(m_store.db()).insert(c, m_clock.now()); });
                    } catch (const StoreError&) {
                        m_contactView.reopenForm(); // keep what was typed; the toast says why
                        throw;
                    }
                    m_contactView.open(c.id);
                    showToast(label, true);
                } else if constexpr (std::is_same_v<T, intent::NewContact>) {
                    m_contactView.startNew();
                } else if constexpr (std::is_same_v<T, intent::Change>) {
                    m_store.change(i.label, [&] { i.run(m_store); });
                    showToast(i.label, true);
                } else if constexpr (std::is_same_v<T, intent::LoadDemo>) {
                    int made = 0;
                    m_store.change("Add a demo network", [&] {
                        made = generateDemoNetwork(m_store.db(), {.contacts = i.contacts,
                                                                  .seed = 42,
                                                                  .now = m_clock.now()})
                                   .contacts;
                    });
                    showToast("Added " + std::to_string(made) + " demo people to your deck", true);
                } else if constexpr (std::is_same_v<T, intent::Undo>) {
                    if (!m_store.history().canUndo()) showToast("Nothing to undo", false);
                    else showToast("Undone: " + m_store.undo(), false);
                } else if constexpr (std::is_same_v<T, intent::Redo>) {
                    if (!m_store.history().canRedo()) showToast("Nothing to redo", false);
                    else showToast("Redone: " + m_store.redo(), false);
                } else if constexpr (std::is_same_v<T, intent::ToggleTheme>) {
                    m_theme.apply(m_theme.mode == ThemeMode::Dark ? ThemeMode::Light : ThemeMode::Dark,
                                  m_theme.scale);
                } else if constexpr (std::is_same_v<T, intent::ShowKeys>) {
                    m_showKeys = i.show;
                } else if constexpr (std::is_same_v<T, intent::OpenLogSheet>) {
                    openLogSheet(i.contactId, i.fromToday);
                } else if constexpr (std::is_same_v<T, intent::LogInteraction>) {
                    Interaction interaction = i.interaction;
                    try {
                        const bool settleCard = i.fromToday || m_logSheetFromToday;
                        TriageResult r = settleCard ? markDone(m_store, interaction)
                                                    : logInteraction(m_store, interaction);
                        if (settleCard) m_today.cardSettled();
                        showToast(r.label, true);
                    } catch (...) {
                        if (m_logSheetFromToday) m_today.cardReturned();
                        throw;
                    }
                    m_logSheetFromToday = false;
                } else if constexpr (std::is_same_v<T, intent::LogCancelled>) {
                    if (m_logSheetFromToday) m_today.cardReturned();
                    m_logSheetFromToday = false;
                } else if constexpr (std::is_same_v<T, intent::Snooze>) {
                    const SnoozeLength length = i.length == intent::SnoozeFor::Tomorrow    ? SnoozeLength::Tomorrow
                                                : i.length == intent::SnoozeFor::ThreeDays ? SnoozeLength::ThreeDays
                                                : i.length == intent::SnoozeFor::NextWeek  ? SnoozeLength::NextWeek
                                                                                           : SnoozeLength::Until;
                    std::optional<CivilDate> date;
                    if (length == SnoozeLength::Until) date = CivilDate::parse(i.date);
                    showToast(snooze(m_store, i.contactId, length, date).label, true);
                } else if constexpr (std::is_same_v<T, intent::Skip>) {
                    showToast(skip(m_store, i.contactId).label, true);
                } else if constexpr (std::is_same_v<T, intent::RekindleOneMore>) {
                    if (auto r = rekindleOneMore(m_store)) showToast(r->label, true);
                    else showToast("Everyone you know is warm right now. Nobody left to rekindle today.", false);
                } else if constexpr (std::is_same_v<T, intent::EmptyTrash>) {
                    int removed = 0;
                    m_store.change("Empty the trash", [&] { removed = ContactRepo(m_store.db()).emptyTrash(); });
                    showToast("Deleted " + std::to_string(removed) + " people for good", true);
                } else {
                    (void)i;
                }
            },
            intent);
    } catch (const StoreError& e) {
        showToast(e.what(), false, true);
    }
}

void App::openLogSheet(std::int64_t contactId, bool fromToday) {
    m_logSheetFromToday = fromToday;
    if (contactId == 0) {
        m_logSheet.openPicker();
        return;
    }
    auto card = ContactRepo(m_store.db()).card(contactId);
    if (!card) {
        if (fromToday) m_today.cardReturned();
        showToast("That person is no longer in your deck.", false, true);
        return;
    }
    m_logSheet.openFor(contactId, card->displayName);
}

void App::showToast(std::string text, bool canUndo, bool isError) {
    m_toast = {std::move(text), canUndo, isError, ImGui::GetTime()};
}

void App::drawToast(ImVec2 bottomCentre, float width) {
    if (m_toast.text.empty()) return;
    if (ImGui::GetTime() - m_toast.shownAt > kToastSeconds) {
        m_toast = {};
        return;
    }
    const Theme& t = m_theme;
    ImFont* font = m_fonts.body;
    const float pad = t.px(14);
    const float undoW = m_toast.canUndo ? t.px(70) : 0.f;
    const ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, width - 2 * pad - undoW, m_toast.text.c_str());
    const float h = ts.y + 2 * pad;
    const ImVec2 p(bottomCentre.x - width * 0.5f, bottomCentre.y - h);
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    draw->AddRectFilled(p, ImVec2(p.x + width, p.y + h), m_toast.isError ? t.danger : IM_COL32(40, 42, 50, 240), t.px(12));
    draw->AddText(font, font->FontSize, ImVec2(p.x + pad, p.y + pad), IM_COL32_WHITE, m_toast.text.c_str(),
                  nullptr, width - 2 * pad - undoW);
    if (m_toast.canUndo) {
        ImGui::SetCursorScreenPos(ImVec2(p.x + width - undoW - pad * 0.5f, p.y));
        if (ImGui::InvisibleButton("##toast-undo", ImVec2(undoW, h))) m_intents.push_back(intent::Undo{});
        draw->AddText(m_fonts.bodyBold, font->FontSize,
                      ImVec2(p.x + width - undoW, p.y + (h - font->FontSize) * 0.5f), t.accent, "Undo");
    }
}

void App::drawKeysOverlay() {
    const Theme& t = m_theme;
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.45f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(io.DisplaySize.x - t.px(32), t.px(380)), 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(t.surface));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, t.px(16));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, t.px(1));
    ImGui::Begin("Keyboard shortcuts", nullptr,
                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove);
    static constexpr const char* kRows[][2] = {
        {"Ctrl+1 … Ctrl+5", "Today, Deck, Log, Goals, More"},
        {"→", "Today: done (log what happened)"},
        {"←", "Today: snooze until tomorrow"},
        {"Shift+←", "Today: snooze until…"},
        {"↓", "Today: skip to the next cycle"},
        {"↑ or Enter", "Today: open the contact"},
        {"Ctrl+L", "Log an interaction with anyone"},
        {"Alt+1 … Alt+7", "Log sheet: email, call, coffee, meeting, message, event, other"},
        {"Alt+D / K / G / A", "Log sheet: direction, asked, gave, awaiting reply"},
        {"Enter / Ctrl+Enter", "Log sheet: save (Shift+Enter: new line)"},
        {"/ or Ctrl+F", "Deck: search (at:, in:, role:, knows:)"},
        {"↑ ↓ or J K, Enter", "Deck: select, open"},
        {"L / N", "Deck: log with the selected person, new contact"},
        {"L / R / E", "Contact: log, remind, edit"},
        {"A / T", "Contact: archive, trash (or restore)"},
        {"J / K, Enter, Delete", "Contact timeline: select, edit, delete"},
        {"Ctrl+Enter", "Forms: save"},
        {"Ctrl+Z", "Undo"},
        {"Ctrl+Shift+Z or Ctrl+Y", "Redo"},
        {"?", "Show or hide this list"},
        {"Esc", "Back / close"},
    };
    if (ImGui::BeginTable("##keys", 2)) {
        for (const auto& row : kRows) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            widgets::keycap(row[0], t, m_fonts);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row[1]);
        }
        ImGui::EndTable();
    }
    if (widgets::secondaryButton("Close", t)) m_showKeys = false;
    ImGui::End();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
}

} // namespace rk::app
