#include "core/commands/history_commands.h"
#include "core/commands/interaction_rules.h"
#include "core/commands/triage.h"
#include "core/db/store_error.h"
#include "core/repo/interaction_repo.h"
#include "tests/commands/command_fixture.h"

#include <catch2/catch.hpp>

using namespace rk;

TEST_CASE("An interaction from them cannot also await their reply", "[commands][interaction]") {
    test::CommandWorld w;
    const ContactId ana = w.add("Ana García");
    Interaction i;
    i.contactId = ana;
    i.direction = Direction::In;
    i.awaitingReply = true;

    SECTION("the rule itself") {
        CHECK_THROWS_WITH(checkInteraction(i), Catch::Contains("no reply of theirs to wait for"));
        i.direction = Direction::Out;
        CHECK_NOTHROW(checkInteraction(i));
        i.direction = Direction::In;
        i.awaitingReply = false;
        CHECK_NOTHROW(checkInteraction(i));
    }
    SECTION("logging refuses it and writes nothing") {
        CHECK_THROWS_AS(logInteraction(w.store, i), StoreError);
        CHECK(InteractionRepo(w.store.db()).recent(5).empty());
    }
    SECTION("editing an interaction into it is refused") {
        i.awaitingReply = false;
        logInteraction(w.store, i);
        Interaction edited = i;
        edited.awaitingReply = true;
        CHECK_THROWS_AS(editInteraction(w.store, edited), StoreError);
        CHECK_FALSE(InteractionRepo(w.store.db()).recent(1).front().interaction.awaitingReply);
    }
}
