#pragma once
#include "core/sync/password_keeper.h"

#include <memory>

namespace rk {

// core/sync's PasswordKeeper over the freedesktop Secret Service (GNOME
// Keyring, KWallet, KeePassXC…) through libsecret, on the session D-Bus.
// No bus, or no service on it, is an unavailable answer. Each call blocks
// until the service answers (libsecret's own D-Bus timeout bounds it), or
// until stop() is called from another thread.
class SecretServiceKeyring : public PasswordKeeper {
public:
    SecretServiceKeyring();
    ~SecretServiceKeyring() override;
    SecretServiceKeyring(const SecretServiceKeyring&) = delete;
    SecretServiceKeyring& operator=(const SecretServiceKeyring&) = delete;

    [[nodiscard]] KeyringAnswer lookup(const std::string& server, const std::string& user) override;
    KeyringAnswer store(const std::string& server, const std::string& user,
                        const std::string& password) override;
    KeyringAnswer forget(const std::string& server, const std::string& user) override;
    void stop() override;

private:
    struct Cancel; // a GCancellable, kept out of this header with the rest of GLib
    std::unique_ptr<Cancel> m_cancel;
};

} // namespace rk
