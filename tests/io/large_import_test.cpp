#include "core/io/import/import_file.h"
#include "core/io/vcard/vcard_writer.h"
#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "tests/io/io_fixtures.h"
#include "tests/support/temp_dir.h"
#include "tests/support/temp_store.h"

#include <catch2/catch.hpp>

using namespace rk;

// The budget (10k cards in 0.2 s) is measured by the benchmark program; this
// checks that nothing is lost at that size.
TEST_CASE("A 10,000-card vCard file imports whole with a correct preview", "[io][vcard][large]") {
    std::vector<Contact> people;
    for (int i = 0; i < 10000; ++i) {
        Contact c;
        c.givenName = "Given" + std::to_string(i);
        c.familyName = "Family" + std::to_string(i % 997);
        c.displayName = c.givenName + " " + c.familyName;
        c.company = "Company " + std::to_string(i % 300);
        c.title = "Title " + std::to_string(i % 40);
        c.methods = {{0, MethodKind::Email, "work", "p" + std::to_string(i) + "@example.org"},
                     {0, MethodKind::Phone, "mobile", "+1 555 " + std::to_string(1000000 + i)}};
        c.tags = {"tag" + std::to_string(i % 25)};
        c.notes = "Note for person " + std::to_string(i) + ", with a comma; and more.";
        if (i % 10 == 0) c.photo = test::tinyJpeg();
        people.push_back(std::move(c));
    }
    const std::string file = writeVCards(people);

    test::TempStore t(1'709'294'400);
    const ImportPlan plan = previewImport(t.store.db(), {"big.vcf", file, std::nullopt, std::nullopt});
    CHECK(plan.summary() == "10000 new, 0 merged, 0 unchanged, 0 rejected");
    const ImportOutcome out = commitImport(t.store, plan);
    CHECK(out.added == 10000);
    CHECK(ContactRepo(t.store.db()).count() == 10000);
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM contact_methods") == 20000);
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM contacts WHERE photo IS NOT NULL") == 1000);
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM contacts_fts") == 10000);
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM tags") == 25);
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM contacts WHERE next_due = ''") == 0);

    const ImportPlan again = previewImport(t.store.db(), {"big.vcf", file, std::nullopt, std::nullopt});
    CHECK(again.summary() == "0 new, 0 merged, 10000 unchanged, 0 rejected");
}

// A file where everyone shares one address (a team inbox) folds into one
// person, as the matching rules say; the merge caps what piles onto that
// person, which also keeps the preview from slowing down card after card.
TEST_CASE("Thousands of cards sharing one address fold into one bounded contact", "[io][plan][large]") {
    std::string file;
    for (int i = 0; i < 3000; ++i)
        file += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person " + std::to_string(i) +
                "\r\nEMAIL:team@shared.example\r\nTEL:+1 555 " + std::to_string(1000000 + i) + "\r\nEND:VCARD\r\n";
    test::TempStore t(1'709'294'400);
    const ImportPlan plan = previewImport(t.store.db(), {"team.vcf", file, std::nullopt, std::nullopt});
    CHECK(plan.summary() == "1 new, 2999 merged, 0 unchanged, 0 rejected");
    // The preview says what did not fit, card by card.
    CHECK(plan.entries[50].detail.empty());
    CHECK(plan.entries[2000].detail == "phone: 1 left out (already 100)");
    REQUIRE(commitImport(t.store, plan).added == 1);
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM contact_methods WHERE kind = 1") == 99);
    CHECK(test::count(t.store.db(), "SELECT count(*) FROM contact_methods") == 100);
}
