#pragma once
#include <sys/types.h>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rk::bench {

// A child process started with fork + execv: argv[0] is the program's path,
// `env` entries are added to (or replace) this process's environment, and its
// output goes to `outputFile` (or /dev/null).
struct SpawnOptions {
    std::map<std::string, std::string> env;
    std::string outputFile;
};
[[nodiscard]] pid_t spawn(const std::vector<std::string>& argv, const SpawnOptions& options = {});

// Waits for the child; its exit status (128 + signal when killed), or nothing
// after timeoutSeconds (the child keeps running).
std::optional<int> waitFor(pid_t pid, double timeoutSeconds);
// SIGTERM, then SIGKILL after a second; reaps the child.
void stop(pid_t pid);

// CPU time used by every thread of the process so far, in seconds, from
// /proc/PID/task/*/schedstat (nanosecond resolution, unlike utime/stime ticks).
[[nodiscard]] double cpuSeconds(pid_t pid);
// The kB fields of /proc/PID/smaps_rollup ("Rss", "Private_Dirty", "Anonymous", …).
[[nodiscard]] std::map<std::string, std::int64_t> smapsRollup(pid_t pid);

// CLOCK_MONOTONIC in nanoseconds: comparable across processes on this machine.
[[nodiscard]] std::int64_t monotonicNs();

[[nodiscard]] std::string readFile(const std::string& path);
// This executable's folder (from /proc/self/exe).
[[nodiscard]] std::string selfDirectory();
[[nodiscard]] std::string selfPath();
// The full path of a program on $PATH, or "" when there is none.
[[nodiscard]] std::string findOnPath(const std::string& program);

void sleepSeconds(double seconds);

} // namespace rk::bench
