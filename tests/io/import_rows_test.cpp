#include "core/db/store_error.h"
#include "core/io/import/import_rows.h"
#include "core/io/import/search_doc.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {

ImportCard card(int n, std::vector<std::string> tags = {"Mentors"}) {
    ImportCard c;
    c.contact.displayName = "Person " + std::to_string(n);
    c.contact.company = "Company " + std::to_string(n % 5);
    c.contact.methods.push_back(
        {0, MethodKind::Email, "work", "p" + std::to_string(n) + "@example.org"});
    c.contact.tags = std::move(tags);
    c.contact.knows = {"payments", "Payments"};
    c.contact.pastRoles.push_back({0, "Acme", "Intern", "2019"});
    Interaction met;
    met.at = 1'700'000'000 + n;
    c.interactions.push_back(met);
    return c;
}

const TagTable kTags = {{"mentors", {7, "Mentors"}}, {"design", {9, "design"}}};

} // namespace

TEST_CASE("A new contact's rows all point at its id, with tags as stored", "[io][commit]") {
    const ImportCard c = card(1, {"MENTORS", "", "design"});
    const NewContactRows rows = newContactRows(42, c, kTags, CadencePolicy{}, 1'700'000'000);
    CHECK(std::get<std::int64_t>(rows.contact.front()) == 42);
    REQUIRE(rows.methods.size() == 1);
    REQUIRE(rows.tagLinks.size() == 2); // the empty name is skipped
    CHECK(rows.tagLinks[0] == std::vector<SqlValue>{std::int64_t(42), std::int64_t(7)});
    CHECK(rows.tagLinks[1] == std::vector<SqlValue>{std::int64_t(42), std::int64_t(9)});
    CHECK(rows.knows.size() == 2); // the table keeps one of each, whatever the case
    CHECK(rows.roles.size() == 1);
    CHECK(rows.interactions.size() == 1);
    CHECK(std::get<std::int64_t>(rows.contact[16]) ==
          1'700'000'001); // last contact: the newest interaction
    CHECK(rows.searchDoc == searchDocRow(42, c.contact, {{7, "Mentors"}, {9, "design"}}));
}

// Issue 17, item 7: the import writes its search rows as the index writers do.
TEST_CASE("An import indexes the folded spelling, as the index writers do", "[search][fold]") {
    Contact c;
    c.givenName = "Søren";
    c.familyName = "Kierkegaard";
    c.displayName = "Søren Kierkegaard";
    c.company = "Ørsted";
    c.tags = {"Œnology"};
    const auto row = searchDocRow(7, c, {{1, "Œnology"}});
    REQUIRE(row.size() == searchDocColumns().size());
    CHECK(row[1] == SqlValue(std::string("Soren Kierkegaard")));
    CHECK(row[2] == SqlValue(std::string("orsted")));
    CHECK(row[8] == SqlValue(std::string("oenology")));
}
