#pragma once
#include <exception>
#include <optional>
#include <string>

namespace rk::platform {

// When Rekindle dies (a fatal signal, an uncaught exception, a fatal error
// it caught), it leaves a short report beside the database: what happened,
// the version, the time and a backtrace of code addresses. Never a name, a
// note, a search or an error message (those can quote the user's data).
// The next start says so once: it renames the report to
// last-crash-report.txt, where the user can still find it.
//
// Plain C++ and POSIX, no GLFW: the report and its reading are tested
// without a display.
inline constexpr const char* kCrashReportFile = "crash-report.txt";
inline constexpr const char* kSeenCrashReportFile = "last-crash-report.txt";

// Arms the handlers for this process: SIGSEGV, SIGABRT, SIGBUS, SIGFPE and
// SIGILL (async-signal-safe writes on an alternate stack), and
// std::set_terminate. Each writes <folder>/crash-report.txt, then the
// process ends as it would have (the default action, so a core dump too).
void installCrashHandlers(const std::string& folder, const char* version);

// For an error the program caught and is about to exit on: the same report,
// naming the error's type, never its message.
void writeFatalErrorReport(const std::exception& error);

struct PastCrash {
    std::string what;       // "signal 11 (SIGSEGV, invalid memory access)"
    std::string reportPath; // where the report is now (last-crash-report.txt)
};

// The report an earlier run left in `folder`, if any, moved aside so that the
// next start does not tell it again.
[[nodiscard]] std::optional<PastCrash> takeCrashReport(const std::string& folder);

// What the next start says: "Rekindle closed unexpectedly last time (…)…".
[[nodiscard]] std::string pastCrashMessage(const PastCrash& crash);

} // namespace rk::platform
