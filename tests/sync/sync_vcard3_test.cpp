// An address book that takes only vCard 3.0 (iCloud) gets 3.0 cards: the
// version saved with the account at set-up is what every sync writes and
// compares in, so a 3.0 book sees no phantom change.
#include "core/commands/triage.h"
#include "core/io/text/text_util.h"
#include "core/sync/card_history.h"
#include "core/sync/card_merge.h"
#include "tests/sync/sync_world.h"

#include <catch2/catch.hpp>

using namespace rk;
using namespace rk::test;

namespace {

std::vector<unsigned char> tinyJpeg() {
    return {0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01, 0x00, 0xFF, 0xD9};
}

// Every field a card carries.
Contact everyField() {
    Contact c = SyncWorld::person("Ana Ruiz", "Northwind; Labs");
    c.givenName = "Ana";
    c.familyName = "Ruiz";
    c.title = "VP, Sales";
    c.industry = "Logistics";
    c.location = "Lisbon, Portugal";
    c.howMet = "PyCon 2019";
    c.birthday = "--04-12";
    c.notes = "Moved to Lisbon.\nLikes coffee, chess; and \\ slashes";
    c.circle = Circle::Close;
    c.cadenceDays = 45;
    c.photo = tinyJpeg();
    // In the order Radicale keeps them: its vobject writes every card back
    // (3.0 or 4.0) with the properties sorted by name, EMAIL before TEL.
    c.methods = {
        {0, MethodKind::Email, "work", "ana@northwind.example"},
        {0, MethodKind::Email, "home", "ana@home.example"},
        {0, MethodKind::Phone, "mobile", "+351 912 345 678"},
        {0, MethodKind::Phone, "work", "+1 555 0100,,22"}, // a dialling pause
        {0, MethodKind::Phone, "text", "+1 555 0199"},     // a type 4.0 has and 3.0 lacks
        {0, MethodKind::Url, "LinkedIn", "https://www.linkedin.com/in/anaruiz"},
    };
    c.tags = {"lisbon, pt", "mentor"};
    c.knows = {"freight pricing", "hiring; EU"};
    c.pastRoles = {{0, "Contoso", "Analyst", "2019"}};
    return c;
}

// The set-up a book that takes 3.0 gets: the account saved with its version.
void setUpFor3(SyncWorld& world, TempStore& device) {
    SyncState state(device.store.db());
    device.store.change("Set up sync", [&] {
        state.setAccount({world.server.url(), "alice", world.bookUrl, VCardVersion::V3});
    });
}

void logCoffee(TempStore& device, const std::string& name, const std::string& note) {
    Interaction i;
    i.contactId = SyncWorld::byName(device, name)->id;
    i.kind = InteractionKind::Coffee;
    i.note = note;
    i.askedHelp = true;
    device.clock.advance(3600);
    logInteraction(device.store, i);
}

} // namespace

TEST_CASE("A person with every field and a history travels in a vCard 3.0 sync card unchanged",
          "[sync][vcard3]") {
    const Contact ana = everyField();
    Interaction coffee;
    coffee.kind = InteractionKind::Coffee;
    coffee.at = kSyncNow;
    coffee.note = "Talked about the move; she's hiring.\nAsk in May";
    coffee.gaveHelp = true;
    const HistoryLines history = {historyLine(coffee)};

    const std::string text = withHistory(syncCardText(ana, "urn:uuid:ana", VCardVersion::V3), history);
    INFO(text);
    CHECK(text.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:ana\r\n"));
    CHECK(text.find("PHOTO;ENCODING=b;TYPE=JPEG:" + base64Encode(tinyJpeg())) != std::string::npos);
    CHECK(text.find("data:") == std::string::npos);
    CHECK(text.find("BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12") != std::string::npos);
    CHECK(text.find("X-REKINDLE-LOG;X-AT=") != std::string::npos);

    const auto read = readSyncCard(text);
    REQUIRE(read);
    CHECK(read->uid == "urn:uuid:ana");
    CHECK(differingFields(read->contact, ana).empty());
    CHECK(sameCardFields(read->contact, asCardSees(ana, VCardVersion::V3)));
    CHECK(historyOnCard(text).lines == history);
}

TEST_CASE("A database set up before the version was asked syncs in 4.0; the version is saved with the account",
          "[sync][vcard3]") {
    TempStore device{kSyncNow};
    SyncState state(device.store.db());
    device.store.change("Set up sync",
                        [&] { state.setAccount({"https://dav.example/", "alice", "https://dav.example/a/"}); });
    CHECK(state.account().cardVersion == VCardVersion::V4);
    CHECK(syncSetting(device.store.db(), "card_version") == "4.0");

    device.store.change("Before the version was asked",
                        [&] { device.store.db().exec("DELETE FROM sync_settings WHERE key = 'card_version'"); });
    CHECK(state.account().cardVersion == VCardVersion::V4);

    device.store.change("Set up sync", [&] {
        state.setAccount({"https://dav.example/", "alice", "https://dav.example/a/", VCardVersion::V3});
    });
    CHECK(state.account().cardVersion == VCardVersion::V3);
    CHECK(syncSetting(device.store.db(), "card_version") == "3.0");
}

TEST_CASE("A book that takes vCard 3.0 gets 3.0 cards, a second database reads the same people from them, "
          "and a sync with nothing changed changes nothing",
          "[sync][vcard3]") {
    SyncWorld world;
    setUpFor3(world, world.laptop);
    setUpFor3(world, world.desktop);
    SyncWorld::add(world.laptop, everyField());
    SyncWorld::add(world.laptop, SyncWorld::person("Ben Ode", "Contoso"));
    Contact cy = SyncWorld::person("Cy Lam");
    cy.birthday = "1990-02-28";
    cy.methods = {{0, MethodKind::Phone, "", "+44 7700 900123"}};
    SyncWorld::add(world.laptop, cy);
    logCoffee(world.laptop, "Ana Ruiz", "Talked about the move; she's hiring.\nAsk in May");

    const SyncReport up = world.sync(world.laptop);
    CHECK(up.sent.size() == 3);

    // On the server, as another client reads them: 3.0, in 3.0's forms.
    const std::vector<RemoteCard> cards = world.serverCards();
    REQUIRE(cards.size() == 3);
    for (const RemoteCard& card : cards) {
        INFO(card.text);
        CHECK(card.text.find("VERSION:3.0\r\n") != std::string::npos);
        CHECK(card.text.find("VERSION:4.0") == std::string::npos);
        CHECK(card.text.find("data:") == std::string::npos);
        CHECK(card.text.find("VALUE=text") == std::string::npos);
    }
    const auto ana = world.serverCardWith("Ana Ruiz");
    REQUIRE(ana);
    INFO(ana->text);
    CHECK(ana->text.find("PHOTO;ENCODING=b;TYPE=JPEG:") != std::string::npos);
    CHECK(ana->text.find("BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12") != std::string::npos);
    const HistoryLines anasHistory =
        historyHere(world.laptop.store.db(), SyncWorld::byName(world.laptop, "Ana Ruiz")->id);
    CHECK(anasHistory.size() == 1);
    CHECK(historyOnCard(ana->text).lines == anasHistory);
    CHECK(world.serverCardWith("BDAY:1990-02-28"));

    // A second database syncing from the 3.0 book gets the same people.
    const SyncReport down = world.sync(world.desktop);
    CHECK(down.received.size() == 3);
    CHECK(SyncWorld::everyoneAsCards(world.desktop, VCardVersion::V3) ==
          SyncWorld::everyoneAsCards(world.laptop, VCardVersion::V3));
    const auto got = SyncWorld::byName(world.desktop, "Ana Ruiz");
    REQUIRE(got);
    CHECK(got->photo == tinyJpeg());
    CHECK(got->birthday == "--04-12");
    CHECK(got->methods.size() == 6);
    CHECK(historyHere(world.desktop.store.db(), got->id) == anasHistory);

    // Nothing changed: no phantom update on either side, in one request.
    CHECK(world.sync(world.laptop).nothingChanged());
    CHECK(world.lastRequests == 1);
    const SyncReport quiet = world.sync(world.desktop);
    CHECK(quiet.summary() == "Synced: nothing changed");
    CHECK(world.lastRequests == 1);

    SECTION("an edit travels as a 3.0 card, and then all is quiet again") {
        SyncWorld::edit(world.desktop, "Ana Ruiz", [](Contact& c) { c.title = "COO"; });
        CHECK(world.sync(world.desktop).updatedThere == std::vector<std::string>{"Ana Ruiz"});
        const auto edited = world.serverCardWith("TITLE:COO");
        REQUIRE(edited);
        CHECK(edited->text.find("VERSION:3.0\r\n") != std::string::npos);
        CHECK(edited->text.find("PHOTO;ENCODING=b;TYPE=JPEG:") != std::string::npos);
        CHECK(world.sync(world.laptop).updatedHere == std::vector<std::string>{"Ana Ruiz"});
        CHECK(SyncWorld::byName(world.laptop, "Ana Ruiz")->title == "COO");
        CHECK(world.sync(world.laptop).nothingChanged());
        CHECK(world.sync(world.desktop).nothingChanged());
        CHECK(world.lastRequests == 1);
    }
}
