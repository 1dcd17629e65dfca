#include "core/commands/contact_commands.h"
#include "core/commands/triage.h"
#include "core/read/read_models.h"
#include "core/read/shelf_lists.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {
ContactId add(Store& store, const char* name, const char* title = "", const char* company = "") {
    Contact c;
    c.displayName = name;
    c.title = title;
    c.company = company;
    return addContact(store, c).contactId;
}
} // namespace

TEST_CASE("The trash and archive lists show who is on each shelf, latest first", "[read][trash]") {
    test::TempStore t{1'795'000'000};
    const ContactId ana = add(t.store, "Ana García", "VP Sales", "Stripe");
    const ContactId ben = add(t.store, "Ben Okafor", "", "Globex");
    const ContactId chidi = add(t.store, "Chidi Obi");
    add(t.store, "Dana Kim"); // stays in the deck
    Interaction i;
    i.contactId = ana;
    logInteraction(t.store, i);

    moveToTrash(t.store, ana);
    t.clock.advance(60);
    moveToTrash(t.store, ben);
    archiveContact(t.store, chidi);

    const ShelfLists lists = loadShelfLists(t.store.db());
    REQUIRE(lists.trash.size() == 2);
    CHECK(lists.trash[0].name == "Ben Okafor"); // the latest first
    CHECK(lists.trash[0].roleLine == "Globex");
    CHECK(lists.trash[1].name == "Ana García");
    CHECK(lists.trash[1].roleLine == "VP Sales at Stripe");
    CHECK(lists.trash[1].interactions == 1);
    CHECK(lists.trash[1].since == t.clock.now() - 60);
    REQUIRE(lists.archived.size() == 1);
    CHECK(lists.archived[0].id == chidi);

    SECTION("an archived person moved to the trash is listed once, in the trash") {
        moveToTrash(t.store, chidi);
        const ShelfLists after = loadShelfLists(t.store.db());
        CHECK(after.trash.size() == 3);
        CHECK(after.archived.empty());
    }
    SECTION("the read models keep them while the screen is up, and follow changes") {
        ReadModels models(t.store);
        ReadModels::Demand demand;
        demand.shelfLists = true;
        models.refresh(demand, t.store.revision(), t.clock.now());
        CHECK(models.shelfLists().trash.size() == 2);
        emptyTrash(t.store);
        models.refresh(demand, t.store.revision(), t.clock.now());
        CHECK(models.shelfLists().trash.empty());
        CHECK(models.shelfLists().archived.size() == 1);
    }
}
