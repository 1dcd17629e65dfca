// vCard 3.0 (RFC 2426), written for address books that take only 3.0 (the
// sync to iCloud), reads back as the same person, in 3.0's own forms.
#include "core/io/vcard/vcard_reader.h"
#include "core/io/vcard/vcard_writer.h"
#include "tests/io/io_fixtures.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {

// Every field a card carries, with the values most likely to trip a writer:
// escapes, a comma in a phone number, a label 3.0 has no type for.
Contact everyField() {
    Contact c;
    c.displayName = "Ana María Ruiz";
    c.givenName = "Ana María";
    c.familyName = "Ruiz";
    c.company = "Northwind; Labs";
    c.title = "VP, Sales";
    c.industry = "Logistics";
    c.location = "Lisbon, Portugal";
    c.howMet = "PyCon 2019";
    c.birthday = "1985-04-12";
    c.notes = "Moved to Lisbon.\nLikes: coffee, chess; \\ backslash";
    c.circle = Circle::Close;
    c.cadenceDays = 45;
    c.photo = test::tinyJpeg();
    c.methods = {
        {0, MethodKind::Phone, "mobile", "+351 912 345 678"},
        {0, MethodKind::Phone, "work", "+1 555 0100,,22"}, // a dialling pause
        {0, MethodKind::Phone, "text", "+1 555 0199"},
        {0, MethodKind::Phone, "Office line", "+1 555 0111"},
        {0, MethodKind::Email, "work", "ana@northwind.example"},
        {0, MethodKind::Email, "home", "ana@home.example"},
        {0, MethodKind::Email, "", "ana.ruiz@mail.example"},
        {0, MethodKind::Url, "LinkedIn", "https://www.linkedin.com/in/anaruiz"},
    };
    c.tags = {"mentor", "lisbon, pt"};
    c.knows = {"freight pricing", "hiring; EU"};
    c.pastRoles = {{0, "Contoso", "Analyst", "2019"}, {0, "Fabrikam", "", ""}};
    return c;
}

Contact readBack(const std::string& text) {
    const ParseResult parsed = readVCard(text, "card.vcf");
    std::string problems;
    for (const auto& p : parsed.problems) problems += p.message + "\n";
    INFO(problems);
    REQUIRE(parsed.problems.empty());
    REQUIRE(parsed.cards.size() == 1);
    return parsed.cards.front().contact;
}

} // namespace

TEST_CASE("A person with every field written as vCard 3.0 reads back as the same person", "[io][vcard][vcard3]") {
    Contact ana = everyField();
    SECTION("with a birthday and its year") {}
    SECTION("with a birthday without a year") { ana.birthday = "--02-29"; }
    SECTION("with a PNG photo") { ana.photo = test::tinyPng(); }

    const std::string text = writeVCard(ana, VCardVersion::V3);
    INFO(text);
    CHECK(readBack(text) == ana);
}

TEST_CASE("A vCard 3.0 card says 3.0 and uses 3.0's forms, not 4.0's", "[io][vcard][vcard3]") {
    const Contact ana = everyField();
    const std::string text = writeVCard(ana, VCardVersion::V3);
    INFO(text);
    CHECK(text.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
    CHECK(text.find("VERSION:4.0") == std::string::npos);
    // The photo in 3.0's inline form, its type the image's subtype.
    CHECK(text.find("PHOTO;ENCODING=b;TYPE=JPEG:" + test::base64Of(test::tinyJpeg()) + "\r\n") != std::string::npos);
    CHECK(text.find("data:") == std::string::npos);
    // Phone numbers with no VALUE= (3.0's TEL has one value type); a pause's
    // comma escaped, or a server that parses the card cuts the number there.
    CHECK(text.find("VALUE=") == std::string::npos);
    CHECK(text.find("TEL;TYPE=cell:+351 912 345 678\r\n") != std::string::npos);
    CHECK(text.find("TEL;TYPE=work:+1 555 0100\\,\\,22\r\n") != std::string::npos);
    // "text" is a phone type in 4.0 only: in 3.0 it is a label.
    CHECK(text.find("TYPE=text") == std::string::npos);
    CHECK(text.find("item1.TEL:+1 555 0199\r\nitem1.X-ABLabel:text\r\n") != std::string::npos);
    CHECK(text.find("BDAY:1985-04-12\r\n") != std::string::npos);
    CHECK(text.find("EMAIL;TYPE=work:ana@northwind.example\r\n") != std::string::npos);
    CHECK(text.find("\r\nKIND") == std::string::npos); // no KIND line; X-REKINDLE holds the letters
    // Rekindle's own fields are the same lines as in 4.0.
    const std::string four = writeVCard(ana);
    for (const char* line : {"X-REKINDLE-INDUSTRY:Logistics\r\n", "X-REKINDLE-CIRCLE:close\r\n",
                             "X-REKINDLE-CADENCE:45\r\n", "X-REKINDLE-KNOWS:hiring\\; EU\r\n",
                             "role1.X-REKINDLE-PAST-ROLE:Contoso\r\n"}) {
        CHECK(text.find(line) != std::string::npos);
        CHECK(four.find(line) != std::string::npos);
    }

    SECTION("a birthday without a year is Apple's 1604 with X-APPLE-OMIT-YEAR") {
        Contact noYear = ana;
        noYear.birthday = "--04-12";
        const std::string card = writeVCard(noYear, VCardVersion::V3);
        CHECK(card.find("BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-12\r\n") != std::string::npos);
        CHECK(writeVCard(noYear).find("BDAY:--0412\r\n") != std::string::npos);
    }
}

TEST_CASE("The vCard export stays 4.0", "[io][vcard][vcard3]") {
    const std::string text = writeVCard(everyField());
    CHECK(text.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    CHECK(text.find("PHOTO:data:image/jpeg;base64,") != std::string::npos);
    CHECK(text.find("TEL;VALUE=text;TYPE=cell:+351 912 345 678\r\n") != std::string::npos);
    CHECK(writeVCard(everyField(), VCardVersion::V4) == text);
}
