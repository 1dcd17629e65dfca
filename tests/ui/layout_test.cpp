// What a screenshot shows and a person would notice: things drawn over each
// other. Checked at the phone size and a desktop window, as geometry.
#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/schedule/cadence.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>
#include <imgui_internal.h>

using namespace rk;

namespace {

// Four people overdue today, so a card stays on top after one is handled.
struct DueFixture : private test::ScopedTimeZone, test::TempStore {
    DueFixture() : ScopedTimeZone("Europe/London"), TempStore(test::localTime(2026, 12, 5, 10, 0)) {
        store.change("setup", [&] {
            ContactRepo contacts(store.db());
            InteractionRepo interactions(store.db());
            for (const char* name : {"Ana García", "Kwame Mensah", "Yuki Sato", "Bo Lindqvist"}) {
                Contact c;
                c.displayName = name;
                c.circle = Circle::Close;
                contacts.insert(c, clock.now() - 400 * 86400);
                Interaction i{0,
                              c.id,
                              InteractionKind::Coffee,
                              Direction::Out,
                              clock.now() - 60 * 86400,
                              "coffee",
                              false,
                              false,
                              false};
                interactions.add(i, clock.now());
                refreshNextDue(store.db(), CadencePolicy{}, c.id);
            }
        });
        store.history().clear();
    }
};

} // namespace

TEST_CASE("The undo toast never covers Today's buttons", "[ui][today][layout]") {
    const auto size = GENERATE(ImVec2(430, 880), ImVec2(1200, 800));
    INFO(size.x << "x" << size.y);
    DueFixture f;
    test::UiHarness ui(f.store, f.clock, size.x, size.y);
    ui.press(test::key::Left); // snooze the top card: a toast with Undo
    ui.frames(40);             // the card has flown and the next one is on top
    REQUIRE(ui.app().toast().canUndo);
    ui.frame();
    const auto [min, max] = ui.app().toastRect();
    REQUIRE(max.y > min.y);
    const float actionsTop = ui.app().today().actionRowTop();
    REQUIRE(actionsTop > 0.f);
    CHECK(max.y <= actionsTop);
    // The buttons still work with the toast up.
    const std::int64_t before = ContactRepo(f.store.db()).count();
    ui.clickItem("Done");
    CHECK(ContactRepo(f.store.db()).count() == before);
    ui.frames(40);
    CHECK(ui.app().logSheet().isOpen());
}

TEST_CASE("The snooze picker is drawn as the app's own sheet, with no stock title bar",
          "[ui][today][layout]") {
    DueFixture f;
    test::UiHarness ui(f.store, f.clock);
    ui.press(test::key::Left, false, true); // Shift+←
    ui.frames(2);
    REQUIRE(ui.app().today().snoozeMenuOpen());
    const ImGuiWindow* popup = ImGui::GetTopMostPopupModal();
    REQUIRE(popup);
    CHECK((popup->Flags & ImGuiWindowFlags_NoTitleBar) != 0);
    const std::string s = ui.screenText();
    CHECK_THAT(s, Catch::Contains("Snooze "));
    CHECK_THAT(s, Catch::Contains(" until…"));
}

namespace {

// Vertices drawn in the card colour but see-through: a lower card whose
// fill lets the card under it show (its text included).
int translucentCardVertices(const app::Theme& t, ImVec2 min, ImVec2 max) {
    const ImDrawData* data = ImGui::GetDrawData();
    REQUIRE(data);
    int found = 0;
    for (int l = 0; l < data->CmdListsCount; ++l)
        for (const ImDrawVert& v : data->CmdLists[l]->VtxBuffer) {
            const ImU32 alpha = (v.col >> IM_COL32_A_SHIFT) & 0xFF;
            if ((v.col & ~IM_COL32_A_MASK) != (t.surface & ~IM_COL32_A_MASK)) continue;
            if (alpha == 0 || alpha == 0xFF) continue;
            if (v.pos.x < min.x || v.pos.y < min.y || v.pos.x > max.x || v.pos.y > max.y) continue;
            ++found;
        }
    return found;
}

} // namespace

TEST_CASE("While the top card is dragged, the cards below are opaque", "[ui][today][layout]") {
    const auto size = GENERATE(ImVec2(430, 880), ImVec2(1200, 800));
    const bool dark = GENERATE(false, true);
    INFO(size.x << "x" << size.y << (dark ? " dark" : " light"));
    DueFixture f;
    test::UiHarness ui(f.store, f.clock, size.x, size.y);
    if (dark) { // the theme the App draws with is the harness's own
        auto& theme = const_cast<app::Theme&>(ui.theme());
        theme.apply(app::ThemeMode::Dark, theme.scale);
    }
    ui.frames(2);
    const ImVec2 min = ui.app().today().cardMin();
    const ImVec2 cs = ui.app().today().cardSize();
    REQUIRE(cs.x > 0.f);
    const ImVec2 max(min.x + cs.x, min.y + cs.y + 60.f);
    CHECK(translucentCardVertices(ui.theme(), min, max) == 0); // at rest

    // Hold the top card part way to the right, without letting go.
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 from(min.x + cs.x * 0.5f, min.y + cs.y * 0.5f);
    ui.moveMouse(from.x, from.y);
    io.MouseDown[0] = true;
    ui.frame();
    for (int i = 1; i <= 3; ++i) {
        io.MousePos = ImVec2(from.x + 30.f * i, from.y);
        ui.frame();
    }
    ui.frame();
    CHECK(translucentCardVertices(ui.theme(), min, max) == 0);
    io.MouseDown[0] = false;
    ui.frames(40);
}

TEST_CASE("The reminder's quick picks wrap inside the dialog instead of running off its edge",
          "[ui][contact][layout]") {
    const auto size = GENERATE(ImVec2(430, 880), ImVec2(1200, 800));
    INFO(size.x << "x" << size.y);
    DueFixture f;
    test::UiHarness ui(f.store, f.clock, size.x, size.y);
    ui.press(test::key::Up); // open the top card's contact
    ui.frames(40);
    REQUIRE(ui.app().contactView().isOpen());
    ui.press('R');
    ui.frames(2);
    REQUIRE(ui.app().contactView().remind().isOpen());
    for (const char* label : {"Tomorrow", "In 3 days", "Next week", "In a month"}) {
        INFO(label);
        const auto rect = ui.itemRect(label);
        const ImGuiWindow* dialog = ImGui::GetTopMostPopupModal();
        REQUIRE(dialog);
        CHECK(rect.min.x >= dialog->Pos.x);
        CHECK(rect.max.x <= dialog->Pos.x + dialog->Size.x - dialog->WindowPadding.x + 0.5f);
        CHECK(rect.max.y <= dialog->Pos.y + dialog->Size.y);
    }
}

TEST_CASE("A contact method's label ('work') stays one word on one line beside a long address",
          "[ui][contact][layout]") {
    const auto size = GENERATE(ImVec2(430, 880), ImVec2(1200, 800));
    const auto address =
        GENERATE(std::string("ana@acme.example"),
                 std::string("ana.garcia.partnerships@very-long-company-name.example"));
    INFO(size.x << "x" << size.y << " " << address);
    DueFixture f;
    ContactRepo contacts(f.store.db());
    Contact ana = *contacts.get(1);
    ana.methods = {{0, MethodKind::Email, "work", address}};
    contacts.update(ana, f.clock.now());
    test::UiHarness ui(f.store, f.clock, size.x, size.y);
    ui.app().setTab(app::Tab::Deck);
    ui.frames(3);
    ui.app().openContact(1);
    ui.frames(3);
    REQUIRE(ui.app().contactView().isOpen());
    // The About card is further down: scroll until it is drawn.
    ui.wheel(size.x * 0.5f, size.y * 0.5f, -10.f);
    ui.frames(2);
    const auto rect = ui.itemRect("work");
    const float line = ImGui::GetTextLineHeight();
    CHECK(rect.max.y - rect.min.y <= line + 1.f);
    CHECK(rect.max.x - rect.min.x >= ImGui::CalcTextSize("work").x - 1.f);
    CHECK(rect.max.x <= size.x);
}

// The toast is a window over the screen: a click on its Undo undoes, and the
// card beneath it does not also take the click (it did, and opened).
TEST_CASE("A click on the toast's Undo reaches the toast, not the card beneath", "[ui][layout][toast]") {
    DueFixture f;
    test::UiHarness ui(f.store, f.clock, 430, 600);
    ui.press(test::key::Left); // snooze the top card: a toast with Undo
    ui.frames(40);
    REQUIRE(ui.app().toast().canUndo);
    REQUIRE(f.store.history().canUndo());
    ui.press('2', true); // the deck: its cards run under the toast
    ui.frame();
    const auto [min, max] = ui.app().toastRect();
    REQUIRE(max.y > min.y);
    ui.click(max.x - 30, (min.y + max.y) * 0.5f);
    ui.frames(3);
    CHECK_FALSE(f.store.history().canUndo()); // the snooze is undone
    CHECK_FALSE(ui.app().contactView().isOpen());
}
