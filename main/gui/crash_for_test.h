#pragma once

namespace rk::app {

// Test builds only (REKINDLE_TEST_HOOKS, every build but Release): when
// REKINDLE_CRASH_FOR_TEST is "segv", "abort" or "throw", the app's first
// frame crashes that way, so the smoke test can check the crash report and
// the next start's notice. A release build (the package) reads no variable.
void crashIfAskedForTest();

} // namespace rk::app
