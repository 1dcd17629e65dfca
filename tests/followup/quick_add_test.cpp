// Quick log of someone not in the deck: the person and the interaction land
// together, and one Ctrl+Z takes both back.
#include "core/commands/triage.h"
#include "core/db/store_error.h"
#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "tests/followup/followup_world.h"

#include <catch2/catch.hpp>

using namespace rk;

TEST_CASE("Adding a new person while logging is one change with one undo",
          "[followup][log][quick-add]") {
    test::World w;
    w.setNow("2026-12-05", 10);
    Contact zoe;
    zoe.displayName = "Zoë Adler";
    Interaction coffee;
    coffee.kind = InteractionKind::Coffee;
    coffee.note = "Met at the meetup";
    const TriageResult r = addPersonAndLog(w.store, zoe, coffee);

    CHECK(r.label == "Had coffee with Zoë Adler (new in your deck)");
    REQUIRE(zoe.id != 0);
    CHECK(coffee.contactId == zoe.id);
    CHECK(ContactRepo(w.store.db()).count() == 1);
    const auto logged = InteractionRepo(w.store.db()).recent(5);
    REQUIRE(logged.size() == 1);
    CHECK(logged[0].interaction.note == "Met at the meetup");
    CHECK(logged[0].interaction.at == w.clock.now());
    const auto saved = ContactRepo(w.store.db()).get(zoe.id);
    REQUIRE(saved);
    CHECK_FALSE(saved->nextDue.empty()); // scheduled from the interaction like anyone else

    CHECK(w.store.undo() == r.label);
    CHECK(ContactRepo(w.store.db()).count() == 0);
    CHECK(InteractionRepo(w.store.db()).recent(5).empty());
}

TEST_CASE("A blank name is refused and nothing is written",
          "[followup][log][quick-add][bad-input]") {
    test::World w;
    Contact nobody;
    nobody.displayName = "   ";
    Interaction i;
    CHECK_THROWS_AS(addPersonAndLog(w.store, nobody, i), StoreError);
    CHECK(ContactRepo(w.store.db()).count() == 0);
    CHECK_FALSE(w.store.history().canUndo());
}
