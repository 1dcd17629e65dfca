#pragma once
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace rk {

// A sync that could not go on (the server can't be reached, refused the
// password, answered something that isn't WebDAV). what() is plain words for
// the person; nothing has been changed here when it is thrown.
class SyncError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The server did not take the user name or password: the app asks again
// rather than trying later.
class PasswordRefused : public SyncError {
public:
    using SyncError::SyncError;
};

// One card on the server: where it is and which version it is at.
struct RemoteVersion {
    std::string href;
    std::string etag;
};

// What changed on the server since a sync token. A complete listing (no
// token, or one the server no longer knows) names every card; then any card
// not named is gone.
struct RemoteChanges {
    std::vector<RemoteVersion> present;
    std::vector<std::string> gone; // hrefs, when not complete
    std::string token;             // for next time; may be empty
    bool complete = true;
};

struct RemoteCard {
    std::string href;
    std::string etag;
    std::string text; // one vCard
};

enum class WriteOutcome {
    Written,
    Changed, // 412: someone changed (or created) it since the version we named
    Missing, // 404: it is not there any more
};

struct WriteResult {
    WriteOutcome outcome = WriteOutcome::Written;
    std::string etag; // the new version, when the server said it
};

// Cards as the server holds them after a write of many, and the sync token
// that includes them.
struct BulkWrite {
    std::vector<RemoteCard> cards;
    std::string token;
};

// The address book as the sync engine sees it. platform/dav/carddav_book
// speaks CardDAV (RFC 6352) for it; every call may throw SyncError.
class AddressBook {
public:
    virtual ~AddressBook() = default;
    // Changes since `token` ("" = a complete listing).
    virtual RemoteChanges changesSince(const std::string& token) = 0;
    // The cards at these hrefs; one that vanished meanwhile is left out.
    virtual std::vector<RemoteCard> fetch(std::span<const std::string> hrefs) = 0;
    // Where a new card with this UID goes.
    [[nodiscard]] virtual std::string hrefFor(const std::string& uid) const = 0;
    // Writes a card: `ifMatch` is the version it replaces, "" for a new card
    // (which must not exist yet). Never overwrites a version it was not told.
    virtual WriteResult put(const std::string& href, const std::string& text, const std::string& ifMatch) = 0;
    virtual WriteResult remove(const std::string& href, const std::string& ifMatch) = 0;
    // Writes many new cards in one request into an address book that holds
    // none yet, where the server can (Radicale takes a whole collection in
    // one PUT; one PUT a card costs it a scan of the collection each, so a
    // first sync of 10k people would take hours). Nothing when it can't or
    // the book is no longer empty: the caller then writes them one by one.
    virtual std::optional<BulkWrite> putAllNew(const std::vector<std::string>& texts) {
        (void)texts;
        return std::nullopt;
    }
};

} // namespace rk
