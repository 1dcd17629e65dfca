// Google Contacts' CSV keeps its labels and the country (issue 17, item 21).
// The headers are the ones Google writes, in its order: the current export
// ("… - Label") and the older one ("… - Type", still in many archives).
#include "core/io/csv/column_mapping.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace rk;

namespace {

// Google Contacts → Export → Google CSV (2024), every column it writes.
const std::string kGoogleHeader =
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,"
    "Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,"
    "Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,"
    "E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - "
    "Value,"
    "Phone 3 - Label,Phone 3 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,"
    "Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,"
    "Address 1 - Country,Address 1 - Extended Address,Address 2 - Label,Address 2 - City,"
    "Address 2 - Country,Website 1 - Label,Website 1 - Value\n";

// The older Google CSV (and Outlook's import format from Google).
const std::string kOldGoogleHeader =
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
    "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,"
    "Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,"
    "Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
    "E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - "
    "Value,"
    "Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,"
    "Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,"
    "Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title,"
    "Organization 1 - Department,Organization 1 - Symbol,Organization 1 - Location,"
    "Organization 1 - Job Description,Website 1 - Type,Website 1 - Value\n";

std::vector<std::string> methods(const Contact& c) {
    std::vector<std::string> out;
    for (const auto& m : c.methods)
        out.push_back(std::to_string(static_cast<int>(m.kind)) + " " + m.label + ": " + m.value);
    return out;
}

} // namespace

TEST_CASE("Google's current CSV keeps e-mail and phone labels and the country",
          "[io][csv][google]") {
    const std::string file =
        kGoogleHeader +
        "Søren,,Lund,,,,,,,,Ørsted,Engineer,,1985-03-02,,,* myContacts,* Work,soren@orsted.example,"
        "Home,soren@home.example,Mobile,+45 20 12 34 56,Work,+45 70 00 00 00,Lab bench,+45 99 99 "
        "99 99,"
        "Home,\"Kraftværksvej 53, 7000 Fredericia, Denmark\",Kraftværksvej "
        "53,Fredericia,,,7000,Denmark,,"
        "Work,Copenhagen,Denmark,Profile,https://example.org/soren\n"
        "Ana,,García,,,,,,,,,,,,,,,Other ::: * Work,ana@a.example ::: ana@b.example,,,,,,,,,,,,"
        "Lisbon,,Lisboa,,Portugal,,,,,,\n";
    const CsvImport csv = readCsvContacts(file, "contacts.csv");
    const ParseResult& r = csv.result;
    REQUIRE(r.ok());
    REQUIRE(r.cards.size() == 2);

    const Contact& s = r.cards[0].contact;
    CHECK(s.displayName == "Søren Lund");
    CHECK(s.company == "Ørsted");
    CHECK(methods(s) ==
          std::vector<std::string>{"0 work: soren@orsted.example", "0 home: soren@home.example",
                                   "1 mobile: +45 20 12 34 56", "1 work: +45 70 00 00 00",
                                   "1 Lab bench: +45 99 99 99 99",
                                   "2 profile: https://example.org/soren"});
    // City and country of the first address; the second address adds nothing.
    CHECK(s.location == "Fredericia, Denmark");

    const Contact& a = r.cards[1].contact;
    // Several values in one cell, each with its own label.
    CHECK(methods(a) ==
          std::vector<std::string>{"0 other: ana@a.example", "0 work: ana@b.example"});
    CHECK(a.location == "Lisbon, Lisboa, Portugal");
}

TEST_CASE("Google's older CSV keeps its Type labels and the country", "[io][csv][google]") {
    const std::string file =
        kOldGoogleHeader +
        "Zeynep Yılmaz,Zeynep,,Yılmaz,,,,,,,,,,,,,,,,,,,,,,,,,* myContacts ::: Friends,* Work,"
        "zeynep@figma.example,,,Mobile,+90 532 000 00 "
        "00,,,Work,,,İstanbul,,,,Türkiye,,,Figma,,Designer,,,,,,\n";
    const CsvImport csv = readCsvContacts(file, "google.csv");
    const ParseResult& r = csv.result;
    REQUIRE(r.ok());
    REQUIRE(r.cards.size() == 1);
    const Contact& z = r.cards[0].contact;
    CHECK(z.displayName == "Zeynep Yılmaz");
    CHECK(z.company == "Figma");
    CHECK(z.title == "Designer");
    CHECK(z.tags == std::vector<std::string>{"Friends"});
    CHECK(methods(z) ==
          std::vector<std::string>{"0 work: zeynep@figma.example", "1 mobile: +90 532 000 00 00"});
    CHECK(z.location == "İstanbul, Türkiye");
}

TEST_CASE("Plain City and Country columns make one location", "[io][csv][google]") {
    const CsvImport csv =
        readCsvContacts("Name,City,Country\nKwame Mensah,Accra,Ghana\nLi Wei,Berlin,\n", "s.csv");
    REQUIRE(csv.result.cards.size() == 2);
    CHECK(csv.result.cards[0].contact.location == "Accra, Ghana");
    CHECK(csv.result.cards[1].contact.location == "Berlin");
}

// Found by fuzz_csv: a "… - Value" header with no group before it, beside
// plain headers, must not read past a " - " that is not there.
TEST_CASE("A Value column with no group beside plain headers imports without a crash", "[io][csv][google][bad-input]") {
    const CsvImport csv = readCsvContacts("Name,x- Value,Notes\nKwame Mensah,k@example.org,hi\n", "odd.csv");
    REQUIRE(csv.result.cards.size() == 1);
    CHECK(csv.result.cards[0].contact.displayName == "Kwame Mensah");
}
