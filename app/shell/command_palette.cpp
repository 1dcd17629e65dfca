#include "app/shell/command_palette.h"

#include "app/input/keys.h"
#include "app/theme/icons.h"
#include "app/widgets/widgets.h"
#include "core/model/enums.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <sstream>

namespace rk::app {

namespace {

constexpr std::size_t kMaxChoices = 9;

std::string lower(std::string s) {
    for (char& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::vector<std::string> wordsOf(const std::string& text) {
    std::istringstream in(lower(text));
    std::vector<std::string> out;
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

// Every typed word starts a word of the command's text ("exp cal" finds
// "Export contacts or a calendar"). Returns a rank: lower is better, -1 no match.
int rank(const std::vector<std::string>& typed, const std::string& title,
         const std::string& extra) {
    const std::vector<std::string> have = wordsOf(title + " " + extra);
    const std::vector<std::string> titleWords = wordsOf(title);
    int score = 0;
    for (const std::string& w : typed) {
        auto starts = [&](const std::string& h) { return h.rfind(w, 0) == 0; };
        if (std::any_of(titleWords.begin(), titleWords.end(), starts)) continue;
        if (std::none_of(have.begin(), have.end(), starts)) return -1;
        score += 1; // found only among the extra words
    }
    return score;
}

// "log call with ana" → Call and "ana"; "log ana" → no kind and "ana".
struct LogPhrase {
    std::optional<InteractionKind> kind;
    std::string name;
};
std::optional<LogPhrase> logPhrase(const std::vector<std::string>& typed) {
    if (typed.size() < 2 || typed[0] != "log") return std::nullopt;
    LogPhrase p;
    std::size_t i = 1;
    if (auto kind = kindFromKey(typed[i]); kind && i + 1 < typed.size()) p.kind = kind, ++i;
    if (i < typed.size() && (typed[i] == "with" || typed[i] == "to")) ++i;
    for (; i < typed.size(); ++i)
        p.name += (p.name.empty() ? "" : " ") + typed[i];
    if (p.name.empty()) return std::nullopt;
    return p;
}

std::string article(InteractionKind k) {
    const std::string name = lower(std::string(kindName(k)));
    return (k == InteractionKind::Email || k == InteractionKind::Event ||
                    k == InteractionKind::Other
                ? "an "
                : "a ") +
           name;
}

} // namespace

namespace {

// Built by a plain function, not in the static's initializer: GCC tries to
// evaluate such an initializer at compile time (vector, string and variant
// are constexpr in C++20), and for an Intent of sixty kinds that attempt
// took it over 20 GB before giving up.
std::vector<PaletteCommand> buildPaletteCommands() {
    using namespace intent;
    std::vector<PaletteCommand> c;
    auto add = [&c](const char* title, const char* words, Intent run,
                    const Shortcut* shortcut = nullptr, int keyIndex = 0) {
        c.push_back({title, words, std::move(run), shortcut, keyIndex});
    };
    add("Log an interaction", "note call email coffee met", OpenLogSheet{}, &shortcut::LogAnyone);
    add("Go to Today", "follow ups queue cards", SwitchTab{Tab::Today}, &shortcut::Tabs, 0);
    add("Go to the deck", "contacts people cards search", SwitchTab{Tab::Deck}, &shortcut::Tabs, 1);
    add("Go to the log", "history interactions recent", SwitchTab{Tab::Log}, &shortcut::Tabs, 2);
    add("Go to goals", "progress streak", SwitchTab{Tab::Goals}, &shortcut::Tabs, 3);
    add("Go to More", "settings menu", SwitchTab{Tab::More}, &shortcut::Tabs, 4);
    add("New contact", "add person create", NewContact{}, &shortcut::DeckNew);
    add("I met someone", "met event meetup conference new person", OpenMetSheet{}, &shortcut::MetSomeone);
    add("Events", "meetups conferences classes people met", ShowEvent{}, &shortcut::MoreEvents);
    add("Import contacts", "vcard csv linkedin google file open", OpenImportSheet{}, &shortcut::MoreImport);
    add("Export contacts or a calendar", "vcard csv ics backup json save", OpenExportSheet{}, &shortcut::MoreExport);
    add("Settings", "preferences cadence week theme dormant wait batch", ShowMoreScreen{MoreScreen::Settings}, &shortcut::Settings);
    add("Trash and archive", "deleted restore archived bin", ShowMoreScreen{MoreScreen::Trash}, &shortcut::MoreTrash);
    add("Restore a backup…", "backups your data undo lost copy", ShowMoreScreen{MoreScreen::Data}, &shortcut::MoreData);
    add("Sync now", "carddav server phone nextcloud icloud fastmail radicale contacts", SyncNow{}, &shortcut::SyncNow);
    add("Sync settings", "server account password carddav set up", ShowMoreScreen{MoreScreen::Sync}, &shortcut::MoreSync);
    add("Undo", "back revert", Undo{}, &shortcut::Undo);
    add("Redo", "again", Redo{}, &shortcut::Redo);
    add("Switch between light and dark", "theme appearance dark mode", ToggleTheme{});
    add("Keyboard shortcuts", "keys help map", ShowKeys{}, &shortcut::Keys);
    add("Quit Rekindle", "exit close window", Quit{}, &shortcut::Quit);
    return c;
}

} // namespace

const std::vector<PaletteCommand>& paletteCommands() {
    static const std::vector<PaletteCommand> commands = buildPaletteCommands();
    return commands;
}

std::string paletteKeys(const PaletteCommand& c) {
    if (!c.shortcut) return "";
    const Key& k = c.shortcut->keys[0];
    if (k.last == 0) {
        const std::string all = keysText(*c.shortcut);
        return all.substr(0, all.find(" or ")); // the first way is enough here
    }
    Key one = k;
    one.ascii = static_cast<char>(k.ascii + c.keyIndex);
    one.last = 0;
    return keysText(Shortcut{c.shortcut->where, "", {one}});
}

void CommandPalette::open() {
    openPopup();
    m_open = true;
    m_focus = true;
    m_query.clear();
    m_highlight = 0;
}

std::vector<CommandPalette::Choice> CommandPalette::choices(const ViewContext& ctx) const {
    std::vector<Choice> out;
    const std::vector<std::string> typed = wordsOf(m_query);
    const PeopleMatches& found = ctx.models.people();
    const bool peopleFresh = found.text == m_asked && !m_asked.empty();

    // "log call with ana": logging with the people it names comes first.
    const auto log = logPhrase(typed);
    if (log && peopleFresh)
        for (const ContactCard& c : found.people) {
            const std::string what =
                log->kind ? "Log " + article(*log->kind) + " with " : "Log with ";
            out.push_back({what + c.displayName, "",
                           intent::OpenLogSheet{c.id, LogOrigin::Anywhere, log->kind}});
        }
    std::vector<std::pair<int, const PaletteCommand*>> ranked;
    for (const PaletteCommand& c : paletteCommands())
        if (const int r = rank(typed, c.title, c.words); r >= 0) ranked.emplace_back(r, &c);
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [r, c] : ranked)
        out.push_back({c->title, paletteKeys(*c), c->intent});
    if (peopleFresh && !log)
        for (const ContactCard& c : found.people) {
            out.push_back({"Open " + c.displayName, "", intent::OpenContact{c.id}});
            out.push_back({"Log with " + c.displayName, "", intent::OpenLogSheet{c.id}});
        }
    if (out.size() > kMaxChoices) out.resize(kMaxChoices);
    return out;
}

void CommandPalette::drawStep(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    if (keys::pressed(ImGuiKey_Escape)) {
        close(ctx);
        return;
    }
    sheetTitle(RK_ICON_SEARCH "  What do you want to do?", ctx);
    if (m_focus) {
        ImGui::SetKeyboardFocusHere();
        m_focus = false;
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool entered = ImGui::InputTextWithHint(
        "##palette", "Type an action or a name: deck, export, log call with Ana", &m_query,
        ImGuiInputTextFlags_EnterReturnsTrue);
    // People are looked up for the name part: "log call with ana" asks for "ana".
    const std::vector<std::string> typed = wordsOf(m_query);
    const auto log = logPhrase(typed);
    const std::string peopleQuery = log ? log->name : (typed.empty() ? "" : m_query);
    if (peopleQuery != m_asked) {
        ctx.push(intent::FindPeople{peopleQuery});
        m_asked = peopleQuery;
        m_highlight = 0;
    }

    const std::vector<Choice> list = choices(ctx);
    const int last = static_cast<int>(list.size()) - 1;
    if (keys::pressed(ImGuiKey_DownArrow, true))
        m_highlight = std::min(m_highlight + 1, std::max(last, 0));
    if (keys::pressed(ImGuiKey_UpArrow, true)) m_highlight = std::max(m_highlight - 1, 0);
    m_highlight = std::clamp(m_highlight, 0, std::max(last, 0));

    std::optional<Intent> run;
    if (entered && !list.empty()) run = list[static_cast<std::size_t>(m_highlight)].intent;
    const float width = ImGui::GetContentRegionAvail().x;
    for (int i = 0; i <= last; ++i) {
        const Choice& c = list[static_cast<std::size_t>(i)];
        ImGui::PushID(i);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        if (ImGui::Selectable(c.title.c_str(), i == m_highlight, 0, ImVec2(0, t.px(30))))
            run = c.intent;
        if (!c.keys.empty()) { // the key, right-aligned on the row
            ImGui::PushFont(ctx.fonts.small);
            const float w = ImGui::CalcTextSize(c.keys.c_str()).x;
            ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + width - w - t.px(6), at.y + t.px(8)),
                                                t.textMuted, c.keys.c_str());
            ImGui::PopFont();
        }
        ImGui::PopID();
    }
    if (list.empty())
        widgets::text(m_query.empty() ? "" : "Nothing matches \"" + m_query + "\".", t.textMuted);
    ImGui::Dummy(ImVec2(t.px(320), t.px(2)));
    ImGui::PushFont(ctx.fonts.small);
    widgets::text("↑ ↓ choose · Enter runs · Esc closes", t.textMuted, false);
    ImGui::PopFont();
    if (run) {
        close(ctx);
        ctx.push(*run);
    }
}

void CommandPalette::close(ViewContext& ctx) {
    if (!m_asked.empty()) ctx.push(intent::FindPeople{});
    m_asked.clear();
    m_open = false;
}

void CommandPalette::dismissed(ViewContext& ctx) {
    if (m_open) close(ctx);
}

} // namespace rk::app
