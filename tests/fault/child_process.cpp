#include "tests/fault/child_process.h"

#include <csignal>
#include <cstdlib>
#include <poll.h>
#include <stdexcept>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace rk::test {

namespace {

using Clock = std::chrono::steady_clock;

void readSome(int fd, std::string& into, bool& open) {
    char buf[4096];
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n > 0) into.append(buf, static_cast<std::size_t>(n));
    else open = false;
}

} // namespace

ChildRun runRekindle(const std::vector<std::string>& args, const ChildOptions& options) {
    int outPipe[2], errPipe[2], inPipe[2];
    if (::pipe(outPipe) != 0 || ::pipe(errPipe) != 0 || ::pipe(inPipe) != 0)
        throw std::runtime_error("pipe failed");
    std::vector<std::string> argvStore{REKINDLE_BIN};
    argvStore.insert(argvStore.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argvStore) argv.push_back(a.data());
    argv.push_back(nullptr);

    const auto start = Clock::now();
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        ::dup2(inPipe[0], 0);
        ::dup2(outPipe[1], 1);
        ::dup2(errPipe[1], 2);
        for (int fd : {outPipe[0], outPipe[1], errPipe[0], errPipe[1], inPipe[0], inPipe[1]}) ::close(fd);
        if (options.fileSizeLimitBytes) {
            // A write past the limit then fails with EFBIG instead of killing the process.
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{static_cast<rlim_t>(*options.fileSizeLimitBytes),
                               static_cast<rlim_t>(*options.fileSizeLimitBytes)};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        }
        // A killed process never reaches LeakSanitizer; one that finishes has
        // the GL-free CLI's own leaks checked by the CLI tests.
        ::setenv("ASAN_OPTIONS", "detect_leaks=0", 1);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(outPipe[1]);
    ::close(errPipe[1]);
    ::close(inPipe[0]);
    ::close(inPipe[1]); // nothing to read: a prompt would see end of input

    ChildRun run;
    bool outOpen = true, errOpen = true;
    const auto killAt = options.killAfter ? std::optional(start + *options.killAfter) : std::nullopt;
    while (outOpen || errOpen) {
        int timeoutMs = 50;
        if (killAt && !run.killed) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*killAt - Clock::now()).count();
            if (left <= 0) {
                ::kill(pid, SIGKILL);
                run.killed = true;
            } else {
                timeoutMs = static_cast<int>(std::min<long long>(left, 50));
            }
        }
        const short in = POLLIN;
        pollfd fds[2] = {{outPipe[0], outOpen ? in : short(0), 0}, {errPipe[0], errOpen ? in : short(0), 0}};
        if (::poll(fds, 2, run.killed ? 50 : std::max(timeoutMs, 0)) > 0) {
            if (outOpen && (fds[0].revents & (POLLIN | POLLHUP))) readSome(outPipe[0], run.out, outOpen);
            if (errOpen && (fds[1].revents & (POLLIN | POLLHUP))) readSome(errPipe[0], run.err, errOpen);
        }
        if (killAt && !run.killed && Clock::now() >= *killAt) {
            ::kill(pid, SIGKILL);
            run.killed = true;
        }
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    ::close(outPipe[0]);
    ::close(errPipe[0]);
    run.ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    if (WIFEXITED(status)) {
        run.exited = true;
        run.exitCode = WEXITSTATUS(status);
        // Our SIGKILL came after it had already exited: it was not cut short.
        run.killed = false;
    }
    return run;
}

} // namespace rk::test
