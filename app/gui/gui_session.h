#pragma once
#include "app/intents.h"

#include <string>

namespace rk {
class Store;
class Clock;
} // namespace rk

namespace rk::app {

// Opens the real window and runs the app until it is closed.
void runWindow(Store& store, const Clock& clock, const std::string& iniPath);

// Renders one tab offscreen (a hidden window) and writes it to a PNG.
void renderScreenshot(Store& store, const Clock& clock, const std::string& pngPath, Tab tab,
                      int width, int height, bool dark);

} // namespace rk::app
