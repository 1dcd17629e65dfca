#pragma once
#include "tests/support/temp_dir.h"

#include <sys/types.h>

#include <string>

namespace rk::test {

// A real Secret Service for the keyring tests, private to this test process:
// a session dbus-daemon (its own config: no service activation, so nothing
// else starts on it) and gnome-keyring-daemon's secrets component, with a
// fresh login keyring unlocked by a password on its stdin, in a temp HOME.
// DBUS_SESSION_BUS_ADDRESS points at that bus while it runs.
//
// GLib keeps one session bus connection per process, so a process has one
// of these: shared() starts it on first use (throws if the keyring does not
// own org.freedesktop.secrets within 15 s) and it stops when the process
// ends. ctest runs each case in its own process anyway. Until then, the
// session bus of a program that links this points nowhere, so no test
// reaches the desktop's own keyring.
class SecretServiceForTests {
public:
    static SecretServiceForTests& shared();
    ~SecretServiceForTests();
    SecretServiceForTests(const SecretServiceForTests&) = delete;
    SecretServiceForTests& operator=(const SecretServiceForTests&) = delete;

    [[nodiscard]] const std::string& busAddress() const { return m_address; }

private:
    SecretServiceForTests();
    void startBus();
    void startKeyring();
    [[nodiscard]] std::string log() const;

    TempDir m_dir;
    std::string m_address;
    pid_t m_bus = -1;
    pid_t m_keyring = -1;
};

// Points DBUS_SESSION_BUS_ADDRESS somewhere for a scope, then puts it back.
class SessionBusAddress {
public:
    explicit SessionBusAddress(const std::string& address);
    ~SessionBusAddress();
    SessionBusAddress(const SessionBusAddress&) = delete;
    SessionBusAddress& operator=(const SessionBusAddress&) = delete;

private:
    bool m_had = false;
    std::string m_old;
};

} // namespace rk::test
