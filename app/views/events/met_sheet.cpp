#include "app/views/events/met_sheet.h"

#include "app/input/keys.h"
#include "app/text/text_pipeline.h"
#include "app/input/shortcuts.h"
#include "app/theme/icons.h"
#include "app/widgets/user_text.h"
#include "app/widgets/widgets.h"
#include "core/followup/met_reason.h"
#include "core/model/contact_validation.h"
#include "core/time/humanize.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cfloat>

namespace rk::app {

namespace {

// The event with this id in the list, or null.
const EventSummary* findEvent(const EventList& list, std::int64_t id) {
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list.at(i)->id == id) return list.at(i);
    return nullptr;
}

std::string eventLabel(const EventSummary& e) {
    return e.name + "  ·  " + e.when;
}

} // namespace

void MetSheet::open(std::int64_t eventId) {
    openPopup();
    m_open = true;
    m_eventId = eventId;
    m_name.clear();
    m_context.clear();
    m_company.clear();
    m_introducedBy.clear();
    m_error.clear();
    m_lastDue.clear();
    m_added.clear();
    m_focusName = true;
}

void MetSheet::saved(const std::string& name) {
    if (!m_open) return;
    m_added.push_back(name);
    m_error.clear();
}

void MetSheet::failed(const MetPerson& person, const std::string& why) {
    if (!m_open) return;
    m_name = person.name;
    m_context = person.context;
    m_company = person.company;
    m_introducedBy = person.introducedBy;
    m_error = why;
    m_focusName = true;
}

// Alt+E: the next event in the list, then "no event", then round again.
void MetSheet::cycleEvent(const ViewContext& ctx) {
    const EventList& list = ctx.models.events();
    if (m_eventId == 0) {
        if (list.size() > 0) m_eventId = list.at(0)->id;
        return;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        if (list.at(i)->id != m_eventId) continue;
        m_eventId = i + 1 < list.size() ? list.at(i + 1)->id : 0;
        return;
    }
    m_eventId = 0;
}

void MetSheet::drawEventLine(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const EventList& list = ctx.models.events();
    const EventSummary* event = findEvent(list, m_eventId);
    if (!event) m_eventId = 0; // gone (deleted, undone): no event
    const std::string preview =
        event ? RK_ICON_CALENDAR "  " + eventLabel(*event) : RK_ICON_CALENDAR "  No event: met today";
    const std::string shown(text::shown(preview).text);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - t.px(70));
    if (ImGui::BeginCombo("##met-event", shown.c_str())) {
        if (ImGui::Selectable("No event: met today", m_eventId == 0)) m_eventId = 0;
        for (std::size_t i = 0; i < list.size(); ++i) {
            const EventSummary& e = *list.at(i);
            ImGui::PushID(static_cast<int>(e.id));
            const std::string label(text::shown(eventLabel(e)).text);
            if (ImGui::Selectable(label.c_str(), e.id == m_eventId)) m_eventId = e.id;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    widgets::text(keysText(shortcut::MetEvent), t.textMuted, false);
}

void MetSheet::add(ViewContext& ctx) {
    MetPerson person{m_name, m_context, m_company, m_eventId, m_introducedBy};
    if (validate::trim(m_name).empty()) {
        m_error = "Type their name first. A first name is enough.";
        m_focusName = true;
        return;
    }
    ctx.push(intent::AddPersonMet{person});
    m_name.clear();
    m_context.clear();
    m_company.clear();
    m_introducedBy.clear();
    m_error.clear();
    m_focusName = true;
}

void MetSheet::drawStep(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    ImGuiIO& io = ImGui::GetIO();
    if (keys::pressed(ImGuiKey_Escape)) {
        m_open = false;
        return;
    }
    if (keys::pressed(shortcut::MetEvent)) {
        cycleEvent(ctx);
        io.InputQueueCharacters.resize(0); // Alt+E must not also type an "e"
    }

    sheetTitle(RK_ICON_HANDSHAKE "  I met someone", ctx);
    drawEventLine(ctx);

    const EventSummary* event = findEvent(ctx.models.events(), m_eventId);
    const CivilDate met = event && event->date ? *event->date : ctx.today;
    const int hours = ctx.models.settings().metFollowUpHours();
    const CivilDate due = metFollowUpDue(met, hours, ctx.today);
    ImGui::PushFont(ctx.fonts.small);
    widgets::text("They join your deck with a follow-up in Today on " + weekdayDate(due, ctx.today) +
                      " (within " + std::to_string(hours) + " hours of meeting; Settings changes that).",
                  t.textMuted);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, t.px(2)));

    bool enter = false;
    if (m_focusName) {
        ImGui::SetKeyboardFocusHere();
        m_focusName = false;
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    enter |= ImGui::InputTextWithHint("##met-name", RK_ICON_USER "  Their name", &m_name,
                                      ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SetNextItemWidth(-FLT_MIN);
    enter |= ImGui::InputTextWithHint("##met-context",
                                      RK_ICON_COMMENT "  One line to remember them by (optional)",
                                      &m_context, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SetNextItemWidth(-FLT_MIN);
    enter |= ImGui::InputTextWithHint("##met-company", RK_ICON_BRIEFCASE "  Company (optional)",
                                      &m_company, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SetNextItemWidth(-FLT_MIN);
    enter |= ImGui::InputTextWithHint("##met-introduced",
                                      RK_ICON_USERS "  Introduced by (optional: a name in your deck)",
                                      &m_introducedBy, ImGuiInputTextFlags_EnterReturnsTrue);
    if (enter) add(ctx);
    if (!m_error.empty()) widgets::text(m_error, t.danger);

    ImGui::PushFont(ctx.fonts.small);
    widgets::text("Enter adds them and starts on the next person. Tab moves between the fields. "
                  "Ctrl+Z undoes the last one.",
                  t.textMuted);
    ImGui::PopFont();
    if (!m_added.empty()) {
        const std::string count = std::to_string(m_added.size()) +
                                  (m_added.size() == 1 ? " person added: " : " people added: ");
        widgets::text(RK_ICON_CHECK "  " + count, t.good, false);
        std::string names;
        for (const std::string& n : m_added) names += (names.empty() ? "" : ", ") + n;
        widgets::userTextWrapped(names);
    }
    ImGui::Dummy(ImVec2(0, t.px(4)));
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (widgets::secondaryButton(m_added.empty() ? "Cancel  (Esc)" : "Done  (Esc)", t, half))
        m_open = false;
    ImGui::SameLine();
    if (widgets::primaryButton(RK_ICON_USER_PLUS "  Add  (Enter)", t, half)) add(ctx);
}

} // namespace rk::app
