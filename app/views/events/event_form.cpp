#include "app/views/events/event_form.h"

#include "app/input/keys.h"
#include "app/theme/icons.h"
#include "app/widgets/widgets.h"
#include "core/commands/event_commands.h"
#include "core/time/date_phrase.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cfloat>
#include <cstdlib>
#include <variant>

namespace rk::app {

std::optional<CivilDate> eventDay(const std::string& text, const CivilDate& today, std::string* why) {
    if (auto iso = CivilDate::parse(text)) return iso;
    const auto past = parseDatePhrase(text, today, Toward::Past);
    const auto future = parseDatePhrase(text, today, Toward::Future);
    const auto* p = std::get_if<DatePhrase>(&past);
    const auto* f = std::get_if<DatePhrase>(&future);
    if (p && f)
        return std::llabs(p->day.daysUntil(today)) < std::llabs(today.daysUntil(f->day)) ? p->day
                                                                                         : f->day;
    if (p) return p->day;
    if (f) return f->day;
    if (why) *why = std::get<WhenError>(future).message;
    return std::nullopt;
}

void EventForm::openNew(const CivilDate& today) {
    openPopup();
    m_open = true;
    m_event = {};
    m_event.date = today.iso();
    m_date = "today";
    m_error.clear();
    m_focus = true;
}

void EventForm::openEdit(const Event& event) {
    openPopup();
    m_open = true;
    m_event = event;
    m_date = event.date;
    m_error.clear();
    m_focus = true;
}

void EventForm::save(ViewContext& ctx) {
    std::string why;
    const auto day = eventDay(m_date, ctx.today, &why);
    if (!day) {
        m_error = why.empty() ? "Type a day, like today, last friday or 2026-12-04." : why;
        return;
    }
    Event e = m_event;
    e.date = day->iso();
    if (std::string problem = eventProblem(e); !problem.empty()) {
        m_error = problem;
        return;
    }
    if (e.id == 0)
        ctx.push(intent::CreateEvent{e});
    else
        ctx.push(intent::UpdateEvent{e});
    m_open = false;
}

void EventForm::drawStep(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    if (keys::pressed(ImGuiKey_Escape)) {
        m_open = false;
        return;
    }
    sheetTitle(m_event.id == 0 ? RK_ICON_CALENDAR "  New event" : RK_ICON_PENCIL "  Edit the event",
               ctx);
    ImGui::PushFont(ctx.fonts.small);
    widgets::text("A meetup, a conference, an association meeting, a class: anywhere you meet "
                  "people.",
                  t.textMuted);
    ImGui::PopFont();
    bool enter = false;
    if (m_focus) {
        ImGui::SetKeyboardFocusHere();
        m_focus = false;
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    enter |= ImGui::InputTextWithHint("##event-name", "Name, like PyCon UK or Design meetup",
                                      &m_event.name, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SetNextItemWidth(-FLT_MIN);
    enter |= ImGui::InputTextWithHint("##event-date",
                                      RK_ICON_CALENDAR "  When: today, last friday, 3 dec, 2026-12-04",
                                      &m_date, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::PushFont(ctx.fonts.small);
    std::string why;
    if (auto day = eventDay(m_date, ctx.today, &why))
        widgets::text(dayPreview(*day, ctx.today), t.textMuted);
    else if (!m_date.empty())
        widgets::text(why, t.warn);
    ImGui::PopFont();
    ImGui::SetNextItemWidth(-FLT_MIN);
    enter |= ImGui::InputTextWithHint("##event-place", RK_ICON_MAP_MARKER "  Where (optional)",
                                      &m_event.location, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::InputTextMultiline("##event-notes", &m_event.notes, ImVec2(-FLT_MIN, t.px(60)));
    if (m_event.notes.empty() && !ImGui::IsItemActive()) {
        const ImVec2 min = ImGui::GetItemRectMin();
        ImGui::GetWindowDrawList()->AddText(ImVec2(min.x + t.px(12), min.y + t.px(8)), t.textMuted,
                                            "Notes (optional)");
    }
    if (enter) save(ctx);
    if (!m_open) return;
    if (!m_error.empty()) widgets::text(m_error, t.danger);
    ImGui::Dummy(ImVec2(0, t.px(4)));
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (widgets::secondaryButton("Cancel  (Esc)", t, half)) m_open = false;
    ImGui::SameLine();
    if (widgets::primaryButton(RK_ICON_CHECK "  Save  (Enter)", t, half)) save(ctx);
}

} // namespace rk::app
