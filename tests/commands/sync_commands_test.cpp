// A field a sync found changed both here and on the server: the server's
// value taken, or let go, from the person's page; each one undo step.
#include "core/commands/sync_commands.h"
#include "core/db/statement.h"
#include "core/db/store_error.h"
#include "core/sync/sync_state.h"
#include "tests/commands/command_fixture.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {

// What a sync records when the company was changed on both sides.
std::int64_t recordConflict(test::CommandWorld& w, ContactId id, const std::string& field, const std::string& mine,
                            const std::string& theirs) {
    w.store.change("Synced", [&] { SyncState(w.store.db()).addConflict(id, field, mine, theirs, w.clock.now()); });
    Statement q(w.store.db(), "SELECT max(id) FROM sync_conflicts");
    q.step();
    return q.int64(0);
}

std::int64_t conflicts(test::CommandWorld& w) {
    Statement q(w.store.db(), "SELECT count(*) FROM sync_conflicts");
    q.step();
    return q.int64(0);
}

} // namespace

TEST_CASE("Taking the server's value sets the field and settles it; one undo brings both back",
          "[commands][sync]") {
    test::CommandWorld w;
    const ContactId ana = w.add("Ana Ruiz");
    Contact c = w.get(ana);
    c.company = "Contoso";
    w.store.change("Edit", [&] { ContactRepo(w.store.db()).update(c, w.clock.now()); });
    const std::int64_t id = recordConflict(w, ana, "company", "Contoso", "Fabrikam");

    const ChangeResult r = takeServerValue(w.store, id);
    CHECK(r.label == "Took the server's company for Ana Ruiz");
    CHECK(w.get(ana).company == "Fabrikam");
    CHECK(conflicts(w) == 0);

    CHECK(w.store.undo() == "Took the server's company for Ana Ruiz");
    CHECK(w.get(ana).company == "Contoso");
    CHECK(conflicts(w) == 1);
}

TEST_CASE("Keeping mine lets the server's value go, and a settled one says so", "[commands][sync]") {
    test::CommandWorld w;
    const ContactId ana = w.add("Ana Ruiz");
    const std::int64_t id = recordConflict(w, ana, "title", "Director", "CTO");
    CHECK(keepMyValue(w.store, id).label == "Kept your title for Ana Ruiz");
    CHECK(conflicts(w) == 0);
    CHECK(w.get(ana).title.empty());
    CHECK_THROWS_WITH(keepMyValue(w.store, id), "That difference with the server is already settled.");
    CHECK_THROWS_WITH(takeServerValue(w.store, id), "That difference with the server is already settled.");
}

TEST_CASE("A list comes back from how the sync recorded it, and a newer difference replaces an older",
          "[commands][sync]") {
    test::CommandWorld w;
    const ContactId ana = w.add("Ana Ruiz");
    recordConflict(w, ana, "phones, emails and links", "", "email\twork\told@example.com");
    const std::int64_t id = recordConflict(w, ana, "phones, emails and links", "",
                                           "email\twork\tana@example.com\nphone\tmobile\t+44 7700 900123");
    CHECK(conflicts(w) == 1);
    takeServerValue(w.store, id);
    const Contact got = w.get(ana);
    REQUIRE(got.methods.size() == 2);
    CHECK(got.methods[0].kind == MethodKind::Email);
    CHECK(got.methods[0].value == "ana@example.com");
    CHECK(got.methods[1].label == "mobile");
    CHECK(got.methods[1].value == "+44 7700 900123");
}

TEST_CASE("The server's value for someone in the trash is refused and kept", "[commands][sync]") {
    test::CommandWorld w;
    const ContactId ana = w.add("Ana Ruiz");
    const std::int64_t id = recordConflict(w, ana, "company", "Contoso", "Fabrikam");
    w.store.change("Trash", [&] { ContactRepo(w.store.db()).moveToTrash(ana, w.clock.now()); });
    CHECK_THROWS_WITH(takeServerValue(w.store, id), "This person is no longer in your network.");
    CHECK(conflicts(w) == 1);
}
