#pragma once
#include <cstdint>
#include <string>
#include <variant>

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
} // namespace intent

using Intent = std::variant<intent::SwitchTab, intent::LoadDemo, intent::Undo, intent::Redo,
                            intent::ToggleTheme, intent::ShowKeys, intent::OpenContact,
                            intent::CloseContact, intent::EmptyTrash>;

} // namespace rk::app
