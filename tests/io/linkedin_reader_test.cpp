#include "core/io/csv/linkedin_reader.h"
#include "core/time/civil_date.h"
#include "tests/support/test_clock.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {
// As LinkedIn writes Connections.csv: a note block first, then the header.
const std::string kExport =
    "Notes:\r\n"
    "\"When exporting your connection data, you may notice that some of the email addresses are "
    "missing. You will only see email addresses for connections who have allowed their connections "
    "to see or download their email address using this setting https://www.linkedin.com/psettings/"
    "privacy/email. You can learn more here: https://www.linkedin.com/help/linkedin/answer/261\"\r\n"
    "\r\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
    "Amara,Mensah,https://www.linkedin.com/in/amaramensah,amara@example.org,\"Adyen, Inc.\",Head of Product,14 Jan 2024\r\n"
    "Дмитрий,Волков,https://www.linkedin.com/in/dvolkov,,Яндекс,Разработчик,03 Mar 2019\r\n"
    ",,,,,,01 Feb 2020\r\n"
    "Lena,Weber,https://www.linkedin.com/in/lweber,,,,sometime\r\n";
} // namespace

TEST_CASE("A LinkedIn export lands with company, position, URL and a first interaction", "[io][linkedin]") {
    test::ScopedTimeZone tz("Europe/Berlin");
    const ParseResult r = readLinkedIn(kExport, "Connections.csv");
    REQUIRE(r.ok());
    REQUIRE(r.cards.size() == 3);
    const ImportCard& a = r.cards[0];
    CHECK(a.contact.displayName == "Amara Mensah");
    CHECK(a.contact.company == "Adyen, Inc.");
    CHECK(a.contact.title == "Head of Product");
    REQUIRE(a.contact.methods.size() == 2);
    CHECK(a.contact.methods[0].kind == MethodKind::Url);
    CHECK(a.contact.methods[0].label == "LinkedIn");
    CHECK(a.contact.methods[1].value == "amara@example.org");
    REQUIRE(a.interactions.size() == 1);
    CHECK(a.interactions[0].kind == InteractionKind::Other);
    CHECK(localDateOf(a.interactions[0].at).iso() == "2024-01-14");
    CHECK(a.line == 5);
    CHECK(r.cards[1].contact.displayName == "Дмитрий Волков");
    CHECK(r.cards[1].contact.title == "Разработчик");
    CHECK(r.cards[2].interactions.empty());

    // Line 7 is a member who left: skipped, not a problem.
    CHECK(r.skippedCount == 1);
    CHECK(r.errorCount == 0);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].severity == ProblemSeverity::Warning);
    CHECK(r.problems[0].line == 8);
}

TEST_CASE("LinkedIn's empty rows for members who left are skipped, not rejected", "[io][linkedin]") {
    const std::string header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n";
    SECTION("rows with nothing, or nothing but the date, are counted as skipped") {
        const ParseResult r = readLinkedIn(header + ",,,,,,01 Feb 2020\r\n"
                                                    "Ana,Ruiz,,,,,\r\n"
                                                    ",,,,,,\r\n"
                                                    " , ,,,,,\r\n",
                                           "Connections.csv");
        REQUIRE(r.ok());
        CHECK(r.cards.size() == 1);
        CHECK(r.skippedCount == 3);
        CHECK(r.errorCount == 0);
        CHECK(r.problems.empty());
        CHECK(r.skippedReason.find("closed their account") != std::string::npos);
    }
    SECTION("a row with a company or an email but no name is still rejected, with its line") {
        const ParseResult r = readLinkedIn(header + ",,,,Adyen,Engineer,01 Feb 2020\r\n"
                                                    ",,,someone@x.org,,,\r\n",
                                           "Connections.csv");
        CHECK(r.skippedCount == 0);
        CHECK(r.errorCount == 2);
        REQUIRE(r.problems.size() == 2);
        CHECK(describeProblem(r.file, r.problems[0]) ==
              "Connections.csv:2: row has no name, so it could not be imported");
        CHECK(r.problems[1].line == 3);
    }
}

TEST_CASE("A CSV without LinkedIn's header is refused as a LinkedIn export", "[io][linkedin]") {
    const ParseResult r = readLinkedIn("Name,Email\nAna,ana@x.org\n", "other.csv");
    CHECK_FALSE(r.ok());
    CHECK_FALSE(looksLikeLinkedIn("Name,Email\n"));
    CHECK(looksLikeLinkedIn(kExport));
}

TEST_CASE("An older export without the URL column still maps by header name", "[io][linkedin]") {
    const ParseResult r = readLinkedIn("First Name,Last Name,Email Address,Company,Position,Connected On\n"
                                       "Ravi,Iyer,ravi@x.org,Infosys,Architect,\"Jan 5, 2016\"\n",
                                       "old.csv");
    REQUIRE(r.cards.size() == 1);
    CHECK(r.cards[0].contact.company == "Infosys");
    CHECK(r.cards[0].interactions.size() == 1);
}
