#pragma once
#include "core/time/civil_date.h"
#include "core/time/clock.h"

#include <cstdlib>
#include <ctime>
#include <string>

namespace rk::test {

// UTC instant of a local wall-clock time in the current TZ.
inline std::int64_t localTime(int y, int mo, int d, int h = 12, int mi = 0) {
    std::tm tm{};
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_isdst = -1;
    return static_cast<std::int64_t>(std::mktime(&tm));
}

// Sets TZ for the scope of a test (dates are local civil dates), then restores it.
class ScopedTimeZone {
public:
    explicit ScopedTimeZone(const char* tz) {
        if (const char* old = std::getenv("TZ")) m_old = old, m_had = true;
        setenv("TZ", tz, 1);
        tzset();
    }
    ~ScopedTimeZone() {
        if (m_had) setenv("TZ", m_old.c_str(), 1);
        else unsetenv("TZ");
        tzset();
    }

private:
    std::string m_old;
    bool m_had = false;
};

} // namespace rk::test
