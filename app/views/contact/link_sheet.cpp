#include "app/views/contact/link_sheet.h"

#include "app/input/keys.h"
#include "app/input/shortcuts.h"
#include "app/text/text_pipeline.h"
#include "app/theme/icons.h"
#include "app/widgets/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <array>

namespace rk::app {

namespace {
// Read with the picked person first: "Ben … works with them".
constexpr std::array<LinkRelationChoice, 7> kChoices = {{
    {"knows them", LinkKind::Knows, true},
    {"works with them", LinkKind::WorksWith, true},
    {"is their manager", LinkKind::ManagerOf, true},
    {"reports to them", LinkKind::ManagerOf, false},
    {"partner or family", LinkKind::Family, true},
    {"introduced you to them", LinkKind::IntroducedMeTo, true},
    {"went to school with them", LinkKind::SchoolWith, true},
}};
} // namespace

std::span<const LinkRelationChoice> linkRelationChoices() { return kChoices; }

void LinkSheet::open(ContactId contactId, const std::string& name) {
    openPopup();
    m_open = true;
    m_contactId = contactId;
    m_name = name;
    m_query.clear();
    m_askedQuery.clear();
    m_highlight = 0;
    m_relation = 0;
    m_focusPending = true;
}

void LinkSheet::dismissed(ViewContext& ctx) {
    m_open = false;
    ctx.push(intent::FindPeople{});
}

void LinkSheet::drawStep(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    sheetTitle("Link " + m_name + " with someone", ctx);
    if (keys::pressed(ImGuiKey_Escape)) {
        m_open = false;
        ctx.push(intent::FindPeople{});
        return;
    }
    if (ImGui::GetIO().KeyAlt)
        if (const int r = keys::pressedIndex(shortcut::LinkRelation); r >= 0) m_relation = r;

    // How the person picked below relates to this one.
    ImGui::PushFont(ctx.fonts.small);
    widgets::text("The person you pick…", t.textMuted);
    ImGui::PopFont();
    for (int i = 0; i < static_cast<int>(kChoices.size()); ++i) {
        const char* label = kChoices[static_cast<std::size_t>(i)].label;
        if (i > 0) widgets::sameLineIfFits(ImGui::CalcTextSize(label).x + t.px(30));
        ImGui::PushID(i);
        if (widgets::pill(label, m_relation == i, t, widgets::PillSize::Compact)) m_relation = i;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Alt+%d", i + 1);
        ImGui::PopID();
    }
    ImGui::Dummy(ImVec2(0, t.px(2)));

    const PeopleMatches& found = ctx.models.people();
    std::vector<const ContactCard*> people;
    if (found.text == m_query)
        for (const ContactCard& c : found.people)
            if (c.id != m_contactId) people.push_back(&c);
    const int count = static_cast<int>(people.size());
    if (count > 0) {
        if (keys::pressed(ImGuiKey_DownArrow, true)) m_highlight = std::min(m_highlight + 1, count - 1);
        if (keys::pressed(ImGuiKey_UpArrow, true)) m_highlight = std::max(m_highlight - 1, 0);
    }
    if (m_focusPending) {
        ImGui::SetKeyboardFocusHere();
        m_focusPending = false;
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool entered = ImGui::InputTextWithHint(
        "##link-who", RK_ICON_SEARCH "  Who? Start typing a name", &m_query,
        ImGuiInputTextFlags_EnterReturnsTrue);
    if (m_query != m_askedQuery) {
        ctx.push(intent::FindPeople{m_query});
        m_askedQuery = m_query;
        m_highlight = 0;
    }
    if (entered && count > 0) {
        link(ctx, people[static_cast<std::size_t>(std::clamp(m_highlight, 0, count - 1))]->id);
        return;
    }
    if (entered) m_focusPending = true; // nothing to pick yet: keep typing
    for (int i = 0; i < count; ++i) {
        const ContactCard& c = *people[static_cast<std::size_t>(i)];
        ImGui::PushID(static_cast<int>(c.id));
        std::string label = c.displayName;
        if (!c.company.empty()) label += "  ·  " + c.company;
        const std::string shown(text::shown(label).text);
        const bool clicked =
            ImGui::Selectable(shown.c_str(), i == m_highlight, 0, ImVec2(0, t.px(30)));
        ImGui::PopID();
        if (clicked) {
            link(ctx, c.id);
            return;
        }
    }
    if (found.text == m_query && count == 0 && !m_query.empty())
        widgets::text("No one by that name. Add them to your deck first.", t.textMuted);
    ImGui::Dummy(ImVec2(0, t.px(4)));
    if (widgets::secondaryButton("Close  (Esc)", t, -FLT_MIN)) {
        m_open = false;
        ctx.push(intent::FindPeople{});
    }
}

void LinkSheet::link(ViewContext& ctx, ContactId other) {
    const LinkRelationChoice& choice = kChoices[static_cast<std::size_t>(m_relation)];
    ctx.push(choice.otherIsFrom ? intent::LinkPeople{other, m_contactId, choice.kind}
                                : intent::LinkPeople{m_contactId, other, choice.kind});
    ctx.push(intent::FindPeople{});
    m_open = false;
}

} // namespace rk::app
