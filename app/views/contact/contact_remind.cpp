#include "app/views/contact/contact_remind.h"

#include "app/input/keys.h"
#include "app/theme/icons.h"
#include "app/views/contact/contact_links.h"
#include "app/widgets/card.h"
#include "app/widgets/date_preview.h"
#include "app/widgets/dialog.h"
#include "app/widgets/widgets.h"
#include "core/model/contact_validation.h"
#include "core/time/humanize.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <iterator>

namespace rk::app {

namespace {
constexpr const char* kPopup = "##remind";

struct QuickPick {
    const char* label;
    int days;
};
constexpr QuickPick kQuick[] = {
    {"Tomorrow", 1}, {"In 3 days", 3}, {"Next week", 7}, {"In a month", 30}};
} // namespace

void RemindPopup::open(const CivilDate& today) {
    m_open = true;
    m_justOpened = true;
    m_date = today.addDays(7).iso();
    m_note.clear();
    m_error.clear();
}

void RemindPopup::draw(ViewContext& ctx, std::int64_t contactId, const std::string& name) {
    if (!m_open) return;
    const Theme& t = ctx.theme;
    if (m_justOpened) ImGui::OpenPopup(kPopup);
    widgets::Dialog dialog(kPopup, t);
    if (!dialog.open) {
        m_open = false; // closed from outside
        return;
    }
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextWrapped("Remind me about %s", name.c_str());
    ImGui::PopFont();

    for (size_t i = 0; i < std::size(kQuick); ++i) {
        // A pill that would run past the dialog's edge starts the next line.
        if (i > 0) widgets::sameLineIfFits(ImGui::CalcTextSize(kQuick[i].label).x + t.px(20));
        const std::string iso = ctx.today.addDays(kQuick[i].days).iso();
        if (widgets::pill(kQuick[i].label, m_date == iso, t)) {
            m_date = iso;
            m_error.clear();
        }
    }
    widgets::sectionLabel("ON", t, ctx.fonts.small);
    ImGui::SetNextItemWidth(-FLT_MIN);
    bool save = ImGui::InputTextWithHint("##date", "friday, in 2 weeks, 24 dec or 2026-12-24",
                                         &m_date, ImGuiInputTextFlags_EnterReturnsTrue);
    const auto date = widgets::dueDatePreviewLine(m_date, ctx.today, t, ctx.fonts);
    widgets::sectionLabel("NOTE", t, ctx.fonts.small);
    if (m_justOpened) ImGui::SetKeyboardFocusHere();
    m_justOpened = false;
    ImGui::SetNextItemWidth(-FLT_MIN);
    save |= ImGui::InputTextWithHint("##note", "Ask how the new job is going", &m_note,
                                     ImGuiInputTextFlags_EnterReturnsTrue);
    if (!m_error.empty()) widgets::text(m_error, t.danger);

    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    bool done =
        widgets::secondaryButton("Cancel  (Esc)", t, half) || keys::pressed(ImGuiKey_Escape);
    ImGui::SameLine();
    save |= widgets::primaryButton(RK_ICON_BELL "  Remind me  (Enter)", t, half);
    if (save && !done) {
        if (!date)
            m_error = widgets::dueDateError(m_date, ctx.today);
        else {
            Reminder r;
            r.contactId = contactId;
            r.dueDate = date->iso();
            r.note = std::string(validate::trim(m_note));
            ctx.push(intent::AddReminder{r});
            done = true;
        }
    }
    if (done) {
        m_open = false;
        ImGui::CloseCurrentPopup();
    }
}

} // namespace rk::app
