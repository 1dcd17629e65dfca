// Names in every script: typed into the deck's search they find the person,
// and the screen draws every character with a real glyph (fallback fonts
// baked on demand between frames).
#include "app/text/glyph_demand.h"
#include "core/commands/contact_commands.h"
#include "tests/support/temp_store.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace rk;

namespace {

constexpr std::int64_t kNow = 1'795'000'000; // mid November 2026

ContactId add(Store& store, const std::string& name, const std::string& company = {}) {
    Contact c;
    c.displayName = name;
    c.company = company;
    return addContact(store, c).contactId;
}

std::vector<std::string> hitNames(test::UiHarness& ui) {
    std::vector<std::string> out;
    for (const SearchHit& h : ui.app().models().deck().hits)
        out.push_back(h.card.displayName);
    return out;
}

int placeholdersDrawn(test::UiHarness& ui) {
    ui.frame();
    return app::text::countPlaceholders(*ImGui::GetDrawData(), *ImGui::GetIO().Fonts);
}

void focusSearch(test::UiHarness& ui) {
    ui.app().setTab(app::Tab::Deck);
    ui.frames(3);
    ui.press('F', true); // Ctrl+F
    ui.frames(2);
}

} // namespace

TEST_CASE("A Chinese and an Arabic query typed into the deck's search find the person",
          "[ui][deck][scripts]") {
    test::TempStore t(kNow);
    add(t.store, "Ana García", "Stripe");
    add(t.store, "李伟", "腾讯");
    add(t.store, "محمد الأحمد", "Aramco");
    test::UiHarness ui(t.store, t.clock);
    focusSearch(ui);

    ui.type("李");
    CHECK(ui.app().deck().searchText() == "李");
    ui.frames(2);
    CHECK(hitNames(ui) == std::vector<std::string>{"李伟"});
    // What was typed got its glyph: the field and the card draw no placeholder.
    CHECK(ui.fonts().body->FindGlyphNoFallback(static_cast<ImWchar>(U'李')) != nullptr);
    CHECK(placeholdersDrawn(ui) == 0);

    ui.press(test::key::Escape); // clears the field
    ui.type("محمد");
    CHECK(ui.app().deck().searchText() == "محمد"); // the field keeps the logical text
    ui.frames(2);
    CHECK(hitNames(ui) == std::vector<std::string>{"محمد الأحمد"});
    CHECK(placeholdersDrawn(ui) == 0);
}

TEST_CASE("A deck with names in nine scripts draws every character", "[ui][deck][scripts]") {
    test::TempStore t(kNow);
    for (const char* name : {"Zoë Ångström", "Γιώργος Παπαδόπουλος", "Дмитрий Иванов", "李伟",
                             "山田 太郎", "김민준", "محمد الأحمد", "דוד לוי", "प्रिया शर्मा"})
        add(t.store, name);
    test::UiHarness ui(t.store, t.clock, 1000, 1400);
    ui.app().setTab(app::Tab::Deck);
    ui.frames(3); // the first frame asks for the glyphs, the next has them
    CHECK(placeholdersDrawn(ui) == 0);
    // Baked once for the whole screen, not once per name.
    CHECK(ui.text().fallback().rebakes() == 1);
    CHECK(ui.text().fallback().unavailable().empty());
}

TEST_CASE("A Devanagari name is drawn shaped, found by its stored letters, with no placeholder",
          "[ui][deck][scripts][text]") {
    test::TempStore t(kNow);
    add(t.store, "Ana García", "Stripe");
    add(t.store, "प्रिया शर्मा", "इन्फोसिस");
    test::UiHarness ui(t.store, t.clock);
    ui.app().setTab(app::Tab::Deck);
    ui.frames(3);
    CHECK(placeholdersDrawn(ui) == 0);
    // The name, its company and its initials went through HarfBuzz.
    CHECK(ui.text().shaper().glyphCount() > 0);
    // The search finds the stored (logical) letters; the field draws them raw.
    focusSearch(ui);
    ui.type("प्रिया");
    CHECK(ui.app().deck().searchText() == "प्रिया");
    ui.frames(2);
    CHECK(hitNames(ui) == std::vector<std::string>{"प्रिया शर्मा"});
    CHECK(placeholdersDrawn(ui) == 0);
}
