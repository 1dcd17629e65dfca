#include "app/views/contact/contact_details.h"
#include "app/widgets/user_text.h"

#include "app/theme/icons.h"
#include "app/views/contact/contact_links.h"
#include "app/views/events/event_chips.h"
#include "app/widgets/card.h"
#include "app/widgets/item_probe.h"
#include "app/widgets/widgets.h"
#include "core/followup/followup_text.h"
#include "core/time/humanize.h"

#include <imgui.h>

namespace rk::app {

namespace {

std::string plural(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

// A row of the About card: a muted label in a fixed column, the value beside
// it; a label wider than the column (large text) puts the value under it, so
// neither overlaps nor squeezes the other.
void labelled(const char* label, const Theme& t, float labelW) {
    const float x = ImGui::GetCursorPosX();
    widgets::text(label, t.textMuted, false);
    if (ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemSpacing.x <= labelW)
        ImGui::SameLine(x + labelW);
    else
        ImGui::SetCursorPosX(x + labelW);
}

} // namespace

void drawFollowUpCard(ViewContext& ctx, const ContactPage& page) {
    const Theme& t = ctx.theme;
    const Contact& c = page.contact;
    widgets::Card card(t, t.px(16));
    widgets::sectionLabel("KEEPING IN TOUCH", t, ctx.fonts.small);

    std::string cadence = keepInTouchText(page.cadenceDays);
    cadence += page.cadenceFromCircle ? "  ·  " + std::string(circleName(c.circle)) + " default"
                                      : "  ·  set for them";
    ImGui::TextWrapped("%s %s", RK_ICON_CLOCK, cadence.c_str());

    if (c.deletedAt || c.archivedAt) {
        widgets::text(std::string(RK_ICON_CALENDAR " No follow-ups while ") +
                          (c.deletedAt ? "they're in the trash" : "they're archived"),
                      t.textMuted);
    } else if (auto due = CivilDate::parse(c.nextDue.empty() ? page.impliedDue : c.nextDue)) {
        // The stored date knows about skips; the cadence alone is the fallback.
        const bool overdue = *due < ctx.today;
        const std::string text = overdue ? "Follow-up was due " + weekdayDate(*due, ctx.today) +
                                               " (" + agoText(*due, ctx.today) + ")"
                                         : "Next follow-up " + weekdayDate(*due, ctx.today) + " (" +
                                               relativeDays(*due, ctx.today) + ")";
        widgets::text(std::string(RK_ICON_CALENDAR " ") + text, overdue ? t.warn : t.text);
    } else {
        widgets::text(RK_ICON_CALENDAR " No regular follow-up", t.textMuted);
    }
    if (auto snoozed = CivilDate::parse(c.snoozedUntil); snoozed && *snoozed > ctx.today) {
        std::string text = "Snoozed until " + weekdayDate(*snoozed, ctx.today);
        if (c.snoozeCount > 1) text += " (snoozed " + std::to_string(c.snoozeCount) + " times)";
        widgets::text(text, t.textMuted);
    }
    const std::string last =
        c.lastContactAt ? "Last in touch " + agoText(localDateOf(*c.lastContactAt), ctx.today)
                        : std::string("Not in touch yet");
    ImGui::TextWrapped("%s %s", RK_ICON_HISTORY, last.c_str());

    for (const Reminder& r : page.reminders) {
        ImGui::PushID(static_cast<int>(r.id));
        const float d = t.px(26);
        const float x = ImGui::GetCursorPosX();
        std::string text = RK_ICON_BELL " Reminder";
        if (auto due = CivilDate::parse(r.dueDate))
            text += " " + weekdayDate(*due, ctx.today) + " (" + relativeDays(*due, ctx.today) + ")";
        if (!r.note.empty()) text += ": " + r.note;
        ImGui::PushTextWrapPos(x + card.innerWidth() - d - t.px(8));
        widgets::text(text, t.warn);
        ImGui::PopTextWrapPos();
        ImGui::SameLine(x + card.innerWidth() - d);
        if (widgets::iconButton("##dismiss", RK_ICON_TIMES, "Dismiss this reminder", t, d,
                                t.textMuted))
            ctx.push(intent::DismissReminder{r.id});
        ImGui::PopID();
    }
}

void drawReciprocityCard(ViewContext& ctx, const ContactPage& page) {
    const Theme& t = ctx.theme;
    const Reciprocity& r = page.reciprocity;
    widgets::Card card(t, t.px(16));
    widgets::sectionLabel("GIVE AND TAKE", t, ctx.fonts.small);

    // Two big numbers side by side, the balance as a chip at the right.
    const float col = card.innerWidth() / 3.f;
    const float x = ImGui::GetCursorPosX();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    auto bigNumber = [&](int n, const char* one, const char* many, float at) {
        ImGui::SetCursorPosX(at);
        ImGui::BeginGroup();
        ImGui::PushFont(ctx.fonts.display);
        ImGui::Text("%d", n);
        ImGui::PopFont();
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() - t.px(8));
        widgets::text(n == 1 ? one : many, t.textMuted, false);
        ImGui::EndGroup();
    };
    bigNumber(r.asks, "ask", "asks", x);
    ImGui::SameLine();
    bigNumber(r.gives, "give", "gives", x + col);
    const ReciprocityBalance balance = r.balance();
    const ImU32 ink = balance == ReciprocityBalance::MostlyAsking ? t.warn
                      : balance == ReciprocityBalance::None       ? t.textMuted
                                                                  : t.good;
    ImFont* small = ctx.fonts.small;
    const std::string label(balanceLabel(balance));
    const float chipW = widgets::chipWidth(label, small);
    const float chipH = small->FontSize * 1.55f;
    const float numberH = ctx.fonts.display->FontSize;
    widgets::chip(
        ImGui::GetWindowDrawList(),
        ImVec2(top.x + card.innerWidth() - chipW, top.y + (numberH - chipH) * 0.5f + t.px(2)),
        label, widgets::withAlpha(ink, 36.f / 255.f), ink, small);

    ImGui::PushFont(ctx.fonts.small);
    if (r.asks + r.gives > 0) {
        widgets::text("Last 12 months: " + plural(r.recentAsks, "ask", "asks") + ", " +
                          plural(r.recentGives, "give", "gives") + ".",
                      t.textMuted);
        // Older years, newest first, so a long history reads as a trend.
        std::string years;
        int shown = 0;
        for (auto it = r.byYear.rbegin(); it != r.byYear.rend() && shown < 4; ++it, ++shown) {
            if (!years.empty()) years += "   ";
            years += std::to_string(it->year) + ": " + std::to_string(it->asks) + " / " +
                     std::to_string(it->gives);
        }
        if (r.byYear.size() > 1) widgets::text("By year (asks / gives)  " + years, t.textMuted);
    }
    ImGui::PopFont();

    if (page.suggestRekindle) {
        // "Rekindle before you ask": a nudge, never a block.
        const std::string text =
            page.contact.lastContactAt
                ? "No two-way contact in the last 6 months. Rekindle first? A friendly catch-up "
                  "before you ask for help goes a long way."
                : "You haven't been in touch yet. Start with a hello before asking for anything.";
        ImDrawList* draw = ImGui::GetWindowDrawList();
        ImFont* f = ctx.fonts.small;
        const float pad = t.px(10);
        const float iconW = t.px(22);
        const float wrap = card.innerWidth() - 2 * pad - iconW;
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float h = f->CalcTextSizeA(f->FontSize, FLT_MAX, wrap, text.c_str()).y + 2 * pad;
        draw->AddRectFilled(p, ImVec2(p.x + card.innerWidth(), p.y + h), t.accentSoft, t.px(10));
        draw->AddText(ctx.fonts.body, ctx.fonts.body->FontSize,
                      ImVec2(p.x + pad, p.y + pad - t.px(1)), t.accent, RK_ICON_LIGHTBULB);
        draw->AddText(f, f->FontSize, ImVec2(p.x + pad + iconW, p.y + pad), t.text, text.c_str(),
                      nullptr, wrap);
        ImGui::Dummy(ImVec2(card.innerWidth(), h));
    }
}

void drawAboutCard(ViewContext& ctx, const ContactPage& page) {
    const Theme& t = ctx.theme;
    const Contact& c = page.contact;
    widgets::Card card(t, t.px(16));
    widgets::sectionLabel("ABOUT", t, ctx.fonts.small);
    const float labelW = t.px(96);
    bool any = false;
    auto row = [&](const char* label, const std::string& value) {
        if (value.empty()) return;
        any = true;
        labelled(label, t, labelW);
        widgets::userTextWrapped(value);
    };
    row("Role", c.roleLine());
    row("Industry", c.industry);
    row("Location", c.location);
    row("How you met", c.howMet);
    if (!page.events.empty()) { // chips that open each event (issue 13)
        any = true;
        drawEventChips(ctx, page, labelW);
    } else {
        row("Met at", page.eventName);
    }
    if (std::string b = birthdayText(c.birthday); !b.empty()) {
        if (page.nextBirthday) b += "  ·  " + relativeDays(*page.nextBirthday, ctx.today);
        row("Birthday", b);
    }
    for (const ContactMethod& m : c.methods) {
        any = true;
        ImGui::PushID(static_cast<int>(m.id));
        const bool linkedIn = contact_links::isLinkedIn(m);
        const char* label = m.kind == MethodKind::Email   ? "Email"
                            : m.kind == MethodKind::Phone ? "Phone"
                            : linkedIn                    ? "LinkedIn"
                                                          : "Link";
        labelled(label, t, labelW);
        const float valueX = ImGui::GetCursorPosX();
        const std::string url = contact_links::methodUrl(m);
        // The method's own label ("work", "mobile") follows the value, quietly;
        // after a long address it goes under it rather than wrap a letter a line.
        const std::string value = std::string(contact_links::methodIcon(m)) + " " + m.value;
        widgets::text(value, url.empty() ? t.text : t.accent);
        const bool clicked = !url.empty() && ImGui::IsItemClicked();
        const bool hovered = !url.empty() && ImGui::IsItemHovered();
        if (!m.label.empty() && !linkedIn) {
            const float right = card.min().x + t.px(16) + card.innerWidth();
            if (ImGui::GetItemRectMax().x + t.px(6) + ImGui::CalcTextSize(m.label.c_str()).x <=
                right)
                ImGui::SameLine(0, t.px(6));
            else
                ImGui::SetCursorPosX(valueX);
            widgets::text(m.label, t.textMuted, false); // never wrapped, one word
            widgets::reportItem(m.label.c_str());
        }
        if (hovered) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            ImGui::SetTooltip("Open %s", url.c_str());
        }
        if (clicked) ctx.push(intent::OpenLink{url});
        ImGui::PopID();
    }
    for (const PastRole& r : c.pastRoles) {
        std::string text = roleLine(r.title, r.company);
        if (!r.until.empty()) text += " (until " + r.until + ")";
        row("Before", text);
    }
    if (!c.tags.empty()) {
        any = true;
        widgets::sectionLabel("TAGS", t, ctx.fonts.small);
        widgets::chipRow(c.tags, t.accentSoft, t.accent, ctx.fonts.small, t, card.innerWidth());
    }
    if (!c.knows.empty()) {
        any = true;
        widgets::sectionLabel("KNOWS ABOUT", t, ctx.fonts.small);
        std::vector<std::string> topics;
        for (const std::string& k : c.knows)
            topics.push_back(RK_ICON_LIGHTBULB " " + k);
        widgets::chipRow(topics, t.border, t.text, ctx.fonts.small, t, card.innerWidth());
    }
    if (!c.notes.empty()) {
        any = true;
        widgets::sectionLabel("NOTES", t, ctx.fonts.small);
        widgets::userTextWrapped(c.notes);
    }
    if (!any)
        widgets::text("Nothing here yet. Press E to add their role, how you met, tags and notes.",
                      t.textMuted);
}

} // namespace rk::app
