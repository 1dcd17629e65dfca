#pragma once
#include "core/sync/sync_state.h"

#include <iosfwd>
#include <string>

namespace rk {
class PasswordKeeper;
}

namespace rk::cli {

// Where `rekindle sync` gets the password, and where it keeps one that works.
struct SyncPassword {
    std::string text;
    bool fromKeyring = false;
};

// With --password-stdin, the first line of standard input. Else the one
// saved in the system keyring for this server and user; else, at a
// terminal, typed unseen. Else a SyncError saying how to give it.
[[nodiscard]] SyncPassword findSyncPassword(bool fromStdin, const SyncAccount& account,
                                            PasswordKeeper& keyring, std::ostream& out);

// After the server took it: a password that did not come from the keyring
// is saved there when one is running (replacing a refused one), said in one
// line. With no keyring it stays nowhere, and nothing is said.
void keepSyncPassword(const SyncPassword& password, const SyncAccount& account,
                      PasswordKeeper& keyring, std::ostream& out);

} // namespace rk::cli
