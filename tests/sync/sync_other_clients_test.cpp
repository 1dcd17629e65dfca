// Cards other clients wrote (a phone's contacts app) keep what Rekindle has
// no field for, and their UID as spelt, when Rekindle changes them.
#include "tests/sync/sync_world.h"

#include "core/sync/card_overlay.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>

using namespace rk;
using namespace rk::test;

namespace {

// The card as one upper-case string with its folds undone, so a check does
// not depend on how the server re-wrapped or re-cased it.
std::string flat(std::string text) {
    for (const char* fold : {"\r\n ", "\r\n\t", "\n ", "\n\t"})
        for (std::size_t at; (at = text.find(fold)) != std::string::npos;) text.erase(at, std::string(fold).size());
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
    return text;
}

const std::string kUid = "6D1E2F00-ABCD-4E5F-9A0B-00000000C41D";
const std::string kPhoneCard = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:" + kUid +
                               "\r\nFN:Chidi Okafor\r\nN:Okafor;Chidi;;;\r\nORG:Initech\r\nNICKNAME:Chi\r\n"
                               "ADR;TYPE=HOME:;;12 Elm Street;Lagos;;100001;Nigeria\r\n"
                               "item1.X-ABDATE:2015-06-01\r\nitem1.X-ABLabel:_$!<Anniversary>!$_\r\n"
                               "item2.TEL:+234 800 000 0001\r\nitem2.X-ABLabel:Lagos office\r\n"
                               "END:VCARD\r\n";

} // namespace

TEST_CASE("A phone's card changed here keeps its nickname, street, anniversary and UID", "[sync][fidelity]") {
    SyncWorld world;
    {
        HttpClient http("alice", "secret");
        CardDavBook book(http, world.bookUrl);
        REQUIRE(book.put(book.hrefFor(kUid), kPhoneCard, "").outcome == WriteOutcome::Written);
    }
    CHECK(world.sync(world.laptop).received == std::vector<std::string>{"Chidi Okafor"});
    auto chidi = SyncWorld::byName(world.laptop, "Chidi Okafor");
    REQUIRE(chidi);
    CHECK(chidi->notes.empty()); // the nickname stays on the card, not in the notes
    CHECK(chidi->location == "Lagos, Nigeria");
    REQUIRE(chidi->methods.size() == 1);
    CHECK(chidi->methods[0].label == "Lagos office");

    SyncWorld::edit(world.laptop, "Chidi Okafor", [](Contact& c) {
        c.company = "Globex";
        c.methods.push_back({0, MethodKind::Email, "work", "chidi@globex.example"});
    });
    CHECK(world.sync(world.laptop).updatedThere == std::vector<std::string>{"Chidi Okafor"});
    const std::string card = flat(world.serverCardWith("Chidi")->text);
    INFO(card);
    CHECK(card.find("UID:" + kUid) != std::string::npos);
    CHECK(card.find("ORG:GLOBEX") != std::string::npos);
    CHECK(card.find("CHIDI@GLOBEX.EXAMPLE") != std::string::npos);
    CHECK(card.find("NICKNAME:CHI") != std::string::npos);
    CHECK(card.find("12 ELM STREET") != std::string::npos);
    CHECK(card.find("X-ABDATE:2015-06-01") != std::string::npos);
    CHECK(card.find("_$!<ANNIVERSARY>!$_") != std::string::npos);
    CHECK(card.find("ORG:INITECH") == std::string::npos);
    CHECK(world.sync(world.laptop).nothingChanged());
    // The other database sees the same person.
    world.sync(world.desktop);
    CHECK(SyncWorld::byName(world.desktop, "Chidi Okafor")->company == "Globex");
}

TEST_CASE("The overlay replaces only the changed fields' properties, groups and all", "[sync][fidelity]") {
    const std::string ours = "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:x\r\nFN:Chidi Okafor\r\nORG:Globex\r\n"
                             "item1.TEL:+1\r\nitem1.X-ABLabel:desk\r\nREV:20261201T120000Z\r\nEND:VCARD\r\n";
    const std::string both = overlayCard(kPhoneCard, ours, {"company", "phones, emails and links"});
    CHECK(both == "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:" + kUid +
                      "\r\nFN:Chidi Okafor\r\nN:Okafor;Chidi;;;\r\nNICKNAME:Chi\r\n"
                      "ADR;TYPE=HOME:;;12 Elm Street;Lagos;;100001;Nigeria\r\n"
                      "item1.X-ABDATE:2015-06-01\r\nitem1.X-ABLabel:_$!<Anniversary>!$_\r\n"
                      "ORG:Globex\r\nrekindle-item1.TEL:+1\r\nrekindle-item1.X-ABLabel:desk\r\n"
                      "REV:20261201T120000Z\r\nEND:VCARD\r\n");
    CHECK(overlayCard("not a card", ours, {"company"}) == ours);
    CHECK(cardUidAsWritten(kPhoneCard) == kUid);
}

TEST_CASE("A location edited here changes the city of the phone's address and keeps its street",
          "[sync][fidelity]") {
    const std::string twoAddresses = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:x\r\nFN:Chidi Okafor\r\n"
                                     "item1.ADR;TYPE=HOME:;Flat 2;12 Elm Street\\, Ikoyi;Lagos;LA;100001;Nigeria\r\n"
                                     "item1.X-ABLabel:home\r\n"
                                     "ADR;TYPE=WORK:;;1 Quay Road;Accra;;;Ghana\r\nEND:VCARD\r\n";
    const auto withLocation = [](const std::string& location) {
        Contact c;
        c.displayName = "Chidi Okafor";
        c.location = location;
        return syncCardText(c, "x");
    };
    const std::string moved = overlayCard(twoAddresses, withLocation("Berlin, Germany"), {"location"});
    CHECK(moved.find("item1.ADR;TYPE=HOME:;Flat 2;12 Elm Street\\, Ikoyi;Berlin\\, Germany;;100001;\r\n") !=
          std::string::npos);
    CHECK(moved.find("item1.X-ABLabel:home") != std::string::npos);
    CHECK(moved.find("ADR;TYPE=WORK:;;1 Quay Road;Accra;;;Ghana") != std::string::npos);
    CHECK(readSyncCard(moved)->contact.location == "Berlin, Germany");

    // Cleared here: the address it was read from goes, the other stays.
    const std::string cleared = overlayCard(twoAddresses, withLocation(""), {"location"});
    CHECK(cleared.find("Elm Street") == std::string::npos);
    CHECK(cleared.find("1 Quay Road") != std::string::npos);

    // A card with no address gets ours.
    const std::string none = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:x\r\nFN:Chidi Okafor\r\nEND:VCARD\r\n";
    CHECK(readSyncCard(overlayCard(none, withLocation("Lagos"), {"location"}))->contact.location == "Lagos");
}

TEST_CASE("A location edited here reaches the phone's card through the server, street kept", "[sync][fidelity]") {
    SyncWorld world;
    {
        HttpClient http("alice", "secret");
        CardDavBook book(http, world.bookUrl);
        REQUIRE(book.put(book.hrefFor(kUid), kPhoneCard, "").outcome == WriteOutcome::Written);
    }
    world.sync(world.laptop);
    SyncWorld::edit(world.laptop, "Chidi Okafor", [](Contact& c) { c.location = "Abuja, Nigeria"; });
    CHECK(world.sync(world.laptop).updatedThere == std::vector<std::string>{"Chidi Okafor"});
    const std::string card = flat(world.serverCardWith("Chidi")->text);
    INFO(card);
    CHECK(card.find("12 ELM STREET") != std::string::npos);
    CHECK(card.find("ABUJA") != std::string::npos);
    CHECK(card.find("LAGOS;") == std::string::npos);
    CHECK(world.sync(world.laptop).nothingChanged());
    world.sync(world.desktop);
    CHECK(SyncWorld::byName(world.desktop, "Chidi Okafor")->location == "Abuja, Nigeria");
}
