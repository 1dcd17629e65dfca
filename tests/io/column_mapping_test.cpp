#include "core/io/csv/column_mapping.h"

#include <catch2/catch.hpp>

using namespace rk;

TEST_CASE("The mapping is guessed from Google, Outlook and hand-made headers", "[io][csv][mapping]") {
    SECTION("Google Contacts") {
        const auto m = guessColumnMapping({"Name", "Given Name", "Additional Name", "Family Name", "Nickname",
                                           "Birthday", "Notes", "Group Membership", "E-mail 1 - Type",
                                           "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value",
                                           "Organization 1 - Name", "Organization 1 - Title",
                                           "Website 1 - Value", "Address 1 - Formatted", "Address 1 - City"});
        CHECK(m.fields == std::vector<CsvField>{
                              CsvField::FullName, CsvField::GivenName, CsvField::Ignore, CsvField::FamilyName,
                              CsvField::Extra, CsvField::Birthday, CsvField::Notes, CsvField::Tags,
                              CsvField::Ignore, CsvField::Email, CsvField::Ignore, CsvField::Phone,
                              CsvField::Company, CsvField::Title, CsvField::Url, CsvField::Extra,
                              CsvField::Location});
    }
    SECTION("Outlook, where Title is Mr/Ms beside Job Title") {
        const auto m = guessColumnMapping({"Title", "First Name", "Middle Name", "Last Name", "Company",
                                           "Job Title", "Business Phone", "Mobile Phone", "E-mail Address",
                                           "E-mail Display Name", "Web Page"});
        CHECK(m.fields == std::vector<CsvField>{
                              CsvField::Ignore, CsvField::GivenName, CsvField::Ignore, CsvField::FamilyName,
                              CsvField::Company, CsvField::Title, CsvField::Phone, CsvField::Phone,
                              CsvField::Email, CsvField::Ignore, CsvField::Url});
        CHECK(m.labels[6] == "work");
        CHECK(m.labels[7] == "mobile");
    }
    SECTION("a hand-made sheet") {
        const auto m = guessColumnMapping({"Who", "Employer", "Role", "LinkedIn", "Where we met", "Expertise", "Favourite colour"});
        CHECK(m.fields == std::vector<CsvField>{CsvField::Extra, CsvField::Company, CsvField::Title,
                                                CsvField::Url, CsvField::HowMet, CsvField::Knows, CsvField::Extra});
        CHECK(m.labels[3] == "LinkedIn");
    }
}

TEST_CASE("Field keys round-trip for the mapping UI and the CLI", "[io][csv][mapping]") {
    for (int i = 0; i < kCsvFieldCount; ++i) {
        const auto f = static_cast<CsvField>(i);
        CHECK(csvFieldFromKey(csvFieldKey(f)) == f);
        CHECK_FALSE(csvFieldName(f).empty());
    }
    CHECK_FALSE(csvFieldFromKey("nonsense"));
}

TEST_CASE("Generic CSV rows become contacts; rows without a name are rejected by line", "[io][csv][mapping]") {
    const std::string file = "First Name;Last Name;E-mail;Phone;Company;Tags;Birthday;Circle;Shoe size\n"
                             "Zeynep;Yılmaz;zeynep@example.org; ;Figma;design, mentor;1990-07-01;close;38\n"
                             ";;;;;;;;\n"
                             ";;;+1 555;ACME;;;;\n"
                             "\"Jean-Luc\";\"Picard\";jl@x.org;;;;14 Jul 1960;captain;\n";
    const CsvImport csv = readCsvContacts(file, "sheet.csv");
    const ParseResult& r = csv.result;
    REQUIRE(r.ok());
    REQUIRE(r.cards.size() == 2);
    const Contact& z = r.cards[0].contact;
    CHECK(z.displayName == "Zeynep Yılmaz");
    CHECK(z.company == "Figma");
    CHECK(z.tags == std::vector<std::string>{"design", "mentor"});
    CHECK(z.birthday == "1990-07-01");
    CHECK(z.circle == Circle::Close);
    CHECK(z.notes == "Shoe size: 38");
    CHECK(z.methods.size() == 1);
    CHECK(r.cards[1].contact.birthday == "1960-07-14");
    CHECK(r.cards[1].line == 5);
    REQUIRE(r.rejectedCount() == 1);
    CHECK(describeProblem(r.file, r.problems[0]) == "sheet.csv:4: row has no name or email; skipped");
    CHECK(describeProblem(r.file, r.problems[1]) == "sheet.csv:5: warning: Jean-Luc Picard: circle \"captain\" is unknown");
    CHECK(csv.header.size() == 9);
}

TEST_CASE("A corrected mapping overrides the guess", "[io][csv][mapping]") {
    const std::string file = "Col A,Col B\nAna,Stripe\n";
    CHECK_FALSE(readCsvContacts(file, "x.csv").result.ok()); // no name column guessed
    ColumnMapping m;
    m.fields = {CsvField::FullName, CsvField::Company};
    m.labels = {"", ""};
    const CsvImport csv = readCsvContacts(file, "x.csv", m);
    REQUIRE(csv.result.cards.size() == 1);
    CHECK(csv.result.cards[0].contact.company == "Stripe");
}
