// The links between people travel on their cards (X-REKINDLE-LINK), so two
// databases syncing through one real Radicale know the same "who knows whom".
#include "core/commands/link_commands.h"
#include "core/db/database.h"
#include "core/store/schema.h"
#include "core/repo/link_repo.h"
#include "core/sync/card_history.h"
#include "core/sync/card_links.h"
#include "tests/sync/sync_world.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace rk;
using namespace rk::test;

namespace {

ContactId idOf(TempStore& device, const std::string& name) { return SyncWorld::byName(device, name)->id; }

void link(TempStore& device, const std::string& from, const std::string& to, LinkKind kind,
          const std::string& note = {}) {
    device.clock.advance(60);
    linkPeople(device.store, idOf(device, from), idOf(device, to), kind, note);
}

void unlink(TempStore& device, const std::string& from, const std::string& to, LinkKind kind) {
    const auto found = LinkRepo(device.store.db()).find(idOf(device, from), idOf(device, to), kind);
    REQUIRE(found);
    device.clock.advance(60);
    unlinkPeople(device.store, found->id);
}

std::string nameOf(TempStore& device, ContactId id) { return ContactRepo(device.store.db()).get(id)->displayName; }

// Every link, by names: "Ana Ruiz manager-of Ben Ode (since 2024)". A link
// that means the same both ways is listed with the names in order, so two
// databases that stored it from different ends list it alike.
std::vector<std::string> linksOf(TempStore& device) {
    std::vector<std::string> out;
    Statement q(device.store.db(), "SELECT id FROM contact_links");
    LinkRepo repo(device.store.db());
    while (q.step()) {
        const ContactLink l = *repo.get(q.int64(0));
        std::string from = nameOf(device, l.from), to = nameOf(device, l.to);
        if (!isDirectional(l.kind) && to < from) std::swap(from, to);
        out.push_back(from + " " + std::string(linkKey(l.kind)) + " " + to + (l.note.empty() ? "" : " (" + l.note + ")"));
    }
    std::sort(out.begin(), out.end());
    return out;
}

void threePeople(TempStore& device) {
    SyncWorld::add(device, SyncWorld::person("Ana Ruiz", "Northwind"));
    SyncWorld::add(device, SyncWorld::person("Ben Ode", "Northwind"));
    SyncWorld::add(device, SyncWorld::person("Cleo Park", "Contoso"));
}

// Ana is Ben's manager on both computers; then Ben goes to the laptop's
// trash, and through the server to the desktop's.
void benTrashedOnBoth(SyncWorld& world) {
    threePeople(world.laptop);
    link(world.laptop, "Ana Ruiz", "Ben Ode", LinkKind::ManagerOf);
    world.sync(world.laptop);
    world.sync(world.desktop);
    SyncWorld::trash(world.laptop, "Ben Ode");
    world.sync(world.laptop);
    world.sync(world.desktop);
}

} // namespace

TEST_CASE("A second database receives the links between people, in one undoable step", "[sync][links]") {
    SyncWorld world;
    threePeople(world.laptop);
    link(world.laptop, "Ana Ruiz", "Ben Ode", LinkKind::ManagerOf, "since 2024; hired him");
    link(world.laptop, "Cleo Park", "Ben Ode", LinkKind::WorksWith);
    link(world.laptop, "Cleo Park", "Ana Ruiz", LinkKind::IntroducedMeTo);
    const std::vector<std::string> expected = {"Ana Ruiz manager-of Ben Ode (since 2024; hired him)",
                                               "Ben Ode works-with Cleo Park", "Cleo Park introduced Ana Ruiz"};
    REQUIRE(linksOf(world.laptop) == expected);

    world.sync(world.laptop);
    // On the server, a directional link rides on its `from` person's card.
    const auto ana = world.serverCardWith("FN:Ana Ruiz");
    REQUIRE(ana);
    INFO(ana->text);
    CHECK(ana->text.find("X-REKINDLE-LINK;X-KIND=manager-of;X-TO=") != std::string::npos);
    CHECK(ana->text.find(":since 2024\\; hired him") != std::string::npos);

    const SyncReport down = world.sync(world.desktop);
    CHECK(down.received.size() == 3);
    CHECK(linksOf(world.desktop) == expected);
    // Received, not made here: nothing goes back, and the laptop has nothing new.
    CHECK(world.sync(world.desktop).nothingChanged());
    CHECK(world.sync(world.laptop).nothingChanged());

    // The sync that brought them is one step: undone, the people go and so do their links.
    world.desktop.store.undo();
    CHECK(linksOf(world.desktop).empty());
    CHECK(SyncWorld::activePeople(world.desktop) == 0);
}

TEST_CASE("Links made and removed on either computer reach the other", "[sync][links]") {
    SyncWorld world;
    threePeople(world.laptop);
    link(world.laptop, "Ana Ruiz", "Ben Ode", LinkKind::ManagerOf);
    link(world.laptop, "Ben Ode", "Cleo Park", LinkKind::Knows);
    world.sync(world.laptop);
    world.sync(world.desktop);

    // Linking marks the person whose card carries it; a sync sends it.
    link(world.desktop, "Ana Ruiz", "Cleo Park", LinkKind::SchoolWith, "Lyon");
    unlink(world.laptop, "Ana Ruiz", "Ben Ode", LinkKind::ManagerOf);
    link(world.laptop, "Ben Ode", "Ana Ruiz", LinkKind::Family);
    world.sync(world.desktop);
    world.sync(world.laptop);
    world.sync(world.desktop);

    const std::vector<std::string> expected = {"Ana Ruiz family Ben Ode", "Ana Ruiz school Cleo Park (Lyon)",
                                               "Ben Ode knows Cleo Park"};
    CHECK(linksOf(world.laptop) == expected);
    CHECK(linksOf(world.desktop) == expected);
    CHECK(world.sync(world.laptop).nothingChanged());
    CHECK(world.sync(world.desktop).nothingChanged());
}

TEST_CASE("The same two-way link made on both computers from opposite ends stays one link", "[sync][links]") {
    SyncWorld world;
    threePeople(world.laptop);
    world.sync(world.laptop);
    world.sync(world.desktop);

    link(world.laptop, "Ben Ode", "Cleo Park", LinkKind::WorksWith);
    link(world.desktop, "Cleo Park", "Ben Ode", LinkKind::WorksWith);
    for (int round = 0; round < 2; ++round) {
        world.sync(world.laptop);
        world.sync(world.desktop);
    }
    const std::vector<std::string> one = {"Ben Ode works-with Cleo Park"};
    CHECK(linksOf(world.laptop) == one);
    CHECK(linksOf(world.desktop) == one);
    // Settled: neither side takes it for a change any more.
    CHECK(world.sync(world.laptop).nothingChanged());
    CHECK(world.sync(world.desktop).nothingChanged());
    CHECK(world.lastRequests == 1);
}

TEST_CASE("A link to someone in the trash stays on the card that names them", "[sync][links][delete]") {
    SyncWorld world;
    benTrashedOnBoth(world);
    CHECK(SyncWorld::byName(world.desktop, "Ben Ode")->deletedAt);
    // Ana's card still names Ben: the link waits with him in both trashes.
    const auto ana = world.serverCardWith("FN:Ana Ruiz");
    REQUIRE(ana);
    CHECK(ana->text.find("X-KIND=manager-of") != std::string::npos);
    CHECK(world.sync(world.laptop).nothingChanged());

    // Ana edited meanwhile: her card goes out again, still with the link.
    SyncWorld::edit(world.laptop, "Ana Ruiz", [](Contact& c) { c.title = "Director"; });
    world.sync(world.laptop);
    const auto edited = world.serverCardWith("FN:Ana Ruiz");
    REQUIRE(edited);
    CHECK(edited->text.find("Director") != std::string::npos);
    CHECK(edited->text.find("X-KIND=manager-of") != std::string::npos);
    world.sync(world.desktop);
    CHECK(linksOf(world.desktop) == std::vector<std::string>{"Ana Ruiz manager-of Ben Ode"});
}

TEST_CASE("A link line this version can't read stays on the card as written", "[sync][links]") {
    const std::string card = "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:1\r\nFN:Ana\r\n"
                             "X-REKINDLE-LINK;X-KIND=mentor-of;X-TO=\"urn:uuid:2\":a newer kind\r\n"
                             "X-REKINDLE-LINK;X-KIND=knows;X-TO=\"urn:uuid:3\":old friend\r\nEND:VCARD\r\n";
    const CardHistory read = historyOnCard(card);
    REQUIRE(read.lines.size() == 1);
    CHECK(isLinkLine(read.lines[0]));
    CHECK(read.unreadable.size() == 1);
    // Written back with no links of ours: the newer kind stays, ours goes.
    const std::string written = withHistory(card, {});
    CHECK(written.find("mentor-of") != std::string::npos);
    CHECK(written.find("old friend") == std::string::npos);
    // And a line of ours round-trips through the card.
    CHECK(historyOnCard(withHistory(card, read.lines)).lines == read.lines);
}

TEST_CASE("A database from before links synced marks its linked people once, so the next sync sends the links",
          "[sync][links][migrate]") {
    test::TempDir dir;
    FixedClock clock(kSyncNow);
    const std::string path = dir.file("v9.db");
    {
        // Today's file, wound back to version 9: no link triggers, nobody marked.
        Store v9(path, clock);
        Database& raw = v9.db();
        for (const char* name : {"Ana Ruiz", "Ben Ode", "Cleo Park"})
            raw.exec(std::string("INSERT INTO contacts(display_name, created_at, updated_at) VALUES('") + name +
                     "', 0, 0)");
        raw.exec("DROP TRIGGER sync_dirty_link_INSERT; DROP TRIGGER sync_dirty_link_UPDATE; "
                 "DROP TRIGGER sync_dirty_link_DELETE; DROP INDEX sync_cards_by_uid");
        raw.exec("INSERT INTO sync_settings VALUES('address_book', 'http://127.0.0.1:1/alice/book/')");
        raw.exec("INSERT INTO contact_links(from_id, to_id, kind, note, created_at) VALUES(1, 2, 2, '', 0)");
        raw.exec("DELETE FROM sync_dirty");
        raw.exec("PRAGMA user_version = 9");
    }
    Store store(path, clock);
    REQUIRE(store.schemaVersion() == latestSchemaVersion());
    Database& db = store.db();
    CHECK(db.queryText("SELECT group_concat(contact_id) FROM (SELECT contact_id FROM sync_dirty ORDER BY 1)") ==
          "1,2");

    // From now on, a link that comes or goes marks both of its people.
    db.exec("DELETE FROM sync_dirty");
    linkPeople(store, 3, 2, LinkKind::WorksWith);
    CHECK(db.queryText("SELECT group_concat(contact_id) FROM (SELECT contact_id FROM sync_dirty ORDER BY 1)") ==
          "2,3");
    db.exec("DELETE FROM sync_dirty");
    unlinkPeople(store, LinkRepo(db).find(1, 2, LinkKind::ManagerOf)->id);
    CHECK(db.queryText("SELECT group_concat(contact_id) FROM (SELECT contact_id FROM sync_dirty ORDER BY 1)") ==
          "1,2");
}

TEST_CASE("Someone back on the server after a trash finds the links other cards name them in",
          "[sync][links][delete]") {
    SyncWorld world;
    benTrashedOnBoth(world);

    // Back from the laptop's trash: his card goes to the server again, under the same UID…
    const ContactId ben = idOf(world.laptop, "Ben Ode");
    world.laptop.store.change("Restore Ben Ode",
                              [&] { ContactRepo(world.laptop.store.db()).restoreFromTrash(ben, world.laptop.clock.now()); });
    CHECK(world.sync(world.laptop).sent == std::vector<std::string>{"Ben Ode"});
    // …and reaches the desktop as someone new (its Ben stays in its trash),
    // whom Ana's unchanged card already names.
    world.sync(world.desktop);
    const ContactId deskBen = SyncWorld::count(
        world.desktop, "SELECT id FROM contacts WHERE display_name = 'Ben Ode' AND deleted_at IS NULL");
    REQUIRE(deskBen > 0);
    CHECK(LinkRepo(world.desktop.store.db()).find(idOf(world.desktop, "Ana Ruiz"), deskBen, LinkKind::ManagerOf));
    CHECK(world.sync(world.desktop).nothingChanged());

    // So an edit of Ana's on the desktop sends her card with the link still on it.
    SyncWorld::edit(world.desktop, "Ana Ruiz", [](Contact& c) { c.title = "Director"; });
    world.sync(world.desktop);
    world.sync(world.laptop);
    const auto ana = world.serverCardWith("FN:Ana Ruiz");
    REQUIRE(ana);
    CHECK(ana->text.find("Director") != std::string::npos);
    CHECK(ana->text.find("X-KIND=manager-of") != std::string::npos);
    CHECK(linksOf(world.laptop) == std::vector<std::string>{"Ana Ruiz manager-of Ben Ode"});
}
