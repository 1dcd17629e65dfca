#pragma once
#include <time.h>

#include <chrono>

namespace rk::test {

using SteadyClock = std::chrono::steady_clock;

[[nodiscard]] inline double msSince(SteadyClock::time_point start) {
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
}

// Wall time and this thread's CPU time (CLOCK_THREAD_CPUTIME_ID) of one
// operation. The CPU time leaves out the time other processes held the core,
// so it stays meaningful on a shared, loaded machine; it also leaves out
// waiting (for fsync, say), which wall time keeps. The UI harness times its
// frames with it, and the benchmark everything else.
class Stopwatch {
public:
    Stopwatch() : m_wall(SteadyClock::now()), m_cpu(threadCpuMs()) {}
    [[nodiscard]] double wallMs() const { return msSince(m_wall); }
    [[nodiscard]] double cpuMs() const { return threadCpuMs() - m_cpu; }
    [[nodiscard]] static double threadCpuMs() {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
    }

private:
    SteadyClock::time_point m_wall;
    double m_cpu;
};

} // namespace rk::test
