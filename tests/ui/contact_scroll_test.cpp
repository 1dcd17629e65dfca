#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

using namespace rk;
using app::Tab;

namespace {

constexpr std::int64_t kNow = 1'795'000'000; // mid November 2026

// Ana has a long history (a page much taller than the window); Bea has none.
struct LongPages : test::TempStore {
    ContactId ana = 0;
    ContactId bea = 0;

    LongPages() : TempStore(kNow) {
        store.change("setup", [&] {
            ContactRepo contacts(store.db());
            Contact a;
            a.givenName = "Ana";
            a.familyName = "Lopez";
            ana = contacts.insert(a, kNow - 400 * 86400);
            Contact b;
            b.givenName = "Bea";
            b.familyName = "Novak";
            bea = contacts.insert(b, kNow - 400 * 86400);
            InteractionRepo interactions(store.db());
            for (int i = 0; i < 40; ++i) {
                Interaction x{0,
                              ana,
                              InteractionKind::Call,
                              Direction::Out,
                              kNow - (i + 1) * 86400,
                              "Call number " + std::to_string(i),
                              false,
                              false,
                              false};
                interactions.add(x, kNow);
            }
        });
        store.history().clear();
    }
};

void clickCard(test::UiHarness& ui, const std::string& name) {
    const auto& hits = ui.app().models().deck().hits;
    int index = -1;
    for (size_t i = 0; i < hits.size(); ++i)
        if (hits[i].card.displayName == name) index = static_cast<int>(i);
    REQUIRE(index >= 0);
    const auto [pos, size] = ui.app().deck().cardRect(index);
    REQUIRE(size.x > 0);
    ui.click(pos.x + size.x * 0.5f, pos.y + size.y * 0.5f);
    ui.frames(3);
    REQUIRE(ui.app().openPage() != nullptr);
    REQUIRE(ui.app().openPage()->contact.displayName == name);
}

// Scrolls the open page well down, the way a person reads a long history.
void scrollDown(test::UiHarness& ui) {
    for (int i = 0; i < 6; ++i)
        ui.wheel(ui.size().x * 0.5f, ui.size().y * 0.5f, -5);
    ui.frames(2);
    REQUIRE(ui.app().contactView().scrollY() > 200.f);
}

} // namespace

TEST_CASE("A contact page opens at the top, whatever the last page's scroll", "[ui][contact]") {
    LongPages w;
    test::UiHarness ui(w.store, w.clock);
    ui.app().setTab(Tab::Deck);
    ui.frames(3);

    SECTION("another person, opened from the deck") {
        clickCard(ui, "Ana Lopez");
        scrollDown(ui);
        ui.press(test::key::Escape);
        ui.frames(2);
        REQUIRE_FALSE(ui.app().contactView().isOpen());
        clickCard(ui, "Bea Novak");
        CHECK(ui.app().contactView().scrollY() == 0.f);
        // and back to the long page: at the top too, with the name and buttons in sight
        ui.press(test::key::Escape);
        ui.frames(2);
        clickCard(ui, "Ana Lopez");
        CHECK(ui.app().contactView().scrollY() == 0.f);
        CHECK(ui.itemRect("Log  (L)").min.y < ui.size().y * 0.5f);
    }
    SECTION("opened by a search and Enter") {
        clickCard(ui, "Ana Lopez");
        scrollDown(ui);
        ui.press(test::key::Escape);
        ui.frames(2);
        ui.type("/");
        ui.frames(2);
        ui.type("bea");
        ui.frames(3);
        ui.press(test::key::Enter);
        ui.frames(3);
        REQUIRE(ui.app().openPage() != nullptr);
        CHECK(ui.app().openPage()->contact.displayName == "Bea Novak");
        CHECK(ui.app().contactView().scrollY() == 0.f);
    }
    SECTION("opened from the Log tab") {
        clickCard(ui, "Ana Lopez");
        scrollDown(ui);
        ui.press(test::key::Escape);
        ui.frames(2);
        ui.app().setTab(Tab::Log);
        ui.frames(3);
        // The newest entry is Ana's first call: its row opens her page.
        ui.click(ui.size().x * 0.5f, ui.size().y * 0.25f);
        ui.frames(3);
        REQUIRE(ui.app().openPage() != nullptr);
        CHECK(ui.app().contactView().scrollY() == 0.f);
    }
}
