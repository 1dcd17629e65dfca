// Issue 16: a crash leaves a short report beside the database, with no
// personal data, and the next start says so once (platform/crash_report).
// Each crash happens in a forked child, so the test process lives on.
#include "platform/crash_report.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <exception>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

using namespace rk::platform;

namespace {
std::string slurp(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Runs `crash` in a child with the handlers armed; returns how it ended.
template <typename F>
int crashInChild(const std::string& folder, F crash) {
    const pid_t pid = fork();
    if (pid == 0) {
        installCrashHandlers(folder, "9.8.7");
        crash();
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return status;
}

struct SecretError : std::runtime_error {
    SecretError() : std::runtime_error("Ana García's note about Stripe") {}
};
} // namespace

TEST_CASE("A fatal signal leaves a report with the version and the signal, then the process dies of it",
          "[platform][crash]") {
    rk::test::TempDir dir;
    const int status = crashInChild(dir.path().string(), [] { std::raise(SIGSEGV); });
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGSEGV);
    const std::string report = slurp(dir.file(kCrashReportFile));
    CHECK(report.find("version: 9.8.7") != std::string::npos);
    CHECK(report.find("what: signal 11 (SIGSEGV") != std::string::npos);
    CHECK(report.find("backtrace:") != std::string::npos);
    // Frames by module file name and offset; no path (it could hold the user's name).
    CHECK(report.find("rekindle_platform_tests+0x") != std::string::npos);
    CHECK(report.find('/') == std::string::npos);
}

TEST_CASE("An uncaught exception's report names its type, never its message", "[platform][crash]") {
    rk::test::TempDir dir;
    const int status = crashInChild(dir.path().string(), [] {
        // As an exception with no handler would: terminate while it is in flight.
        try {
            throw SecretError();
        } catch (...) {
            std::terminate();
        }
    });
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGABRT);
    const std::string report = slurp(dir.file(kCrashReportFile));
    CHECK(report.find("an uncaught exception (") != std::string::npos);
    CHECK(report.find("SecretError") != std::string::npos);
    CHECK(report.find("Ana") == std::string::npos);
    CHECK(report.find("Stripe") == std::string::npos);
    CHECK(report.find("signal 6") == std::string::npos); // abort()'s signal did not overwrite it
}

TEST_CASE("The next start tells the crash once and keeps the report as last-crash-report.txt",
          "[platform][crash]") {
    rk::test::TempDir dir;
    const std::string folder = dir.path().string();
    CHECK_FALSE(takeCrashReport(folder)); // no crash, nothing to say
    (void)crashInChild(folder, [] { std::abort(); });

    const auto crash = takeCrashReport(folder);
    REQUIRE(crash);
    CHECK(crash->what == "signal 6 (SIGABRT, the program aborted)");
    CHECK(crash->reportPath == dir.file(kSeenCrashReportFile));
    CHECK(std::filesystem::exists(dir.file(kSeenCrashReportFile)));
    const std::string message = pastCrashMessage(*crash);
    CHECK(message.find("closed unexpectedly last time (signal 6") != std::string::npos);
    CHECK(message.find(dir.file(kSeenCrashReportFile)) != std::string::npos);
    CHECK_FALSE(takeCrashReport(folder)); // told once
}

TEST_CASE("A fatal error the app caught leaves a report too, without its message", "[platform][crash]") {
    rk::test::TempDir dir;
    (void)crashInChild(dir.path().string(), [] {
        writeFatalErrorReport(SecretError());
        _exit(1);
    });
    const auto crash = takeCrashReport(dir.path().string());
    REQUIRE(crash);
    CHECK(crash->what.find("a fatal error (") == 0);
    CHECK(crash->what.find("SecretError") != std::string::npos);
    CHECK(slurp(crash->reportPath).find("Ana") == std::string::npos);
}
