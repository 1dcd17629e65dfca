// Views push plain-data intents and the App applies each after the frame:
// these tests read the intents a frame pushed, as well as what they changed.
#include "core/commands/contact_commands.h"
#include "core/repo/contact_repo.h"
#include "tests/support/temp_store.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

#include <variant>

using namespace rk;

namespace {

constexpr std::int64_t kNow = 1'795'000'000; // mid November 2026

// The intents of type T the last frame pushed.
template <typename T> std::vector<T> pushed(test::UiHarness& ui) {
    std::vector<T> out;
    for (const app::Intent& i : ui.app().lastIntents())
        if (const T* t = std::get_if<T>(&i)) out.push_back(*t);
    return out;
}

// One frame with `key` down (and the modifiers), then it comes up.
void keyFrame(test::UiHarness& ui, int key, bool ctrl = false) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeysDown[key] = true;
    ui.frame();
    io.KeysDown[key] = false;
    io.KeyCtrl = false;
}

ContactId add(Store& store, const std::string& name) {
    Contact c;
    c.displayName = name;
    return addContact(store, c).contactId;
}

} // namespace

TEST_CASE(
    "A key on a contact page pushes one plain intent, and the App applies it as one undo step",
    "[ui][intents]") {
    test::TempStore t(kNow);
    const ContactId ana = add(t.store, "Ana García");
    test::UiHarness ui(t.store, t.clock);
    ui.app().openContact(ana);
    ui.frames(2);

    keyFrame(ui, 'A'); // archive
    const auto archived = pushed<app::intent::ArchiveContact>(ui);
    REQUIRE(archived.size() == 1);
    CHECK(archived.front().id == ana);
    CHECK(ui.app().lastIntents().size() == 1);
    CHECK(ContactRepo(t.store.db()).get(ana)->archivedAt.has_value());
    CHECK(ui.app().toast().text == "Archived Ana García");
    ui.frames(2);

    keyFrame(ui, 'Z', true); // Ctrl+Z
    CHECK(pushed<app::intent::Undo>(ui).size() == 1);
    CHECK_FALSE(ContactRepo(t.store.db()).get(ana)->archivedAt.has_value());
}

TEST_CASE(
    "The deck asks for what is typed with a SearchDeck intent, and shows it on the next frame",
    "[ui][intents][deck]") {
    test::TempStore t(kNow);
    add(t.store, "Ana García");
    add(t.store, "Kwame Mensah");
    test::UiHarness ui(t.store, t.clock);
    ui.app().setTab(app::Tab::Deck);
    ui.frames(2);
    CHECK(ui.app().models().deck().hits.size() == 2);

    ui.type("/"); // focus the search field
    ImGui::GetIO().AddInputCharactersUTF8("kwa");
    ui.frame();
    const auto asked = pushed<app::intent::SearchDeck>(ui);
    REQUIRE(asked.size() == 1);
    CHECK(asked.front().request.text == "kwa");
    CHECK(ui.app().models().deck().hits.size() == 2); // answered when the next frame starts
    ui.frame();
    REQUIRE(ui.app().models().deck().hits.size() == 1);
    CHECK(ui.app().models().deck().hits.front().card.displayName == "Kwame Mensah");
}

TEST_CASE(
    "A name typed and Enter pressed in the same frame picks from the matches for the whole name",
    "[ui][intents][log]") {
    test::TempStore t(kNow);
    add(t.store, "Ana García");
    const ContactId kwame = add(t.store, "Kwame Mensah");
    test::UiHarness ui(t.store, t.clock);
    ui.press('L', true);
    REQUIRE(ui.app().logSheet().mode() == app::LogSheet::Mode::Picking);

    // A fast typist (or xdotool): the letters and Enter arrive together.
    ImGuiIO& io = ImGui::GetIO();
    io.AddInputCharactersUTF8("kwame");
    io.KeysDown[test::key::Enter] = true;
    ui.frame();
    io.KeysDown[test::key::Enter] = false;
    ui.frames(3);
    REQUIRE(ui.app().logSheet().mode() == app::LogSheet::Mode::Editing);
    CHECK(ui.app().logSheet().draft().who.id == kwame);
    CHECK(ui.app().logSheet().draft().who.name == "Kwame Mensah");
}
