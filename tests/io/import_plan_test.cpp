#include "core/io/import/import_file.h"
#include "core/io/import/import_plan.h"
#include "core/io/vcard/vcard_reader.h"
#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "tests/io/io_fixtures.h"
#include "tests/support/temp_dir.h"
#include "tests/support/temp_store.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {

struct Network : test::TempStore {
    ContactRepo repo{store.db()};
    ContactId jose = 0, wei = 0, ana = 0;

    Network() : TempStore(1'709'294'400) { // 2024-03-01
        store.change("Seed", [&] {
            Contact j;
            j.givenName = "José";
            j.familyName = "García";
            j.company = "Stripe";
            j.title = "Engineering Manager";
            j.notes = "Owes me a coffee.";
            j.methods = {{0, MethodKind::Email, "work", "jose@stripe.example"}};
            jose = repo.insert(j, clock.now());
            Contact w;
            w.displayName = "Wei Chen";
            w.methods = {{0, MethodKind::Phone, "mobile", "+1 (555) 010-2030"}};
            wei = repo.insert(w, clock.now());
            Contact a;
            a.displayName = "Ana Silva";
            a.company = "Figma";
            a.birthday = "--07-01";
            ana = repo.insert(a, clock.now());
        });
    }
};

const std::string kFile = test::crlf(R"(BEGIN:VCARD
VERSION:3.0
FN:José García
EMAIL:JOSE@Stripe.example
TEL;TYPE=CELL:+34 600 123 456
TITLE:VP Engineering
CATEGORIES:payments
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Wei Chen
TEL:555.010.2030
EMAIL:wei@example.org
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:ana  silva
ORG:FIGMA
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Liam Murphy
ORG:Canonical
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Liam Murphy
ORG:Canonical
EMAIL:liam@canonical.example
BDAY:1988-11-02
END:VCARD
BEGIN:VCARD
VERSION:3.0
NOTE:nobody
END:VCARD
)");

const ImportPlanEntry& entryAt(const ImportPlan& plan, int line) {
    for (const auto& e : plan.entries)
        if (e.line == line) return e;
    FAIL("no entry at line " << line);
    throw;
}

} // namespace

TEST_CASE("The preview counts new, merged, unchanged and rejected without changing anything", "[io][plan]") {
    Network n;
    const auto before = n.store.revision();
    const ImportPlan plan = previewImport(n.store.db(), {"people.vcf", kFile, std::nullopt, std::nullopt});
    CHECK(plan.summary() == "1 new, 3 merged, 1 unchanged, 1 rejected");
    CHECK(plan.canCommit());
    CHECK(n.repo.count() == 3);
    CHECK(n.store.revision() == before);
    CHECK(n.store.history().undoLabel() == "Seed");

    const auto& jose = entryAt(plan, 1);
    CHECK(jose.action == ImportAction::Merge);
    CHECK(jose.existingId == n.jose);
    CHECK(jose.matchedBy == "email");
    CHECK(jose.detail.find("adds phone, tags") != std::string::npos);
    CHECK(jose.detail.find("title: kept \"Engineering Manager\" (file: \"VP Engineering\")") != std::string::npos);

    const auto& wei = entryAt(plan, 9);
    CHECK(wei.action == ImportAction::Merge);
    CHECK(wei.matchedBy == "phone");
    CHECK(wei.existingId == n.wei);

    const auto& ana = entryAt(plan, 15);
    CHECK(ana.action == ImportAction::Unchanged);
    CHECK(ana.matchedBy == "name and company");

    CHECK(entryAt(plan, 20).action == ImportAction::New);
    const auto& dup = entryAt(plan, 25);
    CHECK(dup.action == ImportAction::Merge);
    CHECK(dup.foldedIntoEarlier);
    CHECK(dup.matchedBy == "name and company, same person as line 20");

    const auto& rejected = entryAt(plan, 32);
    CHECK(rejected.action == ImportAction::Rejected);
    CHECK(rejected.detail == "card has no name (no FN, N, ORG or EMAIL); skipped");
}

TEST_CASE("Committing merges field by field without overwriting what the user wrote", "[io][plan][commit]") {
    Network n;
    const ImportPlan plan = previewImport(n.store.db(), {"people.vcf", kFile, std::nullopt, std::nullopt});
    const ImportOutcome out = commitImport(n.store, plan);
    CHECK(out.committed);
    CHECK(out.added == 1);
    CHECK(out.merged == 2);
    CHECK(out.unchanged == 1);
    CHECK(n.repo.count() == 4);

    const Contact jose = *n.repo.get(n.jose);
    CHECK(jose.displayName == "José García");
    CHECK(jose.title == "Engineering Manager"); // the user's, not the file's
    CHECK(jose.notes == "Owes me a coffee.");
    CHECK(jose.methods.size() == 2);            // JOSE@Stripe.example is the same email
    CHECK(jose.methods[1].value == "+34 600 123 456");
    CHECK(jose.tags == std::vector<std::string>{"payments"});

    CHECK(n.repo.get(n.wei)->methods.size() == 2);
    CHECK(n.repo.get(n.ana)->birthday == "--07-01");

    auto liam = n.repo.findByName("Liam");
    REQUIRE(liam.size() == 1); // the two cards became one contact
    const Contact l = *n.repo.get(liam[0].id);
    CHECK(l.birthday == "1988-11-02");
    CHECK(l.methods.size() == 1);
    CHECK_FALSE(l.nextDue.empty());
}

TEST_CASE("A birthday gains its year, and matching ignores the trash", "[io][plan]") {
    Network n;
    n.store.change("Trash Wei", [&] { n.repo.moveToTrash(n.wei, n.clock.now()); });
    const std::string file = "BEGIN:VCARD\nFN:Ana Silva\nORG:Figma\nBDAY:1979-07-01\nEND:VCARD\n"
                             "BEGIN:VCARD\nFN:Wei Chen\nTEL:+1 555 010 2030\nEND:VCARD\n";
    const ImportPlan plan = previewImport(n.store.db(), {"b.vcf", file, std::nullopt, std::nullopt});
    CHECK(plan.summary() == "1 new, 1 merged, 0 unchanged, 0 rejected");
    CHECK(plan.entries[0].detail == "adds birthday");
    REQUIRE(commitImport(n.store, plan).committed);
    CHECK(n.repo.get(n.ana)->birthday == "1979-07-01");
}

TEST_CASE("A file refused as a whole cannot be committed", "[io][plan]") {
    Network n;
    const ImportPlan plan = previewImport(n.store.db(), {"x.vcf", "hello", ImportFormat::VCard, std::nullopt});
    CHECK_FALSE(plan.fatal.empty());
    CHECK_FALSE(plan.canCommit());
    CHECK_FALSE(commitImport(n.store, plan).committed);
    CHECK(n.repo.count() == 3);
}

TEST_CASE("The format is detected from the content, then the extension", "[io][plan]") {
    CHECK(detectImportFormat("x.txt", "\xEF\xBB\xBF" "begin:vcard\r\n") == ImportFormat::VCard);
    CHECK(detectImportFormat("Connections.csv", "Notes:\n\"x\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n") ==
          ImportFormat::LinkedIn);
    CHECK(detectImportFormat("backup", "  {\"format\": \"rekindle-backup\"}") == ImportFormat::Json);
    CHECK(detectImportFormat("people.vcf", "") == ImportFormat::VCard);
    CHECK(detectImportFormat("people.csv", "Name,Email\n") == ImportFormat::Csv);
    CHECK(importFormatFromKey("LinkedIn") == ImportFormat::LinkedIn);
    CHECK_FALSE(importFormatFromKey("xml"));
}

TEST_CASE("A large file's cards match each other and the database across both halves of the keying",
          "[io][plan]") {
    Network net;
    // 3000 cards: the second thousand repeat the first by e-mail (written
    // differently), the third by name and company; the last card is José
    // by e-mail and Wei by phone.
    std::string file;
    for (int i = 0; i < 3000; ++i) {
        const int person = i % 1000;
        const std::string n = std::to_string(person);
        file += "BEGIN:VCARD\nVERSION:3.0\nFN:Person " + n + "\nORG:Company " + n + "\n";
        if (i < 1000) file += "EMAIL:p" + n + "@example.org\n";
        else if (i < 2000) file += "EMAIL:P" + n + "@EXAMPLE.org\nTITLE:Second\n";
        else file += "NOTE:third\n";
        file += "END:VCARD\n";
    }
    file += "BEGIN:VCARD\nVERSION:3.0\nFN:Jose G\nEMAIL:jose@STRIPE.example\nEND:VCARD\n";
    file += "BEGIN:VCARD\nVERSION:3.0\nFN:W. Chen\nTEL:+1 555 010 2030\nEND:VCARD\n";
    const ImportPlan plan = previewImport(net.store.db(), {"big.vcf", file, std::nullopt, std::nullopt});
    REQUIRE(plan.fatal.empty());
    CHECK(plan.newCount == 1000);
    const auto folded = std::count_if(plan.entries.begin(), plan.entries.end(),
                                      [](const ImportPlanEntry& e) { return e.foldedIntoEarlier; });
    CHECK(folded == 2000);
    CHECK(entryAt(plan, 1000 * 6 + 1).matchedBy == "email, same person as line 1");
    CHECK(entryAt(plan, 1000 * 6 + 1000 * 7 + 1).matchedBy == "name and company, same person as line 1");
    const ImportPlanEntry& jose = plan.entries[plan.entries.size() - 2];
    CHECK(jose.existingId == net.jose);
    CHECK(jose.matchedBy == "email");
    CHECK(plan.entries.back().existingId == net.wei);
    CHECK(plan.entries.back().matchedBy == "phone");
}

TEST_CASE("LinkedIn's empty rows reach the preview as skipped, with no rejected entry", "[io][plan][linkedin]") {
    Network n;
    const std::string file = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                             ",,,,,,01 Feb 2020\n"
                             "Amara,Mensah,,,Adyen,Head of Product,14 Jan 2024\n";
    const ImportPlan plan = previewImport(n.store.db(), {"Connections.csv", file, std::nullopt, std::nullopt});
    CHECK(plan.summary() == "1 new, 0 merged, 0 unchanged, 0 rejected, 1 skipped");
    CHECK(plan.skippedSentence() ==
          "1 empty row was skipped: LinkedIn keeps an empty row for each member who closed their account.");
    CHECK(plan.rejectedCount == 0);
    REQUIRE(plan.entries.size() == 1);
    CHECK(plan.entries[0].action == ImportAction::New);
    CHECK(plan.canCommit());
}
