// libFuzzer target: reading a task a server hands back, and ticking one off,
// must never crash or hang; what is read is a UID and a real date or none.
#include "core/sync/vtodo_reader.h"
#include "core/time/civil_date.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

void require(bool ok) {
    if (!ok) __builtin_trap();
}

void requireSane(const rk::TaskRead& read) {
    require(read.facts.has_value() == read.problem.empty());
    if (!read.facts) return;
    require(!read.facts->uid.empty());
    require(read.facts->due.empty() || rk::CivilDate::parse(read.facts->due).has_value());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    requireSane(rk::readTask(bytes));
    if (const auto done = rk::completedTask(bytes, 1796126400)) requireSane(rk::readTask(*done));
    return 0;
}
