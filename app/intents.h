#pragma once
#include "core/model/contact.h"
#include "core/model/interaction.h"

#include <cstdint>
#include <functional>
#include <string>
#include <variant>

namespace rk {
class Store;
}

namespace rk::app {

enum class Tab { Today = 0, Deck, Log, Goals, More };
inline constexpr int kTabCount = 5;

// What views ask for. Views never change data while drawing: they push
// intents, and the App applies them after the frame through core commands.
namespace intent {
struct SwitchTab { Tab tab; };
struct LoadDemo { int contacts = 150; };
struct Undo {};
struct Redo {};
struct ToggleTheme {};
struct ShowKeys { bool show = true; };
struct OpenContact { std::int64_t id = 0; };
struct CloseContact {};
struct EmptyTrash {};
// contactId 0: pick the person first. fromToday: a Done swipe opened it.
struct OpenLogSheet { std::int64_t contactId = 0; bool fromToday = false; };
// fromToday: the sheet was opened by a Done swipe, so saving settles the card.
struct LogInteraction { Interaction interaction; std::string contactName; bool fromToday = false; };
enum class SnoozeFor { Tomorrow, ThreeDays, NextWeek, Date };
struct Snooze { std::int64_t contactId = 0; std::string name; SnoozeFor length = SnoozeFor::Tomorrow; std::string date; };
struct Skip { std::int64_t contactId = 0; std::string name; };
struct RekindleOneMore {};
// Any other change to the data: run after the frame as one undoable
// Store::change labelled `label`, then a toast says `label` with Undo.
struct Change {
    std::string label;
    std::function<void(Store&)> run;
};
struct NewContact {};
// Saves a new person and opens their page.
struct CreateContact { Contact contact; };
// A file to import: from More → Import, or dropped on the window.
struct ImportFile { std::string path; };
struct LogCancelled {};
} // namespace intent

using Intent = std::variant<intent::SwitchTab, intent::LoadDemo, intent::Undo, intent::Redo,
                            intent::ToggleTheme, intent::ShowKeys, intent::OpenContact,
                            intent::CloseContact, intent::EmptyTrash, intent::OpenLogSheet,
                            intent::LogInteraction, intent::LogCancelled, intent::Snooze,
                            intent::Skip, intent::RekindleOneMore, intent::Change,
                            intent::NewContact, intent::ImportFile, intent::CreateContact>;

} // namespace rk::app
