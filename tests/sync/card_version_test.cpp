// Which vCard version an address book takes, from its supported-address-data
// (RFC 6352 §6.2.2), as servers answer the PROPFIND: asked once at set-up.
#include "platform/dav/card_version.h"
#include "platform/dav/dav_server.h"
#include "platform/dav/http_client.h"
#include "tests/sync/sync_world.h"

#include <catch2/catch.hpp>

using namespace rk;
using namespace rk::test;

namespace {

// A PROPFIND answer for one address book whose supported-address-data holds
// `types` (address-data-type elements), with the C: and D: prefixes of RFC
// 6352's own examples.
std::string answerListing(const std::string& types) {
    return R"(<?xml version="1.0" encoding="utf-8" ?>
<D:multistatus xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
  <D:response>
    <D:href>/home/bernard/addressbook/</D:href>
    <D:propstat>
      <D:prop>
        <C:supported-address-data>)" +
           types + R"(</C:supported-address-data>
      </D:prop>
      <D:status>HTTP/1.1 200 OK</D:status>
    </D:propstat>
  </D:response>
</D:multistatus>
)";
}

} // namespace

TEST_CASE("An address book that lists only vCard 3.0 gets 3.0; anything else gets 4.0", "[sync][vcard3]") {
    SECTION("3.0 only, as RFC 6352 §6.2.2's example answers") {
        CHECK(cardVersionFromAnswer(answerListing(
                  R"(<C:address-data-type content-type="text/vcard" version="3.0"/>)")) == VCardVersion::V3);
    }
    SECTION("3.0 only, in the default namespaces iCloud-style servers write") {
        const std::string icloud =
            R"(<?xml version="1.0" encoding="UTF-8"?>)"
            R"(<multistatus xmlns="DAV:"><response><href>/123456/carddavhome/card/</href><propstat><prop>)"
            R"(<supported-address-data xmlns="urn:ietf:params:xml:ns:carddav">)"
            R"(<address-data-type content-type="text/vcard" version="3.0"/></supported-address-data>)"
            R"(</prop><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>)";
        CHECK(cardVersionFromAnswer(icloud) == VCardVersion::V3);
    }
    SECTION("an address-data-type with no attributes is text/vcard 3.0 (RFC 6352's defaults)") {
        CHECK(cardVersionFromAnswer(answerListing("<C:address-data-type/>")) == VCardVersion::V3);
    }
    SECTION("3.0 and 4.0, as SabreDAV (Nextcloud) lists them, with jCard beside") {
        CHECK(cardVersionFromAnswer(answerListing(
                  R"(<C:address-data-type content-type="text/vcard" version="3.0"/>)"
                  R"(<C:address-data-type content-type="text/vcard" version="4.0"/>)"
                  R"(<C:address-data-type content-type="application/vcard+json" version="4.0"/>)")) ==
              VCardVersion::V4);
    }
    SECTION("4.0 only") {
        CHECK(cardVersionFromAnswer(answerListing(
                  R"(<C:address-data-type content-type="text/vcard" version="4.0"/>)")) == VCardVersion::V4);
    }
    SECTION("4.0 as text/vcard, 3.0 only as another type") {
        CHECK(cardVersionFromAnswer(answerListing(
                  R"(<C:address-data-type content-type="TEXT/VCARD" version="4.0"/>)"
                  R"(<C:address-data-type content-type="application/x-other" version="3.0"/>)")) ==
              VCardVersion::V4);
    }
    SECTION("nothing listed") { CHECK(cardVersionFromAnswer(answerListing("")) == VCardVersion::V4); }
    SECTION("the property unknown (404), as Radicale answers") {
        const std::string radicale =
            R"(<?xml version='1.0' encoding='utf-8'?>)"
            R"(<multistatus xmlns="DAV:" xmlns:CR="urn:ietf:params:xml:ns:carddav"><response>)"
            R"(<href>/alice/contacts/</href><propstat><prop><CR:supported-address-data /></prop>)"
            R"(<status>HTTP/1.1 404 Not Found</status></propstat></response></multistatus>)";
        CHECK(cardVersionFromAnswer(radicale) == VCardVersion::V4);
    }
    SECTION("an answer that is no multistatus") {
        CHECK(cardVersionFromAnswer("<html><body>Service unavailable</body></html>") == VCardVersion::V4);
        CHECK(cardVersionFromAnswer("") == VCardVersion::V4);
    }
}

TEST_CASE("A real Radicale is asked once at set-up and gets 4.0, which its account remembers",
          "[sync][vcard3]") {
    SyncWorld world;
    HttpClient http("alice", "secret");
    CHECK(askCardVersion(http, world.bookUrl) == VCardVersion::V4);
    CHECK(http.requestCount() == 1);

    DavServer server;
    const SyncServer::FoundBook found =
        server.findAddressBook({world.server.url(), "alice", ""}, "secret", true, nullptr);
    CHECK(found.url == world.bookUrl);
    CHECK(found.cardVersion == VCardVersion::V4);
}
