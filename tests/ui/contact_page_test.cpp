#include "app/views/contact/contact_links.h"
#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/repo/reminder_repo.h"
#include "core/schedule/cadence.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/ui_harness.h"

#include "core/time/date_phrase.h"

#include <catch2/catch.hpp>

using namespace rk;
using app::Tab;
using Mode = app::ContactView::Mode;

namespace {

constexpr std::int64_t kNow = 1'795'000'000; // mid November 2026

// A small deck: Ana (with two interactions and an email) and Bea.
struct World : test::TempStore {
    ContactId ana = 0;
    ContactId bea = 0;
    std::int64_t olderId = 0;
    std::int64_t newerId = 0;

    World() : TempStore(kNow) {
        store.change("setup", [&] {
            ContactRepo contacts(store.db());
            Contact a;
            a.givenName = "Ana";
            a.familyName = "Lopez";
            a.company = "Stripe";
            a.title = "VP Engineering";
            a.circle = Circle::Close;
            a.tags = {"mentor"};
            a.knows = {"payments"};
            a.methods = {{0, MethodKind::Email, "work", "ana@stripe.com"},
                         {0, MethodKind::Url, "LinkedIn", "linkedin.com/in/ana"}};
            ana = contacts.insert(a, kNow - 400 * 86400);
            Contact b;
            b.givenName = "Bea";
            b.familyName = "Novak";
            bea = contacts.insert(b, kNow - 400 * 86400);

            InteractionRepo interactions(store.db());
            Interaction older{0,
                              ana,
                              InteractionKind::Coffee,
                              Direction::Out,
                              kNow - 40 * 86400,
                              "Talked about payments",
                              false,
                              true,
                              false};
            Interaction newer{0,
                              ana,
                              InteractionKind::Email,
                              Direction::In,
                              kNow - 3 * 86400,
                              "She wrote back",
                              false,
                              false,
                              false};
            olderId = interactions.add(older, kNow);
            newerId = interactions.add(newer, kNow);
            refreshNextDue(store.db(), CadencePolicy::load(store.db()), ana);
            refreshNextDue(store.db(), CadencePolicy::load(store.db()), bea);
        });
        store.history().clear(); // Ctrl+Z in a test undoes only what the test did
    }
};

// Opens `name` the way a person would: the Deck tab, then a click on their card.
void openFromDeck(test::UiHarness& ui, const std::string& name) {
    ui.app().setTab(Tab::Deck);
    ui.frames(3);
    const auto& hits = ui.app().models().deck().hits;
    int index = -1;
    for (size_t i = 0; i < hits.size(); ++i)
        if (hits[i].card.displayName == name) index = static_cast<int>(i);
    REQUIRE(index >= 0);
    const auto [pos, size] = ui.app().deck().cardRect(index); // top left and size
    REQUIRE(size.x > 0);
    ui.click(pos.x + size.x * 0.5f, pos.y + size.y * 0.5f);
    ui.frames(2);
    REQUIRE(ui.app().contactView().isOpen());
    REQUIRE(ui.app().openPage() != nullptr);
    REQUIRE(ui.app().openPage()->contact.displayName == name);
}

// Tabs through the form's text fields to field number `n` (the name is 0).
// An edit opens with no field focused: the first Tab lands on the name.
void tabTo(test::UiHarness& ui, int n) {
    for (int i = 0; i < n; ++i)
        ui.press(test::key::Tab);
}

// Selects everything in the focused field and types over it.
void replaceText(test::UiHarness& ui, const std::string& text) {
    ui.press('A', true);
    ui.type(text);
}

} // namespace

TEST_CASE("A contact opens from the deck with their details and timeline, and Esc goes back",
          "[ui][contact]") {
    World w;
    test::UiHarness ui(w.store, w.clock);
    openFromDeck(ui, "Ana Lopez");
    const auto& page = ui.app().openPage();
    REQUIRE(page);
    CHECK(page->timeline.size() == 2);
    CHECK(page->timeline.front().id == w.newerId); // newest first
    CHECK(page->reciprocity.gives == 1);
    CHECK(page->reciprocity.asks == 0);
    CHECK_FALSE(page->contact.nextDue.empty()); // the cadence implies a date

    ui.press(test::key::Escape);
    CHECK_FALSE(ui.app().contactView().isOpen());
    CHECK(ui.app().tab() == Tab::Deck);
}

TEST_CASE("L on the contact page opens the log sheet for that person", "[ui][contact][keys]") {
    World w;
    test::UiHarness ui(w.store, w.clock);
    openFromDeck(ui, "Ana Lopez");
    ui.press('L');
    REQUIRE(ui.app().logSheet().isOpen());
    CHECK(ui.app().logSheet().mode() == app::LogSheet::Mode::Editing);
    CHECK(ui.app().logSheet().draft().who.id == w.ana);
    // Esc cancels the sheet without leaving the page.
    ui.press(test::key::Escape);
    CHECK_FALSE(ui.app().logSheet().isOpen());
    CHECK(ui.app().contactView().isOpen());
}

TEST_CASE("Editing a field and saving changes the contact, and Ctrl+Z restores it",
          "[ui][contact][undo]") {
    World w;
    test::UiHarness ui(w.store, w.clock);
    openFromDeck(ui, "Ana Lopez");
    ui.press('E');
    REQUIRE(ui.app().contactView().form().isOpen());
    CHECK(ui.app().contactView().form().draft().company == "Stripe");

    tabTo(ui, 2); // (nothing) -> name -> company
    replaceText(ui, "Adyen");
    REQUIRE(ui.app().contactView().form().draft().company == "Adyen");
    ui.press(test::key::Enter, true); // Ctrl+Enter saves
    CHECK_FALSE(ui.app().contactView().form().isOpen());
    CHECK(ui.app().contactView().mode() == Mode::Page);
    CHECK(ContactRepo(w.store.db()).get(w.ana)->company == "Adyen");
    CHECK(ContactRepo(w.store.db()).get(w.ana)->methods.size() == 2); // untouched lists survive
    CHECK_THAT(ui.app().toast().text, Catch::Contains("Saved changes to Ana Lopez"));
    CHECK(ui.app().openPage()->contact.company == "Adyen");

    ui.press('Z', true);
    CHECK(ContactRepo(w.store.db()).get(w.ana)->company == "Stripe");
    CHECK(ui.app().openPage()->contact.company == "Stripe");
}

TEST_CASE("Esc leaves the edit form without saving", "[ui][contact]") {
    World w;
    test::UiHarness ui(w.store, w.clock);
    openFromDeck(ui, "Ana Lopez");
    ui.press('E');
    tabTo(ui, 1);
    replaceText(ui, "Adyen");
    ui.press(test::key::Escape);
    CHECK_FALSE(ui.app().contactView().form().isOpen());
    CHECK(ui.app().contactView().isOpen()); // back on the page, not the deck
    CHECK(ContactRepo(w.store.db()).get(w.ana)->company == "Stripe");
}

TEST_CASE("The form refuses a bad email with a message under the field",
          "[ui][contact][validation]") {
    World w;
    test::UiHarness ui(w.store, w.clock);
    openFromDeck(ui, "Ana Lopez");
    ui.press('E');
    tabTo(ui, 8); // (nothing), name, company, title, industry, location, how met, birthday, emails
    replaceText(ui, "ana@");
    const app::ContactForm& form = ui.app().contactView().form();
    REQUIRE(form.draft().emails == "ana@");
    ui.press(test::key::Tab); // leave the field: its message shows
    CHECK_THAT(form.problems().emails, Catch::Contains("domain"));
    CHECK(form.problems().saveBlocker() == "Fix the email address to save.");

    ui.press(test::key::Enter, true); // Ctrl+Enter is refused
    CHECK(form.isOpen());
    CHECK(ContactRepo(w.store.db()).get(w.ana)->methods.front().value == "ana@stripe.com");

    // Fixing it makes Save work again.
    ui.press(test::key::Tab, false, true); // Shift+Tab back to the emails
    replaceText(ui, "ana@adyen.com");
    CHECK(form.problems().ok());
    ui.press(test::key::Enter, true);
    CHECK_FALSE(form.isOpen());
    const Contact saved = *ContactRepo(w.store.db()).get(w.ana);
    REQUIRE(saved.methods.size() == 2);
    CHECK(saved.methods[0].value == "ana@adyen.com");
    CHECK(saved.methods[1].label == "LinkedIn"); // the link kept its label
}

TEST_CASE("A new contact is added from the deck with N and opens", "[ui][contact]") {
    World w;
    test::UiHarness ui(w.store, w.clock);
    ui.app().setTab(Tab::Deck);
    ui.frames(3);
    ui.press('N');
    REQUIRE(ui.app().contactView().mode() == Mode::Creating);
    REQUIRE(ui.app().contactView().form().isOpen());
    CHECK(ui.app().contactView().form().problems().saveBlocker() == "Add a name to save.");
    ui.type("Chidi Okafor");
    tabTo(ui, 1);
    ui.type("Globex");
    ui.press(test::key::Enter, true);
    ui.frames(2);
    REQUIRE(ui.app().contactView().mode() == Mode::Page);
    REQUIRE(ui.app().openPage() != nullptr);
    CHECK(ui.app().openPage()->contact.displayName == "Chidi Okafor");
    CHECK(ui.app().openPage()->contact.givenName == "Chidi");
    CHECK(ui.app().openPage()->contact.company == "Globex");
    CHECK_FALSE(ui.app().openPage()->contact.nextDue.empty());
    CHECK(ContactRepo(w.store.db()).count() == 3);

    ui.press('Z', true); // undo takes the new person away again
    CHECK(ContactRepo(w.store.db()).count() == 2);
    CHECK(ui.app().openPage() == nullptr);
}

TEST_CASE("Archive and restore from the contact page", "[ui][contact]") {
    World w;
    test::UiHarness ui(w.store, w.clock);
    openFromDeck(ui, "Ana Lopez");
    ui.press('A');
    CHECK(ContactRepo(w.store.db()).get(w.ana)->archivedAt);
    CHECK_THAT(ui.app().toast().text, Catch::Contains("Archived Ana Lopez"));
    CHECK(ui.app().contactView().isOpen()); // the page stays, with a Restore banner

    ui.press('A');
    CHECK_FALSE(ContactRepo(w.store.db()).get(w.ana)->archivedAt);
    CHECK_THAT(ui.app().toast().text, Catch::Contains("Restored Ana Lopez"));
}

TEST_CASE("Moving to the trash asks first, and the person can be restored", "[ui][contact]") {
    World w;
    test::UiHarness ui(w.store, w.clock);
    openFromDeck(ui, "Ana Lopez");

    ui.press('T');
    REQUIRE(ui.app().contactView().trashConfirmOpen());
    ui.press(test::key::Escape); // "Keep them"
    CHECK_FALSE(ui.app().contactView().trashConfirmOpen());
    CHECK_FALSE(ContactRepo(w.store.db()).get(w.ana)->deletedAt);
    CHECK(ui.app().contactView().isOpen());

    ui.press('T');
    ui.press(test::key::Enter);
    CHECK(ContactRepo(w.store.db()).get(w.ana)->deletedAt);
    CHECK(ContactRepo(w.store.db()).count(Shelf::Trash) == 1);
    CHECK_THAT(ui.app().toast().text, Catch::Contains("Moved Ana Lopez to the trash"));

    // In the trash nothing can be logged; T restores.
    ui.press('L');
    CHECK_FALSE(ui.app().logSheet().isOpen());
    ui.press('T');
    CHECK_FALSE(ContactRepo(w.store.db()).get(w.ana)->deletedAt);
    CHECK_THAT(ui.app().toast().text, Catch::Contains("Restored Ana Lopez from the trash"));
}

TEST_CASE("An interaction deleted from the timeline comes back with Ctrl+Z",
          "[ui][contact][undo]") {
    World w;
    test::UiHarness ui(w.store, w.clock);
    openFromDeck(ui, "Ana Lopez");
    const std::int64_t lastBefore = *ContactRepo(w.store.db()).get(w.ana)->lastContactAt;

    ui.press('J'); // select the newest
    CHECK(ui.app().contactView().timeline().selectedId() == w.newerId);
    ui.press(test::key::Delete);
    CHECK_FALSE(InteractionRepo(w.store.db()).get(w.newerId));
    CHECK(ui.app().openPage()->timeline.size() == 1);
    CHECK(*ContactRepo(w.store.db()).get(w.ana)->lastContactAt ==
          kNow - 40 * 86400); // the clock follows
    CHECK_THAT(ui.app().toast().text, Catch::Contains("Deleted an email with Ana Lopez"));

    ui.press('Z', true);
    CHECK(InteractionRepo(w.store.db()).get(w.newerId));
    CHECK(ui.app().openPage()->timeline.size() == 2);
    CHECK(*ContactRepo(w.store.db()).get(w.ana)->lastContactAt == lastBefore);
}

TEST_CASE("An interaction is edited in place from the timeline", "[ui][contact][undo]") {
    World w;
    test::UiHarness ui(w.store, w.clock);
    openFromDeck(ui, "Ana Lopez");
    ui.press('J');
    ui.press('J'); // the older coffee
    REQUIRE(ui.app().contactView().timeline().selectedId() == w.olderId);
    ui.press(test::key::Enter);
    REQUIRE(ui.app().contactView().timeline().editingId() == w.olderId);
    ui.type(" and hiring"); // the note has the cursor
    ui.press(test::key::Enter, true);
    CHECK_FALSE(ui.app().contactView().timeline().isEditing());
    const Interaction edited = *InteractionRepo(w.store.db()).get(w.olderId);
    CHECK_THAT(edited.note, Catch::Contains("and hiring"));
    CHECK(edited.at == kNow - 40 * 86400); // the time was not touched
    CHECK(edited.gaveHelp);

    ui.press('Z', true);
    CHECK(InteractionRepo(w.store.db()).get(w.olderId)->note == "Talked about payments");
}

TEST_CASE("R sets a reminder with a date and a note", "[ui][contact]") {
    World w;
    test::UiHarness ui(w.store, w.clock);
    openFromDeck(ui, "Ana Lopez");
    ui.press('R');
    REQUIRE(ui.app().contactView().remind().isOpen());
    ui.type("Ask about the team offsite");
    ui.press(test::key::Enter);
    CHECK_FALSE(ui.app().contactView().remind().isOpen());
    const auto reminders = ReminderRepo(w.store.db()).openForContact(w.ana);
    REQUIRE(reminders.size() == 1);
    CHECK(reminders.front().note == "Ask about the team offsite");
    CHECK(reminders.front().dueDate == w.clock.today().addDays(7).iso());
    CHECK(ui.app().openPage()->reminders.size() == 1);

    ui.press('Z', true);
    CHECK(ReminderRepo(w.store.db()).openForContact(w.ana).empty());
}

TEST_CASE("A reminder in the past is refused with a message", "[ui][contact][validation]") {
    World w;
    test::UiHarness ui(w.store, w.clock);
    openFromDeck(ui, "Ana Lopez");
    ui.press('R');
    ui.press(test::key::Tab, false, true); // from the note back to the date
    replaceText(ui, "2020-01-01");
    ui.press(test::key::Enter);
    CHECK(ui.app().contactView().remind().isOpen());
    CHECK_THAT(ui.app().contactView().remind().error(), Catch::Contains("today or a day after"));
    CHECK(ReminderRepo(w.store.db()).openForContact(w.ana).empty());
}

TEST_CASE("A reminder's date reads \"friday\" and shows the day it understood",
          "[ui][contact][when]") {
    World w;
    test::UiHarness ui(w.store, w.clock);
    openFromDeck(ui, "Ana Lopez");
    ui.press('R');
    ui.press(test::key::Tab, false, true); // from the note back to the date
    replaceText(ui, "friday");
    const CivilDate today = w.clock.today();
    CivilDate friday = today.addDays(1);
    while (friday.weekday() != 4)
        friday = friday.addDays(1);
    CHECK_THAT(ui.screenText(), Catch::Contains(dayPreview(friday, today)));
    ui.press(test::key::Enter);
    const auto reminders = ReminderRepo(w.store.db()).openForContact(w.ana);
    REQUIRE(reminders.size() == 1);
    CHECK(reminders.front().dueDate == friday.iso());
}

TEST_CASE("Contact methods become only mailto, tel and http(s) links", "[ui][contact][links]") {
    using app::contact_links::methodUrl;
    CHECK(methodUrl({0, MethodKind::Email, "", "ana@example.com"}) == "mailto:ana@example.com");
    CHECK(methodUrl({0, MethodKind::Phone, "", "+1 (555) 010-2030"}) == "tel:+15550102030");
    CHECK(methodUrl({0, MethodKind::Url, "", "linkedin.com/in/ana"}) ==
          "https://linkedin.com/in/ana");
    CHECK(methodUrl({0, MethodKind::Url, "", "http://example.com"}) == "http://example.com");
    CHECK(methodUrl({0, MethodKind::Url, "", "javascript:alert(1)"}) ==
          "https://javascript:alert(1)");
    CHECK(methodUrl({0, MethodKind::Email, "", "ana @example.com; rm -rf"})
              .empty()); // spaces never leave
    CHECK(methodUrl({0, MethodKind::Phone, "", "call me"}).empty());
}

TEST_CASE("Save names the first field to fix, in the order of the form",
          "[ui][contact][validation]") {
    const CivilDate today{2026, 11, 18};
    app::ContactDraft d;
    d.name = "Ana";
    CHECK(app::checkDraft(d, today).saveBlocker().empty());
    d.emails = "ana@";
    d.birthday = "1991-02-30";
    CHECK(app::checkDraft(d, today).saveBlocker() == "Fix the birthday and 1 more field to save.");
    d.name = " ";
    CHECK(app::checkDraft(d, today).saveBlocker() == "Fix the name and 2 more fields to save.");
    d.emails.clear();
    d.birthday.clear();
    CHECK(app::checkDraft(d, today).saveBlocker() == "Add a name to save.");
}
