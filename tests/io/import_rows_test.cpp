#include "core/db/store_error.h"
#include "core/io/import_rows.h"
#include "core/io/search_doc.h"

#include <catch2/catch.hpp>

using namespace rk;
using namespace rk::io;

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

TEST_CASE("The preparer hands out every card's rows in order, with ids counting up",
          "[io][commit]") {
    std::vector<ImportCard> cards;
    for (int i = 0; i < 1000; ++i)
        cards.push_back(card(i));
    std::vector<const ImportCard*> list;
    for (const auto& c : cards)
        list.push_back(&c);
    NewContactPreparer prepared(list, 501, kTags, CadencePolicy{}, 1'700'000'000);
    REQUIRE(prepared.size() == 1000);
    for (std::size_t k = 0; k < 1000; ++k) {
        const NewContactRows rows = prepared.take(k);
        REQUIRE(std::get<std::int64_t>(rows.contact.front()) == 501 + static_cast<std::int64_t>(k));
        REQUIRE(rows.searchDoc == newContactRows(501 + static_cast<std::int64_t>(k), cards[k],
                                                 kTags, CadencePolicy{}, 1'700'000'000)
                                      .searchDoc);
    }
}

TEST_CASE("A card the preparer cannot build stops the import with its reason",
          "[io][commit][failure]") {
    std::vector<ImportCard> cards;
    for (int i = 0; i < 100; ++i)
        cards.push_back(
            card(i, i == 70 ? std::vector<std::string>{"unknown"} : std::vector<std::string>{}));
    std::vector<const ImportCard*> list;
    for (const auto& c : cards)
        list.push_back(&c);
    NewContactPreparer prepared(list, 1, kTags, CadencePolicy{}, 1'700'000'000);
    for (std::size_t k = 0; k < 70; ++k)
        CHECK(std::get<std::int64_t>(prepared.take(k).contact.front()) == std::int64_t(k) + 1);
    CHECK_THROWS_AS(prepared.take(70), StoreError);
}

TEST_CASE("A preparer dropped half-way (a cancelled import) stops its worker",
          "[io][commit][failure]") {
    std::vector<ImportCard> cards(5000, card(1));
    std::vector<const ImportCard*> list;
    for (const auto& c : cards)
        list.push_back(&c);
    {
        NewContactPreparer prepared(list, 1, kTags, CadencePolicy{}, 1'700'000'000);
        CHECK(std::get<std::int64_t>(prepared.take(0).contact.front()) == 1);
    } // joins without waiting for the other 4999 to be built
    NewContactPreparer none({}, 1, kTags, CadencePolicy{}, 1'700'000'000);
    CHECK(none.size() == 0);
}
