// LD_PRELOAD shim for the benchmark: wraps glfwSwapBuffers, so a program
// (the real rekindle, or the bare window) can be observed without changing it.
//
//   REKINDLE_BENCH_SWAP_COUNT_FILE=F   after every swap, F holds the number of swaps so far
//   REKINDLE_BENCH_FIRST_SWAP_FILE=F   after the first swap, F holds CLOCK_MONOTONIC in ns
//   REKINDLE_BENCH_EXIT_AFTER_FIRST_SWAP=1   and then the process exits at once
#include <dlfcn.h>
#include <fcntl.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

struct GLFWwindow;

namespace {

using SwapFn = void (*)(GLFWwindow*);

void writeNumber(const char* path, long long value, int* fd) {
    if (*fd < 0) *fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (*fd < 0) return;
    char buf[32];
    const int n = std::snprintf(buf, sizeof buf, "%20lld\n", value); // fixed width: rewritten in place
    if (pwrite(*fd, buf, static_cast<size_t>(n), 0) < 0) return;
}

} // namespace

extern "C" __attribute__((visibility("default"))) void glfwSwapBuffers(GLFWwindow* window) {
    static const auto real = reinterpret_cast<SwapFn>(dlsym(RTLD_NEXT, "glfwSwapBuffers"));
    static long long swaps = 0;
    static int countFd = -1;
    real(window);
    ++swaps;
    if (const char* path = std::getenv("REKINDLE_BENCH_SWAP_COUNT_FILE")) writeNumber(path, swaps, &countFd);
    if (swaps != 1) return;
    if (const char* path = std::getenv("REKINDLE_BENCH_FIRST_SWAP_FILE")) {
        timespec ts{};
        clock_gettime(CLOCK_MONOTONIC, &ts);
        int fd = -1;
        writeNumber(path, static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec, &fd);
        if (fd >= 0) close(fd);
        if (std::getenv("REKINDLE_BENCH_EXIT_AFTER_FIRST_SWAP")) _exit(0);
    }
}
