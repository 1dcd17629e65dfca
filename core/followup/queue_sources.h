#pragma once
// Internal to the follow-up engine: ordered scans that feed today's queue.
//
// Each source yields its candidates in queue order (most overdue first, then
// circle, then name) straight from an index, so the planner can merge them and
// stop after the first cards instead of reading everyone who is due. A person
// may come out of several sources; the first time is their place in the queue.
#include "core/followup/followup_rules.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace rk {

class StatementCache;

// Just enough to place a person in the queue; the card is built later.
struct Candidate {
    ContactId id = 0;
    std::string name;
    Circle circle = Circle::Network;
    int overdue = 0;
    DueReason reason = DueReason::Cadence;

    [[nodiscard]] QueueKey key() const { return keyOf(id, name, circle, overdue, reason); }
};

// A cursor in queue order. peek() may answer with a floor (a key no candidate
// of this source comes before) instead of reading: the merge then leaves the
// source alone (not even prepared) as long as other sources come first, and
// calls refine() only when the floor is the smallest key on offer.
class CandidateSource {
public:
    virtual ~CandidateSource() = default;
    // The key of what comes next, exact or a floor; nothing when done.
    [[nodiscard]] virtual std::optional<QueueKey> peek() = 0;
    // Whether peek() is the exact key of a candidate ready to take().
    [[nodiscard]] virtual bool ready() const = 0;
    // Reads what it takes to make peek() exact.
    virtual void refine() = 0;
    virtual Candidate take() = 0;
};

// The scans for awaiting replies, reminders, birthdays and cadence, plus the
// day's rekindle batch (already chosen and loaded).
[[nodiscard]] std::vector<std::unique_ptr<CandidateSource>>
openSources(StatementCache& cache, const DayContext& ctx, std::vector<Candidate> rekindles);

} // namespace rk
