#include "platform/keyring/secret_service_keyring.h"

#include <libsecret/secret.h>

namespace rk {

namespace {

// One entry per server and user. The schema's name is what other keyring
// tools (Seahorse, secret-tool) show as the entry's kind.
const SecretSchema kSyncPasswordSchema = {
    "org.rekindle.SyncPassword",
    SECRET_SCHEMA_NONE,
    {{"server", SECRET_SCHEMA_ATTRIBUTE_STRING}, {"user", SECRET_SCHEMA_ATTRIBUTE_STRING}, {nullptr, {}}},
    0, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr}; // (libsecret's reserved fields)

KeyringAnswer unavailable(GError* error, const char* fallback) {
    KeyringAnswer answer;
    answer.problem = error && error->message ? error->message : fallback;
    if (error) g_error_free(error);
    return answer;
}

KeyringAnswer answered() {
    KeyringAnswer answer;
    answer.available = true;
    return answer;
}

// The session bus, as libsecret will use it: GLib keeps one connection per
// process. By default GLib ends the process when that connection closes (the
// bus went away); a keyring that disappears must not take Rekindle with it.
// A closed connection is let go, so the next call connects again.
bool sessionBusReady(GCancellable* cancel, GError** error) {
    GDBusConnection* bus = g_bus_get_sync(G_BUS_TYPE_SESSION, cancel, error);
    if (!bus) return false;
    const bool open = !g_dbus_connection_is_closed(bus);
    if (open) {
        g_dbus_connection_set_exit_on_close(bus, FALSE);
    } else {
        secret_service_disconnect();
        g_set_error_literal(error, G_IO_ERROR, G_IO_ERROR_CLOSED, "The session bus went away.");
    }
    g_object_unref(bus);
    return open;
}

} // namespace

struct SecretServiceKeyring::Cancel {
    GCancellable* cancellable = g_cancellable_new();
    ~Cancel() { g_object_unref(cancellable); }
};

SecretServiceKeyring::SecretServiceKeyring() : m_cancel(std::make_unique<Cancel>()) {}

SecretServiceKeyring::~SecretServiceKeyring() = default;

void SecretServiceKeyring::stop() {
    g_cancellable_cancel(m_cancel->cancellable);
}

KeyringAnswer SecretServiceKeyring::lookup(const std::string& server, const std::string& user) {
    GError* error = nullptr;
    if (!sessionBusReady(m_cancel->cancellable, &error))
        return unavailable(error, "No session bus.");
    gchar* password =
        secret_password_lookup_sync(&kSyncPasswordSchema, m_cancel->cancellable, &error, "server",
                                    server.c_str(), "user", user.c_str(), nullptr);
    if (error) return unavailable(error, "The keyring did not answer.");
    KeyringAnswer answer = answered();
    if (password) {
        answer.password = password;
        secret_password_free(password); // wiped, not just freed
    }
    return answer;
}

KeyringAnswer SecretServiceKeyring::store(const std::string& server, const std::string& user,
                                          const std::string& password) {
    GError* error = nullptr;
    if (!sessionBusReady(m_cancel->cancellable, &error))
        return unavailable(error, "No session bus.");
    const std::string label = "Rekindle sync: " + user + " at " + server;
    // The default collection ("login" on GNOME): kept on disk, unlocked with the session.
    secret_password_store_sync(&kSyncPasswordSchema, SECRET_COLLECTION_DEFAULT, label.c_str(),
                               password.c_str(), m_cancel->cancellable, &error, "server",
                               server.c_str(), "user", user.c_str(), nullptr);
    if (error) return unavailable(error, "The keyring did not answer.");
    return answered();
}

KeyringAnswer SecretServiceKeyring::forget(const std::string& server, const std::string& user) {
    GError* error = nullptr;
    if (!sessionBusReady(m_cancel->cancellable, &error))
        return unavailable(error, "No session bus.");
    // False with no error: there was nothing to forget, which is fine.
    secret_password_clear_sync(&kSyncPasswordSchema, m_cancel->cancellable, &error, "server",
                               server.c_str(), "user", user.c_str(), nullptr);
    if (error) return unavailable(error, "The keyring did not answer.");
    return answered();
}

} // namespace rk
