#include "core/search/who_do_i_know.h"
#include "tests/search/search_fixture.h"

#include <catch2/catch.hpp>

using namespace rk;
using namespace rk::test;

namespace {

std::vector<std::string> namesIn(const WhoGroup& group) {
    std::vector<std::string> out;
    for (const auto& hit : group.people)
        out.push_back(hit.card.displayName);
    return out;
}

} // namespace

TEST_CASE("Who do I know at a company, grouped by warmth, past roles included", "[search][who]") {
    SearchFixture f;
    // Warm, current employee.
    const ContactId wanda = f.add("Wanda", "Warm", "Stripe", "Engineer");
    f.log(wanda, Direction::Out, 10);
    f.log(wanda, Direction::In, 9);
    // Warm, but only through a past role: listed after the direct match.
    Contact alum;
    alum.givenName = "Alma";
    alum.familyName = "Alum";
    alum.company = "Etsy";
    alum.pastRoles = {{0, "Stripe", "PM", "2020"}};
    const ContactId alma = f.add(alum);
    f.log(alma, Direction::Out, 3, InteractionKind::Coffee);
    // Cooling: emailed recently, no reply.
    const ContactId cole = f.add("Cole", "Cooling", "Stripe", "Designer");
    f.log(cole, Direction::Out, 20);
    // Cold: years ago; mentioned in notes only.
    Contact noted;
    noted.givenName = "Nico";
    noted.familyName = "Notes";
    noted.notes = "Brother works at Stripe.";
    const ContactId nico = f.add(noted);
    f.log(nico, Direction::In, 700);
    // Not a match at all.
    f.add("Otto", "Other", "Monzo");
    // Archived people are not offered.
    const ContactId gone = f.add("Gus", "Gone", "Stripe");
    f.store.change("Archive", [&] { f.contacts.archive(gone, f.clock.now()); });

    ContactSearch search(f.store.db(), f.clock);
    const auto result = whoDoIKnow(search, "stripe");
    CHECK(result.query.ok());
    CHECK(result.total == 4);
    CHECK_FALSE(result.truncated);
    CHECK(result.groups[0].level == WarmthLevel::Warm);
    CHECK(namesIn(result.groups[0]) == std::vector<std::string>{"Wanda Warm", "Alma Alum"});
    CHECK(result.groups[0].people[1].matchLabel() == "past role at Stripe");
    CHECK(result.groups[1].level == WarmthLevel::Cooling);
    CHECK(namesIn(result.groups[1]) == std::vector<std::string>{"Cole Cooling"});
    CHECK(result.groups[2].level == WarmthLevel::Cold);
    CHECK(namesIn(result.groups[2]) == std::vector<std::string>{"Nico Notes"});
    CHECK(result.groups[2].people[0].matchLabel() == "notes: Brother works at Stripe.");

    // at: looks at companies and past roles, not notes.
    const auto at = whoDoIKnow(search, "at:stripe");
    CHECK(at.total == 3);
    CHECK(at.groups[2].people.empty());

    // A cap keeps the first matches and says so.
    const auto capped = whoDoIKnow(search, "stripe", {}, 2);
    CHECK(capped.total == 2);
    CHECK(capped.truncated);
}

TEST_CASE("Who knows a topic, and what a malformed question returns", "[search][who]") {
    SearchFixture f;
    Contact k;
    k.givenName = "Kim";
    k.familyName = "Kube";
    k.knows = {"kubernetes"};
    f.add(k);
    Contact n;
    n.givenName = "Noa";
    n.familyName = "Note";
    n.notes = "Ran the kubernetes migration at her last job.";
    f.add(n);
    ContactSearch search(f.store.db(), f.clock);

    const auto who = whoDoIKnow(search, "knows:kubernetes");
    CHECK(who.total == 2);
    REQUIRE(who.groups[2].people.size() == 2);
    CHECK(who.groups[2].people[0].matchLabel() == "knows: kubernetes"); // direct first
    CHECK(who.groups[2].people[1].matchedIndirectly());

    const auto bad = whoDoIKnow(search, "at:");
    CHECK_FALSE(bad.query.ok());
    CHECK(bad.query.problems[0].message == "at: needs a company, e.g. at:Stripe");
    CHECK(bad.total == 0);
    CHECK(whoDoIKnow(search, "   ").total == 0);
}
