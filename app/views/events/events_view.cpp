#include "app/views/events/events_view.h"

#include "app/input/keys.h"
#include "app/input/shortcuts.h"
#include "app/theme/icons.h"
#include "app/widgets/user_text.h"
#include "app/widgets/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace rk::app {

namespace {

std::string peopleText(int met, int followedUp) {
    if (met == 0) return "Nobody added yet";
    return std::to_string(met) + (met == 1 ? " person met" : " people met") + " · " +
           std::to_string(followedUp) + " followed up";
}

ImU32 statusColour(MetStatus s, const Theme& t) {
    switch (s) {
    case MetStatus::FollowedUp:
        return t.good;
    case MetStatus::Due:
        return t.accent;
    case MetStatus::Waiting:
        return t.textMuted;
    case MetStatus::NotPlanned:
        return t.warn;
    }
    return t.textMuted;
}

void heading(const char* text, const ViewContext& ctx) {
    ImGui::Dummy(ImVec2(0, ctx.theme.px(6)));
    ImGui::PushFont(ctx.fonts.bodyBold);
    widgets::text(text, ctx.theme.textMuted, false);
    ImGui::PopFont();
}

} // namespace

void EventsView::open(std::int64_t eventId) {
    m_event = eventId;
    m_selected = -1;
    m_form.close();
}

bool EventsView::keysFree(const ViewContext& ctx) const {
    return ctx.keyboardFree && keys::noMods() && !m_form.isOpen() &&
           !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
}

void EventsView::draw(ViewContext& ctx) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail, ctx.theme.px(kMaxWidth));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
    ImGui::BeginChild("##events-page", ImVec2(width, 0), false, ImGuiWindowFlags_NoScrollbar);
    const auto& page = ctx.models.eventPage();
    if (m_event != 0 && page && page->event.id == m_event)
        drawPage(ctx, *page);
    else if (m_event != 0 && !page)
        open(0); // deleted (or undone away): back to the list
    else
        drawList(ctx);
    ImGui::EndChild();
    m_form.draw(ctx);
}

bool EventsView::row(ViewContext& ctx, int index, const std::string& title,
                     const std::string& detail, const std::string& status, ImU32 colour) {
    const Theme& t = ctx.theme;
    ImGui::PushID(index);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float pad = t.px(8);
    ImGui::SetCursorScreenPos(ImVec2(start.x + pad, start.y + pad));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - 2 * pad);
    ImGui::PushFont(ctx.fonts.bodyBold);
    widgets::userTextWrapped(title);
    ImGui::PopFont();
    ImGui::PushFont(ctx.fonts.small);
    if (!detail.empty()) widgets::userTextWrapped(detail);
    if (!status.empty()) widgets::text(status, colour);
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    const float bottom = ImGui::GetItemRectMax().y + pad;
    const ImVec2 end(start.x + width, bottom);
    const bool hovered = ImGui::IsMouseHoveringRect(start, end) && ImGui::IsWindowHovered();
    const bool clicked = hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left);
    draw->ChannelsSetCurrent(0);
    if (index == m_selected || hovered)
        draw->AddRectFilled(start, end, widgets::withAlpha(t.accent, index == m_selected ? 0.12f : 0.06f),
                            t.px(10));
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(start.x, bottom + t.px(2)));
    ImGui::Dummy(ImVec2(0, 0));
    ImGui::PopID();
    if (clicked) m_selected = index;
    return clicked;
}

// [SECTION] The list

void EventsView::listKeys(ViewContext& ctx) {
    if (!keysFree(ctx)) return;
    if (keys::pressed(ImGuiKey_Escape)) {
        ctx.push(intent::ShowMoreScreen{MoreScreen::Main});
        return;
    }
    const EventList& list = ctx.models.events();
    const int count = static_cast<int>(list.size());
    if (keys::pressed(shortcut::EventsNew)) m_form.openNew(ctx.today);
    if (count == 0) return;
    if (keys::pressed(ImGuiKey_DownArrow, true) || keys::pressed('J', true))
        m_selected = (m_selected + 1) % count;
    if (keys::pressed(ImGuiKey_UpArrow, true) || keys::pressed('K', true))
        m_selected = m_selected <= 0 ? count - 1 : m_selected - 1;
    const EventSummary* picked = m_selected >= 0 ? list.at(static_cast<std::size_t>(m_selected)) : nullptr;
    if (!picked) return;
    if (keys::pressed(shortcut::EventsOpen)) ctx.push(intent::ShowEvent{picked->id});
    else if (keys::pressed(shortcut::EventsMet)) ctx.push(intent::OpenMetSheet{picked->id});
    else if (keys::pressed(shortcut::EventsDelete)) ctx.push(intent::DeleteEvent{picked->id});
}

void EventsView::drawList(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    listKeys(ctx);
    if (widgets::secondaryButton(RK_ICON_ARROW_LEFT "  Back  (Esc)", t, t.px(130))) {
        ctx.push(intent::ShowMoreScreen{MoreScreen::Main});
        return;
    }
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted("Events");
    ImGui::PopFont();
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (widgets::primaryButton(RK_ICON_HANDSHAKE "  I met someone  (Ctrl+M)", t, half))
        ctx.push(intent::OpenMetSheet{});
    ImGui::SameLine();
    if (widgets::secondaryButton(RK_ICON_PLUS "  New event  (N)", t, half)) m_form.openNew(ctx.today);

    ImGui::BeginChild("##events-list");
    const EventList& list = ctx.models.events();
    if (list.empty()) {
        widgets::emptyState(RK_ICON_CALENDAR, "No events yet",
                            "Add the meetups, conferences, association meetings and classes you "
                            "go to. Then add the people you meet there, and Rekindle reminds you "
                            "to follow up while they still remember you.",
                            t, ctx.fonts);
    } else {
        widgets::text("↑/↓ picks, Enter opens, M adds someone you met there.", t.textMuted);
        int index = 0;
        auto section = [&](const char* title, const std::vector<EventSummary>& events) {
            if (events.empty()) return;
            heading(title, ctx);
            for (const EventSummary& e : events) {
                std::string detail = RK_ICON_CALENDAR " " + e.when;
                if (!e.location.empty()) detail += "  ·  " RK_ICON_MAP_MARKER " " + e.location;
                if (row(ctx, index, e.name, detail, peopleText(e.peopleMet, e.followedUp),
                        e.peopleMet > e.followedUp ? t.accent : t.textMuted))
                    ctx.push(intent::ShowEvent{e.id});
                ++index;
            }
        };
        section("Upcoming", list.upcoming);
        section("Past", list.past);
    }
    ImGui::Dummy(ImVec2(0, t.px(70))); // room above the toast
    ImGui::EndChild();
}

// [SECTION] One event's page

void EventsView::pageKeys(ViewContext& ctx, const EventPage& page) {
    if (!keysFree(ctx)) return;
    if (keys::pressed(ImGuiKey_Escape)) {
        ctx.push(intent::ShowEvent{0});
        return;
    }
    if (keys::pressed(shortcut::EventsMet)) ctx.push(intent::OpenMetSheet{page.event.id});
    if (keys::pressed(shortcut::EventsEdit))
        m_form.openEdit({page.event.id, page.event.name, page.event.dateIso, page.event.location,
                         page.event.notes, {}});
    if (keys::pressed(shortcut::EventsDelete)) ctx.push(intent::DeleteEvent{page.event.id});
    const int count = static_cast<int>(page.people.size());
    if (count == 0) return;
    if (keys::pressed(ImGuiKey_DownArrow, true) || keys::pressed('J', true))
        m_selected = (m_selected + 1) % count;
    if (keys::pressed(ImGuiKey_UpArrow, true) || keys::pressed('K', true))
        m_selected = m_selected <= 0 ? count - 1 : m_selected - 1;
    if (m_selected >= 0 && m_selected < count && keys::pressed(shortcut::EventsOpen))
        ctx.push(intent::OpenContact{page.people[static_cast<std::size_t>(m_selected)].id});
}

void EventsView::drawPage(ViewContext& ctx, const EventPage& page) {
    const Theme& t = ctx.theme;
    const EventSummary& e = page.event;
    pageKeys(ctx, page);
    if (widgets::secondaryButton(RK_ICON_ARROW_LEFT "  Events  (Esc)", t, t.px(130))) {
        ctx.push(intent::ShowEvent{0});
        return;
    }
    ImGui::PushFont(ctx.fonts.title);
    widgets::userTextWrapped(e.name);
    ImGui::PopFont();
    widgets::text(RK_ICON_CALENDAR "  " + e.when, t.textMuted);
    if (!e.location.empty()) {
        widgets::text(RK_ICON_MAP_MARKER " ", t.textMuted, false);
        ImGui::SameLine(0, 0);
        widgets::userTextWrapped(e.location);
    }
    if (!e.notes.empty()) widgets::userTextWrapped(e.notes);
    ImGui::Dummy(ImVec2(0, t.px(4)));
    if (widgets::primaryButton(RK_ICON_HANDSHAKE "  I met someone here  (M)", t))
        ctx.push(intent::OpenMetSheet{e.id});
    const float third = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (widgets::secondaryButton(RK_ICON_PENCIL "  Edit  (E)", t, third))
        m_form.openEdit({e.id, e.name, e.dateIso, e.location, e.notes, {}});
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.danger));
    if (widgets::secondaryButton(RK_ICON_TRASH "  Delete  (Del)", t, third))
        ctx.push(intent::DeleteEvent{e.id});
    ImGui::PopStyleColor();

    ImGui::BeginChild("##event-people");
    heading(("People you met (" + std::to_string(e.peopleMet) + ", " +
             std::to_string(e.followedUp) + " followed up)")
                .c_str(),
            ctx);
    if (page.people.empty())
        widgets::text("Nobody yet. Press M to add someone you met here: a name is enough, and "
                      "they get a follow-up within two days.",
                      t.textMuted);
    for (std::size_t i = 0; i < page.people.size(); ++i) {
        const MetPersonRow& p = page.people[i];
        std::string detail = p.roleLine;
        if (!p.context.empty()) detail += (detail.empty() ? "" : " · ") + p.context;
        const char* icon = p.status == MetStatus::FollowedUp ? RK_ICON_CHECK_CIRCLE "  "
                                                             : RK_ICON_CLOCK "  ";
        if (row(ctx, static_cast<int>(i), p.name, detail, icon + p.statusText,
                statusColour(p.status, t)))
            ctx.push(intent::OpenContact{p.id});
    }
    ImGui::Dummy(ImVec2(0, t.px(70)));
    ImGui::EndChild();
}

} // namespace rk::app
