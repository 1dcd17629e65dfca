// Interactions travel with their person's card (X-REKINDLE-LOG), so two
// databases syncing through one real Radicale end with the same history.
#include "core/commands/history_commands.h"
#include "core/commands/triage.h"
#include "core/repo/interaction_repo.h"
#include "core/sync/card_history.h"
#include "core/sync/sync_plan.h"
#include "tests/sync/sync_world.h"

#include <catch2/catch.hpp>

using namespace rk;
using namespace rk::test;

namespace {

Interaction logged(TempStore& device, const std::string& name, InteractionKind kind, const std::string& note) {
    Interaction i;
    i.contactId = SyncWorld::byName(device, name)->id;
    i.kind = kind;
    i.note = note;
    device.clock.advance(3600);
    logInteraction(device.store, i);
    return i;
}

HistoryLines historyOf(TempStore& device, const std::string& name) {
    return historyHere(device.store.db(), SyncWorld::byName(device, name)->id);
}

std::vector<std::string> notesOf(TempStore& device, const std::string& name) {
    std::vector<std::string> out;
    for (const auto& line : historyOf(device, name)) out.push_back(readHistoryLine(line)->note);
    return out;
}

} // namespace

TEST_CASE("A second database receives each person's whole history, and its follow-up dates",
          "[sync][history]") {
    SyncWorld world;
    SyncWorld::add(world.laptop, SyncWorld::person("Ana Ruiz", "Northwind"));
    SyncWorld::add(world.laptop, SyncWorld::person("Ben Ode", "Contoso"));
    logged(world.laptop, "Ana Ruiz", InteractionKind::Coffee, "Talked about the move; she's hiring, maybe.\nAsk in May");
    Interaction call = logged(world.laptop, "Ana Ruiz", InteractionKind::Call, "");
    call.direction = Direction::In;
    editInteraction(world.laptop.store, call);

    world.sync(world.laptop);
    // Other clients see the lines, and keep them (they are X- properties).
    const auto card = world.serverCardWith("Ana Ruiz");
    REQUIRE(card);
    INFO(card->text);
    CHECK(historyOnCard(card->text).lines == historyOf(world.laptop, "Ana Ruiz"));

    const SyncReport down = world.sync(world.desktop);
    CHECK(down.received.size() == 2);
    CHECK(historyOf(world.desktop, "Ana Ruiz") == historyOf(world.laptop, "Ana Ruiz"));
    CHECK(historyOf(world.desktop, "Ana Ruiz").size() == 2);
    CHECK(notesOf(world.desktop, "Ana Ruiz")[0] == "Talked about the move; she's hiring, maybe.\nAsk in May");
    CHECK(historyOf(world.desktop, "Ben Ode").empty());
    const Contact here = *SyncWorld::byName(world.laptop, "Ana Ruiz");
    const Contact there = *SyncWorld::byName(world.desktop, "Ana Ruiz");
    CHECK(there.lastContactAt == here.lastContactAt);
    CHECK(there.nextDue == here.nextDue);
    // Received, not logged again: nothing to send back.
    CHECK(world.sync(world.desktop).nothingChanged());
    CHECK(world.sync(world.laptop).nothingChanged());
}

TEST_CASE("What each computer logs, edits and deletes reaches the other", "[sync][history]") {
    SyncWorld world;
    SyncWorld::add(world.laptop, SyncWorld::person("Ana Ruiz"));
    logged(world.laptop, "Ana Ruiz", InteractionKind::Email, "intro");
    world.sync(world.laptop);
    world.sync(world.desktop);

    // Both log something before either syncs: both are kept, on both.
    logged(world.laptop, "Ana Ruiz", InteractionKind::Call, "from the laptop");
    world.desktop.clock.advance(600);
    logged(world.desktop, "Ana Ruiz", InteractionKind::Coffee, "from the desktop");
    CHECK(world.sync(world.laptop).updatedThere == std::vector<std::string>{"Ana Ruiz"});
    const SyncReport desk = world.sync(world.desktop);
    CHECK(desk.updatedHere == std::vector<std::string>{"Ana Ruiz"});
    CHECK(desk.conflicts.empty());
    world.sync(world.laptop);
    CHECK(historyOf(world.laptop, "Ana Ruiz").size() == 3);
    CHECK(historyOf(world.desktop, "Ana Ruiz") == historyOf(world.laptop, "Ana Ruiz"));

    // A deletion on the desktop and an edit on the laptop of two others.
    const ContactId deskAna = SyncWorld::byName(world.desktop, "Ana Ruiz")->id;
    for (const Interaction& i : InteractionRepo(world.desktop.store.db()).forContact(deskAna))
        if (i.note == "from the laptop") deleteInteraction(world.desktop.store, i.id);
    const ContactId lapAna = SyncWorld::byName(world.laptop, "Ana Ruiz")->id;
    for (Interaction i : InteractionRepo(world.laptop.store.db()).forContact(lapAna))
        if (i.note == "intro") {
            i.note = "intro, via Ben";
            editInteraction(world.laptop.store, i);
        }
    world.sync(world.desktop);
    world.sync(world.laptop);
    world.sync(world.desktop);
    const std::vector<std::string> expected = {"intro, via Ben", "from the desktop"};
    CHECK(notesOf(world.laptop, "Ana Ruiz") == expected);
    CHECK(notesOf(world.desktop, "Ana Ruiz") == expected);
    CHECK(SyncWorld::everyoneAsCards(world.laptop) == SyncWorld::everyoneAsCards(world.desktop));
}

TEST_CASE("A sync that brought history is one undoable step", "[sync][history][undo]") {
    SyncWorld world;
    SyncWorld::add(world.laptop, SyncWorld::person("Ana Ruiz"));
    world.sync(world.laptop);
    world.sync(world.desktop);
    logged(world.laptop, "Ana Ruiz", InteractionKind::Meeting, "planning");
    world.sync(world.laptop);
    world.sync(world.desktop);
    CHECK(historyOf(world.desktop, "Ana Ruiz").size() == 1);
    CHECK(SyncWorld::byName(world.desktop, "Ana Ruiz")->lastContactAt);

    world.desktop.store.undo();
    CHECK(historyOf(world.desktop, "Ana Ruiz").empty());
    CHECK_FALSE(SyncWorld::byName(world.desktop, "Ana Ruiz")->lastContactAt);
}

TEST_CASE("An interaction logged while a sync talks to the server is kept and sent next time",
          "[sync][history][background]") {
    SyncWorld world;
    SyncWorld::add(world.laptop, SyncWorld::person("Ana Ruiz"));
    world.sync(world.laptop);
    world.sync(world.desktop);
    logged(world.desktop, "Ana Ruiz", InteractionKind::Call, "from the desktop");
    world.sync(world.desktop);

    // The laptop's background sync plans on its own connection…
    Store worker(world.laptop.dir.file("rekindle.db"), world.laptop.clock);
    HttpClient http("alice", "secret");
    CardDavBook book(http, world.bookUrl);
    PlannedSync planned = planAddressBookSync(worker, book, false);
    REQUIRE(planned.report.updatedHere.size() == 1);

    // …while a coffee is logged in the window.
    world.laptop.clock.advance(600);
    logged(world.laptop, "Ana Ruiz", InteractionKind::Coffee, "from the laptop");
    const auto left = applySyncPlan(world.laptop.store, planned.plan, planned.report.summary(), PlanCheck::CompareSeen);
    CHECK(left == std::vector<std::string>{"Ana Ruiz"});
    CHECK(notesOf(world.laptop, "Ana Ruiz") == std::vector<std::string>{"from the laptop"});

    world.sync(world.laptop);
    world.sync(world.desktop);
    const std::vector<std::string> both = {"from the desktop", "from the laptop"};
    CHECK(notesOf(world.laptop, "Ana Ruiz") == both);
    CHECK(notesOf(world.desktop, "Ana Ruiz") == both);
}

TEST_CASE("A person deleted on the server but with something new logged here comes back", "[sync][history][delete]") {
    SyncWorld world;
    SyncWorld::add(world.laptop, SyncWorld::person("Ana Ruiz"));
    world.sync(world.laptop);
    world.deleteOnServer("Ana Ruiz");
    logged(world.laptop, "Ana Ruiz", InteractionKind::Message, "still in touch");
    const SyncReport report = world.sync(world.laptop);
    CHECK(report.cameBack == std::vector<std::string>{"Ana Ruiz"});
    const auto card = world.serverCardWith("Ana Ruiz");
    REQUIRE(card);
    const HistoryLines there = historyOnCard(card->text).lines;
    REQUIRE(there.size() == 1);
    CHECK(readHistoryLine(there[0])->note == "still in touch");
}
