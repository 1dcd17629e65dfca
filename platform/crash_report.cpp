#include "platform/crash_report.h"

#include <cxxabi.h>
#include <execinfo.h>
#include <link.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <exception>
#include <filesystem>
#include <fstream>
#include <typeinfo>

namespace rk::platform {

namespace {

// Everything the signal handler needs, prepared beforehand: it may not
// allocate, lock or format with the standard library.
char g_reportPath[4096] = {};
char g_version[64] = {};
volatile sig_atomic_t g_reported = 0; // the terminate handler wrote one: abort()'s SIGABRT must not overwrite it
std::array<char, 64 * 1024> g_altStack{};

// The loaded modules (the binary and its libraries), noted when the handlers
// are armed, so a backtrace can say "rekindle+0x1a2b3" — what addr2line
// needs — by file name alone: a full path could hold the user's name.
struct Module {
    std::uintptr_t base = 0, start = 0, end = 0;
    char name[64] = {};
};
std::array<Module, 96> g_modules{};
int g_moduleCount = 0;

int noteModule(dl_phdr_info* info, size_t, void*) {
    if (g_moduleCount >= static_cast<int>(g_modules.size())) return 1;
    Module& m = g_modules[static_cast<size_t>(g_moduleCount)];
    m.base = info->dlpi_addr;
    m.start = UINTPTR_MAX;
    m.end = 0;
    for (int i = 0; i < info->dlpi_phnum; ++i) {
        const ElfW(Phdr)& ph = info->dlpi_phdr[i];
        if (ph.p_type != PT_LOAD) continue;
        m.start = std::min<std::uintptr_t>(m.start, info->dlpi_addr + ph.p_vaddr);
        m.end = std::max<std::uintptr_t>(m.end, info->dlpi_addr + ph.p_vaddr + ph.p_memsz);
    }
    const char* path = info->dlpi_name && info->dlpi_name[0] ? info->dlpi_name : program_invocation_name;
    const char* slash = std::strrchr(path, '/');
    std::strncpy(m.name, slash ? slash + 1 : path, sizeof m.name - 1);
    if (m.end > m.start) ++g_moduleCount;
    return 0;
}

constexpr std::array kSignals = {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL};

const char* signalName(int sig) {
    switch (sig) {
    case SIGSEGV: return "SIGSEGV, invalid memory access";
    case SIGABRT: return "SIGABRT, the program aborted";
    case SIGBUS: return "SIGBUS, bad memory access";
    case SIGFPE: return "SIGFPE, arithmetic error";
    case SIGILL: return "SIGILL, illegal instruction";
    default: return "a fatal signal";
    }
}

// [SECTION] Async-signal-safe writing: write(2) and hand-made numbers only.
void put(int fd, const char* text) {
    size_t left = std::strlen(text);
    while (left > 0) {
        const ssize_t n = write(fd, text, left);
        if (n <= 0) return;
        text += n;
        left -= static_cast<size_t>(n);
    }
}

void putNumber(int fd, long long value) {
    char digits[24];
    int i = sizeof digits - 1;
    digits[i] = '\0';
    const bool negative = value < 0;
    unsigned long long v = negative ? 0ULL - static_cast<unsigned long long>(value) : static_cast<unsigned long long>(value);
    do {
        digits[--i] = static_cast<char>('0' + v % 10);
        v /= 10;
    } while (v > 0 && i > 1);
    if (negative) digits[--i] = '-';
    put(fd, digits + i);
}

// Opens the report and writes its head; -1 when there is nowhere to write.
int beginReport() {
    if (g_reportPath[0] == '\0') return -1;
    const int fd = open(g_reportPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return -1;
    put(fd, "Rekindle crash report\nversion: ");
    put(fd, g_version);
    put(fd, "\ntime: ");
    putNumber(fd, static_cast<long long>(time(nullptr)));
    put(fd, " (Unix seconds, UTC)\n");
    return fd;
}

void putHex(int fd, std::uintptr_t value) {
    char digits[2 + 2 * sizeof value + 1];
    int i = sizeof digits - 1;
    digits[i] = '\0';
    do {
        digits[--i] = "0123456789abcdef"[value & 15];
        value >>= 4;
    } while (value > 0 && i > 2);
    digits[--i] = 'x';
    digits[--i] = '0';
    put(fd, digits + i);
}

// One line a frame: "  rekindle+0x1a2b3" (module file name + offset).
void putBacktrace(int fd) {
    void* frames[48];
    const int n = backtrace(frames, 48);
    put(fd, "backtrace:\n");
    for (int f = 0; f < n; ++f) {
        const auto address = reinterpret_cast<std::uintptr_t>(frames[f]);
        put(fd, "  ");
        const Module* module = nullptr;
        for (int m = 0; m < g_moduleCount && !module; ++m)
            if (address >= g_modules[static_cast<size_t>(m)].start && address < g_modules[static_cast<size_t>(m)].end)
                module = &g_modules[static_cast<size_t>(m)];
        if (module) {
            put(fd, module->name);
            put(fd, "+");
            putHex(fd, address - module->base);
        } else {
            putHex(fd, address);
        }
        put(fd, "\n");
    }
}

void onFatalSignal(int sig) {
    if (!g_reported) {
        g_reported = 1;
        const int fd = beginReport();
        if (fd >= 0) {
            put(fd, "what: signal ");
            putNumber(fd, sig);
            put(fd, " (");
            put(fd, signalName(sig));
            put(fd, ")\n");
            putBacktrace(fd);
            close(fd);
        }
    }
    // SA_RESETHAND put the default action back: die of the same signal.
    raise(sig);
}

// An exception's type, never its message (which may quote a path or a name).
std::string readableType(const std::type_info& type) {
    int status = 0;
    char* readable = abi::__cxa_demangle(type.name(), nullptr, nullptr, &status);
    std::string out = status == 0 && readable ? readable : type.name();
    std::free(readable);
    return out;
}

std::string currentExceptionType() {
    const std::type_info* type = abi::__cxa_current_exception_type();
    return type ? readableType(*type) : "no exception (std::terminate was called directly)";
}

void onTerminate() {
    if (!g_reported) {
        const std::string what = "an uncaught exception (" + currentExceptionType() + ")";
        g_reported = 1;
        const int fd = beginReport();
        if (fd >= 0) {
            put(fd, "what: ");
            put(fd, what.c_str());
            put(fd, "\n");
            putBacktrace(fd);
            close(fd);
        }
    }
    std::abort();
}

} // namespace

void installCrashHandlers(const std::string& folder, const char* version) {
    const std::string path = (std::filesystem::path(folder) / kCrashReportFile).string();
    if (path.size() >= sizeof g_reportPath) return; // a path this long gets no report
    std::memcpy(g_reportPath, path.c_str(), path.size() + 1);
    std::strncpy(g_version, version, sizeof g_version - 1);
    g_reported = 0;

    // backtrace() loads libgcc on its first call, which allocates: do that now.
    void* warmUp[1];
    backtrace(warmUp, 1);
    g_moduleCount = 0;
    dl_iterate_phdr(noteModule, nullptr);

    // A stack overflow leaves no stack to run the handler on.
    stack_t alt{};
    alt.ss_sp = g_altStack.data();
    alt.ss_size = g_altStack.size();
    sigaltstack(&alt, nullptr);
    struct sigaction action {};
    action.sa_handler = onFatalSignal;
    action.sa_flags = SA_RESETHAND | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (int sig : kSignals) sigaction(sig, &action, nullptr);
    std::set_terminate(onTerminate);
}

void writeFatalErrorReport(const std::exception& error) {
    if (g_reported) return;
    g_reported = 1;
    const int fd = beginReport();
    if (fd < 0) return;
    put(fd, "what: a fatal error (");
    put(fd, readableType(typeid(error)).c_str());
    put(fd, ")\n");
    close(fd);
}

std::optional<PastCrash> takeCrashReport(const std::string& folder) {
    namespace fs = std::filesystem;
    const fs::path report = fs::path(folder) / kCrashReportFile;
    std::error_code ec;
    if (!fs::is_regular_file(report, ec)) return std::nullopt;
    PastCrash crash;
    {
        std::ifstream in(report);
        for (std::string line; std::getline(in, line);)
            if (line.rfind("what: ", 0) == 0) {
                crash.what = line.substr(6);
                break;
            }
    }
    if (crash.what.empty()) crash.what = "no details were written";
    const fs::path seen = fs::path(folder) / kSeenCrashReportFile;
    fs::rename(report, seen, ec);
    // A folder we may not write to keeps it where it was, and says so again next time.
    crash.reportPath = (ec ? report : seen).string();
    return crash;
}

std::string pastCrashMessage(const PastCrash& crash) {
    return "Rekindle closed unexpectedly last time (" + crash.what +
           "). A short report with no personal data is in " + crash.reportPath + ".";
}

} // namespace rk::platform
