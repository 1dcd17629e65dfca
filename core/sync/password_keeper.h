#pragma once
#include <optional>
#include <string>

namespace rk {

// What a keyring said. "No keyring here" is an ordinary answer, not an
// error: then the password is kept in memory only, for this run.
struct KeyringAnswer {
    bool available = false;              // a keyring answered
    std::optional<std::string> password; // lookup: the saved password, when there is one
    std::string problem;                 // why no keyring answered (for a log or the CLI)
};

// Where a sync password is kept between runs: the system keyring
// (platform/keyring's SecretServiceKeyring, over libsecret), one entry per
// server address and user name. Never the database, a log or a command line.
// The App gets one through AppOptions, like its SyncServer; the CLI makes its
// own. A call may block for as long as the keyring takes (a locked keyring
// asks its own unlock question), so the app calls it off the frame's thread.
class PasswordKeeper {
public:
    virtual ~PasswordKeeper() = default;
    [[nodiscard]] virtual KeyringAnswer lookup(const std::string& server,
                                               const std::string& user) = 0;
    // Saves it, replacing what was saved for the same server and user.
    virtual KeyringAnswer store(const std::string& server, const std::string& user,
                                const std::string& password) = 0;
    virtual KeyringAnswer forget(const std::string& server, const std::string& user) = 0;
    // From another thread: the call under way ends soon as unavailable, and
    // so does every later one (the owner is closing).
    virtual void stop() = 0;
};

} // namespace rk
