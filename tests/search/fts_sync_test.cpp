#include "tests/search/search_fixture.h"

#include <catch2/catch.hpp>

using namespace rk;
using namespace rk::test;

namespace {

// Both plans that read the indexes: ranked (few matches) and name-first
// (many matches; a limit of 0 forces it on a small database).
SearchOptions plan(int limit) {
    SearchOptions options;
    options.rankLimit = limit;
    options.sortLimit = limit;
    return options;
}

std::vector<std::string> find(SearchFixture& f, const SearchOptions& options,
                              const std::string& text, SearchFilters filters = {}) {
    ContactSearch search(f.store.db(), f.clock, options);
    return sorted(names(search.search({.text = text, .filters = filters})));
}

} // namespace

TEST_CASE("A new contact is searchable at once, by every field", "[search][fts]") {
    SearchFixture f;
    Contact c;
    c.givenName = "José";
    c.familyName = "García";
    c.company = "Stripe";
    c.title = "Engineering Manager";
    c.industry = "Fintech";
    c.location = "Lisbon";
    c.howMet = "Hackathon team";
    c.notes = "Training for the Berlin marathon.";
    c.tags = {"mentor"};
    c.knows = {"kubernetes"};
    c.methods = {{0, MethodKind::Email, "work", "jg@stripe.example"}};
    c.pastRoles = {{0, "Monzo", "Senior Engineer", "2019"}};
    f.add(c);
    f.add("Priya", "Sharma", "Figma", "Designer");

    const auto options = plan(GENERATE(300, 0));
    {
        for (const char* text :
             {"jose", "garc", "stripe", "engineering", "fintech", "lisbon", "hackathon", "marathon",
              "mentor", "kubernetes", "jg", "monzo", "senior"}) {
            INFO(text << " rankLimit=" << options.rankLimit);
            CHECK(find(f, options, text) == std::vector<std::string>{"José García"});
        }
    }
}

TEST_CASE("Editing, retagging and trashing keep the index in step", "[search][fts]") {
    SearchFixture f;
    Contact c;
    c.givenName = "Ana";
    c.familyName = "Okafor";
    c.company = "Monzo";
    c.tags = {"alumni"};
    const ContactId id = f.add(c);
    f.add("Wei", "Chen", "Adyen");

    const auto options = plan(GENERATE(300, 0));
    {
        INFO("rankLimit=" << options.rankLimit);
        SECTION("a rename") {
            auto edited = *f.contacts.get(id);
            edited.givenName = "Anna";
            edited.displayName = "Anna Okafor";
            f.store.change("Rename", [&] { f.contacts.update(edited, f.clock.now()); });
            CHECK(find(f, options, "anna") == std::vector<std::string>{"Anna Okafor"});
            CHECK(find(f, options, "ana").empty());
            f.store.undo();
            CHECK(find(f, options, "ana") == std::vector<std::string>{"Ana Okafor"});
            CHECK(find(f, options, "anna").empty());
        }
        SECTION("a new company") {
            f.exec("UPDATE contacts SET company = 'Klarna' WHERE id = " + std::to_string(id));
            CHECK(find(f, options, "klarna") == std::vector<std::string>{"Ana Okafor"});
            CHECK(find(f, options, "monzo").empty());
        }
        SECTION("tags added and removed") {
            f.store.change("Tag", [&] { f.contacts.setTags(id, {"investor", "friend"}); });
            CHECK(find(f, options, "tag:investor") == std::vector<std::string>{"Ana Okafor"});
            CHECK(find(f, options, "alumni").empty());
            f.store.undo();
            CHECK(find(f, options, "alumni") == std::vector<std::string>{"Ana Okafor"});
            CHECK(find(f, options, "investor").empty());
        }
        SECTION("topics and past roles") {
            f.store.change("Knows", [&] { f.contacts.setKnows(id, {"pricing"}); });
            f.store.change("Roles", [&] {
                f.contacts.setPastRoles(id, {{0, "Etsy", "PM", "2020"}});
            });
            CHECK(find(f, options, "knows:pricing") == std::vector<std::string>{"Ana Okafor"});
            CHECK(find(f, options, "at:etsy") == std::vector<std::string>{"Ana Okafor"});
        }
        SECTION("trash, restore and empty") {
            f.store.change("Trash", [&] { f.contacts.moveToTrash(id, f.clock.now()); });
            CHECK(find(f, options, "ana").empty());
            CHECK(find(f, options, "ana", {.shelf = Shelf::Trash}) ==
                  std::vector<std::string>{"Ana Okafor"});
            f.store.change("Restore", [&] { f.contacts.restoreFromTrash(id, f.clock.now()); });
            CHECK(find(f, options, "ana") == std::vector<std::string>{"Ana Okafor"});
            f.store.change("Trash", [&] { f.contacts.moveToTrash(id, f.clock.now()); });
            f.store.change("Empty", [&] { (void)f.contacts.emptyTrash(); });
            CHECK(find(f, options, "ana", {.shelf = Shelf::Trash}).empty());
            CHECK(f.store.db().queryInt("SELECT count(*) FROM contacts_fts") == 1);
            CHECK(f.store.db().queryInt("SELECT count(*) FROM contacts_fts_names") == 1);
        }
        SECTION("archive") {
            f.store.change("Archive", [&] { f.contacts.archive(id, f.clock.now()); });
            CHECK(find(f, options, "ana").empty());
            CHECK(find(f, options, "ana", {.shelf = Shelf::Archived}) ==
                  std::vector<std::string>{"Ana Okafor"});
        }
    }
}
