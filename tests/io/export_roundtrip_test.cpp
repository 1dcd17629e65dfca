#include "core/db/store_error.h"
#include "core/demo/demo_network.h"
#include "core/io/backup/json_backup.h"
#include "core/io/export/export_file.h"
#include "core/io/import/import_file.h"
#include "core/io/vcard/vcard_reader.h"
#include "tests/io/network_fixture.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace rk;

namespace {

ImportOutcome importInto(Store& store, const std::string& name, const std::string& bytes) {
    const ImportPlan plan = previewImport(store.db(), {name, bytes, std::nullopt, std::nullopt});
    INFO(plan.fatal);
    REQUIRE(plan.fatal.empty());
    for (const auto& w : plan.warnings) INFO(describeProblem(plan.file, w));
    CHECK(plan.rejectedCount == 0);
    return commitImport(store, plan);
}

struct TwoStores {
    test::TempDir dir;
    FixedClock clock{1'709'294'400};
    Store source{dir.file("source.db"), clock};
    Store target{dir.file("target.db"), clock};
};

} // namespace

TEST_CASE("A vCard export imports back as the same network, in every script", "[io][vcard][roundtrip]") {
    TwoStores s;
    test::seedRichNetwork(s.source);
    const std::string vcf = exportNetwork(s.source.db(), ExportFormat::VCard, s.clock.now());
    const ParseResult parsed = readVCard(vcf, "out.vcf");
    CHECK(parsed.problems.empty());
    CHECK(parsed.cards.size() == 9); // 8 people + the archived one; not the trash
    const ImportOutcome out = importInto(s.target, "out.vcf", vcf);
    CHECK(out.added == 9);
    ContactRepo(s.target.db()).archive(ContactRepo(s.target.db()).findByName("Old Friend")[0].id, 0);
    CHECK(test::networkOf(s.target.db()) == test::networkOf(s.source.db()));

    SECTION("and importing it again changes nothing") {
        const ImportPlan again = previewImport(s.target.db(), {"out.vcf", vcf, std::nullopt, std::nullopt});
        CHECK(again.summary() == "0 new, 0 merged, 9 unchanged, 0 rejected");
    }
}

TEST_CASE("A vCard export keeps namesakes apart by UID, and re-imports onto the same contacts", "[io][vcard][uid]") {
    TwoStores s;
    generateDemoNetwork(s.source.db(), {.contacts = 400, .seed = 3, .now = s.clock.now()});
    // Two different people who share an address (a team inbox, say).
    s.source.db().exec("UPDATE contact_methods SET value = 'team@shared.example' WHERE kind = 0 AND contact_id IN (1, 2)");
    const std::string vcf = exportNetwork(s.source.db(), ExportFormat::VCard, s.clock.now());

    const ImportPlan plan = previewImport(s.target.db(), {"all.vcf", vcf, std::nullopt, std::nullopt});
    CHECK(plan.summary() == "400 new, 0 merged, 0 unchanged, 0 rejected");
    CHECK(commitImport(s.target, plan).added == 400);

    // Back into the database it came from: every card finds its own contact.
    const ImportPlan home = previewImport(s.source.db(), {"all.vcf", vcf, std::nullopt, std::nullopt});
    CHECK(home.summary() == "0 new, 0 merged, 400 unchanged, 0 rejected");
    for (const auto& e : home.entries) CHECK(e.matchedBy == "UID");

    // The same record twice in one file is one person.
    const std::string card = "BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:A1\nFN:Ana Silva\nEND:VCARD\n";
    const std::string twice = card + "BEGIN:VCARD\nVERSION:4.0\nUID:URN:UUID:a1\nFN:Ana S.\nTEL:+1 555 0100\nEND:VCARD\n";
    const ImportPlan folded = previewImport(s.target.db(), {"twice.vcf", twice, std::nullopt, std::nullopt});
    CHECK(folded.summary() == "1 new, 1 merged, 0 unchanged, 0 rejected");
    CHECK(folded.entries[1].matchedBy == "UID, same person as line 1");
    // Without UIDs, the shared address still means one person.
    const std::string noUids = "BEGIN:VCARD\nFN:Ana Silva\nEMAIL:ana@x.example\nEND:VCARD\n"
                               "BEGIN:VCARD\nFN:Ana\nEMAIL:ANA@x.example\nEND:VCARD\n";
    CHECK(previewImport(s.target.db(), {"n.vcf", noUids, std::nullopt, std::nullopt}).summary() ==
          "1 new, 1 merged, 0 unchanged, 0 rejected");
}

TEST_CASE("The vCard export follows RFC 6350's line rules", "[io][vcard][export]") {
    TwoStores s;
    test::seedRichNetwork(s.source);
    const std::string vcf = exportNetwork(s.source.db(), ExportFormat::VCard, s.clock.now());
    std::size_t start = 0;
    while (start < vcf.size()) {
        const std::size_t end = vcf.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        const std::string_view line(vcf.data() + start, end - start);
        CHECK(line.size() <= 75);
        CHECK(line.find('\n') == std::string_view::npos);
        CHECK(isValidUtf8(line)); // folding never splits a character
        start = end + 2;
    }
    CHECK(vcf.find("VERSION:4.0\r\n") != std::string::npos);
    CHECK(vcf.find("EMAIL;TYPE=work:zoe@cafe.example\r\n") != std::string::npos);
    CHECK(vcf.find("TEL;VALUE=text;TYPE=cell:+33 6 12 34 56 78\r\n") != std::string::npos);
    CHECK(vcf.find("item1.X-ABLabel:LinkedIn\r\n") != std::string::npos);
    CHECK(vcf.find("BDAY:--1107\r\n") != std::string::npos);
    CHECK(vcf.find("PHOTO:data:image/jpeg;base64,") != std::string::npos);
    // UIDs are stable from one export to the next.
    CHECK(exportNetwork(s.source.db(), ExportFormat::VCard, s.clock.now() + 99) == vcf);
}

TEST_CASE("A CSV export imports back with the fields CSV can carry", "[io][csv][roundtrip]") {
    TwoStores s;
    test::seedRichNetwork(s.source);
    const std::string csv = exportNetwork(s.source.db(), ExportFormat::Csv, s.clock.now());
    CHECK(csv.starts_with("\xEF\xBB\xBFName,Given Name,Family Name,Company,Title,"));
    const ImportOutcome out = importInto(s.target, "out.csv", csv);
    CHECK(out.added == 9);
    ContactRepo(s.target.db()).archive(ContactRepo(s.target.db()).findByName("Old Friend")[0].id, 0);
    const test::NetworkView csvView{.labels = false, .photos = false, .pastRoles = false};
    CHECK(test::networkOf(s.target.db(), csvView) == test::networkOf(s.source.db(), csvView));
}

TEST_CASE("A JSON backup restores into an empty database exactly", "[io][json][roundtrip]") {
    TwoStores s;
    test::seedRichNetwork(s.source);
    const std::string json = exportNetwork(s.source.db(), ExportFormat::Json, s.clock.now());
    const ImportPlan plan = previewImport(s.target.db(), {"backup.json", json, std::nullopt, std::nullopt});
    REQUIRE(plan.fatal.empty());
    REQUIRE(plan.restore);
    CHECK(plan.warnings.empty());
    CHECK(plan.restoreSummary.find("10 contacts") != std::string::npos);
    REQUIRE(commitImport(s.target, plan).committed);

    CHECK(writeJsonBackup(s.target.db(), 42) == writeJsonBackup(s.source.db(), 42));
    CHECK(s.target.integrityCheck() == "ok");
    CHECK(test::count(s.target.db(), "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'яндекс'") == 1);
    CHECK(test::count(s.target.db(), "SELECT count(*) FROM contacts_fts") ==
          test::count(s.source.db(), "SELECT count(*) FROM contacts_fts"));

    SECTION("and the restore is one undoable step") {
        CHECK(s.target.undo().starts_with("Restore backup.json"));
        CHECK(isEmptyForRestore(s.target.db()));
    }
    SECTION("into a database with contacts it merges people and their history") {
        const ImportPlan merge = previewImport(s.target.db(), {"backup.json", json, std::nullopt, std::nullopt});
        CHECK_FALSE(merge.restore);
        CHECK(merge.summary() == "0 new, 0 merged, 9 unchanged, 0 rejected");
        REQUIRE(merge.warnings.size() == 1);
    }
}

TEST_CASE("A damaged or foreign JSON file is refused with a reason", "[io][json]") {
    TwoStores s;
    auto fatalOf = [&](const std::string& text) {
        return previewImport(s.target.db(), {"b.json", text, ImportFormat::Json, std::nullopt}).fatal;
    };
    CHECK(fatalOf("{\n  \"format\": \"rekindle-backup\",\n  \"tables\": {\n    \"contacts\": [1,\n") .starts_with("line 5"));
    CHECK(fatalOf("{\"name\": \"not ours\"}").find("not a Rekindle backup") != std::string::npos);
    CHECK(fatalOf("{\"format\":\"rekindle-backup\",\"version\":7,\"tables\":{}}").find("newer version") != std::string::npos);
    CHECK(fatalOf(std::string(100000, '[')).find("nested too deeply") != std::string::npos);
    CHECK(fatalOf("{\"format\":\"rekindle-backup\",\"version\":1,\"tables\":{\"contacts\":[{\"id\":1},{\"x\":2}]}}")
              .find("row 2") != std::string::npos);
    CHECK(fatalOf("{\"format\":\"rekindle-backup\",\"version\":1,\"tables\":{\"contacts\":[{\"photo\":{\"base64\":\"***\"}}]}}")
              .find("photo") != std::string::npos);
    // Found by the fuzzer: a number beyond double range made the JSON library throw past us.
    CHECK(fatalOf("444400000000e444000000").find("too large") != std::string::npos);
    CHECK(fatalOf("{\"format\":1702000000}").find("not a Rekindle backup") != std::string::npos);
    // Found by the fuzzer: a time beyond any 64-bit integer was converted regardless (undefined).
    const std::string hugeTime = "{\"format\":\"rekindle-backup\",\"version\":1,\"tables\":{"
                                 "\"contacts\":[{\"id\":1,\"display_name\":\"Ana\",\"circle\":1}],"
                                 "\"interactions\":[{\"id\":1,\"contact_id\":1,\"kind\":3,\"direction\":1,"
                                 "\"at\":1.7e23,\"note\":\"coffee\"}]}}";
    const ImportPlan huge = previewImport(s.target.db(), {"b.json", hugeTime, ImportFormat::Json, std::nullopt});
    CHECK(huge.fatal.empty());
    CHECK(huge.newCount == 1);
}

TEST_CASE("A restore that breaks a rule of the schema changes nothing", "[io][json][failure]") {
    TwoStores s;
    // A contact whose circle is out of range: the CHECK constraint fails mid-restore.
    const std::string json = R"({"format":"rekindle-backup","version":1,"tables":{
        "contacts":[{"id":1,"display_name":"Fine","circle":2,"created_at":1,"updated_at":1},
                    {"id":2,"display_name":"Bad","circle":9,"created_at":1,"updated_at":1}]}})";
    const ImportPlan plan = previewImport(s.target.db(), {"bad.json", json, std::nullopt, std::nullopt});
    REQUIRE(plan.restore);
    CHECK_THROWS_AS(commitImport(s.target, plan), StoreError);
    CHECK(isEmptyForRestore(s.target.db()));
    CHECK_FALSE(s.target.history().canUndo());
}

TEST_CASE("Export writes atomically and picks the format from the extension", "[io][export]") {
    TwoStores s;
    test::seedRichNetwork(s.source);
    CHECK(exportFormatFromFileName("a/b/people.VCF") == ExportFormat::VCard);
    CHECK(exportFormatFromFileName("x.ics") == ExportFormat::ICalendar);
    CHECK(exportFormatFromFileName("x.json") == ExportFormat::Json);
    CHECK(exportFormatFromFileName("x.csv") == ExportFormat::Csv);
    CHECK_FALSE(exportFormatFromFileName("x.txt"));
    CHECK_FALSE(exportFormatFromFileName("noext"));

    const std::string path = s.dir.file("net.json");
    const ExportResult ok = exportToFile(s.source.db(), path, ExportFormat::Json, s.clock.now());
    CHECK(ok.error.empty());
    CHECK(ok.bytes > 0);
    CHECK((std::filesystem::status(path).permissions() & std::filesystem::perms::group_read) == std::filesystem::perms::none);
    CHECK_FALSE(std::filesystem::exists(path + ".tmp-rekindle"));
    const ExportResult bad = exportToFile(s.source.db(), s.dir.file("missing/dir/x.vcf"), ExportFormat::VCard, 0);
    CHECK_FALSE(bad.error.empty());
}
