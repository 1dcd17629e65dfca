#include "core/followup/followup_text.h"

#include <array>

namespace rk {

namespace {
// Cuts a note for a one-line summary without splitting a UTF-8 sequence.
std::string clipNote(std::string_view note, size_t maxBytes) {
    if (note.size() <= maxBytes) return std::string(note);
    size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(note[cut]) & 0xC0) == 0x80) --cut;
    return std::string(note.substr(0, cut)) + "…";
}
} // namespace

std::string dayCount(std::int64_t days) {
    return std::to_string(days) + (days == 1 || days == -1 ? " day" : " days");
}

std::string cadenceText(int days) {
    if (days == 1) return "every day";
    return "every " + std::to_string(days) + " days";
}

std::string keepInTouchText(int days) {
    switch (days) {
    case 0: return "No regular follow-up";
    case 7: return "Every week";
    case 14: return "Every 2 weeks";
    case 30: return "Every month";
    case 90: return "Every 3 months";
    case 180: return "Every 6 months";
    case 365: return "Every year";
    default: return days == 1 ? "Every day" : "Every " + std::to_string(days) + " days";
    }
}

std::string kindNoun(InteractionKind k) {
    switch (k) {
    case InteractionKind::Email: return "an email";
    case InteractionKind::Call: return "a call";
    case InteractionKind::Coffee: return "a coffee";
    case InteractionKind::Meeting: return "a meeting";
    case InteractionKind::Message: return "a message";
    case InteractionKind::Event: return "an event";
    case InteractionKind::Other: return "a note";
    }
    return "an interaction";
}

std::string monthsAgo(const CivilDate& from, const CivilDate& today) {
    int months = (today.year - from.year) * 12 + (today.month - from.month);
    if (today.day < from.day) --months;
    if (months < 1) return dayCount(from.daysUntil(today)) + " ago";
    if (months >= 24) return std::to_string(months / 12) + " years ago";
    return std::to_string(months) + (months == 1 ? " month ago" : " months ago");
}

std::string interactionSummary(InteractionKind kind, Direction direction, std::int64_t at,
                               std::string_view note, const CivilDate& today) {
    std::string out(kindName(kind));
    out += " · " + shortDate(localDateOf(at), today);
    out += direction == Direction::Out ? " · you reached out" : " · they reached out";
    if (!note.empty()) out += " · " + clipNote(note, 80);
    return out;
}

std::string loggedLabel(InteractionKind kind, Direction direction, std::string_view name) {
    const std::string who(name);
    if (direction == Direction::Out) {
        switch (kind) {
        case InteractionKind::Email: return "Emailed " + who;
        case InteractionKind::Call: return "Called " + who;
        case InteractionKind::Coffee: return "Had coffee with " + who;
        case InteractionKind::Meeting: return "Met " + who;
        case InteractionKind::Message: return "Messaged " + who;
        case InteractionKind::Event: return "Saw " + who + " at an event";
        case InteractionKind::Other: break;
        }
        return "Reached out to " + who;
    }
    switch (kind) {
    case InteractionKind::Email: return "Email from " + who;
    case InteractionKind::Call: return "Call from " + who;
    case InteractionKind::Coffee: return "Coffee with " + who;
    case InteractionKind::Meeting: return "Meeting with " + who;
    case InteractionKind::Message: return "Message from " + who;
    case InteractionKind::Event: return "Saw " + who + " at an event";
    case InteractionKind::Other: break;
    }
    return "Heard from " + who;
}

} // namespace rk
