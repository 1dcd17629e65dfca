#pragma once
#include "app/intents.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rk {
class Store;
class Clock;
} // namespace rk

namespace rk::app {

// Opens the real window and runs the app until it is closed.
void runWindow(Store& store, const Clock& clock, const std::string& iniPath);

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

} // namespace rk::app
