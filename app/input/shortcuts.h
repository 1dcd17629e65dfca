#pragma once
#include <imgui.h>

#include <span>
#include <string>

// Every keyboard shortcut, once: its keys, where it works and what it does.
// The handlers ask `pressed(shortcut::X)`, the keyboard map (?) lists
// kAllShortcuts and the command palette (Ctrl+K) shows the keys beside each
// command, so what the app says a key does and what it does cannot drift.
namespace rk::app {

// Where a shortcut works: the keyboard map's groups, in this order.
enum class Where {
    Anywhere,
    Today,
    SnoozePicker,
    LogSheet,
    Deck,
    Contact,
    Timeline,
    More,
    Trash,
    Data,
    Settings,
    Export,
    CsvImport,
    Insights,
    Goals,
    GoalEditor,
    FreshStart,
    Events,
    MetSheet,
    LinkSheet,
    IntroPaths
};
[[nodiscard]] const char* whereName(Where where);

// One key with its modifiers. A letter or digit is its ASCII code (as GLFW
// and ImGui's KeysDown index them); a named key goes through io.KeyMap.
// `last` makes a run of keys ('1'…'7'): pressedIndex says which one.
struct Key {
    char ascii = 0;
    ImGuiKey named = ImGuiKey_COUNT;
    bool ctrl = false, shift = false, alt = false;
    char last = 0;
};
[[nodiscard]] constexpr Key key(char c) {
    return {c};
}
[[nodiscard]] constexpr Key key(ImGuiKey k) {
    return {0, k};
}
[[nodiscard]] constexpr Key ctrl(Key k) {
    return k.ctrl = true, k;
}
[[nodiscard]] constexpr Key shift(Key k) {
    return k.shift = true, k;
}
[[nodiscard]] constexpr Key alt(Key k) {
    return k.alt = true, k;
}
[[nodiscard]] constexpr Key run(Key k, char last) {
    return k.last = last, k;
}

struct Shortcut {
    Where where;
    const char* what;         // "Log an interaction with anyone"
    Key keys[3] = {};         // alternatives; unused ones are empty
    const char* pointer = ""; // the mouse's way, shown beside the keys: "right-click Snooze"
    bool typed = false;       // a character (layout-dependent: '?', '/'), read from the typed text
};

namespace shortcut {
inline constexpr Shortcut Tabs{
    Where::Anywhere, "Today, Deck, Log, Goals, More", {run(ctrl(key('1')), '5')}};
inline constexpr Shortcut Palette{
    Where::Anywhere, "Find any action or person (the command palette)", {ctrl(key('K'))}};
inline constexpr Shortcut LogAnyone{
    Where::Anywhere, "Log an interaction with anyone", {ctrl(key('L'))}};
inline constexpr Shortcut Settings{Where::Anywhere, "Settings", {ctrl(key(','))}};
inline constexpr Shortcut Undo{Where::Anywhere, "Undo", {ctrl(key('Z'))}};
inline constexpr Shortcut Redo{Where::Anywhere, "Redo", {ctrl(shift(key('Z'))), ctrl(key('Y'))}};
inline constexpr Shortcut Quit{Where::Anywhere, "Quit Rekindle", {ctrl(key('Q'))}};
inline constexpr Shortcut SyncNow{
    Where::Anywhere, "Sync with your contacts server (set it up in More → Sync)", {ctrl(key('S'))}};
inline constexpr Shortcut Keys{Where::Anywhere, "Show or hide this list", {key('?')}, "", true};
inline constexpr Shortcut Escape{Where::Anywhere,
                                 "Close what is open, then clear the field, then go back",
                                 {key(ImGuiKey_Escape)}};

inline constexpr Shortcut TodayDone{
    Where::Today, "Done: log what happened", {key(ImGuiKey_RightArrow)}, "swipe right"};
inline constexpr Shortcut TodaySnooze{
    Where::Today, "Snooze until tomorrow", {key(ImGuiKey_LeftArrow)}, "swipe left"};
inline constexpr Shortcut TodaySnoozeUntil{Where::Today,
                                           "Snooze until a day you pick",
                                           {shift(key(ImGuiKey_LeftArrow))},
                                           "right-click Snooze"};
inline constexpr Shortcut TodaySkip{
    Where::Today, "Skip to the next cycle", {key(ImGuiKey_DownArrow)}, "swipe down"};
inline constexpr Shortcut TodayOpen{
    Where::Today, "Open the contact", {key(ImGuiKey_UpArrow), key(ImGuiKey_Enter)}};

inline constexpr Shortcut SnoozeTomorrow{Where::SnoozePicker, "Tomorrow", {key('1')}};
inline constexpr Shortcut SnoozeThreeDays{Where::SnoozePicker, "In 3 days", {key('3')}};
inline constexpr Shortcut SnoozeNextWeek{
    Where::SnoozePicker, "Next week (or type a day: friday, 24 dec)", {key('W')}};

inline constexpr Shortcut LogKind{Where::LogSheet,
                                  "Email, call, coffee, meeting, message, event, other",
                                  {run(alt(key('1')), '7')}};
inline constexpr Shortcut LogDirection{
    Where::LogSheet, "I reached out / they did", {alt(key('D'))}};
inline constexpr Shortcut LogAsked{Where::LogSheet, "I asked for help", {alt(key('K'))}};
inline constexpr Shortcut LogGave{Where::LogSheet, "I gave help", {alt(key('G'))}};
inline constexpr Shortcut LogAwaiting{Where::LogSheet, "Awaiting their reply", {alt(key('A'))}};
inline constexpr Shortcut LogSave{Where::LogSheet,
                                  "Save (Shift+Enter: a new line in the note)",
                                  {key(ImGuiKey_Enter), ctrl(key(ImGuiKey_Enter))}};

inline constexpr Shortcut DeckSearch{Where::Deck,
                                     "Search (at:, in:, role:, knows:); Enter opens the top match",
                                     {key('/'), ctrl(key('F'))}};
inline constexpr Shortcut DeckMove{
    Where::Deck, "Select the next or previous card", {key(ImGuiKey_DownArrow), key('J')}};
inline constexpr Shortcut DeckOpen{Where::Deck, "Open the selected card", {key(ImGuiKey_Enter)}};
inline constexpr Shortcut DeckLog{Where::Deck, "Log with the selected person", {key('L')}};
inline constexpr Shortcut DeckNew{Where::Deck, "New contact", {key('N')}};

inline constexpr Shortcut ContactLog{Where::Contact, "Log with them", {key('L')}};
inline constexpr Shortcut ContactRemind{Where::Contact, "Remind me about them", {key('R')}};
inline constexpr Shortcut ContactEdit{
    Where::Contact, "Edit (Ctrl+Enter saves the form)", {key('E')}};
inline constexpr Shortcut ContactArchive{Where::Contact, "Archive, or restore", {key('A')}};
inline constexpr Shortcut ContactTrash{Where::Contact, "Move to the trash, or restore", {key('T')}};
inline constexpr Shortcut ContactLinkSomeone{
    Where::Contact, "Link them with someone they know", {key('C')}};
inline constexpr Shortcut ContactWhoIntroduces{
    Where::Contact, "Who can introduce me to them?", {key('W')}};

inline constexpr Shortcut LinkRelation{
    Where::LinkSheet,
    "Knows, works with, manager, reports to, family, introduced you, school",
    {run(alt(key('1')), '7')}};
inline constexpr Shortcut LinkPick{
    Where::LinkSheet, "Pick the person, then Enter links them", {key(ImGuiKey_UpArrow), key(ImGuiKey_DownArrow)}};

inline constexpr Shortcut IntroSearch{
    Where::IntroPaths, "Who can introduce me: type intro:Stripe in the deck's search", {key('/')}};
inline constexpr Shortcut IntroPick{
    Where::IntroPaths, "Pick a way in", {key(ImGuiKey_UpArrow), key(ImGuiKey_DownArrow)}};
inline constexpr Shortcut IntroAsk{
    Where::IntroPaths, "Ask for an intro: the log sheet with a drafted request", {key(ImGuiKey_Enter)}};

inline constexpr Shortcut TimelineSelect{
    Where::Timeline, "Select an interaction", {key('J'), key('K')}};
inline constexpr Shortcut TimelineEdit{Where::Timeline, "Edit it", {key(ImGuiKey_Enter)}};
inline constexpr Shortcut TimelineDelete{
    Where::Timeline, "Delete it (Ctrl+Z brings it back)", {key(ImGuiKey_Delete)}};

inline constexpr Shortcut MoreImport{Where::More, "Import contacts", {key('I')}};
inline constexpr Shortcut MoreExport{Where::More, "Export", {key('E')}};
inline constexpr Shortcut MoreTrash{Where::More, "Trash and archive", {key('T')}};
inline constexpr Shortcut MoreSettings{Where::More, "Settings", {key('S')}};
inline constexpr Shortcut MoreData{Where::More, "Your data and backups", {key('B')}};

inline constexpr Shortcut TrashRestore{Where::Trash, "Restore the selected person", {key('R')}};
inline constexpr Shortcut TrashDelete{
    Where::Trash, "Delete them forever (Ctrl+Z still brings them back)", {key('D')}};
inline constexpr Shortcut TrashEmpty{Where::Trash, "Empty the trash (asks first)", {key('E')}};
inline constexpr Shortcut DataPick{
    Where::Data, "Pick a backup", {key(ImGuiKey_UpArrow), key(ImGuiKey_DownArrow)}};
inline constexpr Shortcut DataRestore{
    Where::Data, "Restore the picked backup (asks first)", {key('R')}};
inline constexpr Shortcut DataBackupNow{Where::Data, "Back up now", {key('N')}};
inline constexpr Shortcut SettingsPick{
    Where::Settings, "Pick a setting", {key(ImGuiKey_UpArrow), key(ImGuiKey_DownArrow)}};
inline constexpr Shortcut SettingsChange{Where::Settings,
                                         "Change it (every change can be undone)",
                                         {key(ImGuiKey_LeftArrow), key(ImGuiKey_RightArrow)}};
inline constexpr Shortcut ExportFormat{
    Where::Export, "vCard, CSV, calendar, backup", {run(key('1'), '4')}};
inline constexpr Shortcut CsvColumn{
    Where::CsvImport, "Pick a column", {key(ImGuiKey_UpArrow), key(ImGuiKey_DownArrow)}};
inline constexpr Shortcut CsvField{
    Where::CsvImport, "Change what it holds", {key(ImGuiKey_LeftArrow), key(ImGuiKey_RightArrow)}};
inline constexpr Shortcut CsvHeader{Where::CsvImport, "Header row on or off", {key('H')}};
inline constexpr Shortcut ImportCommit{
    Where::CsvImport, "Import what the preview shows", {key(ImGuiKey_Enter)}};
inline constexpr Shortcut Insights{
    Where::Anywhere, "Insights: your habit over time", {ctrl(key('I'))}};
inline constexpr Shortcut InsightsMove{Where::Insights,
                                       "Move between figures (↑/↓: the next chart)",
                                       {key(ImGuiKey_LeftArrow), key(ImGuiKey_RightArrow)}};
inline constexpr Shortcut InsightsOpen{
    Where::Insights, "Open the people behind the figure", {key(ImGuiKey_Enter)}};

inline constexpr Shortcut GoalsNew{Where::Goals, "New goal", {key('N')}};
inline constexpr Shortcut GoalsFreshStart{
    Where::Goals, "Fresh start: the year's goals and people to reconnect with", {key('F')}};
inline constexpr Shortcut GoalsMove{
    Where::Goals, "Select the next or previous goal", {key(ImGuiKey_DownArrow), key('J')}};
inline constexpr Shortcut GoalsEdit{
    Where::Goals, "Edit the selected goal", {key('E'), key(ImGuiKey_Enter)}};
inline constexpr Shortcut GoalsPause{Where::Goals, "Pause or resume it", {key('P')}};
inline constexpr Shortcut GoalsDelete{
    Where::Goals, "Delete it (Ctrl+Z brings it back)", {key(ImGuiKey_Delete)}};
inline constexpr Shortcut GoalsBetter{Where::Goals, "Use the target it suggests", {key('U')}};
inline constexpr Shortcut GoalEditorKind{
    Where::GoalEditor, "Pick what to count", {key(ImGuiKey_UpArrow), key(ImGuiKey_DownArrow)}};
inline constexpr Shortcut GoalEditorTarget{
    Where::GoalEditor, "Fewer or more", {key(ImGuiKey_LeftArrow), key(ImGuiKey_RightArrow)}};
inline constexpr Shortcut GoalEditorPer{Where::GoalEditor, "A week or a month", {key('W'), key('M')}};
inline constexpr Shortcut GoalEditorSave{Where::GoalEditor, "Save the goal", {key(ImGuiKey_Enter)}};
inline constexpr Shortcut FreshStartPick{
    Where::FreshStart, "Pick a goal or a person", {key(ImGuiKey_UpArrow), key(ImGuiKey_DownArrow)}};
inline constexpr Shortcut FreshStartToggle{Where::FreshStart, "Take it or leave it", {key(ImGuiKey_Space)}};
inline constexpr Shortcut FreshStartNext{
    Where::FreshStart, "Next step, then start", {key(ImGuiKey_Enter)}};

// Events and the people you meet (issue 13).
inline constexpr Shortcut MetSomeone{
    Where::Anywhere, "I met someone: add them with a follow-up in 48 hours", {ctrl(key('M'))}};
inline constexpr Shortcut MoreEvents{Where::More, "Events and the people you met", {key('V')}};
inline constexpr Shortcut MoreSync{Where::More, "Sync with your phone and other computers", {key('Y')}};
inline constexpr Shortcut EventsPick{
    Where::Events, "Pick an event, or a person on its page", {key(ImGuiKey_UpArrow), key(ImGuiKey_DownArrow)}};
inline constexpr Shortcut EventsOpen{
    Where::Events, "Open the event, or the person", {key(ImGuiKey_Enter)}};
inline constexpr Shortcut EventsNew{Where::Events, "New event", {key('N')}};
inline constexpr Shortcut EventsMet{Where::Events, "I met someone here", {key('M')}};
inline constexpr Shortcut EventsEdit{Where::Events, "Edit the event", {key('E')}};
inline constexpr Shortcut EventsDelete{
    Where::Events, "Delete the event (the people stay; Ctrl+Z brings it back)", {key(ImGuiKey_Delete)}};
inline constexpr Shortcut MetAdd{
    Where::MetSheet, "Add them and start on the next person", {key(ImGuiKey_Enter)}};
inline constexpr Shortcut MetEvent{Where::MetSheet, "Another event (or none)", {alt(key('E'))}};
} // namespace shortcut

// In the keyboard map's order.
inline constexpr const Shortcut* kAllShortcuts[] = {
    &shortcut::Tabs,
    &shortcut::Palette,
    &shortcut::LogAnyone,
    &shortcut::MetSomeone,
    &shortcut::Settings,
    &shortcut::Undo,
    &shortcut::Redo,
    &shortcut::Keys,
    &shortcut::Quit,
    &shortcut::SyncNow,
    &shortcut::Escape,
    &shortcut::Insights,
    &shortcut::TodayDone,
    &shortcut::TodaySnooze,
    &shortcut::TodaySnoozeUntil,
    &shortcut::TodaySkip,
    &shortcut::TodayOpen,
    &shortcut::SnoozeTomorrow,
    &shortcut::SnoozeThreeDays,
    &shortcut::SnoozeNextWeek,
    &shortcut::LogKind,
    &shortcut::LogDirection,
    &shortcut::LogAsked,
    &shortcut::LogGave,
    &shortcut::LogAwaiting,
    &shortcut::LogSave,
    &shortcut::DeckSearch,
    &shortcut::DeckMove,
    &shortcut::DeckOpen,
    &shortcut::DeckLog,
    &shortcut::DeckNew,
    &shortcut::ContactLog,
    &shortcut::ContactRemind,
    &shortcut::ContactEdit,
    &shortcut::ContactArchive,
    &shortcut::ContactTrash,
    &shortcut::TimelineSelect,
    &shortcut::TimelineEdit,
    &shortcut::TimelineDelete,
    &shortcut::MoreImport,
    &shortcut::MoreExport,
    &shortcut::MoreTrash,
    &shortcut::MoreSettings,
    &shortcut::MoreData,
    &shortcut::MoreEvents,
    &shortcut::MoreSync,
    &shortcut::TrashRestore,
    &shortcut::TrashDelete,
    &shortcut::TrashEmpty,
    &shortcut::DataPick,
    &shortcut::DataRestore,
    &shortcut::DataBackupNow,
    &shortcut::SettingsPick,
    &shortcut::SettingsChange,
    &shortcut::ExportFormat,
    &shortcut::CsvColumn,
    &shortcut::CsvField,
    &shortcut::CsvHeader,
    &shortcut::ImportCommit,
    &shortcut::InsightsMove,
    &shortcut::InsightsOpen,
    &shortcut::GoalsNew,
    &shortcut::GoalsFreshStart,
    &shortcut::GoalsMove,
    &shortcut::GoalsEdit,
    &shortcut::GoalsPause,
    &shortcut::GoalsDelete,
    &shortcut::GoalsBetter,
    &shortcut::GoalEditorKind,
    &shortcut::GoalEditorTarget,
    &shortcut::GoalEditorPer,
    &shortcut::GoalEditorSave,
    &shortcut::FreshStartPick,
    &shortcut::FreshStartToggle,
    &shortcut::FreshStartNext,
    &shortcut::EventsPick,
    &shortcut::EventsOpen,
    &shortcut::EventsNew,
    &shortcut::EventsMet,
    &shortcut::EventsEdit,
    &shortcut::EventsDelete,
    &shortcut::MetAdd,
    &shortcut::MetEvent,
    &shortcut::ContactLinkSomeone,
    &shortcut::ContactWhoIntroduces,
    &shortcut::LinkRelation,
    &shortcut::LinkPick,
    &shortcut::IntroSearch,
    &shortcut::IntroPick,
    &shortcut::IntroAsk,
};

// "Ctrl+Shift+Z or Ctrl+Y", "Alt+1 … Alt+7", "←".
[[nodiscard]] std::string keysText(const Shortcut& s);

namespace keys {
// Whether one of the shortcut's keys was pressed this frame with exactly its
// modifiers. A key that types stands down while a text field has the keyboard.
[[nodiscard]] bool pressed(const Shortcut& s, bool repeat = false);
// For a run ('1'…'7'): which key of it was pressed (0 for the first), or -1.
[[nodiscard]] int pressedIndex(const Shortcut& s);
} // namespace keys

} // namespace rk::app
