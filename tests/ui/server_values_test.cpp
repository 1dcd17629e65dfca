// A person's page after a sync found a field changed on both sides: the
// card shows both values, and "Use the server's" takes it with the mouse.
#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "core/sync/sync_state.h"
#include "tests/support/temp_store.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {
constexpr std::int64_t kNow = 1'795'000'000; // mid November 2026
} // namespace

TEST_CASE("a field changed on both sides shows on the page and the server's is taken with one click",
          "[ui][sync]") {
    test::TempStore w(kNow);
    ContactId ana = 0;
    w.store.change("setup", [&] {
        Contact c;
        c.givenName = "Ana";
        c.familyName = "Ruiz";
        c.company = "Contoso";
        c.title = "Director";
        ana = ContactRepo(w.store.db()).insert(c, kNow - 30 * 86400);
        SyncState state(w.store.db());
        state.addConflict(ana, "company", "Contoso", "Fabrikam", kNow);
        state.addConflict(ana, "title", "Director", "CTO", kNow);
    });
    test::UiHarness ui(w.store, w.clock);
    ui.app().openContact(ana);
    ui.frames(3);
    const std::string screen = ui.screenText();
    CHECK_THAT(screen, Catch::Contains("CHANGED ON BOTH SIDES"));
    CHECK_THAT(screen, Catch::Contains("Fabrikam"));
    CHECK_THAT(screen, Catch::Contains("CTO"));

    // The newest first: title was recorded last. Take the server's title,
    // keep my company, each with a click.
    REQUIRE(ui.app().openPage()->serverValues.size() == 2);
    CHECK(ui.app().openPage()->serverValues[0].field == "title");
    ui.clickItem("Use the server's title");
    ui.frames(2);
    CHECK(ContactRepo(w.store.db()).get(ana)->title == "CTO");
    REQUIRE(ui.app().openPage()->serverValues.size() == 1);
    ui.clickItem("Keep my company");
    ui.frames(2);
    CHECK(ContactRepo(w.store.db()).get(ana)->company == "Contoso");
    CHECK(ui.app().openPage()->serverValues.empty());
    CHECK_THAT(ui.screenText(), !Catch::Contains("CHANGED ON BOTH SIDES"));
    // Ctrl+Z brings the difference back, and then the server's company is one click.
    ui.press('Z', true);
    ui.frames(2);
    REQUIRE(ui.app().openPage());
    REQUIRE(ui.app().openPage()->serverValues.size() == 1);
    ui.clickItem("Use the server's company");
    ui.frames(2);
    CHECK(ContactRepo(w.store.db()).get(ana)->company == "Fabrikam");
}
