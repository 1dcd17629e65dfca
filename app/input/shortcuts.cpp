#include "app/input/shortcuts.h"

#include "app/input/keys.h"

namespace rk::app {

namespace {

[[nodiscard]] bool isSet(const Key& k) {
    return k.ascii != 0 || k.named != ImGuiKey_COUNT;
}

std::string namedKey(ImGuiKey k) {
    switch (k) {
    case ImGuiKey_LeftArrow:
        return "←";
    case ImGuiKey_RightArrow:
        return "→";
    case ImGuiKey_UpArrow:
        return "↑";
    case ImGuiKey_DownArrow:
        return "↓";
    case ImGuiKey_Enter:
        return "Enter";
    case ImGuiKey_Escape:
        return "Esc";
    case ImGuiKey_Delete:
        return "Delete";
    case ImGuiKey_Tab:
        return "Tab";
    case ImGuiKey_Space:
        return "Space";
    default:
        return "?";
    }
}

std::string oneKey(const Key& k, char c) {
    std::string s;
    if (k.ctrl) s += "Ctrl+";
    if (k.alt) s += "Alt+";
    if (k.shift) s += "Shift+";
    return s + (k.ascii != 0 ? std::string(1, c) : namedKey(k.named));
}

[[nodiscard]] bool modsMatch(const Key& k) {
    const ImGuiIO& io = ImGui::GetIO();
    return io.KeyCtrl == k.ctrl && io.KeyAlt == k.alt && io.KeyShift == k.shift && !io.KeySuper;
}

[[nodiscard]] bool pressedOne(const Key& k, char c, bool repeat) {
    if (!modsMatch(k)) return false;
    if (k.named != ImGuiKey_COUNT) return keys::pressed(k.named, repeat);
    return keys::pressed(c, repeat); // stands down in a text field unless Ctrl or Alt
}

} // namespace

const char* whereName(Where where) {
    switch (where) {
    case Where::Anywhere:
        return "Anywhere";
    case Where::Today:
        return "Today";
    case Where::SnoozePicker:
        return "Snooze picker";
    case Where::LogSheet:
        return "Log sheet";
    case Where::Deck:
        return "Deck";
    case Where::Contact:
        return "Contact page";
    case Where::Timeline:
        return "Contact timeline";
    case Where::More:
        return "More";
    case Where::Trash:
        return "Trash and archive";
    case Where::Data:
        return "Your data";
    case Where::Settings:
        return "Settings";
    case Where::Export:
        return "Export";
    case Where::CsvImport:
        return "Import preview";
    case Where::Insights:
        return "Insights";
    case Where::Goals:
        return "Goals";
    case Where::GoalEditor:
        return "New or edited goal";
    case Where::FreshStart:
        return "Fresh start";
    case Where::Events:
        return "Events";
    case Where::MetSheet:
        return "I met someone";
    case Where::LinkSheet:
        return "Link two people";
    case Where::IntroPaths:
        return "Who can introduce me";
    }
    return "";
}

std::string keysText(const Shortcut& s) {
    std::string out;
    for (const Key& k : s.keys) {
        if (!isSet(k)) continue;
        if (!out.empty()) out += " or ";
        out += oneKey(k, k.ascii);
        if (k.last != 0) out += " … " + oneKey(k, k.last);
    }
    return out;
}

namespace keys {

namespace {
// Which key of the shortcut was pressed (its offset in a run), or -1.
int find(const Shortcut& s, bool repeat) {
    for (const Key& k : s.keys) {
        if (!isSet(k)) continue;
        if (k.ascii == 0) {
            if (pressedOne(k, 0, repeat)) return 0;
            continue;
        }
        const char last = k.last != 0 ? k.last : k.ascii;
        for (char c = k.ascii; c <= last; ++c)
            if (pressedOne(k, c, repeat)) return c - k.ascii;
    }
    return -1;
}
} // namespace

bool pressed(const Shortcut& s, bool repeat) {
    if (s.typed) return !textFieldActive() && typed(static_cast<ImWchar>(s.keys[0].ascii));
    return find(s, repeat) >= 0;
}

int pressedIndex(const Shortcut& s) {
    return find(s, false);
}

} // namespace keys

} // namespace rk::app
