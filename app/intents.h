#pragma once
#include "core/commands/goal_commands.h"
#include "core/model/contact_link.h"
#include "core/commands/event_commands.h"
#include "core/commands/triage.h"
#include "core/io/csv/column_mapping.h"
#include "core/io/export/export_file.h"
#include "core/io/import/import_plan.h"
#include "core/model/contact.h"
#include "core/model/followup.h"
#include "core/model/interaction.h"
#include "core/read/insights.h"
#include "core/schedule/user_settings.h"
#include "core/search/contact_search.h"
#include "core/time/civil_date.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace rk::app {

enum class Tab { Today = 0, Deck, Log, Goals, More };
inline constexpr int kTabCount = 5;

// The screens inside More: its list, the trash and archive, the settings,
// your data and its backups.
enum class MoreScreen { Main, Trash, Settings, Data, Events, Sync };

// Where a log sheet was opened from. A Done swipe on Today keeps its card off
// screen until the sheet saves (the card is settled) or closes (it comes back).
enum class LogOrigin { Anywhere, TodayDone };

// What views ask for, as plain data. Views never change data or read the
// store while drawing: they push intents, and after the frame the App applies
// each one (App::on): a change through one core command (one undo step, one
// toast), a query through the read models, navigation in the App's own state.
// Tests read the intents a frame pushed from App::lastIntents().
// clang-format off: one line per intent reads as a list
namespace intent {

// [SECTION] Navigation and the shell
struct SwitchTab { Tab tab = Tab::Today; };
struct OpenContact { ContactId id = 0; };
struct CloseContact {};
struct NewContact {}; // an empty contact form
struct ShowKeys { bool show = true; };
struct ToggleTheme {};
struct Quit {}; // close the window (Ctrl+Q), as its close button does
// More's own screens: Trash and archive (T), Settings (S there, Ctrl+, anywhere).
struct ShowMoreScreen { MoreScreen screen = MoreScreen::Main; };
// mailto:, tel: or https: with the desktop's handler.
struct OpenLink { std::string url; };
// contactId 0: pick the person first. `kind`: chosen already ("log call with Ana").
struct OpenLogSheet { ContactId contactId = 0; LogOrigin origin = LogOrigin::Anywhere; std::optional<InteractionKind> kind = {}; };
struct OpenPalette {};
// "Ask for an intro": the log sheet for the first person on a path, kind
// message, asked for help, the drafted request in the note.
struct AskForIntro { ContactId contactId = 0; std::string draft; };
// Who knows whom (core/commands/link_commands.h); each one undo step.
struct LinkPeople { ContactId from = 0; ContactId to = 0; LinkKind kind = LinkKind::Knows; };
struct UnlinkPeople { std::int64_t linkId = 0; };
// A field a sync found changed here and on the server (core/commands/sync_commands.h).
struct TakeServerValue { std::int64_t conflictId = 0; };
struct KeepMyValue { std::int64_t conflictId = 0; };
// Sync with the server now (Ctrl+S); without a password this session, More → Sync asks for it.
struct SyncNow {};
// From More → Sync: the server and user (a new one is looked up and its
// address book found or made) and the password (in memory, and in the
// system keyring once it works); then a sync.
struct SetUpSync { std::string server; std::string user; std::string password; };
// From More → Sync: forget the password, in the system keyring and in memory.
struct ForgetSyncPassword {};
// The deck, searching intro:<query>: who can introduce me.
struct ShowIntroPaths { std::string query; };
// More's sheets, from anywhere (the command palette).
struct OpenImportSheet {};
struct OpenExportSheet {};
struct LogCancelled { LogOrigin origin = LogOrigin::Anywhere; };
// Insights (Ctrl+I, from Goals and More), over the tab it was opened from.
struct OpenInsights {};
struct CloseInsights {};
// The people behind one figure; nothing: back to the charts.
struct ShowInsightPeople { std::optional<InsightFigure> figure; };

// [SECTION] The undo history
struct Undo {};
struct Redo {};

// [SECTION] Changes: each is one core command
struct LoadDemo { int contacts = 150; };
// introducedBy: a name in the deck (may be empty); the link is made with the contact.
struct CreateContact { Contact contact; std::string introducedBy; };
struct UpdateContact { Contact contact; };
struct ArchiveContact { ContactId id = 0; };
struct RestoreFromArchive { ContactId id = 0; };
struct MoveToTrash { ContactId id = 0; };
struct RestoreFromTrash { ContactId id = 0; };
struct EmptyTrash {};
// From the trash or the archive, for good (still undoable while Rekindle runs).
struct DeleteForever { ContactId id = 0; };
struct ChangeSetting { Setting setting = Setting::AwaitingDays; int value = 0; };
// `newPerson`: a name typed into the picker that matched nobody; the App adds
// them and logs in one change ("Add Zoë and log").
// newPerson: the name of someone added with this log; introducedBy: who introduced them (may be empty).
struct LogInteraction { Interaction interaction; LogOrigin origin = LogOrigin::Anywhere; std::string newPerson = {}; std::string introducedBy = {}; };
struct EditInteraction { Interaction interaction; };
struct DeleteInteraction { std::int64_t interactionId = 0; };
struct AddReminder { Reminder reminder; };
struct DismissReminder { std::int64_t reminderId = 0; };
// `until` only with SnoozeLength::Until.
struct Snooze { ContactId contactId = 0; SnoozeLength length = SnoozeLength::Tomorrow; std::optional<CivilDate> until; };
struct Skip { ContactId contactId = 0; };
struct RekindleOneMore {};

// [SECTION] Queries: what a view wants shown, answered by the read models
struct SearchDeck { SearchRequest request; };
struct LoadMoreDeck {};
struct FindPeople { std::string text; };

// [SECTION] Files
// Preview a file: chosen in More → Import, or dropped on the window.
struct ImportFile { std::string path; };
// A CSV's corrected columns: preview the same bytes again.
struct RemapImport { ColumnMapping mapping; };
// Import the previewed plan as one undoable change.
struct CommitImport { std::shared_ptr<const ImportPlan> plan; };
// Stop an import that is being written: everything goes back as it was.
struct StopImport {};
// The import sheet went away: drop a preview being read and the file's bytes.
struct CloseImport {};
struct ExportFile { std::string path; ExportFormat format = ExportFormat::VCard; };
// A backup of the database now, into the backup folder (More → Your data).
struct BackupNow {};
// Replace the data with this backup file (asked first): the current data is
// kept as a backup, then the restore is one step. Not undoable; the backup is.
struct RestoreBackup { std::string path; };

// [SECTION] Goals: each is one core command (core/commands/goal_commands.h)
struct AddGoal { GoalDraft draft; };
struct EditGoal { std::int64_t id = 0; GoalDraft draft; };
struct PauseGoal { std::int64_t id = 0; bool paused = true; };
struct DeleteGoal { std::int64_t id = 0; };
// The year's goals and the dormant people to bring back, a few a day.
struct FreshStart { std::vector<GoalDraft> goals; std::vector<FreshStartPick> people; };
// [SECTION] Events and the people you meet (More → Events, Ctrl+M)
// More → Events: its list (eventId 0) or one event's page.
struct ShowEvent { std::int64_t eventId = 0; };
// "I met someone": at `eventId` (0: no event); unset: the event on screen, or one of the last days.
struct OpenMetSheet { std::optional<std::int64_t> eventId; };
struct CreateEvent { Event event; };
struct UpdateEvent { Event event; };
struct DeleteEvent { std::int64_t eventId = 0; };
struct AddPersonMet { MetPerson person; };

} // namespace intent
// clang-format on

using Intent = std::variant<
    intent::SwitchTab, intent::OpenContact, intent::CloseContact, intent::NewContact, intent::ShowKeys,
    intent::ToggleTheme, intent::Quit, intent::ShowMoreScreen, intent::OpenLink, intent::OpenLogSheet, intent::AskForIntro, intent::LinkPeople, intent::UnlinkPeople, intent::TakeServerValue, intent::KeepMyValue, intent::SyncNow, intent::SetUpSync, intent::ForgetSyncPassword, intent::ShowIntroPaths, intent::OpenPalette, intent::OpenImportSheet,
    intent::OpenExportSheet, intent::LogCancelled, intent::Undo,
    intent::Redo, intent::LoadDemo, intent::CreateContact, intent::UpdateContact, intent::ArchiveContact,
    intent::RestoreFromArchive, intent::MoveToTrash, intent::RestoreFromTrash, intent::EmptyTrash, intent::DeleteForever, intent::ChangeSetting,
    intent::LogInteraction, intent::EditInteraction, intent::DeleteInteraction, intent::AddReminder,
    intent::DismissReminder, intent::Snooze, intent::Skip, intent::RekindleOneMore, intent::SearchDeck,
    intent::LoadMoreDeck, intent::FindPeople, intent::ImportFile, intent::RemapImport, intent::CommitImport,
    intent::StopImport, intent::CloseImport, intent::ExportFile, intent::BackupNow, intent::RestoreBackup,
    intent::OpenInsights, intent::CloseInsights, intent::ShowInsightPeople,
    // Goals
    intent::AddGoal, intent::EditGoal, intent::PauseGoal, intent::DeleteGoal, intent::FreshStart,
    // Events
    intent::ShowEvent, intent::OpenMetSheet, intent::CreateEvent, intent::UpdateEvent, intent::DeleteEvent,
    intent::AddPersonMet>;

} // namespace rk::app
