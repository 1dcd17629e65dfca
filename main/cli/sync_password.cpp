#include "main/cli/sync_password.h"

#include "core/sync/address_book.h"
#include "core/sync/password_keeper.h"

#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <ostream>

namespace rk::cli {

namespace {

std::string typedUnseen(const SyncAccount& account, std::ostream& out) {
    out << "Password for " << account.user << " at " << account.server << ": " << std::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::string password;
    std::getline(std::cin, password);
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    out << "\n";
    return password;
}

} // namespace

SyncPassword findSyncPassword(bool fromStdin, const SyncAccount& account, PasswordKeeper& keyring,
                              std::ostream& out) {
    SyncPassword password;
    if (fromStdin) {
        std::getline(std::cin, password.text);
    } else {
        const KeyringAnswer saved = keyring.lookup(account.server, account.user);
        if (saved.password && !saved.password->empty()) return {*saved.password, true};
        if (!isatty(STDIN_FILENO))
            throw SyncError(
                saved.available
                    ? "No password is saved in your system keyring for " + account.user + " at " +
                          account.server + ". Give it on standard input with --password-stdin."
                    : "No keyring is running to hold the password. Give it on standard input with "
                      "--password-stdin.");
        password.text = typedUnseen(account, out);
    }
    if (!password.text.empty() && password.text.back() == '\r') password.text.pop_back();
    if (password.text.empty()) throw SyncError("No password was given.");
    return password;
}

void keepSyncPassword(const SyncPassword& password, const SyncAccount& account,
                      PasswordKeeper& keyring, std::ostream& out) {
    if (password.fromKeyring) return;
    if (keyring.store(account.server, account.user, password.text).available)
        out << "Your password is saved in your system keyring: the next rekindle sync needs no "
               "--password-stdin.\n";
}

} // namespace rk::cli
