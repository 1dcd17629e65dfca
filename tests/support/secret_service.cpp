#include "tests/support/secret_service.h"

#include <fcntl.h>
#include <gio/gio.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace rk::test {

namespace {

constexpr const char* kKeyringPassword = "rekindle-test-login";

// A test program that links this never reaches the desktop's own keyring
// (the rekindle sync tests would otherwise save their passwords there): the
// session bus points nowhere until shared() starts the private one.
[[maybe_unused]] const bool kAwayFromTheDesktopKeyring =
    setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/rekindle-tests-no-desktop-bus", 1) == 0;

// Sends stdout and stderr of the child to `logFile`.
void logTo(const std::string& logFile) {
    const int log = open(logFile.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (log < 0) return;
    dup2(log, STDOUT_FILENO);
    dup2(log, STDERR_FILENO);
    close(log);
}

void stopProcess(pid_t& pid) {
    if (pid <= 0) return;
    kill(pid, SIGTERM);
    for (int i = 0; i < 100; ++i) {
        if (waitpid(pid, nullptr, WNOHANG) == pid) {
            pid = -1;
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    pid = -1;
}

// Whether `name` has an owner on the bus at `address`, asked over a private
// connection (not GLib's shared one, which the code under test uses).
bool nameOwned(const std::string& address, const char* name) {
    GDBusConnection* bus = g_dbus_connection_new_for_address_sync(
        address.c_str(),
        static_cast<GDBusConnectionFlags>(G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT |
                                          G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION),
        nullptr, nullptr, nullptr);
    if (!bus) return false;
    GVariant* reply = g_dbus_connection_call_sync(
        bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
        "NameHasOwner", g_variant_new("(s)", name), G_VARIANT_TYPE("(b)"), G_DBUS_CALL_FLAGS_NONE,
        2000, nullptr, nullptr);
    gboolean owned = FALSE;
    if (reply) {
        g_variant_get(reply, "(b)", &owned);
        g_variant_unref(reply);
    }
    g_dbus_connection_close_sync(bus, nullptr, nullptr);
    g_object_unref(bus);
    return owned;
}

} // namespace

SecretServiceForTests& SecretServiceForTests::shared() {
    static SecretServiceForTests service;
    return service;
}

SecretServiceForTests::SecretServiceForTests() {
    for (const char* dir : {"home", "data", "runtime"})
        std::filesystem::create_directories(m_dir.file(dir));
    std::filesystem::permissions(m_dir.file("runtime"), std::filesystem::perms::owner_all);
    m_address = "unix:path=" + m_dir.file("bus");
    startBus();
    try {
        startKeyring();
    } catch (...) {
        stopProcess(m_bus);
        throw;
    }
    setenv("DBUS_SESSION_BUS_ADDRESS", m_address.c_str(), 1);
}

SecretServiceForTests::~SecretServiceForTests() {
    stopProcess(m_keyring);
    stopProcess(m_bus);
}

void SecretServiceForTests::startBus() {
    const std::string config = m_dir.file("bus.conf");
    std::ofstream(config)
        << "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
           " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
           "<busconfig>\n  <type>session</type>\n"
        << "  <listen>" << m_address << "</listen>\n"
        << "  <auth>EXTERNAL</auth>\n"
           "  <policy context=\"default\">\n"
           "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
           "    <allow eavesdrop=\"true\"/>\n    <allow own=\"*\"/>\n"
           "  </policy>\n</busconfig>\n";
    const std::string logFile = m_dir.file("bus.log");
    m_bus = fork();
    if (m_bus < 0) throw std::runtime_error("could not fork for dbus-daemon");
    if (m_bus == 0) {
        logTo(logFile);
        execlp("dbus-daemon", "dbus-daemon", "--nofork", "--nopidfile",
               ("--config-file=" + config).c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    while (!nameOwned(m_address, "org.freedesktop.DBus")) {
        if (waitpid(m_bus, nullptr, WNOHANG) == m_bus) {
            m_bus = -1;
            throw std::runtime_error("dbus-daemon stopped at start:\n" + log());
        }
        if (std::chrono::steady_clock::now() > deadline) {
            stopProcess(m_bus);
            throw std::runtime_error("dbus-daemon did not answer within 15 s:\n" + log());
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

void SecretServiceForTests::startKeyring() {
    int input[2];
    if (pipe(input) != 0) throw std::runtime_error("no pipe for gnome-keyring-daemon");
    const std::string logFile = m_dir.file("keyring.log");
    const std::string home = m_dir.file("home"), data = m_dir.file("data"),
                      runtime = m_dir.file("runtime");
    m_keyring = fork();
    if (m_keyring < 0) throw std::runtime_error("could not fork for gnome-keyring-daemon");
    if (m_keyring == 0) {
        dup2(input[0], STDIN_FILENO);
        close(input[0]);
        close(input[1]);
        logTo(logFile);
        setenv("HOME", home.c_str(), 1);
        setenv("XDG_DATA_HOME", data.c_str(), 1);
        setenv("XDG_RUNTIME_DIR", runtime.c_str(), 1);
        setenv("DBUS_SESSION_BUS_ADDRESS", m_address.c_str(), 1);
        // --unlock reads the login keyring's password from stdin, making the
        // keyring (and the default collection) when there is none.
        execlp("gnome-keyring-daemon", "gnome-keyring-daemon", "--foreground",
               "--components=secrets", "--unlock", static_cast<char*>(nullptr));
        _exit(127);
    }
    close(input[0]);
    const std::string password = kKeyringPassword;
    const bool written =
        write(input[1], password.data(), password.size()) == static_cast<ssize_t>(password.size());
    close(input[1]);
    if (!written) throw std::runtime_error("could not hand gnome-keyring-daemon its password");
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    while (!nameOwned(m_address, "org.freedesktop.secrets")) {
        if (waitpid(m_keyring, nullptr, WNOHANG) == m_keyring) {
            m_keyring = -1;
            throw std::runtime_error("gnome-keyring-daemon stopped at start:\n" + log());
        }
        if (std::chrono::steady_clock::now() > deadline) {
            stopProcess(m_keyring);
            throw std::runtime_error(
                "gnome-keyring-daemon did not own org.freedesktop.secrets within 15 s:\n" + log());
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

std::string SecretServiceForTests::log() const {
    std::stringstream s;
    for (const char* name : {"bus.log", "keyring.log"}) {
        std::ifstream in(m_dir.file(name));
        s << name << ":\n" << in.rdbuf() << "\n";
    }
    return s.str();
}

SessionBusAddress::SessionBusAddress(const std::string& address) {
    if (const char* old = std::getenv("DBUS_SESSION_BUS_ADDRESS")) {
        m_had = true;
        m_old = old;
    }
    setenv("DBUS_SESSION_BUS_ADDRESS", address.c_str(), 1);
}

SessionBusAddress::~SessionBusAddress() {
    if (m_had)
        setenv("DBUS_SESSION_BUS_ADDRESS", m_old.c_str(), 1);
    else
        unsetenv("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace rk::test
