#pragma once
#include <cstdint>
#include <string>

namespace rk {

// Why someone is in today's queue. The order is the queue's priority order.
enum class DueReason { AwaitingReply = 0, Reminder = 1, Birthday = 2, Cadence = 3, Rekindle = 4 };

enum class FollowUpStatus { Open = 0, Done = 1, Dismissed = 2 };

// An explicit, dated follow-up the user asked for ("remind me on 3 Feb").
struct Reminder {
    std::int64_t id = 0;
    std::int64_t contactId = 0;
    std::string dueDate; // YYYY-MM-DD
    std::string note;
    FollowUpStatus status = FollowUpStatus::Open;
    std::int64_t createdAt = 0;

    friend bool operator==(const Reminder&, const Reminder&) = default;
};

} // namespace rk
