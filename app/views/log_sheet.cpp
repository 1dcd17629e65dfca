#include "app/views/log_sheet.h"

#include "app/input/keys.h"
#include "app/theme/icons.h"
#include "app/views/sheet_style.h"
#include "app/widgets/widgets.h"
#include "core/search/reciprocity.h"
#include "core/time/when_parser.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <array>

namespace rk::app {

namespace {
constexpr const char* kPopup = "##log-sheet";

struct KindChip {
    InteractionKind kind;
    const char* icon;
};
constexpr std::array<KindChip, kInteractionKindCount> kKinds = {{
    {InteractionKind::Email, RK_ICON_ENVELOPE},
    {InteractionKind::Call, RK_ICON_PHONE},
    {InteractionKind::Coffee, RK_ICON_COFFEE},
    {InteractionKind::Meeting, RK_ICON_BRIEFCASE},
    {InteractionKind::Message, RK_ICON_COMMENT},
    {InteractionKind::Event, RK_ICON_CALENDAR},
    {InteractionKind::Other, RK_ICON_STAR},
}};

float pillWidth(const std::string& label, const Theme& t) {
    return ImGui::CalcTextSize(label.c_str()).x + t.px(20) + ImGui::GetStyle().ItemSpacing.x;
}
} // namespace

void LogSheet::openFor(std::int64_t contactId, const std::string& name) {
    m_draft = {};
    m_draft.contactId = contactId;
    m_draft.contactName = name;
    m_draft.kind = m_lastKind;
    m_mode = Mode::Editing;
    m_error.clear();
    m_focusPending = true;
    m_popupOpened = false;
    m_noteActive = false;
}

void LogSheet::openPicker() {
    m_draft = {};
    m_draft.kind = m_lastKind;
    m_query.clear();
    m_matchedQuery = "\x01";
    m_highlight = 0;
    m_mode = Mode::Picking;
    m_error.clear();
    m_focusPending = true;
    m_popupOpened = false;
}

void LogSheet::draw(ViewContext& ctx) {
    if (m_mode == Mode::Closed) return;
    SheetScope sheet(kPopup, ctx.theme, m_popupOpened);
    if (!sheet.open) return;
    if (m_mode == Mode::Picking) drawPicker(ctx);
    else drawForm(ctx);
    if (m_mode == Mode::Closed) ImGui::CloseCurrentPopup();
}

void LogSheet::refreshMatches(ViewContext& ctx) {
    if (m_query == m_matchedQuery) return; // query only when the text changed
    m_matchedQuery = m_query;
    m_matches = m_query.empty() ? std::vector<ContactCard>{}
                                : ContactRepo(ctx.store.db()).findByName(m_query, 8);
    m_highlight = 0;
}

void LogSheet::drawPicker(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted("Who did you talk to?");
    ImGui::PopFont();

    if (keys::pressed(ImGuiKey_Escape)) {
        cancel(ctx);
        return;
    }
    if (!m_matches.empty()) {
        if (keys::pressed(ImGuiKey_DownArrow, true)) m_highlight = std::min<int>(m_highlight + 1, static_cast<int>(m_matches.size()) - 1);
        if (keys::pressed(ImGuiKey_UpArrow, true)) m_highlight = std::max(m_highlight - 1, 0);
    }
    if (m_focusPending) {
        ImGui::SetKeyboardFocusHere();
        m_focusPending = false;
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool entered = ImGui::InputTextWithHint("##who", RK_ICON_SEARCH "  Start typing a name", &m_query,
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    refreshMatches(ctx);
    if (entered && !m_matches.empty()) {
        const ContactCard& pick = m_matches[static_cast<size_t>(m_highlight)];
        openFor(pick.id, pick.displayName);
        m_popupOpened = true; // still the same popup
        return;
    }
    for (int i = 0; i < static_cast<int>(m_matches.size()); ++i) {
        const ContactCard& c = m_matches[static_cast<size_t>(i)];
        ImGui::PushID(static_cast<int>(c.id));
        std::string label = c.displayName;
        if (!c.company.empty()) label += "  ·  " + c.company;
        if (ImGui::Selectable(label.c_str(), i == m_highlight, 0, ImVec2(0, t.px(30)))) {
            openFor(c.id, c.displayName);
            m_popupOpened = true;
        }
        ImGui::PopID();
        if (m_mode != Mode::Picking) return;
    }
    if (!m_query.empty() && m_matches.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.textMuted));
        ImGui::TextWrapped("Nobody called \"%s\" in your deck yet.", m_query.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Dummy(ImVec2(t.px(300), t.px(4)));
    if (widgets::secondaryButton("Cancel  (Esc)", t)) cancel(ctx);
}

void LogSheet::handleShortcuts(ViewContext& ctx) {
    ImGuiIO& io = ImGui::GetIO();
    if (keys::pressed(ImGuiKey_Escape)) {
        cancel(ctx);
        return;
    }
    if (io.KeyAlt) {
        for (int i = 0; i < kInteractionKindCount; ++i)
            if (keys::pressed(static_cast<char>('1' + i))) m_draft.kind = static_cast<InteractionKind>(i);
        if (keys::pressed('D'))
            m_draft.direction = m_draft.direction == Direction::Out ? Direction::In : Direction::Out;
        if (keys::pressed('K')) m_draft.askedHelp = !m_draft.askedHelp;
        if (keys::pressed('G')) m_draft.gaveHelp = !m_draft.gaveHelp;
        if (keys::pressed('A')) m_draft.awaitingReply = !m_draft.awaitingReply;
        // Alt+key must not also type into the focused field.
        io.InputQueueCharacters.resize(0);
    }
    if (io.KeyCtrl && (keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter))) save(ctx);
}

void LogSheet::drawForm(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    ImGuiIO& io = ImGui::GetIO();
    const bool noteWasActive = m_noteActive;
    handleShortcuts(ctx);
    if (m_mode == Mode::Closed) return;
    // Enter in the note saves; Shift+Enter falls through and makes a new line.
    if (noteWasActive && !io.KeyShift && !io.KeyCtrl && keys::pressed(ImGuiKey_Enter)) {
        save(ctx);
        if (m_mode == Mode::Closed) return;
    }

    // Header: who.
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float r = t.px(18);
    Contact who;
    who.displayName = m_draft.contactName;
    widgets::avatar(draw, ImVec2(p.x + r, p.y + r), r, m_draft.contactId, who.initials(), ctx.fonts.bodyBold);
    ImGui::SetCursorScreenPos(ImVec2(p.x + 2 * r + t.px(12), p.y + t.px(6)));
    ImGui::PushFont(ctx.fonts.title);
    ImGui::Text("Log with %s", m_draft.contactName.c_str());
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + 2 * r + t.px(10)));

    // Kind.
    for (int i = 0; i < kInteractionKindCount; ++i) {
        const auto& k = kKinds[static_cast<size_t>(i)];
        const std::string label = std::string(k.icon) + " " + std::string(kindName(k.kind));
        if (i > 0) widgets::sameLineIfFits(pillWidth(label, t));
        ImGui::PushID(i);
        if (widgets::pill(label.c_str(), m_draft.kind == k.kind, t)) m_draft.kind = k.kind;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Alt+%d", i + 1);
        ImGui::PopID();
    }

    // Direction.
    ImGui::Dummy(ImVec2(0, t.px(2)));
    if (widgets::pill(RK_ICON_ARROW_RIGHT " I reached out", m_draft.direction == Direction::Out, t)) m_draft.direction = Direction::Out;
    ImGui::SameLine();
    if (widgets::pill(RK_ICON_REPLY " They did", m_draft.direction == Direction::In, t)) m_draft.direction = Direction::In;
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.textMuted));
    ImGui::TextUnformatted("Alt+D");
    ImGui::PopStyleColor();

    // When.
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##when", RK_ICON_CLOCK "  When: now (or yesterday, 2d, 2024-03-05)", &m_draft.when);

    // Note.
    if (m_focusPending) {
        ImGui::SetKeyboardFocusHere();
        m_focusPending = false;
    }
    ImGui::InputTextMultiline("##note", &m_draft.note, ImVec2(-FLT_MIN, t.px(84)));
    m_noteActive = ImGui::IsItemActive();
    if (m_draft.note.empty() && !ImGui::IsItemActive()) {
        const ImVec2 min = ImGui::GetItemRectMin();
        draw->AddText(ImVec2(min.x + t.px(12), min.y + t.px(8)), t.textMuted, "What happened? (Enter saves)");
    }

    // Flags.
    auto flag = [&](const char* label, bool& value, const char* key) {
        ImGui::Checkbox(label, &value);
        ImGui::SameLine();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.textMuted));
        ImGui::TextUnformatted(key);
        ImGui::PopStyleColor();
    };
    flag("Asked for help", m_draft.askedHelp, "Alt+K");
    flag("Gave help", m_draft.gaveHelp, "Alt+G");
    flag("Awaiting their reply", m_draft.awaitingReply, "Alt+A");

    if (m_draft.askedHelp) {
        if (m_rekindleCheckedFor != m_draft.contactId) {
            m_suggestRekindle = shouldSuggestRekindleFirst(ctx.store.db(), m_draft.contactId, ctx.store.clock());
            m_rekindleCheckedFor = m_draft.contactId;
        }
        if (m_suggestRekindle) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.warn));
            ImGui::TextWrapped(RK_ICON_LIGHTBULB "  Rekindle first? You haven't been in touch both ways "
                               "for a while. Asks land better after a friendly catch-up.");
            ImGui::PopStyleColor();
        }
    }

    if (!m_error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.danger));
        ImGui::TextWrapped("%s", m_error.c_str());
        ImGui::PopStyleColor();
    }

    ImGui::Dummy(ImVec2(0, t.px(4)));
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (widgets::secondaryButton("Cancel  (Esc)", t, half)) cancel(ctx);
    ImGui::SameLine();
    if (widgets::primaryButton(RK_ICON_CHECK "  Save  (Enter)", t, half)) save(ctx);
}

void LogSheet::save(ViewContext& ctx) {
    auto when = parseWhen(m_draft.when, ctx.now);
    if (auto* err = std::get_if<WhenError>(&when)) {
        m_error = err->message;
        return;
    }
    Interaction i;
    i.contactId = m_draft.contactId;
    i.kind = m_draft.kind;
    i.direction = m_draft.direction;
    i.at = std::get<std::int64_t>(when);
    i.note = m_draft.note;
    i.askedHelp = m_draft.askedHelp;
    i.gaveHelp = m_draft.gaveHelp;
    i.awaitingReply = m_draft.awaitingReply;
    m_lastKind = m_draft.kind;
    ctx.push(intent::LogInteraction{i, m_draft.contactName});
    m_mode = Mode::Closed;
}

void LogSheet::cancel(ViewContext& ctx) {
    ctx.push(intent::LogCancelled{});
    m_mode = Mode::Closed;
}

} // namespace rk::app
