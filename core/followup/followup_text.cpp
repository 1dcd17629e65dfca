#include "core/followup/followup_text.h"

#include <array>

namespace rk {

namespace {
constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<std::string_view, 7> kWeekdays = {"Mon", "Tue", "Wed", "Thu",
                                                       "Fri", "Sat", "Sun"};

// Cuts a note for a one-line summary without splitting a UTF-8 sequence.
std::string clipNote(std::string_view note, size_t maxBytes) {
    if (note.size() <= maxBytes) return std::string(note);
    size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(note[cut]) & 0xC0) == 0x80) --cut;
    return std::string(note.substr(0, cut)) + "…";
}
} // namespace

std::string weekdayDate(const CivilDate& date, const CivilDate& today) {
    return std::string(kWeekdays[static_cast<size_t>(date.weekday())]) + " " +
           shortDate(date, today);
}

std::string dayCount(std::int64_t days) {
    return std::to_string(days) + (days == 1 || days == -1 ? " day" : " days");
}

std::string cadenceText(int days) {
    if (days == 1) return "every day";
    return "every " + std::to_string(days) + " days";
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
