#pragma once
#include "app/intents.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rk {
class Store;
class Clock;
struct OpenProblem;
} // namespace rk

namespace rk::app {

struct WindowStart {
    std::string dbPath;
    // A file to import, from the command line ("Open with Rekindle" on a
    // .vcf): its preview opens as if it had been dropped on the window.
    std::string importFile;
    // Said once as a toast when the app is up (the last run crashed).
    std::string notice;
};

// Opens the real window on the database and runs the app until it is closed.
// When the database can't be opened, the window shows why and what can be
// done (OpenProblemView) until a file opens or the person quits. Returns the
// process's exit code: 0, or 1 when it ended without a database.
[[nodiscard]] int runWindow(const WindowStart& start, const Clock& clock);

// Renders one tab offscreen (a hidden window) and writes it to a PNG; with a
// contactId, that person's page over the tab. `keys` are pressed first, one a
// frame ("E", "J,Enter", "R", "text:ana@" types), to picture forms and popups;
// they act for real. With importFile, that file is handed over as if dropped
// on the window first (the import preview opens on More), and the keys follow.
// Returns how many characters the last frame drew with the placeholder
// glyph because no font had them.
[[nodiscard]] int renderScreenshot(Store& store, const Clock& clock, const std::string& pngPath, Tab tab,
                      int width, int height, bool dark, std::int64_t contactId = 0,
                      const std::vector<std::string>& keys = {}, const std::string& importFile = {});

// Renders the screen a database that can't be opened gets, to a PNG.
void renderProblemScreenshot(const OpenProblem& problem, const std::string& pngPath, int width, int height,
                             bool dark);

} // namespace rk::app
