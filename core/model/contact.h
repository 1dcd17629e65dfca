#pragma once
#include "core/model/enums.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rk {

using ContactId = std::int64_t;

struct ContactMethod {
    std::int64_t id = 0;
    MethodKind kind = MethodKind::Email;
    std::string label; // "work", "home", "LinkedIn"
    std::string value;

    friend bool operator==(const ContactMethod&, const ContactMethod&) = default;
};

// A job someone held before; "who knows X" looks here too.
struct PastRole {
    std::int64_t id = 0;
    std::string company;
    std::string title;
    std::string until; // free text, e.g. "2021"

    friend bool operator==(const PastRole&, const PastRole&) = default;
};

// "VP Sales at Stripe", "Stripe", "VP Sales" or "": how a person's role reads
// everywhere (cards, the contact page, Today).
[[nodiscard]] std::string roleLine(std::string_view title, std::string_view company);
// Up to two initials for an avatar: the first grapheme (a letter with its
// marks) of the first and last word, in the name's own script ("Ana María
// García" → "AG"); "?" for no name. A Chinese, Japanese or Korean name gives
// its first character (李伟 → 李); letters that join (Arabic) are kept apart
// by a space (محمد الأحمد → "م ا"). Titles and suffixes are not the person:
// "Dr. Étienne Lefebvre" → "ÉL".
[[nodiscard]] std::string initialsOf(std::string_view name);

struct Contact {
    ContactId id = 0;
    std::string givenName;
    std::string familyName;
    std::string displayName; // what cards show; never empty once saved
    std::string company;
    std::string title;
    std::string industry;
    std::string location;
    std::string howMet;
    std::optional<std::int64_t> metAtEventId;
    std::string birthday; // "YYYY-MM-DD", "--MM-DD" (year unknown) or empty
    std::string notes;
    Circle circle = Circle::Network;
    std::optional<int> cadenceDays; // unset = the circle's default; 0 = never
    std::vector<unsigned char> photo; // encoded image (PNG/JPEG), may be empty
    std::int64_t createdAt = 0;
    std::int64_t updatedAt = 0;
    std::optional<std::int64_t> archivedAt;
    std::optional<std::int64_t> deletedAt; // in the trash

    // Follow-up state, kept by the store and the follow-up planner.
    std::optional<std::int64_t> lastContactAt;
    std::string nextDue;      // YYYY-MM-DD or empty
    std::string snoozedUntil; // YYYY-MM-DD or empty
    int snoozeCount = 0;

    std::vector<ContactMethod> methods;
    std::vector<std::string> tags;
    std::vector<std::string> knows; // "knows about" topics
    std::vector<PastRole> pastRoles;

    // "VP Sales at Stripe", "Stripe", "VP Sales" or "".
    [[nodiscard]] std::string roleLine() const { return rk::roleLine(title, company); }
    // The display name, or "Given Family" when it is not set yet (an import,
    // `rekindle add`): what a saved contact's displayName becomes.
    [[nodiscard]] std::string shownName() const;
    [[nodiscard]] std::string initials() const;

    friend bool operator==(const Contact&, const Contact&) = default;
};

} // namespace rk
