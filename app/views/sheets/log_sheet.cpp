#include "app/views/sheets/log_sheet.h"
#include "app/text/text_pipeline.h"
#include "app/widgets/user_text.h"

#include "app/input/keys.h"
#include "app/input/shortcuts.h"
#include "app/theme/icons.h"
#include "app/widgets/date_preview.h"
#include "app/widgets/widgets.h"
#include "core/model/contact_validation.h"
#include "core/time/when_parser.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace rk::app {

namespace {

float pillWidth(const std::string& label, const Theme& t) {
    return ImGui::CalcTextSize(label.c_str()).x + t.px(20) + ImGui::GetStyle().ItemSpacing.x;
}

} // namespace

void LogSheet::openFor(const LogTarget& who, LogOrigin origin, std::optional<InteractionKind> kind) {
    if (m_mode == Mode::Closed) openPopup(); // from the picker it is still the same popup
    m_draft = {};
    m_draft.who = who;
    m_draft.origin = origin;
    m_draft.kind = kind.value_or(m_lastKind);
    m_mode = Mode::Editing;
    m_error.clear();
    m_focusPending = true;
    m_noteActive = false;
}

void LogSheet::openForAsk(const LogTarget& who, const std::string& note) {
    openFor(who, LogOrigin::Anywhere, InteractionKind::Message);
    m_draft.askedHelp = true;
    // The note field does not wrap: break the draft into lines that fit the sheet.
    constexpr std::size_t kLine = 44;
    std::string line;
    for (std::size_t at = 0; at <= note.size();) {
        std::size_t end = note.find(' ', at);
        if (end == std::string::npos) end = note.size();
        const std::string word = note.substr(at, end - at);
        if (!line.empty() && line.size() + 1 + word.size() > kLine) {
            m_draft.note += line + "\n";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
        at = end + 1;
    }
    m_draft.note += line;
}

void LogSheet::openPicker(LogOrigin origin) {
    openPopup();
    m_draft = {};
    m_draft.origin = origin;
    m_draft.kind = m_lastKind;
    m_query.clear();
    m_askedQuery.clear();
    m_pickWhenAnswered = false;
    m_highlight = 0;
    m_mode = Mode::Picking;
    m_error.clear();
    m_focusPending = true;
}

void LogSheet::drawStep(ViewContext& ctx) {
    if (m_mode == Mode::Picking)
        drawPicker(ctx);
    else
        drawForm(ctx);
}

// [SECTION] Who: the picker

void LogSheet::drawPicker(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted("Who did you talk to?");
    ImGui::PopFont();

    if (keys::pressed(ImGuiKey_Escape)) {
        cancel(ctx);
        return;
    }
    // The read model answers for the text it was asked about; until it has
    // caught up with the typing (by the next frame), its people are not shown.
    const PeopleMatches& found = ctx.models.people();
    auto answered = [&] { return found.text == m_query; };
    if (answered() && !found.people.empty()) {
        const int last = static_cast<int>(found.people.size()) - 1;
        if (keys::pressed(ImGuiKey_DownArrow, true)) m_highlight = std::min(m_highlight + 1, last);
        if (keys::pressed(ImGuiKey_UpArrow, true)) m_highlight = std::max(m_highlight - 1, 0);
    }
    if (m_focusPending) {
        ImGui::SetKeyboardFocusHere();
        m_focusPending = false;
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool entered = ImGui::InputTextWithHint("##who", RK_ICON_SEARCH "  Start typing a name",
                                                  &m_query, ImGuiInputTextFlags_EnterReturnsTrue);
    if (m_query != m_askedQuery) {
        ctx.push(intent::FindPeople{m_query});
        m_askedQuery = m_query;
        m_highlight = 0;
    }
    const int count = answered() ? static_cast<int>(found.people.size()) : 0;
    const std::string typedName(validate::trim(m_query));
    const bool nobody = answered() && count == 0 && !typedName.empty();
    // Enter picks the highlighted person, or adds the typed name when it
    // matches nobody; typed quickly, it waits for the matches of the last
    // letters rather than picking from stale ones.
    if (entered || m_pickWhenAnswered) {
        m_pickWhenAnswered = !answered();
        if (count > 0) {
            pick(ctx, found.people[static_cast<size_t>(std::clamp(m_highlight, 0, count - 1))].id);
            return;
        }
        if (nobody) {
            ctx.push(intent::FindPeople{});
            openForNewPerson(typedName);
            return;
        }
    }
    for (int i = 0; i < count; ++i) {
        const ContactCard& c = found.people[static_cast<size_t>(i)];
        ImGui::PushID(static_cast<int>(c.id));
        std::string label = c.displayName;
        if (!c.company.empty()) label += "  ·  " + c.company;
        const std::string shown(text::shown(label).text); // names in any script, as they read
        const bool clicked =
            ImGui::Selectable(shown.c_str(), i == m_highlight, 0, ImVec2(0, t.px(30)));
        ImGui::PopID();
        if (clicked) {
            pick(ctx, c.id);
            return;
        }
    }
    ImGui::Dummy(ImVec2(t.px(300), t.px(4)));
    if (nobody) {
        widgets::text("Nobody called \"" + typedName + "\" in your deck yet.", t.textMuted);
        const std::string add = RK_ICON_USER_PLUS "  Add " + typedName + " and log  (Enter)";
        if (widgets::primaryButton(add.c_str(), t, -FLT_MIN)) {
            ctx.push(intent::FindPeople{});
            openForNewPerson(typedName);
            return;
        }
    }
    if (widgets::secondaryButton("Cancel  (Esc)", t)) cancel(ctx);
}

void LogSheet::openForNewPerson(const std::string& name) {
    const LogOrigin origin = m_draft.origin;
    openFor(LogTarget{0, name, false}, origin);
    m_askedQuery.clear();
    m_pickWhenAnswered = false;
}

void LogSheet::pick(ViewContext& ctx, ContactId id) {
    // The App looks the person up and opens the form for them in this popup.
    ctx.push(intent::OpenLogSheet{id, m_draft.origin});
    ctx.push(intent::FindPeople{});
    m_askedQuery.clear();
    m_pickWhenAnswered = false;
}

// [SECTION] What happened: the form

void LogSheet::handleShortcuts(ViewContext& ctx) {
    ImGuiIO& io = ImGui::GetIO();
    if (keys::pressed(ImGuiKey_Escape)) {
        cancel(ctx);
        return;
    }
    if (io.KeyAlt) {
        if (const int kind = keys::pressedIndex(shortcut::LogKind); kind >= 0)
            m_draft.kind = static_cast<InteractionKind>(kind);
        if (keys::pressed(shortcut::LogDirection))
            m_draft.setDirection(m_draft.direction == Direction::Out ? Direction::In
                                                                     : Direction::Out);
        if (keys::pressed(shortcut::LogAsked)) m_draft.askedHelp = !m_draft.askedHelp;
        if (keys::pressed(shortcut::LogGave)) m_draft.gaveHelp = !m_draft.gaveHelp;
        if (keys::pressed(shortcut::LogAwaiting)) m_draft.setAwaitingReply(!m_draft.awaitingReply);
        // Alt+key must not also type into the focused field.
        io.InputQueueCharacters.resize(0);
    }
    if (io.KeyCtrl && (keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter)))
        save(ctx);
}

void LogSheet::drawForm(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const ImGuiIO& io = ImGui::GetIO();
    const bool noteWasActive = m_noteActive;
    handleShortcuts(ctx);
    if (m_mode == Mode::Closed) return;
    // Enter in the note saves; Shift+Enter falls through and makes a new line.
    if (noteWasActive && !io.KeyShift && !io.KeyCtrl && keys::pressed(ImGuiKey_Enter)) {
        save(ctx);
        if (m_mode == Mode::Closed) return;
    }

    drawHeader(ctx);
    drawKindAndDirection(ctx);

    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint(
        "##when", RK_ICON_CLOCK "  When: now (or yesterday 3pm, friday, 2d, 3 dec)", &m_draft.when);
    widgets::whenPreviewLine(m_draft.when, ctx.now, t, ctx.fonts);

    if (m_focusPending) {
        ImGui::SetKeyboardFocusHere();
        m_focusPending = false;
    }
    ImGui::InputTextMultiline("##note", &m_draft.note, ImVec2(-FLT_MIN, t.px(84)));
    m_noteActive = ImGui::IsItemActive();
    if (m_draft.note.empty() && !ImGui::IsItemActive()) {
        const ImVec2 min = ImGui::GetItemRectMin();
        ImGui::GetWindowDrawList()->AddText(ImVec2(min.x + t.px(12), min.y + t.px(8)), t.textMuted,
                                            "What happened? (Enter saves)");
    }

    if (m_draft.who.id == 0) {
        ImGui::SetNextItemWidth(-FLT_MIN);
        ImGui::InputTextWithHint("##introduced-by",
                                 RK_ICON_USERS "  Introduced by (optional: a name in your deck)",
                                 &m_draft.introducedBy);
    }
    drawFlags(ctx);
    if (!m_error.empty()) widgets::text(m_error, t.danger);

    ImGui::Dummy(ImVec2(0, t.px(4)));
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (widgets::secondaryButton("Cancel  (Esc)", t, half)) cancel(ctx);
    ImGui::SameLine();
    if (widgets::primaryButton(RK_ICON_CHECK "  Save  (Enter)", t, half)) save(ctx);
}

void LogSheet::drawHeader(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float r = t.px(18);
    widgets::avatar(ImGui::GetWindowDrawList(), ImVec2(p.x + r, p.y + r), r, m_draft.who.id,
                    initialsOf(m_draft.who.name), ctx.fonts.bodyBold);
    ImGui::SetCursorScreenPos(ImVec2(p.x + 2 * r + t.px(12), p.y + t.px(6)));
    ImGui::PushFont(ctx.fonts.title);
    widgets::userText("Log with " + m_draft.who.name);
    ImGui::PopFont();
    if (m_draft.who.id == 0) {
        ImGui::SetCursorScreenPos(ImVec2(p.x + 2 * r + t.px(12), ImGui::GetCursorScreenPos().y));
        ImGui::PushFont(ctx.fonts.small);
        widgets::text("New: joins your deck when you save", t.textMuted, false);
        ImGui::PopFont();
    }
    ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + 2 * r + t.px(10)));
}

void LogSheet::drawKindAndDirection(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    for (int i = 0; i < kInteractionKindCount; ++i) {
        const auto kind = static_cast<InteractionKind>(i);
        const std::string label =
            std::string(widgets::kindIcon(kind)) + " " + std::string(kindName(kind));
        if (i > 0) widgets::sameLineIfFits(pillWidth(label, t));
        ImGui::PushID(i);
        if (widgets::pill(label.c_str(), m_draft.kind == kind, t)) m_draft.kind = kind;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Alt+%d", i + 1);
        ImGui::PopID();
    }
    ImGui::Dummy(ImVec2(0, t.px(2)));
    if (widgets::pill(RK_ICON_ARROW_RIGHT " I reached out", m_draft.direction == Direction::Out, t))
        m_draft.setDirection(Direction::Out);
    ImGui::SameLine();
    if (widgets::pill(RK_ICON_REPLY " They did", m_draft.direction == Direction::In, t))
        m_draft.setDirection(Direction::In);
    ImGui::SameLine();
    widgets::text("Alt+D", t.textMuted, false);
}

void LogSheet::drawFlags(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    auto flag = [&](const char* label, bool& value, const char* key) {
        ImGui::Checkbox(label, &value);
        ImGui::SameLine();
        widgets::text(key, t.textMuted, false);
    };
    flag("Asked for help", m_draft.askedHelp, "Alt+K");
    flag("Gave help", m_draft.gaveHelp, "Alt+G");
    bool awaiting = m_draft.awaitingReply;
    flag("Awaiting their reply", awaiting, "Alt+A");
    if (awaiting != m_draft.awaitingReply) m_draft.setAwaitingReply(awaiting);
    if (suggestsRekindleFirst())
        widgets::text(RK_ICON_LIGHTBULB "  Rekindle first? You haven't been in touch both ways "
                                        "for a while. Asks land better after a friendly catch-up.",
                      t.warn);
}

// [SECTION] Closing

void LogSheet::save(ViewContext& ctx) {
    auto when = parseWhen(m_draft.when, ctx.now);
    if (auto* err = std::get_if<WhenError>(&when)) {
        m_error = err->message;
        return;
    }
    Interaction i;
    i.contactId = m_draft.who.id;
    i.kind = m_draft.kind;
    i.direction = m_draft.direction;
    i.at = std::get<std::int64_t>(when);
    i.note = m_draft.note;
    i.askedHelp = m_draft.askedHelp;
    i.gaveHelp = m_draft.gaveHelp;
    i.awaitingReply = m_draft.awaitingReply;
    m_lastKind = m_draft.kind;
    ctx.push(intent::LogInteraction{i, m_draft.origin, i.contactId == 0 ? m_draft.who.name : "",
                                    i.contactId == 0 ? m_draft.introducedBy : ""});
    m_mode = Mode::Closed;
}

void LogSheet::reopenAfterFailedSave(const std::string& why) {
    openPopup();
    m_mode = Mode::Editing;
    m_error = why;
    m_focusPending = true;
    m_noteActive = false;
}

void LogSheet::cancel(ViewContext& ctx) {
    if (!m_askedQuery.empty()) ctx.push(intent::FindPeople{}); // nothing to keep answering
    ctx.push(intent::LogCancelled{m_draft.origin});
    m_mode = Mode::Closed;
}

} // namespace rk::app
