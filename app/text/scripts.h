#pragma once
#include <string>

namespace rk::app::text {

// What to tell someone whose computer has no font for a character: the
// script's name and the Debian package that brings one.
struct ScriptHint {
    const char* script;  // "Thai", "Chinese, Japanese and Korean"
    const char* package; // "fonts-noto-core"; empty when no package helps
};
[[nodiscard]] ScriptHint scriptHintFor(char32_t codePoint);

// The log line for it, said once per script.
[[nodiscard]] std::string missingFontMessage(char32_t codePoint);

} // namespace rk::app::text
