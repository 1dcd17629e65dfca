#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rk {

// What the task sync needs from a task another app may have touched: whose
// it is, when it is due and whether it is done. Everything else in it (an
// alarm, a note the phone added) is left as it is on the server.
struct TaskFacts {
    std::string uid;
    std::string due; // YYYY-MM-DD (a DUE with a time counts by its date), "" when none
    bool completed = false;
    std::optional<std::int64_t> completedAt; // COMPLETED, when it was a UTC time
};

// The first VTODO of a calendar object (RFC 5545 syntax, the line reader the
// vCard import uses). Bad input is an answer, never a crash: `problem` says
// what was wrong in plain words, and `facts` is empty then.
struct TaskRead {
    std::optional<TaskFacts> facts;
    std::string problem;
};
[[nodiscard]] TaskRead readTask(std::string_view text);

// The same calendar object with its first VTODO marked done at `at` (STATUS,
// COMPLETED, PERCENT-COMPLETE replaced or added); every other line is kept
// as the server had it. nullopt when the text holds no VTODO.
[[nodiscard]] std::optional<std::string> completedTask(std::string_view text, std::int64_t at);

} // namespace rk
