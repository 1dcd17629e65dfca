// Issue 13, Insights: every figure opens the people behind it, with the
// mouse and with the keys, and a person's row opens their page.
#include "core/commands/contact_commands.h"
#include "core/commands/triage.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace rk;
using K = InsightFigure::Kind;

namespace {
struct World {
    test::ScopedTimeZone zone{"Europe/London"};
    std::int64_t now = test::localTime(2026, 11, 11, 12); // a Wednesday
    test::TempStore t{now};
    ContactId ana = 0, ben = 0, cleo = 0;

    World() {
        auto add = [&](const char* name, const char* company) {
            Contact c;
            c.displayName = name;
            c.company = company;
            return addContact(t.store, c).contactId;
        };
        ana = add("Ana García", "Stripe");
        ben = add("Ben Okafor", "Globex");
        cleo = add("Cleo Park", "Stripe");
        auto log = [&](ContactId who, InteractionKind kind, std::int64_t at) {
            Interaction i;
            i.contactId = who;
            i.kind = kind;
            i.at = at;
            logInteraction(t.store, i);
        };
        log(ana, InteractionKind::Email, test::localTime(2026, 11, 9, 10));
        log(ben, InteractionKind::Email, test::localTime(2026, 11, 10, 10));
        log(cleo, InteractionKind::Call, test::localTime(2026, 11, 10, 11));
        log(cleo, InteractionKind::Email, test::localTime(2026, 11, 2, 11)); // last week
        t.store.history().clear();
    }
};

std::set<std::string> shownNames(test::UiHarness& ui) {
    std::set<std::string> names;
    for (const ContactCard& c : ui.app().models().insightPeople().people)
        names.insert(c.displayName);
    return names;
}

const app::insight::FigureHit* findFigure(test::UiHarness& ui, K kind, int week, int interactionKind) {
    for (const auto& h : ui.app().insights().figures())
        if (h.figure.kind == kind && h.figure.week == week && h.figure.interactionKind == interactionKind)
            return &h;
    return nullptr;
}
} // namespace

TEST_CASE("Clicking a chart bar opens exactly the people behind it, and a row opens their page",
          "[ui][insights]") {
    World w;
    test::UiHarness ui(w.t.store, w.t.clock, 430, 880);
    ui.app().setTab(app::Tab::Goals);
    ui.frames(2);
    ui.press('I', true); // Ctrl+I
    ui.frames(2);
    REQUIRE(ui.app().insights().isOpen());
    CHECK(ui.app().models().insights().weeks.back().total == 3);

    // This week's email segment: Ana and Ben, not Cleo (a call this week, an email last week).
    const auto* emails = findFigure(ui, K::Talked, 11, static_cast<int>(InteractionKind::Email));
    REQUIRE(emails != nullptr);
    const ImVec2 at((emails->min.x + emails->max.x) * 0.5f, (emails->min.y + emails->max.y) * 0.5f);
    ui.click(at.x, at.y);
    ui.frames(2);
    REQUIRE(ui.app().insights().peopleFigure());
    CHECK(ui.app().insights().peopleFigure()->kind == K::Talked);
    CHECK(ui.app().insights().peopleFigure()->interactionKind == 0);
    CHECK(ui.app().models().insightPeople().title == "People you talked to by email this week");
    CHECK(shownNames(ui) == std::set<std::string>{"Ana García", "Ben Okafor"});
    CHECK_THAT(ui.screenText(), Catch::Contains("2 people"));

    SECTION("a row opens the contact page, and Esc comes back to the list, then the charts") {
        ui.press(test::key::Down);
        ui.press(test::key::Enter);
        ui.frames(2);
        REQUIRE(ui.app().contactView().isOpen());
        CHECK(ui.app().contactView().contactId() == w.ana);
        ui.press(test::key::Escape);
        ui.frames(2);
        CHECK_FALSE(ui.app().contactView().isOpen());
        CHECK(ui.app().insights().peopleFigure());
        ui.press(test::key::Escape);
        ui.frames(2);
        CHECK_FALSE(ui.app().insights().peopleFigure());
        CHECK(ui.app().insights().isOpen());
        ui.press(test::key::Escape);
        ui.frames(2);
        CHECK_FALSE(ui.app().insights().isOpen());
        CHECK(ui.app().tab() == app::Tab::Goals);
    }
    SECTION("the mouse opens a person's page from the list") {
        ui.frames(1);
        const auto& people = ui.app().models().insightPeople().people;
        REQUIRE(people.size() == 2);
        // The rows follow the title and the count line; find Ben's by clicking down the list.
        bool opened = false;
        for (float y = 120; y < 400 && !opened; y += 20) {
            ui.click(215, y);
            ui.frames(1);
            opened = ui.app().contactView().isOpen();
        }
        REQUIRE(opened);
        CHECK((ui.app().contactView().contactId() == w.ana ||
               ui.app().contactView().contactId() == w.ben));
    }
}

TEST_CASE("Insights open from More and from the Goals tab, and the keys open a figure",
          "[ui][insights]") {
    World w;
    test::UiHarness ui(w.t.store, w.t.clock, 430, 880);
    SECTION("from More") {
        ui.app().setTab(app::Tab::More);
        ui.frames(2);
        ui.wheel(215, 400, -30); // the last entry on More's list
        ui.frames(2);
        ui.clickItem("Insights…  (Ctrl+I)");
        ui.frames(2);
        CHECK(ui.app().insights().isOpen());
    }
    SECTION("from Goals, then → and Enter open the first figure") {
        ui.app().setTab(app::Tab::Goals);
        ui.frames(2);
        ui.clickItem("Insights: your habit over time  (Ctrl+I)");
        ui.frames(2);
        REQUIRE(ui.app().insights().isOpen());
        REQUIRE_FALSE(ui.app().insights().figures().empty());
        ui.press(test::key::Right);
        ui.frames(1);
        CHECK(ui.app().insights().selected() == 0);
        ui.press(test::key::Enter);
        ui.frames(2);
        REQUIRE(ui.app().insights().peopleFigure());
        CHECK(*ui.app().insights().peopleFigure() == ui.app().insights().figures().front().figure);
        CHECK_FALSE(shownNames(ui).empty());
        // Switching tabs leaves Insights.
        ui.press('1', true);
        ui.frames(2);
        CHECK_FALSE(ui.app().insights().isOpen());
    }
}
