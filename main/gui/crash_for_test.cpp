#include "main/gui/crash_for_test.h"

#include <csignal>
#include <cstdlib>
#include <cstring>

namespace rk::app {

#ifdef REKINDLE_TEST_HOOKS
namespace {
struct CrashForTest {}; // not a std::exception: nothing on the way catches it
} // namespace

void crashIfAskedForTest() {
    const char* how = std::getenv("REKINDLE_CRASH_FOR_TEST");
    if (!how) return;
    if (std::strcmp(how, "segv") == 0) std::raise(SIGSEGV);
    if (std::strcmp(how, "abort") == 0) std::abort();
    if (std::strcmp(how, "throw") == 0) throw CrashForTest{};
}
#else
void crashIfAskedForTest() {}
#endif

} // namespace rk::app
