#pragma once
// Runs the real rekindle binary as a child process, for the fault suite: its
// output captured, optionally SIGKILLed after a delay or held to a file-size
// limit (RLIMIT_FSIZE, the "disk full" a test can make without root).
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace rk::test {

struct ChildRun {
    bool killed = false;   // we sent SIGKILL before it exited
    bool exited = false;   // it exited by itself
    int exitCode = -1;     // when exited
    std::string out, err;  // what it printed before it ended
    double ms = 0.0;       // wall time from start to end
};

struct ChildOptions {
    std::optional<std::chrono::microseconds> killAfter;
    std::optional<long> fileSizeLimitBytes;

    static ChildOptions killedAfter(std::optional<std::chrono::microseconds> delay) {
        ChildOptions o;
        o.killAfter = delay;
        return o;
    }
    static ChildOptions fileSizeLimit(long bytes) {
        ChildOptions o;
        o.fileSizeLimitBytes = bytes;
        return o;
    }
};

// `args` are the arguments after the program name.
ChildRun runRekindle(const std::vector<std::string>& args, const ChildOptions& options = {});

} // namespace rk::test
