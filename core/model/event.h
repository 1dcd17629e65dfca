#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace rk {

// A meetup, conference or party where people were met.
struct Event {
    std::int64_t id = 0;
    std::string name;
    std::string date; // YYYY-MM-DD
    std::string location;
    std::string notes;
    std::vector<std::int64_t> attendeeIds;
};

} // namespace rk
