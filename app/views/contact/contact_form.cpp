#include "app/views/contact/contact_form.h"

#include "app/input/keys.h"
#include "app/theme/icons.h"
#include "app/views/contact/contact_links.h"
#include "app/widgets/card.h"
#include "app/widgets/widgets.h"
#include "core/followup/followup_text.h"
#include "core/model/contact_validation.h"
#include "core/time/humanize.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <array>

namespace rk::app {

namespace {

struct CadenceChoice {
    const char* label;
    std::optional<int> days; // unset: the circle's default
};
constexpr std::array<CadenceChoice, 8> kCadences = {{
    {"Circle default", std::nullopt},
    {"Weekly", 7},
    {"Every 2 weeks", 14},
    {"Monthly", 30},
    {"Quarterly", 90},
    {"Twice a year", 180},
    {"Yearly", 365},
    {"No regular follow-up", 0},
}};
constexpr int kCustomCadence = static_cast<int>(kCadences.size()); // the contact's own odd value

// Field indices for the "touched" mask: a message shows once its field was left.
enum Field : unsigned {
    FName,
    FCompany,
    FTitle,
    FIndustry,
    FLocation,
    FHowMet,
    FBirthday,
    FEmails,
    FPhones,
    FLinks,
    FTags,
    FKnows,
    FNotes,
    FIntroducedBy
};

// Imports often hold bare "linkedin.com/in/ana": the form shows the link it
// will open, so saving never trips over a value the person did not type.
std::string shownValue(const ContactMethod& m) {
    if (m.kind != MethodKind::Url || !validate::url(m.value)) return m.value;
    const std::string withScheme = "https://" + m.value;
    return validate::url(withScheme) ? m.value : withScheme;
}

std::string listOf(const Contact& c, MethodKind kind) {
    std::vector<std::string> values;
    for (const ContactMethod& m : c.methods)
        if (m.kind == kind) values.push_back(shownValue(m));
    return validate::joinList(values);
}

} // namespace

std::string DraftProblems::saveBlocker() const {
    // In the order the fields appear, so the message points at the first one to fix.
    const std::pair<const std::string*, const char*> fields[] = {{&name, "the name"},
                                                                 {&birthday, "the birthday"},
                                                                 {&emails, "the email address"},
                                                                 {&phones, "the phone number"},
                                                                 {&links, "the link"}};
    const char* first = nullptr;
    int others = 0;
    for (const auto& [problem, what] : fields) {
        if (problem->empty()) continue;
        if (!first)
            first = what;
        else
            ++others;
    }
    if (!first) return {};
    if (!name.empty() && others == 0) return "Add a name to save.";
    std::string text = std::string("Fix ") + first;
    if (others > 0)
        text += " and " + std::to_string(others) + (others == 1 ? " more field" : " more fields");
    return text + " to save.";
}

DraftProblems checkDraft(const ContactDraft& d, const CivilDate& today) {
    DraftProblems p;
    auto text = [](const validate::Problem& problem) { return problem ? *problem : std::string(); };
    p.name = text(validate::name(d.name));
    p.emails = text(validate::eachOf(validate::splitList(d.emails),
                                     [](const std::string& s) { return validate::email(s); }));
    p.phones = text(validate::eachOf(validate::splitList(d.phones),
                                     [](const std::string& s) { return validate::phone(s); }));
    p.links = text(validate::eachOf(validate::splitList(d.links),
                                    [](const std::string& s) { return validate::url(s); }));
    p.birthday = text(validate::birthday(d.birthday, today));
    return p;
}

void ContactForm::startNew() {
    m_base = Contact{};
    m_draft = ContactDraft{};
    m_customCadence.reset();
    m_open = true;
    m_focusName = true;
    m_triedSave = false;
    m_edited = 0;
}

void ContactForm::startEdit(const Contact& c) {
    startNew();
    // An edit opens with no field focused: keys typed before the form was
    // seen (a note meant for another screen) must not land in the name.
    m_focusName = false;
    m_base = c;
    ContactDraft& d = m_draft;
    d.name = c.displayName;
    d.company = c.company;
    d.title = c.title;
    d.industry = c.industry;
    d.location = c.location;
    d.howMet = c.howMet;
    d.metAtEventId = c.metAtEventId.value_or(0);
    d.birthday = c.birthday;
    d.circle = c.circle;
    d.cadenceChoice = 0;
    if (c.cadenceDays) {
        d.cadenceChoice = kCustomCadence;
        for (size_t i = 1; i < kCadences.size(); ++i)
            if (kCadences[i].days == *c.cadenceDays) d.cadenceChoice = static_cast<int>(i);
        if (d.cadenceChoice == kCustomCadence) m_customCadence = *c.cadenceDays;
    }
    d.emails = listOf(c, MethodKind::Email);
    d.phones = listOf(c, MethodKind::Phone);
    d.links = listOf(c, MethodKind::Url);
    d.tags = validate::joinList(c.tags);
    d.knows = validate::joinList(c.knows);
    d.notes = c.notes;
}

Contact ContactForm::build() const {
    Contact c = m_base;
    const ContactDraft& d = m_draft;
    const std::string name(validate::trim(d.name));
    if (name != m_base.displayName) {
        // A new name replaces the split one too, so search and export agree with the card.
        c.displayName = name;
        const size_t space = name.find(' ');
        c.givenName = name.substr(0, space);
        c.familyName = space == std::string::npos
                           ? std::string()
                           : std::string(validate::trim(name.substr(space + 1)));
    }
    auto trimmed = [](const std::string& s) { return std::string(validate::trim(s)); };
    c.company = trimmed(d.company);
    c.title = trimmed(d.title);
    c.industry = trimmed(d.industry);
    c.location = trimmed(d.location);
    c.howMet = trimmed(d.howMet);
    c.metAtEventId =
        d.metAtEventId != 0 ? std::optional<std::int64_t>(d.metAtEventId) : std::nullopt;
    c.birthday = trimmed(d.birthday);
    c.notes = d.notes;
    c.circle = d.circle;
    if (d.cadenceChoice == kCustomCadence)
        c.cadenceDays = m_customCadence;
    else
        c.cadenceDays = kCadences[static_cast<size_t>(d.cadenceChoice)].days;

    // Methods keep their labels ("work", "LinkedIn") when their value survives the edit.
    c.methods.clear();
    auto addAll = [&](MethodKind kind, const std::string& list) {
        for (const std::string& value : validate::splitList(list)) {
            ContactMethod m{0, kind, {}, value};
            for (const ContactMethod& old : m_base.methods)
                if (old.kind == kind && shownValue(old) == value) m.label = old.label;
            if (m.label.empty() && kind == MethodKind::Url && contact_links::isLinkedIn(m))
                m.label = "LinkedIn";
            c.methods.push_back(std::move(m));
        }
    };
    addAll(MethodKind::Email, d.emails);
    addAll(MethodKind::Phone, d.phones);
    addAll(MethodKind::Url, d.links);
    c.tags = validate::splitList(d.tags);
    c.knows = validate::splitList(d.knows);
    return c;
}

bool ContactForm::field(ViewContext& ctx, unsigned index, const char* label, const char* id,
                        std::string& value, const char* hint, const std::string& problem,
                        bool multiline) {
    const Theme& t = ctx.theme;
    const unsigned bit = 1u << index;
    widgets::sectionLabel(label, t, ctx.fonts.small);
    ImGui::SetNextItemWidth(-FLT_MIN);
    bool changed = false;
    if (multiline)
        changed = ImGui::InputTextMultiline(id, &value, ImVec2(-FLT_MIN, t.px(96)));
    else
        changed = ImGui::InputTextWithHint(id, hint, &value);
    // A field's message waits for its first edit (and for the person to
    // leave it) or a refused Save: a new form does not open scolding.
    const bool active = ImGui::IsItemActive();
    if (changed) m_edited |= bit;
    if (!problem.empty() && (m_triedSave || ((m_edited & bit) && !active))) {
        ImGui::PushFont(ctx.fonts.small);
        widgets::text(problem, t.danger);
        ImGui::PopFont();
    }
    return changed;
}

ContactForm::Outcome ContactForm::draw(ViewContext& ctx) {
    if (!m_open) return Outcome::Cancelled;
    const Theme& t = ctx.theme;
    m_problems = checkDraft(m_draft, ctx.today);
    const bool popupOpen = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);

    if (!popupOpen && keys::pressed(ImGuiKey_Escape)) {
        m_open = false;
        return Outcome::Cancelled;
    }
    bool save =
        keys::ctrl() && (keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter));
    // An edit opens with no field focused; Tab then starts at the name.
    if (!popupOpen && !ImGui::GetIO().WantTextInput && !keys::shift() &&
        keys::pressed(ImGuiKey_Tab))
        m_focusName = true;

    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted(isEditing() ? "Edit contact" : "New contact");
    ImGui::PopFont();

    const float footerH =
        ImGui::GetFrameHeight() + t.px(34) + ImGui::GetTextLineHeightWithSpacing();
    ImGui::BeginChild("##contact-form", ImVec2(0, -footerH), false, ImGuiWindowFlags_NoScrollbar);
    drawFields(ctx);
    ImGui::EndChild();
    return drawFooter(ctx, save);
}

void ContactForm::drawFields(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    // Combo arrows in the field colour rather than the accent: the form stays calm.
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered,
                          ImGui::GetStyleColorVec4(ImGuiCol_FrameBgHovered));
    ImGui::PushItemWidth(-FLT_MIN);

    if (m_focusName) {
        ImGui::SetKeyboardFocusHere();
        m_focusName = false;
    }
    field(ctx, FName, "NAME", "##name", m_draft.name, "Ana Lopez", m_problems.name);
    field(ctx, FCompany, "COMPANY", "##company", m_draft.company, "Stripe", {});
    field(ctx, FTitle, "TITLE", "##title", m_draft.title, "VP Engineering", {});
    field(ctx, FIndustry, "INDUSTRY", "##industry", m_draft.industry, "Fintech", {});
    field(ctx, FLocation, "LOCATION", "##location", m_draft.location, "Lisbon", {});

    widgets::sectionLabel("CIRCLE", t, ctx.fonts.small);
    for (int i = 0; i < kCircleCount; ++i) {
        const auto circle = static_cast<Circle>(i);
        if (i > 0) ImGui::SameLine();
        ImGui::PushID(i);
        if (widgets::pill(std::string(circleName(circle)).c_str(), m_draft.circle == circle, t))
            m_draft.circle = circle;
        ImGui::PopID();
    }
    drawCadence(ctx);

    field(ctx, FHowMet, "HOW YOU MET", "##howmet", m_draft.howMet,
          "Through Maria, at a Rust meetup", {});
    if (!isEditing())
        field(ctx, FIntroducedBy, "INTRODUCED BY", "##introducedby", m_draft.introducedBy,
              "Who introduced you? Their name in your deck", {});
    drawEventPicker(ctx);
    field(ctx, FBirthday, "BIRTHDAY", "##birthday", m_draft.birthday,
          "1990-04-23, or --04-23 without the year", m_problems.birthday);
    field(ctx, FEmails, "EMAILS", "##emails", m_draft.emails, "ana@example.com, ana@work.com",
          m_problems.emails);
    field(ctx, FPhones, "PHONES", "##phones", m_draft.phones, "+1 555 010 2030", m_problems.phones);
    field(ctx, FLinks, "LINKS", "##links", m_draft.links, "https://linkedin.com/in/ana",
          m_problems.links);
    field(ctx, FTags, "TAGS", "##tags", m_draft.tags, "mentor, design, ex-colleague", {});
    field(ctx, FKnows, "KNOWS ABOUT", "##knows", m_draft.knows, "kubernetes, hiring, fundraising",
          {});
    field(ctx, FNotes, "NOTES", "##notes", m_draft.notes, "", {}, true);
    ImGui::PopStyleColor(2);
    ImGui::PopItemWidth();
}

// The reason Save is off (or the keys), then Cancel and Save.
ContactForm::Outcome ContactForm::drawFooter(ViewContext& ctx, bool save) {
    const Theme& t = ctx.theme;
    const std::string blocker = m_problems.saveBlocker();
    ImGui::PushFont(ctx.fonts.small);
    if (!blocker.empty())
        widgets::text(blocker, m_triedSave ? t.danger : t.textMuted, false);
    else
        widgets::text("Ctrl+Enter saves, Esc cancels.", t.textMuted, false);
    ImGui::PopFont();
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (widgets::secondaryButton("Cancel  (Esc)", t, half)) {
        m_open = false;
        return Outcome::Cancelled;
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(!m_problems.ok());
    if (widgets::primaryButton(isEditing() ? RK_ICON_CHECK "  Save  (Ctrl+Enter)"
                                           : RK_ICON_PLUS "  Add  (Ctrl+Enter)",
                               t, half))
        save = true;
    ImGui::EndDisabled();

    if (save) {
        if (!m_problems.ok()) {
            m_triedSave = true;
            return Outcome::Open;
        }
        m_open = false;
        return Outcome::Saved;
    }
    return Outcome::Open;
}

void ContactForm::drawCadence(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    widgets::sectionLabel("KEEP IN TOUCH", t, ctx.fonts.small);
    auto labelOf = [&](int choice) -> std::string {
        if (choice == kCustomCadence) return keepInTouchText(m_customCadence.value_or(0));
        if (choice == 0)
            return "Circle default (" +
                   keepInTouchText(
                       ctx.models.formChoices().cadence.daysFor(m_draft.circle, std::nullopt)) +
                   ")";
        return kCadences[static_cast<size_t>(choice)].label;
    };
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##cadence", labelOf(m_draft.cadenceChoice).c_str())) {
        const int count = m_customCadence ? kCustomCadence + 1 : kCustomCadence;
        for (int i = 0; i < count; ++i)
            if (ImGui::Selectable(labelOf(i).c_str(), m_draft.cadenceChoice == i))
                m_draft.cadenceChoice = i;
        ImGui::EndCombo();
    }
    // The follow-up this cadence implies, so the choice has a concrete meaning.
    const std::optional<int> own = m_draft.cadenceChoice == kCustomCadence
                                       ? m_customCadence
                                       : kCadences[static_cast<size_t>(m_draft.cadenceChoice)].days;
    const int days = ctx.models.formChoices().cadence.daysFor(m_draft.circle, own);
    const std::string due =
        cadenceDueDate(days, m_base.lastContactAt, m_base.id != 0 ? m_base.createdAt : ctx.now);
    std::string text = "Rekindle won't schedule follow-ups with them.";
    if (auto d = CivilDate::parse(due)) {
        text = *d < ctx.today ? "Next follow-up was due " + weekdayDate(*d, ctx.today) +
                                    ", so they'll show up today."
                              : "Next follow-up: " + weekdayDate(*d, ctx.today) + " (" +
                                    relativeDays(*d, ctx.today) + ").";
    }
    ImGui::PushFont(ctx.fonts.small);
    widgets::text(text, t.textMuted);
    ImGui::PopFont();
}

void ContactForm::drawEventPicker(ViewContext& ctx) {
    const std::vector<Event>& events = ctx.models.formChoices().events;
    if (events.empty() && m_draft.metAtEventId == 0) return; // nothing to pick from
    widgets::sectionLabel("MET AT AN EVENT", ctx.theme, ctx.fonts.small);
    std::string preview = "No event";
    for (const Event& e : events)
        if (e.id == m_draft.metAtEventId) preview = e.name;
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##event", preview.c_str())) {
        if (ImGui::Selectable("No event", m_draft.metAtEventId == 0)) m_draft.metAtEventId = 0;
        for (const Event& e : events) {
            ImGui::PushID(static_cast<int>(e.id));
            const std::string label = e.date.empty() ? e.name : e.name + "  ·  " + e.date;
            if (ImGui::Selectable(label.c_str(), m_draft.metAtEventId == e.id))
                m_draft.metAtEventId = e.id;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
}

} // namespace rk::app
