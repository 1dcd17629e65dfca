#include "app/views/tabs/today_view.h"
#include "app/widgets/user_text.h"

#include "app/input/keys.h"
#include "app/input/shortcuts.h"
#include "app/shell/wide_layout.h"
#include "app/theme/icons.h"
#include "app/views/tabs/first_run.h"
#include "app/views/tabs/today_card.h"
#include "app/widgets/date_preview.h"
#include "app/widgets/dialog.h"
#include "app/widgets/widgets.h"
#include "core/followup/day_progress.h"
#include "core/time/humanize.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace rk::app {

namespace {
constexpr const char* kSnoozeMenu = "Snooze until…";

const char* stampLabel(SwipeDirection d) {
    switch (d) {
    case SwipeDirection::Right:
        return "DONE";
    case SwipeDirection::Left:
        return "SNOOZE";
    case SwipeDirection::Down:
        return "SKIP";
    case SwipeDirection::Up:
        return "OPEN";
    case SwipeDirection::None:
        break;
    }
    return "";
}

ImU32 stampColour(const Theme& t, SwipeDirection d) {
    switch (d) {
    case SwipeDirection::Right:
        return t.good;
    case SwipeDirection::Left:
        return t.warn;
    case SwipeDirection::Down:
        return t.textMuted;
    case SwipeDirection::Up:
        return t.info;
    case SwipeDirection::None:
        break;
    }
    return t.text;
}
} // namespace

void TodayView::draw(ViewContext& ctx) {
    const double now = ImGui::GetTime();
    const double dt = m_lastTime > 0.0 ? now - m_lastTime : 1.0 / 60.0;
    m_lastTime = now;
    m_gesture.update(dt);
    if (m_gesture.takeGone()) finishFlight(ctx);

    m_actionRowTop = 0.f;
    drawHeader(ctx, ctx.models.today().queue);
    const bool cardVisible = !cards(ctx).empty() || m_flying.has_value();
    if (!cardVisible) {
        drawEmpty(ctx);
        return;
    }
    handleKeys(ctx);
    const float actionsH = ctx.theme.px(76);
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    // The card and its buttons share one centred column: on a wide window
    // the buttons stay under the card instead of stretching across it.
    const float column = std::min(avail.x, ctx.theme.px(wide::kTodayColumn));
    const float indent = (avail.x - column) * 0.5f;
    if (indent > 0.f) ImGui::Indent(indent);
    drawStack(ctx, ImVec2(column, std::max(avail.y - actionsH, ctx.theme.px(200))));
    drawActions(ctx, column);
    if (indent > 0.f) ImGui::Unindent(indent);
    drawSnoozeMenu(ctx);
}

void TodayView::drawHeader(ViewContext& ctx, const TodayQueue& queue) {
    const Theme& t = ctx.theme;
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted("Today");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + t.px(5));
    widgets::text(weekdayDate(ctx.today), t.textMuted, false);

    // Done fills the bar; what was snoozed or skipped follows it, paler
    // (core/followup/day_progress.h).
    const DayProgress progress = DayProgress::of(queue);
    if (progress.due() == 0) return;
    widgets::text(progress.summary(), t.textMuted, false);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    draw->AddRectFilled(p, ImVec2(p.x + w, p.y + t.px(6)), t.border, t.px(3));
    const float done = w * progress.doneFraction();
    const float putOff = w * progress.putOffFraction();
    if (putOff > 0.f)
        draw->AddRectFilled(
            p, ImVec2(p.x + std::min(w, std::max(t.px(6), done + putOff)), p.y + t.px(6)),
            t.textMuted & 0x66FFFFFFu, t.px(3));
    if (done > 0.f)
        draw->AddRectFilled(p, ImVec2(p.x + std::max(t.px(6), done), p.y + t.px(6)), t.good,
                            t.px(3));
    ImGui::Dummy(ImVec2(w, t.px(8)));
}

void TodayView::drawEmpty(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const TodayBoard& board = ctx.models.today();
    if (board.networkEmpty()) {
        widgets::emptyState(RK_ICON_FIRE, "Welcome to Rekindle",
                            "Keep your network warm with a few minutes a day. Start by bringing "
                            "in your contacts, or explore with a demo network.",
                            t, ctx.fonts);
        drawFirstRunActions(ctx);
        return;
    }
    // Snoozed and skipped cards are put off, not followed up (DayProgress).
    std::string body =
        board.queue.doneToday > 0        ? "You followed up with everyone due today. Nice work."
        : board.queue.handledToday() > 0 ? "Nothing left for today: the rest is put off for later."
                                         : "Nobody needs a follow-up today.";
    if (board.queue.streakDays > 1)
        body += " " RK_ICON_FIRE " " + std::to_string(board.queue.streakDays) +
                "-day streak of clearing the queue.";
    widgets::emptyState(RK_ICON_CHECK, "All caught up", body, t, ctx.fonts);
    if (widgets::primaryButton(RK_ICON_FIRE "  Rekindle one more", t))
        ctx.push(intent::RekindleOneMore{});
    widgets::centredText("Someone you have not talked to in a while, with an idea of what to say.",
                         t.textMuted, ctx.fonts.small);
}

void TodayView::handleKeys(ViewContext& ctx) {
    if (!ctx.keyboardFree || m_gesture.state() != SwipeGesture::State::Idle || cards(ctx).empty())
        return;
    if (m_snoozeMenuOpen || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    if (!keys::noMods() && !keys::shift()) return;
    if (keys::pressed(ImGuiKey_RightArrow))
        m_gesture.flyOff(SwipeDirection::Right);
    else if (keys::pressed(ImGuiKey_LeftArrow)) {
        if (keys::shift())
            m_snoozeMenuRequested = true;
        else
            m_gesture.flyOff(SwipeDirection::Left);
    } else if (keys::pressed(ImGuiKey_DownArrow))
        m_gesture.flyOff(SwipeDirection::Down);
    else if (keys::pressed(ImGuiKey_UpArrow) || keys::pressed(ImGuiKey_Enter))
        m_gesture.flyOff(SwipeDirection::Up);
    if (m_gesture.animating()) m_flying = cards(ctx).front();
}

void TodayView::drawStack(ViewContext& ctx, ImVec2 area) {
    const Theme& t = ctx.theme;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float cardW = std::min(area.x, t.px(400));
    const float cardH = std::min(area.y - t.px(24), t.px(470));
    const ImVec2 cardMin(origin.x + (area.x - cardW) * 0.5f, origin.y + t.px(8));
    m_gesture.setConfig({.cardWidth = cardW, .cardHeight = cardH});
    m_cardMin = cardMin;
    m_cardSize = ImVec2(cardW, cardH);

    // While a card flies, the stack below already shows the queue without it.
    const bool flying = m_flying.has_value() && m_gesture.state() != SwipeGesture::State::Idle &&
                        m_gesture.state() != SwipeGesture::State::Dragging;
    const std::vector<QueueItem>& queue = cards(ctx);
    const QueueItem* top = flying ? &*m_flying : (queue.empty() ? nullptr : &queue.front());
    if (!top) { // the last card settled and nothing is in flight
        ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + area.y));
        return;
    }
    std::vector<const QueueItem*> below;
    for (const QueueItem& item : queue) {
        if (below.size() == 2) break;
        if (item.contactId != top->contactId) below.push_back(&item);
    }

    // The next cards rise as the top card moves away.
    const float rise = m_gesture.leanStrength();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (int i = static_cast<int>(below.size()) - 1; i >= 0; --i) {
        const float depth = static_cast<float>(i + 1) - rise;
        const float scale = 1.f - 0.05f * depth;
        const ImVec2 size(cardW * scale, cardH * scale);
        const ImVec2 min(cardMin.x + (cardW - size.x) * 0.5f,
                         cardMin.y + t.px(14) * depth + (cardH - size.y));
        drawTodayCard(ctx, *below[static_cast<size_t>(i)], min, size, 1.f - 0.25f * depth);
    }

    // The top card follows the pointer.
    ImGui::SetCursorScreenPos(cardMin);
    ImGui::InvisibleButton("##top-card", ImVec2(cardW, cardH));
    const double time = ImGui::GetTime();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    if (!flying && ImGui::IsItemActivated()) {
        m_gesture.press({mouse.x, mouse.y}, time);
        m_flying = *top;
    }
    if (m_gesture.state() == SwipeGesture::State::Dragging) {
        if (ImGui::IsItemActive())
            m_gesture.move({mouse.x, mouse.y}, time);
        else
            m_gesture.release(time);
    }
    if (ImGui::IsItemHovered() && m_gesture.state() == SwipeGesture::State::Idle)
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

    const Vec2f off = m_gesture.offset();
    const ImVec2 min(cardMin.x + off.x, cardMin.y + off.y);
    const int firstVertex = draw->VtxBuffer.Size;
    drawTodayCard(ctx, *top, min, ImVec2(cardW, cardH), 1.f);
    const SwipeDirection lean = m_gesture.leaning();
    drawSwipeStamp(ctx, stampLabel(lean), stampColour(t, lean), min, ImVec2(cardW, cardH),
                   m_gesture.leanStrength());
    rotateVertices(draw, firstVertex, ImVec2(min.x + cardW * 0.5f, min.y + cardH * 0.5f),
                   m_gesture.tiltDegrees());
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + area.y));
}

void TodayView::drawActions(ViewContext& ctx, float width) {
    const Theme& t = ctx.theme;
    struct Action {
        const char* label;
        const char* key;
        SwipeDirection dir;
    };
    static constexpr Action kActions[] = {{RK_ICON_CLOCK " Snooze", "←", SwipeDirection::Left},
                                          {RK_ICON_FORWARD " Skip", "↓", SwipeDirection::Down},
                                          {RK_ICON_USER " Open", "↑", SwipeDirection::Up},
                                          {RK_ICON_CHECK " Done", "→", SwipeDirection::Right}};
    m_actionRowTop = ImGui::GetCursorScreenPos().y;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float w = (width - gap * 3) / 4;
    const bool idle = m_gesture.state() == SwipeGesture::State::Idle && !cards(ctx).empty();
    for (int i = 0; i < 4; ++i) {
        const Action& a = kActions[i];
        if (i > 0) ImGui::SameLine();
        ImGui::BeginGroup();
        ImGui::PushID(i);
        const bool primary = a.dir == SwipeDirection::Right;
        const bool clicked = primary ? widgets::primaryButton(a.label, t, w)
                                     : widgets::secondaryButton(a.label, t, w);
        if (clicked && idle) {
            m_flying = cards(ctx).front();
            m_gesture.flyOff(a.dir);
        }
        if (a.dir == SwipeDirection::Left && ImGui::IsItemClicked(ImGuiMouseButton_Right) && idle)
            m_snoozeMenuRequested = true;
        const ImVec2 ks =
            ctx.fonts.small->CalcTextSizeA(ctx.fonts.small->FontSize, FLT_MAX, 0.f, a.key);
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (w - ks.x - t.px(12)) * 0.5f);
        widgets::keycap(a.key, t, ctx.fonts);
        ImGui::PopID();
        ImGui::EndGroup();
    }
}

void TodayView::drawSnoozeMenu(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    if (m_snoozeMenuRequested) {
        ImGui::OpenPopup(kSnoozeMenu);
        m_snoozeMenuRequested = false;
        m_snoozeDate = ctx.today.addDays(14).iso();
        m_snoozeError.clear();
    }
    m_snoozeMenuOpen = false;
    if (cards(ctx).empty()) return;
    widgets::Dialog dialog(kSnoozeMenu, t); // the app's own sheet, not a stock title bar
    if (!dialog.open) return;
    m_snoozeMenuOpen = true;
    const QueueItem& item = cards(ctx).front();
    ImGui::PushFont(ctx.fonts.title);
    widgets::userTextWrapped("Snooze " + item.name + " until…");
    ImGui::PopFont();
    auto choose = [&](SnoozeLength length, std::optional<CivilDate> until) {
        m_flying = item;
        ctx.push(intent::Snooze{item.contactId, length, until});
        ImGui::CloseCurrentPopup();
    };
    const float w = ImGui::GetContentRegionAvail().x;
    if (widgets::secondaryButton("Tomorrow  (1)", t, w) || keys::pressed(shortcut::SnoozeTomorrow))
        choose(SnoozeLength::Tomorrow, std::nullopt);
    if (widgets::secondaryButton("In 3 days  (3)", t, w) || keys::pressed(shortcut::SnoozeThreeDays))
        choose(SnoozeLength::ThreeDays, std::nullopt);
    if (widgets::secondaryButton("Next week  (W)", t, w) || keys::pressed(shortcut::SnoozeNextWeek))
        choose(SnoozeLength::NextWeek, std::nullopt);
    ImGui::SetNextItemWidth(w * 0.62f);
    // Select all on focus: typing replaces the suggested date instead of adding to it.
    const bool entered =
        ImGui::InputText("##date", &m_snoozeDate,
                         ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
    ImGui::SameLine();
    const bool pick =
        widgets::primaryButton("Pick date", t, w * 0.38f - ImGui::GetStyle().ItemSpacing.x);
    const auto d = widgets::dueDatePreviewLine(m_snoozeDate, ctx.today, t, ctx.fonts);
    if (pick || entered) {
        if (!d)
            m_snoozeError = widgets::dueDateError(m_snoozeDate, ctx.today);
        else if (*d <= ctx.today)
            m_snoozeError = "Pick a day after today.";
        else
            choose(SnoozeLength::Until, *d);
    }
    if (!m_snoozeError.empty()) widgets::text(m_snoozeError, t.danger, false);
    if (widgets::secondaryButton("Cancel  (Esc)", t, w) || keys::pressed(ImGuiKey_Escape))
        ImGui::CloseCurrentPopup();
}

void TodayView::finishFlight(ViewContext& ctx) {
    if (!m_flying) {
        m_gesture.reset();
        return;
    }
    const QueueItem item = *m_flying;
    switch (m_gesture.direction()) {
    case SwipeDirection::Right:
        // The card stays off screen while the log sheet is open; Esc brings it back.
        ctx.push(intent::OpenLogSheet{item.contactId, LogOrigin::TodayDone});
        return;
    case SwipeDirection::Left:
        ctx.push(intent::Snooze{item.contactId, SnoozeLength::Tomorrow, std::nullopt});
        break;
    case SwipeDirection::Down:
        ctx.push(intent::Skip{item.contactId});
        break;
    case SwipeDirection::Up:
        ctx.push(intent::OpenContact{item.contactId});
        m_gesture.reset(); // opening changes nothing: the card is still there when you come back
        m_flying.reset();
        return;
    case SwipeDirection::None:
        break;
    }
    m_gesture.reset();
    m_flying.reset();
}

} // namespace rk::app
