#include "app/shell/wide_layout.h"
#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/schedule/cadence.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

using namespace rk;
using app::Tab;

namespace {

// Three people overdue today (close circle, last coffee 40-60 days ago).
struct Overdue : private test::ScopedTimeZone, test::TempStore {
    std::vector<ContactId> ids;

    Overdue() : ScopedTimeZone("Europe/London"), TempStore(test::localTime(2026, 11, 26, 10, 0)) {
        store.change("setup", [&] {
            ContactRepo contacts(store.db());
            InteractionRepo interactions(store.db());
            const CadencePolicy policy;
            int daysAgo = 60;
            for (const char* name : {"Ana García", "Kwame Mensah", "Yuki Sato"}) {
                Contact c;
                c.displayName = name;
                c.company = "Acme";
                c.circle = Circle::Close;
                contacts.insert(c, clock.now() - 400 * 86400);
                Interaction i{0,
                              c.id,
                              InteractionKind::Coffee,
                              Direction::Out,
                              clock.now() - daysAgo * 86400,
                              "coffee",
                              false,
                              false,
                              false};
                interactions.add(i, clock.now());
                refreshNextDue(store.db(), policy, c.id);
                ids.push_back(c.id);
                daysAgo -= 10;
            }
        });
        store.history().clear();
    }
};

int indexOf(test::UiHarness& ui, const std::string& name) {
    const auto& hits = ui.app().models().deck().hits;
    for (size_t i = 0; i < hits.size(); ++i)
        if (hits[i].card.displayName == name) return static_cast<int>(i);
    return -1;
}

void clickCard(test::UiHarness& ui, int index) {
    const auto [pos, size] = ui.app().deck().cardRect(index);
    REQUIRE(size.x > 0);
    ui.click(pos.x + size.x * 0.5f, pos.y + size.y * 0.5f);
    ui.frames(3);
}

} // namespace

TEST_CASE("A wide window shows the deck and the open person side by side", "[ui][wide]") {
    Overdue w;
    test::UiHarness ui(w.store, w.clock, 1200, 800);
    ui.app().setTab(Tab::Deck);
    ui.frames(3);
    // Nobody open yet: the right side says what it is for.
    CHECK(ui.screenText().find("Pick someone") != std::string::npos);

    const int kwame = indexOf(ui, "Kwame Mensah");
    REQUIRE(kwame >= 0);
    clickCard(ui, kwame);
    REQUIRE(ui.app().openPage() != nullptr);
    CHECK(ui.app().openPage()->contact.displayName == "Kwame Mensah");
    CHECK(ui.app().tab() == Tab::Deck);

    // Both in sight: the list on the left (still drawn, a card under the
    // pointer), the page on the right with its name and buttons.
    const auto [cardPos, cardSize] = ui.app().deck().cardRect(kwame);
    REQUIRE(cardSize.x > 0);
    const auto log = ui.itemRect("Log  (L)");
    CHECK(cardPos.x < ui.size().x * 0.1f);
    CHECK(cardPos.x + cardSize.x < log.min.x);
    CHECK(log.max.x < ui.size().x);
    CHECK(log.min.y < ui.size().y * 0.5f);
    CHECK(cardSize.x <= app::wide::kDeckPaneMax);
    const std::string text = ui.screenText();
    CHECK(text.find("Deck") != std::string::npos);
    CHECK(text.find("Kwame Mensah") != std::string::npos);

    SECTION("picking another card swaps the page, the list stays") {
        const int yuki = indexOf(ui, "Yuki Sato");
        clickCard(ui, yuki);
        REQUIRE(ui.app().openPage() != nullptr);
        CHECK(ui.app().openPage()->contact.displayName == "Yuki Sato");
        CHECK(ui.app().deck().selectedIndex() == yuki);
        CHECK(ui.app().deck().cardRect(kwame).second.x > 0);
    }
    SECTION("the arrows move through the deck and the page follows") {
        ui.press(test::key::Down);
        ui.frames(3);
        REQUIRE(ui.app().openPage() != nullptr);
        CHECK(ui.app().openPage()->contact.id ==
              ui.app().models().deck().hits[static_cast<size_t>(kwame + 1)].card.id);
    }
    SECTION("Esc closes the page and keeps the list; the next Esc is the list's") {
        ui.press(test::key::Escape);
        ui.frames(2);
        CHECK_FALSE(ui.app().contactView().isOpen());
        CHECK(ui.app().deck().selectedIndex() == kwame);
        CHECK(ui.app().deck().cardRect(kwame).second.x > 0);
        ui.press(test::key::Escape);
        ui.frames(2);
        CHECK(ui.app().deck().selectedIndex() == -1);
    }
    SECTION("L logs the open person once") {
        ui.press('L');
        ui.frames(2);
        CHECK(ui.app().logSheet().isOpen());
    }
}

TEST_CASE("A narrow window opens a person in place of the deck", "[ui][wide]") {
    Overdue w;
    test::UiHarness ui(w.store, w.clock, 430, 880);
    ui.app().setTab(Tab::Deck);
    ui.frames(3);
    clickCard(ui, indexOf(ui, "Kwame Mensah"));
    REQUIRE(ui.app().openPage() != nullptr);
    const auto log = ui.itemRect("Log  (L)");
    CHECK(log.min.x < ui.size().x * 0.1f); // the page has the whole width
    const std::string text = ui.screenText();
    CHECK(text.find("Back  (Esc)") != std::string::npos);
    CHECK(text.find("people") == std::string::npos); // the deck's header is not drawn
}

TEST_CASE("Today keeps its card and its buttons in one centred column", "[ui][wide][today]") {
    Overdue w;
    const auto [width, height] = GENERATE(std::pair{1200.f, 800.f}, std::pair{430.f, 880.f});
    test::UiHarness ui(w.store, w.clock, width, height);
    ui.frames(3);
    const auto snooze = ui.itemRect("Snooze");
    const auto done = ui.itemRect("Done");
    const float rowW = done.max.x - snooze.min.x;
    const float column = std::min(width - 32.f, app::wide::kTodayColumn);
    CHECK(rowW <= column + 1.f);
    CHECK(rowW >= column - 2.f);
    // The row and the card share a centre line, the window's.
    const float rowCentre = (snooze.min.x + done.max.x) * 0.5f;
    const ImVec2 cardMin = ui.app().today().cardMin();
    const ImVec2 cardSize = ui.app().today().cardSize();
    CHECK(std::abs(rowCentre - width * 0.5f) < 2.f);
    CHECK(std::abs(cardMin.x + cardSize.x * 0.5f - width * 0.5f) < 2.f);
    // Each button stays a button, not a bar across the window.
    CHECK(done.max.x - done.min.x <= column / 4.f);
}
