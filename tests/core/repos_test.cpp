#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/repo/settings_repo.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {
Contact sampleContact() {
    Contact c;
    c.givenName = "José";
    c.familyName = "García";
    c.company = "Stripe";
    c.title = "Engineering Manager";
    c.circle = Circle::Close;
    c.tags = {"mentor", "alumni"};
    c.knows = {"payments"};
    c.methods = {{0, MethodKind::Email, "work", "jose@stripe.example"}};
    c.pastRoles = {{0, "Monzo", "Senior Engineer", "2019"}};
    return c;
}
} // namespace

TEST_CASE("Contacts round-trip through the store with their lists", "[core][repo]") {
    test::TempStore t(1'700'000'000);
    ContactRepo contacts(t.store.db());

    Contact c = sampleContact();
    t.store.change("Add José", [&] { contacts.insert(c, t.clock.now()); });
    REQUIRE(c.id > 0);

    auto loaded = contacts.get(c.id);
    REQUIRE(loaded);
    CHECK(loaded->displayName == "José García");
    CHECK(loaded->roleLine() == "Engineering Manager at Stripe");
    CHECK(loaded->initials() == "JG");
    CHECK(loaded->tags == std::vector<std::string>{"alumni", "mentor"});
    CHECK(loaded->knows == std::vector<std::string>{"payments"});
    REQUIRE(loaded->methods.size() == 1);
    CHECK(loaded->methods[0].value == "jose@stripe.example");
    REQUIRE(loaded->pastRoles.size() == 1);
    CHECK(loaded->pastRoles[0].company == "Monzo");
    CHECK(contacts.count() == 1);
}

TEST_CASE("The search index follows contacts, tags and trash", "[core][repo][fts]") {
    test::TempStore t(1'700'000'000);
    ContactRepo contacts(t.store.db());
    Contact c = sampleContact();
    t.store.change("Add", [&] { contacts.insert(c, t.clock.now()); });

    auto hits = [&](const std::string& q) {
        return t.store.db().queryInt("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH '" + q + "'");
    };
    CHECK(hits("jose") == 1); // diacritics folded
    CHECK(hits("mentor") == 1);
    CHECK(hits("monzo") == 1); // past roles
    t.store.change("Retag", [&] { contacts.setTags(c.id, {"investor"}); });
    CHECK(hits("mentor") == 0);
    CHECK(hits("investor") == 1);
    t.store.undo();
    CHECK(hits("mentor") == 1);
    CHECK(hits("investor") == 0);
}

TEST_CASE("Logging interactions keeps the last-contact time", "[core][repo]") {
    test::TempStore t(1'700'000'000);
    ContactRepo contacts(t.store.db());
    InteractionRepo interactions(t.store.db());
    Contact c = sampleContact();
    t.store.change("Add", [&] { contacts.insert(c, t.clock.now()); });

    Interaction older{0, c.id, InteractionKind::Coffee, Direction::Out, 1'600'000'000, "coffee", false, false, false};
    Interaction newer{0, c.id, InteractionKind::Email, Direction::In, 1'650'000'000, "", false, true, false};
    t.store.change("Log", [&] {
        interactions.add(newer, t.clock.now());
        interactions.add(older, t.clock.now());
    });
    CHECK(contacts.get(c.id)->lastContactAt == 1'650'000'000);
    auto list = interactions.forContact(c.id);
    REQUIRE(list.size() == 2);
    CHECK(list[0].id == newer.id); // newest first
    CHECK(list[0].gaveHelp);

    t.store.change("Delete", [&] { interactions.remove(newer.id); });
    CHECK(contacts.get(c.id)->lastContactAt == 1'600'000'000);
}

TEST_CASE("Undo and redo restore the database exactly", "[core][undo]") {
    test::TempStore t(1'700'000'000);
    ContactRepo contacts(t.store.db());
    Contact c = sampleContact();
    t.store.change("Add José", [&] { contacts.insert(c, t.clock.now()); });

    SECTION("undoing an insert removes the contact and its lists") {
        CHECK(t.store.undo() == "Add José");
        CHECK_FALSE(contacts.get(c.id));
        CHECK(t.store.db().queryInt("SELECT count(*) FROM contact_methods") == 0);
        CHECK(t.store.redo() == "Add José");
        CHECK(contacts.get(c.id)->tags.size() == 2);
    }
    SECTION("trash, empty trash and undo brings everything back") {
        t.store.change("Trash", [&] { contacts.moveToTrash(c.id, t.clock.now()); });
        CHECK(contacts.count(Shelf::Trash) == 1);
        t.store.change("Empty trash", [&] { contacts.emptyTrash(); });
        CHECK_FALSE(contacts.get(c.id));
        t.store.undo();
        auto back = contacts.get(c.id);
        REQUIRE(back);
        CHECK(back->methods.size() == 1);
        CHECK(back->pastRoles.size() == 1);
        t.store.undo();
        CHECK(contacts.count(Shelf::Active) == 1);
    }
    SECTION("an undo that conflicts with a later outside edit is refused, nothing changes") {
        t.store.db().exec("UPDATE contacts SET company = 'Elsewhere'"); // not through the history
        CHECK_THROWS_WITH(t.store.undo(), Catch::Contains("can't be undone"));
        CHECK(contacts.get(c.id)->company == "Elsewhere");
    }
    SECTION("a change that throws is rolled back and not recorded") {
        CHECK_THROWS(t.store.change("Broken", [&] {
            contacts.archive(c.id, t.clock.now());
            throw std::runtime_error("boom");
        }));
        CHECK(contacts.count(Shelf::Active) == 1);
        CHECK(t.store.history().undoLabel() == "Add José");
    }
}

TEST_CASE("Settings store values and fall back to defaults", "[core][repo]") {
    test::TempStore t(0);
    SettingsRepo settings(t.store.db());
    CHECK(settings.getInt("cadence.inner", 14) == 14);
    settings.set("cadence.inner", "21");
    CHECK(settings.getInt("cadence.inner", 14) == 21);
    settings.set("cadence.inner", "not a number");
    CHECK(settings.getInt("cadence.inner", 14) == 14);
}
