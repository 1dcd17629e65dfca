#pragma once
#include <string>

namespace rk::platform {

// Where Rekindle keeps its data by default:
//   Linux   $XDG_DATA_HOME/rekindle (else ~/.local/share/rekindle)
//   macOS   ~/Library/Application Support/Rekindle
//   Windows %APPDATA%\Rekindle
[[nodiscard]] std::string dataDirectory();
// The database path: --db beats REKINDLE_DB beats <dataDirectory>/rekindle.db.
[[nodiscard]] std::string resolveDatabasePath(const std::string& fromCommandLine);
// Creates the folder (mode 0700) if needed; throws std::runtime_error with a plain message.
void ensureDirectory(const std::string& dir);

} // namespace rk::platform
