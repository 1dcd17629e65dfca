// rekindle sync [--server URL --user NAME --password-stdin] [--dry-run]:
// two-way sync of the people with a CardDAV address book (core/sync), then of
// the follow-ups with a CalDAV task list (sync_follow_ups.h). The
// first time it needs the server and user name, finds the address book
// (platform/dav) and remembers where it is, never the password: that comes
// from stdin (--password-stdin, for scripts), the system keyring, or is asked
// for at the terminal; one that works is saved in the keyring when one is
// running (sync_password.h).
// Prints what it sent and received; --dry-run what it would, writing nothing.
// A sync that takes the server's changes to people here, or trashes people
// deleted there, keeps a backup of the data first (BackupReason::BeforeSync):
// the app's undo can't reach it.
// Exit codes: 0 synced; 1 not (no account yet, the server refused or could
// not be reached), with the reason on stderr and nothing changed here.
#include "main/cli/commands.h"
#include "main/cli/sync_follow_ups.h"
#include "main/cli/sync_password.h"
#include "core/store/backup_now.h"
#include "core/sync/address_book.h"
#include "core/sync/card_sync.h"
#include "core/sync/sync_state.h"
#include "platform/dav/card_version.h"
#include "platform/dav/carddav_book.h"
#include "platform/dav/http_client.h"
#include "platform/keyring/secret_service_keyring.h"

#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>
#include <ostream>
#include <string>

namespace rk::cli {

namespace {

struct SyncArgs {
    std::string server;
    std::string user;
    bool passwordStdin = false;
    bool dryRun = false;
};

void printNames(std::ostream& out, const char* what, const std::vector<std::string>& names) {
    if (names.empty()) return;
    constexpr std::size_t kShown = 10;
    out << "  " << what << " (" << names.size() << "): ";
    for (std::size_t i = 0; i < names.size() && i < kShown; ++i) out << (i ? ", " : "") << names[i];
    if (names.size() > kShown) out << " and " << names.size() - kShown << " more";
    out << "\n";
}

void printReport(std::ostream& out, const SyncReport& r, const std::string& where) {
    out << (r.dryRun ? "A sync with " : "Synced with ") << where << (r.dryRun ? " would do this:\n" : ":\n");
    if (r.nothingChanged() && r.conflicts.empty() && r.skipped.empty()) {
        out << "  Nothing changed on either side.\n";
        return;
    }
    printNames(out, "Received", r.received);
    printNames(out, "Updated here", r.updatedHere);
    printNames(out, "Sent", r.sent);
    printNames(out, "Updated on the server", r.updatedThere);
    printNames(out, "Deleted on the server, moved to the trash here", r.trashedHere);
    printNames(out, "In the trash here, deleted on the server", r.deletedThere);
    printNames(out, "Back after a deletion on one side and an edit on the other", r.cameBack);
    printNames(out, "Changed on both sides, yours kept", r.conflicts);
    printNames(out, "Left for the next sync", r.skipped);
    if (!r.dryRun && !r.conflicts.empty())
        out << "Each person's page in the app shows the server's value, to take it with one click.\n";
    if (!r.dryRun && (!r.updatedHere.empty() || !r.trashedHere.empty()))
        out << "Your data as it was before is in a backup (More → Your data, or rekindle backup's folder).\n";
}

// The sync itself, once the password is known.
void syncWith(const SyncPassword& password, SyncAccount& account, const SyncArgs& args, bool settingUp, Store& store,
              CliContext& ctx) {
    SyncState state(store.db());
    HttpClient http(account.user, password.text);
    if (settingUp) {
        const std::string found = discoverAddressBook(http, account.server, !args.dryRun);
        if (found.empty()) {
            ctx.out << "The server has no address book yet; a real sync makes one called Rekindle and "
                       "sends everyone there.\n";
            return;
        }
        const bool moved = found != state.account().addressBook;
        account.addressBook = found;
        // Asked once, saved with the account, read by every sync after.
        account.cardVersion = askCardVersion(http, found);
        if (!args.dryRun) {
            // Sync state is no undo matter (see core/undo): this change
            // records no step.
            store.change("Set up sync", [&] {
                if (moved) state.forgetCards();
                state.setAccount(account);
            });
        }
    } else if (!state.cardVersionAsked()) {
        // Set up before Rekindle asked the version: once, now.
        account.cardVersion = askCardVersion(http, account.addressBook);
        if (!args.dryRun) store.change("Set up sync", [&] { state.setCardVersion(account.cardVersion); });
    }
    CardDavBook book(http, account.addressBook);
    SyncOptions options{.dryRun = args.dryRun, .beforeApply = {}};
    // The app's Ctrl+Z can't reach back into this process: before the server's
    // changes overwrite fields or trash people (an address book emptied by
    // mistake trashes everyone), a backup (More → Your data restores it).
    options.beforeApply = [&](const SyncReport& coming) {
        if (!coming.updatedHere.empty() || !coming.trashedHere.empty())
            static_cast<void>(backupBefore(store, BackupReason::BeforeSync));
    };
    const SyncReport report = syncAddressBook(store, book, options);
    printReport(ctx.out, report, account.addressBook);
    syncFollowUps(store, http, account.server, settingUp, args.dryRun, ctx.out);
}


void runSync(const SyncArgs& args, CliContext& ctx) {
    auto store = ctx.openStore();
    SyncAccount account = SyncState(store->db()).account();
    const bool settingUp = !args.server.empty() || !args.user.empty();
    if (settingUp) {
        if (args.server.empty() || args.user.empty())
            throw SyncError("Setting up sync needs both --server and --user.");
        account.server = args.server;
        account.user = args.user;
    } else if (!account.configured()) {
        throw SyncError("Sync is not set up yet. Start with: rekindle sync --server https://dav.example.com "
                        "--user NAME --password-stdin");
    }
    checkServerUrl(account.server);
    SecretServiceKeyring keyring;
    const SyncPassword password = findSyncPassword(args.passwordStdin, account, keyring, ctx.out);
    try {
        syncWith(password, account, args, settingUp, *store, ctx);
    } catch (const PasswordRefused&) {
        // The saved one stays saved: a new one that works replaces it.
        if (!password.fromKeyring) throw;
        throw PasswordRefused("The server did not accept the password saved in your system keyring. Give the new "
                              "one with --password-stdin: it replaces the saved one once it works.");
    }
    if (!args.dryRun) keepSyncPassword(password, account, keyring, ctx.out);
}

} // namespace

void registerSyncCommand(CLI::App& app, CliContext& ctx) {
    auto args = std::make_shared<SyncArgs>();
    CLI::App* cmd = app.add_subcommand(
        "sync", "Sync your people both ways with a CardDAV address book (Nextcloud, Radicale, Fastmail, "
                "iCloud…), and your follow-ups with a task list on the same server. The first time, give "
                "--server and --user. The password comes from --password-stdin, else from your system keyring "
                "(where one that works is saved, when a keyring is running), else from the terminal; it is "
                "never kept in the database");
    cmd->add_option("--server", args->server, "The server's address, e.g. https://dav.example.com/");
    cmd->add_option("--user", args->user, "Your user name on the server");
    cmd->add_flag("--password-stdin", args->passwordStdin,
                  "Read the password (or an app password) from the first line of standard input, instead "
                  "of the one saved in your system keyring; once it works, it is saved there");
    cmd->add_flag("--dry-run", args->dryRun, "Show what a sync would send and receive, changing nothing");
    cmd->callback([args, &ctx] {
        try {
            runSync(*args, ctx);
        } catch (const SyncError& e) {
            ctx.fail(e.what());
        }
    });
}

} // namespace rk::cli
