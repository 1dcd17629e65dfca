#include "app/theme/icons.h"
#include "core/demo/demo_network.h"
#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>
#include <imgui_internal.h>

#include <fstream>
#include <iterator>

using namespace rk;
using app::Tab;

TEST_CASE("The app opens on Today and a click on a tab switches to it", "[ui][shell]") {
    test::TempStore t(1'795'000'000);
    test::UiHarness ui(t.store, t.clock);
    CHECK(ui.app().tab() == Tab::Today);

    for (Tab tab : {Tab::Deck, Tab::Log, Tab::Goals, Tab::More, Tab::Today}) {
        const ImVec2 c = ui.tabCentre(tab);
        ui.click(c.x, c.y);
        CHECK(ui.app().tab() == tab);
    }
}

TEST_CASE("Ctrl+number switches tabs from the keyboard", "[ui][shell][keys]") {
    test::TempStore t(1'795'000'000);
    test::UiHarness ui(t.store, t.clock);
    ui.press('2', true);
    CHECK(ui.app().tab() == Tab::Deck);
    ui.press('5', true);
    CHECK(ui.app().tab() == Tab::More);
    ui.press('1', true);
    CHECK(ui.app().tab() == Tab::Today);
}

TEST_CASE("First run offers a demo network, and undo takes it away again", "[ui][shell][undo]") {
    test::TempStore t(1'795'000'000);
    test::UiHarness ui(t.store, t.clock);
    ContactRepo contacts(t.store.db());
    REQUIRE(contacts.count() == 0);

    ui.clickItem("Try a demo network");
    CHECK(contacts.count() == 150);
    CHECK(ui.app().toast().canUndo);
    CHECK_THAT(ui.app().toast().text, Catch::Contains("150 demo people"));

    ui.press('Z', true);
    CHECK(contacts.count() == 0);
    CHECK_THAT(ui.app().toast().text, Catch::Contains("Undone"));

    ui.press('Z', true, true); // Ctrl+Shift+Z redoes
    CHECK(contacts.count() == 150);
}

TEST_CASE("The deck shows every contact and scrolls with the wheel", "[ui][deck]") {
    test::TempStore t(1'795'000'000);
    t.store.change("demo", [&] {
        ContactRepo repo(t.store.db());
        for (int i = 0; i < 300; ++i) {
            Contact c;
            c.givenName = "Person";
            c.familyName = std::to_string(1000 + i);
            c.company = "Acme";
            repo.insert(c, t.clock.now());
        }
    });
    test::UiHarness ui(t.store, t.clock);
    ui.app().setTab(Tab::Deck);
    ui.frames(2);
    REQUIRE(ui.app().models().deck().hits.size() == DeckReader::kPageSize); // the first page only
    CHECK(ui.app().deck().firstVisible() == 0);

    for (int i = 0; i < 10; ++i) ui.wheel(215, 400, -5.f);
    CHECK(ui.app().deck().scrollY() > 0.f);
    CHECK(ui.app().deck().firstVisible() > 10);
    // Scrolling towards the end of what is loaded fetches the next pages.
    for (int i = 0; i < 40; ++i) ui.wheel(215, 400, -5.f);
    CHECK(ui.app().models().deck().hits.size() > DeckReader::kPageSize);
}

TEST_CASE("The keyboard map opens with ? and closes with Esc", "[ui][keys]") {
    test::TempStore t(1'795'000'000);
    test::UiHarness ui(t.store, t.clock);
    ui.type("?");
    CHECK(ui.app().keysOverlayShown());
    ui.press(test::key::Escape);
    CHECK_FALSE(ui.app().keysOverlayShown());
}

TEST_CASE("The Log tab filters by kind with a click on a chip", "[ui][log-tab]") {
    test::TempStore t(1'795'000'000);
    t.store.change("demo", [&] { generateDemoNetwork(t.store.db(), {.contacts = 40, .seed = 5, .now = t.clock.now()}); });
    test::UiHarness ui(t.store, t.clock);
    ui.app().setTab(Tab::Log);
    ui.frames(2);
    const auto shown = [&] { return static_cast<std::int64_t>(ui.app().logView().shownCount(ui.app().models())); };
    const auto ofKind = [&](InteractionKind kind) {
        return t.store.db().queryInt("SELECT count(*) FROM interactions WHERE kind = " +
                                     std::to_string(static_cast<int>(kind)));
    };
    const std::int64_t all = shown();
    REQUIRE(all > 20);
    REQUIRE(all == t.store.db().queryInt("SELECT count(*) FROM interactions")); // the tab shows all of them
    const std::int64_t emails = ofKind(InteractionKind::Email), calls = ofKind(InteractionKind::Call);
    REQUIRE(emails > 0);
    REQUIRE(calls > 0);
    REQUIRE(emails + calls < all);

    ui.clickItem("Email");
    CHECK(shown() == emails);
    ui.clickItem("Email"); // a second click on the chip that is on shows all again
    CHECK(shown() == all);
    ui.clickItem("Call");
    CHECK(shown() == calls);
    ui.clickItem("All");
    CHECK(shown() == all);
}

// fonts.cpp bakes only the icons in kAllIcons: an icon defined but not listed
// would draw as a "?".
TEST_CASE("Every icon the app defines is baked into the font atlas", "[ui][fonts]") {
    std::ifstream header(std::string(REKINDLE_SOURCE_DIR) + "/app/theme/icons.h");
    REQUIRE(header.good());
    const std::string text((std::istreambuf_iterator<char>(header)), std::istreambuf_iterator<char>());
    std::size_t defined = 0;
    for (std::size_t at = text.find("#define RK_ICON_"); at != std::string::npos;
         at = text.find("#define RK_ICON_", at + 1))
        ++defined;
    CHECK(defined == std::size(rk::app::kAllIcons));

    test::TempStore t(1'790'000'000);
    test::UiHarness ui(t.store, t.clock);
    for (const char* icon : rk::app::kAllIcons) {
        unsigned int codepoint = 0;
        ImTextCharFromUtf8(&codepoint, icon, nullptr);
        INFO("U+" << std::hex << codepoint);
        CHECK(ui.fonts().body->FindGlyphNoFallback(static_cast<ImWchar>(codepoint)) != nullptr);
        CHECK(ui.fonts().display->FindGlyphNoFallback(static_cast<ImWchar>(codepoint)) != nullptr);
    }
}
