#include "app/views/intro/intro_paths_view.h"

#include "app/input/keys.h"
#include "app/photos/photo_cache.h"
#include "app/theme/icons.h"
#include "app/widgets/card.h"
#include "app/widgets/user_text.h"
#include "app/widgets/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>

namespace rk::app {

namespace {

constexpr std::string_view kPrefix = "intro:";

std::string firstName(const std::string& name) { return name.substr(0, name.find(' ')); }

// "Ana García → Ben Li → Cara Wu at Stripe".
std::string chainText(const IntroRow& row) {
    std::string out;
    for (std::size_t i = 0; i < row.people.size(); ++i) {
        const ContactCard& c = row.people[i];
        out += (i ? "  \xE2\x86\x92  " : "") + c.displayName;
        if (i + 1 == row.people.size() && !c.company.empty()) out += " at " + c.company;
    }
    return out;
}

} // namespace

const char* linkLabel(const IntroLink& link) {
    switch (link.kind) {
    case LinkKind::Knows:
        return "knows";
    case LinkKind::WorksWith:
        return "works with";
    case LinkKind::ManagerOf:
        return link.forward ? "manages" : "reports to";
    case LinkKind::Family:
        return "family";
    case LinkKind::IntroducedMeTo:
        return link.forward ? "introduced you" : "met through";
    case LinkKind::SchoolWith:
        return "classmates";
    }
    return "knows";
}

std::optional<std::string> IntroPathsView::introQuery(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    if (text.size() < kPrefix.size()) return std::nullopt;
    for (std::size_t i = 0; i < kPrefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(text[i])) != kPrefix[i]) return std::nullopt;
    return std::string(text.substr(kPrefix.size()));
}

void IntroPathsView::draw(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const IntroPage& page = ctx.models.intro();
    if (page.query != m_query) {
        m_query = page.query;
        m_selected = 0;
    }
    ImGui::PushFont(ctx.fonts.small);
    widgets::text(page.target.empty() ? "Who can introduce you?"
                                      : "Who can introduce you to " + page.target + "?",
                  t.textMuted);
    ImGui::PopFont();
    if (!page.problem.empty()) {
        widgets::emptyState(RK_ICON_USERS, "No way in yet", page.problem, t, ctx.fonts);
        return;
    }
    handleKeys(ctx, page);
    ImGui::BeginChild("##intro-paths", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar);
    for (std::size_t i = 0; i < page.rows.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        drawRow(ctx, page.rows[i], static_cast<int>(i));
        ImGui::PopID();
    }
    ImGui::Dummy(ImVec2(0, t.px(70))); // room above the toast
    ImGui::EndChild();
}

void IntroPathsView::drawRow(ViewContext& ctx, const IntroRow& row, int index) {
    const Theme& t = ctx.theme;
    const bool selected = index == m_selected;
    widgets::Card card(t, t.px(14), selected ? t.accent : 0);
    const float w = card.innerWidth();
    ImDrawList* draw = ImGui::GetWindowDrawList();

    // The avatars from the first person to the target, the links between them.
    const float r = t.px(20);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float n = static_cast<float>(row.people.size());
    const float step = n > 1 ? std::min(t.px(130), (w - 2 * r) / (n - 1)) : 0.f;
    for (std::size_t i = 0; i < row.people.size(); ++i) {
        const ContactCard& c = row.people[i];
        const ImVec2 centre(top.x + r + step * static_cast<float>(i), top.y + r);
        if (i + 1 < row.people.size()) {
            const ImVec2 next(centre.x + step, centre.y);
            draw->AddLine(ImVec2(centre.x + r, centre.y), ImVec2(next.x - r, next.y), t.border,
                          t.px(2));
            const std::string label = linkLabel(row.links[i]);
            const float lw = widgets::chipWidth(label, ctx.fonts.small);
            widgets::chip(draw,
                          ImVec2((centre.x + next.x - lw) * 0.5f,
                                 centre.y - ctx.fonts.small->FontSize * 0.75f),
                          label, t.accentSoft, t.accent, ctx.fonts.small);
        }
        widgets::avatar(draw, centre, r, c.id, initialsOf(c.displayName), ctx.fonts.body,
                        avatarPhoto(ctx, c.id, c.hasPhoto));
    }
    ImGui::Dummy(ImVec2(w, 2 * r + t.px(4)));

    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + w);
    widgets::userTextWrapped(row.direct() ? "You know " + row.people.front().displayName +
                                                " yourself"
                                          : chainText(row));
    ImGui::PushFont(ctx.fonts.small);
    if (!row.how.empty()) widgets::userTextWrapped(row.how);
    const ImU32 warm = t.warmth(row.firstWarmth.level);
    const std::string warmth = std::string(RK_ICON_FIRE " ") +
                               std::string(warmthName(row.firstWarmth.level)) + " with " +
                               firstName(row.people.front().displayName);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float cw = widgets::chip(draw, at, warmth, widgets::withAlpha(warm, 36.f / 255.f), warm,
                                   ctx.fonts.small);
    ImGui::SetCursorScreenPos(ImVec2(at.x + cw + t.px(8), at.y + t.px(3)));
    widgets::text(row.lastTalked, t.textMuted, false);
    if (row.rekindleFirst)
        widgets::text("Rekindle first? You haven't been in touch lately: catch up before you ask.",
                      t.warn);
    ImGui::PopFont();
    ImGui::PopTextWrapPos();

    const std::string first = firstName(row.people.front().displayName);
    const std::string action = row.direct()
                                   ? RK_ICON_PENCIL "  Write to " + first
                                   : RK_ICON_PENCIL "  Ask " + first + " for an intro";
    const std::string label = action + (selected ? "  (Enter)" : "");
    if (selected ? widgets::primaryButton(label.c_str(), t, w)
                 : widgets::secondaryButton(label.c_str(), t, w)) {
        m_selected = index;
        ask(ctx, row);
    }
}

void IntroPathsView::handleKeys(ViewContext& ctx, const IntroPage& page) {
    if (page.rows.empty()) return;
    m_selected = std::clamp(m_selected, 0, static_cast<int>(page.rows.size()) - 1);
    if (!ctx.keyboardFree || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) ||
        !keys::noMods())
        return;
    const int last = static_cast<int>(page.rows.size()) - 1;
    if (keys::pressed(ImGuiKey_DownArrow, true) || keys::pressed('J', true))
        m_selected = std::min(last, m_selected + 1);
    if (keys::pressed(ImGuiKey_UpArrow, true) || keys::pressed('K', true))
        m_selected = std::max(0, m_selected - 1);
    if (keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter)) {
        keys::consume(ImGuiKey_Enter);
        ask(ctx, page.rows[static_cast<std::size_t>(m_selected)]);
    }
}

bool IntroPathsView::askSelected(ViewContext& ctx) {
    const IntroPage& page = ctx.models.intro();
    if (page.rows.empty()) return false;
    m_selected = std::clamp(m_selected, 0, static_cast<int>(page.rows.size()) - 1);
    ask(ctx, page.rows[static_cast<std::size_t>(m_selected)]);
    return true;
}

void IntroPathsView::ask(ViewContext& ctx, const IntroRow& row) {
    ctx.push(intent::AskForIntro{row.people.front().id, row.draft});
}

} // namespace rk::app
