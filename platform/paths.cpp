#include "platform/paths.h"

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace rk::platform {

namespace fs = std::filesystem;

std::string dataDirectory() {
#if defined(_WIN32)
    if (const char* appData = std::getenv("APPDATA")) return (fs::path(appData) / "Rekindle").string();
    return "Rekindle";
#elif defined(__APPLE__)
    const char* home = std::getenv("HOME");
    return (fs::path(home ? home : ".") / "Library" / "Application Support" / "Rekindle").string();
#else
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return (fs::path(xdg) / "rekindle").string();
    const char* home = std::getenv("HOME");
    return (fs::path(home ? home : ".") / ".local" / "share" / "rekindle").string();
#endif
}

std::string resolveDatabasePath(const std::string& fromCommandLine) {
    if (!fromCommandLine.empty()) return fromCommandLine;
    if (const char* env = std::getenv("REKINDLE_DB"); env && *env) return env;
    return (fs::path(dataDirectory()) / "rekindle.db").string();
}

void ensureDirectory(const std::string& dir) {
    if (dir.empty()) return;
    std::error_code ec;
    if (fs::is_directory(dir, ec)) return;
    fs::create_directories(dir, ec);
    if (ec) throw std::runtime_error("Could not create the folder " + dir + ": " + ec.message());
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
}

} // namespace rk::platform
