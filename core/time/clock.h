#pragma once
#include "core/time/civil_date.h"

#include <cstdint>

namespace rk {

// Where "now" comes from. Core code never reads the system time directly, so
// tests can pin any instant (a leap day, a DST change, a minute to midnight).
class Clock {
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual std::int64_t now() const = 0; // UTC Unix seconds
    [[nodiscard]] CivilDate today() const { return localDateOf(now()); }
};

class SystemClock final : public Clock {
public:
    [[nodiscard]] std::int64_t now() const override;
};

// A clock that stands still until told to move.
class FixedClock final : public Clock {
public:
    explicit FixedClock(std::int64_t unixSeconds) : m_now(unixSeconds) {}
    [[nodiscard]] std::int64_t now() const override { return m_now; }
    void set(std::int64_t unixSeconds) { m_now = unixSeconds; }
    void advance(std::int64_t seconds) { m_now += seconds; }

private:
    std::int64_t m_now;
};

} // namespace rk
