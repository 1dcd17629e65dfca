#include "app/views/contact/contact_timeline.h"
#include "app/widgets/user_text.h"

#include "app/input/keys.h"
#include "app/theme/icons.h"
#include "app/views/contact/contact_links.h"
#include "app/widgets/card.h"
#include "app/widgets/date_preview.h"
#include "app/widgets/widgets.h"
#include "core/time/humanize.h"
#include "core/time/when_parser.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace rk::app {

namespace {

std::string whenText(std::int64_t at) {
    return localDateOf(at).iso() + " " + clockTime(at);
}

std::string directionText(Direction d) {
    return d == Direction::Out ? "I reached out" : "They reached out";
}

} // namespace

void ContactTimeline::reset() {
    m_selected = 0;
    m_editing = 0;
    m_error.clear();
    m_rowHeights.clear();
}

void ContactTimeline::handleKeys(ViewContext& ctx, const std::vector<Interaction>& items) {
    if (items.empty() || m_editing != 0 || !keys::noMods() || keys::textFieldActive()) return;
    auto it = std::find_if(items.begin(), items.end(),
                           [&](const Interaction& i) { return i.id == m_selected; });
    const int index = it == items.end() ? -1 : static_cast<int>(it - items.begin());
    const int last = static_cast<int>(items.size()) - 1;
    int next = index;
    if (keys::pressed(ImGuiKey_DownArrow, true) || keys::pressed('J', true))
        next = std::min(last, index + 1);
    if (keys::pressed(ImGuiKey_UpArrow, true) || keys::pressed('K', true))
        next = std::max(0, index - 1);
    if (next != index) {
        m_selected = items[static_cast<size_t>(next)].id;
        m_scrollToSelected = true;
    }
    if (index < 0) return;
    const Interaction& current = items[static_cast<size_t>(index)];
    if (keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter))
        startEdit(current);
    else if (keys::pressed(ImGuiKey_Delete) || keys::pressed(ImGuiKey_Backspace))
        remove(ctx, current);
}

void ContactTimeline::startEdit(const Interaction& i) {
    m_editing = i.id;
    m_selected = i.id;
    m_draft = i;
    m_when = m_whenOriginal = whenText(i.at);
    m_error.clear();
    m_focusNote = true;
}

void ContactTimeline::remove(ViewContext& ctx, const Interaction& i) {
    ctx.push(intent::DeleteInteraction{i.id});
}

void ContactTimeline::saveEdit(ViewContext& ctx) {
    Interaction edited = m_draft;
    if (m_when != m_whenOriginal) {
        // Untouched, the time keeps its seconds; typed, it reads like the log sheet's "when".
        auto when = parseWhen(m_when, ctx.now);
        if (auto* err = std::get_if<WhenError>(&when)) {
            m_error = err->message;
            return;
        }
        edited.at = std::get<std::int64_t>(when);
    }
    ctx.push(intent::EditInteraction{edited});
    m_editing = 0;
}

void ContactTimeline::draw(ViewContext& ctx, const std::vector<Interaction>& items, bool editable) {
    const Theme& t = ctx.theme;
    if (m_editing != 0 && std::none_of(items.begin(), items.end(),
                                       [&](const Interaction& i) { return i.id == m_editing; }))
        m_editing = 0; // it was deleted (or undone) under us

    ImGui::PushFont(ctx.fonts.bodyBold);
    ImGui::TextUnformatted("Timeline");
    ImGui::PopFont();
    if (!items.empty()) {
        ImGui::SameLine();
        ImGui::PushFont(ctx.fonts.small);
        widgets::text(editable ? "J/K select · Enter edits · Delete removes" : "", t.textMuted,
                      false);
        ImGui::PopFont();
    }
    if (items.empty()) {
        ImGui::PushFont(ctx.fonts.small);
        widgets::text("Nothing logged yet. Press L after your next email, call or coffee.",
                      t.textMuted);
        ImGui::PopFont();
        return;
    }
    CivilDate shownYear{0, 1, 1};
    for (const Interaction& i : items) {
        // A year heading when the timeline crosses into an earlier year.
        const CivilDate day = localDateOf(i.at);
        if (day.year != ctx.today.year && day.year != shownYear.year) {
            shownYear = day;
            widgets::sectionLabel(std::to_string(day.year).c_str(), t, ctx.fonts.small);
        }
        // Rows out of view only hold their place (their height from when they
        // were last drawn), so a long history costs nothing while it scrolls.
        const float width = ImGui::GetContentRegionAvail().x;
        const auto known = m_rowHeights.find(i.id);
        const bool pinned = i.id == m_editing || (i.id == m_selected && m_scrollToSelected);
        if (!pinned && known != m_rowHeights.end() &&
            !ImGui::IsRectVisible(ImVec2(width, known->second))) {
            ImGui::Dummy(ImVec2(width, known->second - ImGui::GetStyle().ItemSpacing.y));
            continue;
        }
        const float top = ImGui::GetCursorPosY();
        ImGui::PushID(static_cast<int>(i.id));
        if (i.id == m_editing)
            drawEditor(ctx);
        else
            drawRow(ctx, i, editable);
        ImGui::PopID();
        if (i.id != m_editing) m_rowHeights[i.id] = ImGui::GetCursorPosY() - top;
    }
}

void ContactTimeline::drawRow(ViewContext& ctx, const Interaction& i, bool editable) {
    const Theme& t = ctx.theme;
    const bool selected = i.id == m_selected;
    if (selected && m_scrollToSelected) {
        ImGui::SetScrollHereY(0.3f);
        m_scrollToSelected = false;
    }
    widgets::Card card(t, t.px(12), selected ? t.accent : 0);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float r = t.px(16);
    const ImVec2 c(p.x + r, p.y + r);
    draw->AddCircleFilled(c, r, t.accentSoft, 32);
    ImFont* body = ctx.fonts.body;
    const char* icon = widgets::kindIcon(i.kind);
    const ImVec2 is = body->CalcTextSizeA(body->FontSize, FLT_MAX, 0.f, icon);
    draw->AddText(body, body->FontSize, ImVec2(c.x - is.x * 0.5f, c.y - is.y * 0.5f), t.accent,
                  icon);

    // Edit and delete sit top right; the text keeps clear of them.
    const float d = t.px(30);
    if (editable) {
        const ImVec2 back = ImGui::GetCursorScreenPos();
        ImGui::SetCursorScreenPos(
            ImVec2(card.min().x + t.px(12) + card.innerWidth() - 2 * d - t.px(6), p.y));
        if (widgets::iconButton("##edit", RK_ICON_PENCIL, "Edit (Enter)", t, d, t.accent))
            startEdit(i);
        ImGui::SameLine(0, t.px(6));
        if (widgets::iconButton("##delete", RK_ICON_TRASH,
                                "Delete (Delete). Ctrl+Z brings it back.", t, d, t.accent))
            remove(ctx, i);
        ImGui::SetCursorScreenPos(back);
    }

    const float indent = 2 * r + t.px(12);
    ImGui::Indent(indent);
    ImGui::PushFont(ctx.fonts.bodyBold);
    ImGui::TextUnformatted(
        (std::string(kindName(i.kind)) + " · " + directionText(i.direction)).c_str());
    ImGui::PopFont();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - t.px(8));
    ImGui::PushFont(ctx.fonts.small);
    const CivilDate day = localDateOf(i.at);
    widgets::text(weekdayDate(day, ctx.today) + " · " + clockTime(i.at) + " · " +
                      agoText(day, ctx.today),
                  t.textMuted, false);
    ImGui::PopFont();

    std::vector<std::string> flags;
    if (i.askedHelp) flags.emplace_back(RK_ICON_HANDSHAKE " asked for help");
    if (i.gaveHelp) flags.emplace_back(RK_ICON_GIFT " gave help");
    if (i.awaitingReply) flags.emplace_back(RK_ICON_REPLY " awaiting reply");
    if (!flags.empty())
        widgets::chipRow(flags, t.accentSoft, t.accent, ctx.fonts.small, t,
                         card.innerWidth() - indent);
    if (!i.note.empty()) widgets::userTextWrapped(i.note);
    ImGui::Unindent(indent);
}

void ContactTimeline::drawEditor(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    if (keys::pressed(ImGuiKey_Escape)) {
        m_editing = 0;
        return;
    }
    const bool ctrlEnter =
        keys::ctrl() && (keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter));
    widgets::Card card(t, t.px(12), t.accent);
    ImGui::PushFont(ctx.fonts.bodyBold);
    ImGui::TextUnformatted("Edit this interaction");
    ImGui::PopFont();

    const float right = ImGui::GetCursorScreenPos().x + card.innerWidth();
    for (int k = 0; k < kInteractionKindCount; ++k) {
        const auto kind = static_cast<InteractionKind>(k);
        const std::string label =
            std::string(widgets::kindIcon(kind)) + " " + std::string(kindName(kind));
        if (k > 0) {
            ImGui::SameLine(0, t.px(6));
            const float w = ImGui::CalcTextSize(label.c_str()).x + t.px(22);
            if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
        }
        ImGui::PushID(k);
        if (widgets::pill(label.c_str(), m_draft.kind == kind, t)) m_draft.kind = kind;
        ImGui::PopID();
    }
    if (widgets::pill(RK_ICON_ARROW_RIGHT " I reached out", m_draft.direction == Direction::Out, t))
        m_draft.direction = Direction::Out;
    ImGui::SameLine(0, t.px(6));
    if (widgets::pill(RK_ICON_REPLY " They did", m_draft.direction == Direction::In, t))
        m_draft.direction = Direction::In;

    ImGui::SetNextItemWidth(card.innerWidth());
    if (ImGui::InputTextWithHint("##when", "When: yesterday 3pm, friday, 2d, 2024-03-05 14:30",
                                 &m_when))
        m_error.clear();
    if (m_when != m_whenOriginal) widgets::whenPreviewLine(m_when, ctx.now, t, ctx.fonts);
    if (m_focusNote) {
        ImGui::SetKeyboardFocusHere();
        m_focusNote = false;
    }
    ImGui::InputTextMultiline("##note", &m_draft.note, ImVec2(card.innerWidth(), t.px(72)));
    auto flag = [&](const char* label, bool& value) {
        if (widgets::pill(label, value, t)) value = !value;
    };
    flag(RK_ICON_HANDSHAKE " Asked for help", m_draft.askedHelp);
    ImGui::SameLine(0, t.px(6));
    flag(RK_ICON_GIFT " Gave help", m_draft.gaveHelp);
    flag(RK_ICON_REPLY " Awaiting their reply", m_draft.awaitingReply);
    if (!m_error.empty()) widgets::text(m_error, t.danger);

    const float half = (card.innerWidth() - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (widgets::secondaryButton("Cancel  (Esc)", t, half)) {
        m_editing = 0;
        return;
    }
    ImGui::SameLine();
    if (widgets::primaryButton(RK_ICON_CHECK "  Save  (Ctrl+Enter)", t, half) || ctrlEnter)
        saveEdit(ctx);
}

} // namespace rk::app
