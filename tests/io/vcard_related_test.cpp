// vCard relations (RELATED, Apple's related names) in and out: a link when
// both people are in the network, a line of the notes when one is not.
#include "core/commands/link_commands.h"
#include "core/db/statement.h"
#include "core/io/export/export_file.h"
#include "core/io/import/import_file.h"
#include "core/io/vcard/vcard_reader.h"
#include "core/repo/contact_repo.h"
#include "core/repo/link_repo.h"
#include "core/store/store.h"
#include "tests/io/io_fixtures.h"
#include "tests/support/temp_store.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace rk;

namespace {

constexpr std::int64_t kNow = 1'709'294'400;

// Samples written here with \n get real clients' CRLF; an export has it already.
ImportPlan preview(Store& store, const std::string& vcf) {
    const std::string bytes = vcf.find('\r') == std::string::npos ? test::crlf(vcf) : vcf;
    return previewImport(store.db(), {"people.vcf", bytes, std::nullopt, std::nullopt});
}

ImportOutcome importVcf(Store& store, const std::string& vcf) {
    const ImportPlan plan = preview(store, vcf);
    INFO(plan.fatal);
    REQUIRE(plan.fatal.empty());
    return commitImport(store, plan);
}

ContactId add(Store& store, const std::string& name, const std::string& email = {}) {
    Contact c;
    c.displayName = name;
    if (!email.empty()) c.methods = {{0, MethodKind::Email, "", email}};
    ContactId id = 0;
    store.change("Add " + name, [&] { id = ContactRepo(store.db()).insert(c, kNow); });
    return id;
}

ContactId idOf(Store& store, const std::string& name) {
    const auto found = ContactRepo(store.db()).findByName(name);
    REQUIRE(found.size() == 1);
    return found[0].id;
}

// Every link as "From kind To", names instead of ids; a link with no
// direction reads with the names in alphabetical order. Sorted, so two
// databases compare as networks.
std::vector<std::string> linksOf(Store& store) {
    std::vector<std::string> out;
    Statement st(store.db(), "SELECT f.display_name, t.display_name, l.kind FROM contact_links l "
                             "JOIN contacts f ON f.id = l.from_id JOIN contacts t ON t.id = l.to_id");
    while (st.step()) {
        std::string from = st.text(0), to = st.text(1);
        const auto kind = static_cast<LinkKind>(st.int32(2));
        if (!isDirectional(kind) && to < from) std::swap(from, to);
        out.push_back(from + " " + std::string(linkKey(kind)) + " " + to);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

std::string notesOf(Store& store, const std::string& name) {
    return ContactRepo(store.db()).get(idOf(store, name))->notes;
}

} // namespace

TEST_CASE("RELATED naming people in the network becomes links, in the import's one undo step",
          "[io][vcard][related]") {
    test::TempStore t(kNow);
    add(t.store, "Ben Okafor");
    const std::string vcf = R"(BEGIN:VCARD
VERSION:4.0
UID:urn:uuid:0a1b2c3d-0000-4000-8000-00000000000a
FN:Ana García
RELATED;VALUE=text;TYPE=co-worker:Ben Okafor
RELATED;TYPE=spouse:urn:uuid:0A1B2C3D-0000-4000-8000-00000000000C
END:VCARD
BEGIN:VCARD
VERSION:4.0
UID:urn:uuid:0a1b2c3d-0000-4000-8000-00000000000c
FN:Carla Ruiz
RELATED;TYPE=spouse:urn:uuid:0a1b2c3d-0000-4000-8000-00000000000a
END:VCARD
)";
    const ImportPlan plan = preview(t.store, vcf);
    CHECK(plan.summary() == "2 new, 0 merged, 0 unchanged, 0 rejected");
    // Ana's spouse line and Carla's are one tie: one link, not two.
    CHECK(plan.links.size() == 2);
    const ImportOutcome out = commitImport(t.store, plan);
    CHECK(out.added == 2);
    CHECK(out.linked == 2);
    CHECK(linksOf(t.store) == std::vector<std::string>{"Ana García family Carla Ruiz", "Ana García works-with Ben Okafor"});
    CHECK(notesOf(t.store, "Ana García").empty());

    SECTION("undo takes the links away with the people, redo brings both back") {
        CHECK(t.store.undo() == "Import people.vcf");
        CHECK(linksOf(t.store).empty());
        CHECK(ContactRepo(t.store.db()).count() == 1);
        t.store.redo();
        CHECK(linksOf(t.store).size() == 2);
    }
    SECTION("importing the file again makes no second link") {
        const ImportPlan again = preview(t.store, vcf);
        CHECK(again.summary() == "0 new, 0 merged, 2 unchanged, 0 rejected");
        CHECK(commitImport(t.store, again).linked == 0);
        CHECK(linksOf(t.store).size() == 2);
    }
}

TEST_CASE("A card that only adds a link between two people already here is a merge, undone alone",
          "[io][vcard][related][undo]") {
    test::TempStore t(kNow);
    add(t.store, "Ana García", "ana@example.org");
    add(t.store, "Ben Okafor");
    const std::string vcf = "BEGIN:VCARD\nVERSION:4.0\nFN:Ana García\nEMAIL:ana@example.org\n"
                            "RELATED;VALUE=text;TYPE=colleague:ben okafor\nEND:VCARD\n";
    const ImportPlan plan = preview(t.store, vcf);
    CHECK(plan.summary() == "0 new, 1 merged, 0 unchanged, 0 rejected");
    CHECK(plan.entries[0].detail == "adds a link (works-with)");
    const ImportOutcome out = commitImport(t.store, plan);
    CHECK(out.merged == 1);
    CHECK(out.linked == 1);
    CHECK(linksOf(t.store) == std::vector<std::string>{"Ana García works-with Ben Okafor"});
    CHECK(t.store.undo() == "Import people.vcf");
    CHECK(linksOf(t.store).empty());
    CHECK(ContactRepo(t.store.db()).count() == 2);
    t.store.redo();
    CHECK(linksOf(t.store).size() == 1);
}

TEST_CASE("A related person who is not in the network is kept in the notes", "[io][vcard][related]") {
    test::TempStore t(kNow);
    const std::string vcf = R"(BEGIN:VCARD
VERSION:4.0
FN:Ana García
NOTE:Met at the fair.
RELATED;VALUE=text;TYPE=co-worker:Jane Doe
RELATED;TYPE=friend:urn:uuid:77777777-0000-4000-8000-000000000000
RELATED:Max Mustermann
END:VCARD
)";
    REQUIRE(importVcf(t.store, vcf).added == 1);
    CHECK(linksOf(t.store).empty());
    CHECK(notesOf(t.store, "Ana García") == "Met at the fair.\n"
                                            "Related (co-worker): Jane Doe\n"
                                            "Related (friend): urn:uuid:77777777-0000-4000-8000-000000000000\n"
                                            "Related: Max Mustermann");
    SECTION("and a name two people share is not guessed at") {
        test::TempStore u(kNow);
        add(u.store, "Jane Doe");
        add(u.store, "Jane Doe");
        REQUIRE(importVcf(u.store, vcf).added == 1);
        CHECK(linksOf(u.store).empty());
        CHECK(notesOf(u.store, "Ana García").find("Related (co-worker): Jane Doe") != std::string::npos);
    }
}

TEST_CASE("Apple's related names link in the right direction, with its labels", "[io][vcard][related][apple]") {
    test::TempStore t(kNow);
    add(t.store, "Lena Fischer");
    const std::string vcf = R"(BEGIN:VCARD
VERSION:3.0
N:Lee;Sam;;;
FN:Sam Lee
item1.X-ABRELATEDNAMES:Jane Doe
item1.X-ABLabel:_$!<Manager>!$_
item2.X-ABRELATEDNAMES:Tom Baker
item2.X-ABLabel:_$!<Assistant>!$_
item3.X-ABLabel:_$!<Sister>!$_
item3.X-ABRELATEDNAMES:Lena Fischer
item4.X-ABRELATEDNAMES:Old Mentor
item4.X-ABLabel:Mentor
item5.X-ABRELATEDNAMES:Kai Weber
item5.X-ABLabel:_$!<Friend>!$_
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Jane Doe
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Tom Baker
END:VCARD
)";
    const ImportOutcome out = importVcf(t.store, vcf);
    CHECK(out.added == 3);
    // Jane is Sam's manager; Sam is Tom's (his assistant); Lena is family.
    CHECK(linksOf(t.store) == std::vector<std::string>{"Jane Doe manager-of Sam Lee", "Lena Fischer family Sam Lee",
                                                       "Sam Lee manager-of Tom Baker"});
    CHECK(notesOf(t.store, "Sam Lee") == "Related (Mentor): Old Mentor\nRelated (friend): Kai Weber");
}

TEST_CASE("Every kind of link survives a vCard export and import into an empty database, direction too",
          "[io][vcard][related][roundtrip]") {
    test::TempStore source(kNow);
    const ContactId ana = add(source.store, "Ana García");
    const ContactId ben = add(source.store, "Ben Okafor");
    const ContactId carla = add(source.store, "Carla Ruiz");
    const ContactId danId = add(source.store, "Dan Smith");
    const ContactId eve = add(source.store, "Eve \"Evie\" Adams; Jr.");
    (void)linkPeople(source.store, ana, ben, LinkKind::Knows);
    (void)linkPeople(source.store, ben, carla, LinkKind::WorksWith);
    (void)linkPeople(source.store, carla, ana, LinkKind::ManagerOf);
    (void)linkPeople(source.store, danId, eve, LinkKind::Family);
    (void)linkPeople(source.store, eve, ben, LinkKind::IntroducedMeTo);
    (void)linkPeople(source.store, ana, danId, LinkKind::SchoolWith);
    (void)linkPeople(source.store, ben, carla, LinkKind::ManagerOf); // a second kind for one pair
    const std::vector<std::string> links = linksOf(source.store);
    REQUIRE(links.size() == 7);

    const std::string vcf = exportNetwork(source.store.db(), ExportFormat::VCard, kNow);
    // Each link once, on its `to` person's card: the manager on the report's.
    CHECK(occurrences(vcf, "\r\nRELATED;") == 7);
    CHECK(occurrences(vcf, "RELATED;TYPE=co-worker;X-REKINDLE-KIND=manager-of;") == 2);
    const ParseResult parsed = readVCard(vcf, "out.vcf");
    CHECK(parsed.problems.empty());
    // A name with quotes and a semicolon travels in a parameter (RFC 6868).
    const auto benCard = std::find_if(parsed.cards.begin(), parsed.cards.end(),
                                      [](const ImportCard& c) { return c.contact.displayName == "Ben Okafor"; });
    REQUIRE(benCard != parsed.cards.end());
    CHECK(std::any_of(benCard->relations.begin(), benCard->relations.end(),
                      [](const CardRelation& r) { return r.name == "Eve \"Evie\" Adams; Jr."; }));

    test::TempStore target(kNow);
    const ImportPlan plan = previewImport(target.store.db(), {"out.vcf", vcf, std::nullopt, std::nullopt});
    CHECK(plan.summary() == "5 new, 0 merged, 0 unchanged, 0 rejected");
    const ImportOutcome out = commitImport(target.store, plan);
    CHECK(out.linked == 7);
    CHECK(linksOf(target.store) == links);
    for (const char* name : {"Ana García", "Ben Okafor", "Eve \"Evie\" Adams; Jr."})
        CHECK(notesOf(target.store, name).empty());

    SECTION("and the export of that import says the same") {
        CHECK(exportNetwork(target.store.db(), ExportFormat::VCard, kNow).find("RELATED") != std::string::npos);
        test::TempStore third(kNow);
        (void)importVcf(third.store, exportNetwork(target.store.db(), ExportFormat::VCard, kNow));
        CHECK(linksOf(third.store) == links);
    }
    SECTION("and going back into the database it came from changes nothing") {
        const ImportPlan home = previewImport(source.store.db(), {"out.vcf", vcf, std::nullopt, std::nullopt});
        CHECK(home.summary() == "0 new, 0 merged, 5 unchanged, 0 rejected");
    }
    SECTION("a card whose related person is missing from the file keeps the name, not only the UID") {
        const std::size_t carlaCard = vcf.find("FN:Carla Ruiz");
        const std::size_t begin = vcf.rfind("BEGIN:VCARD", carlaCard);
        const std::size_t end = vcf.find("END:VCARD\r\n", carlaCard) + 11;
        const std::string withoutCarla = vcf.substr(0, begin) + vcf.substr(end);
        test::TempStore partial(kNow);
        (void)importVcf(partial.store, withoutCarla);
        CHECK(linksOf(partial.store).size() == 4);
        CHECK(notesOf(partial.store, "Ana García") == "Related (co-worker): Carla Ruiz");
    }
}

TEST_CASE("A malformed RELATED costs the card nothing", "[io][vcard][related][bad-input]") {
    test::TempStore t(kNow);
    add(t.store, "Ben Okafor");
    const std::string vcf = R"(BEGIN:VCARD
VERSION:4.0
UID:urn:uuid:0a1b2c3d-0000-4000-8000-0000000000ff
FN:Ana García
RELATED;TYPE=friend:
RELATED;TYPE=bestie,x-unknown:Ben Okafor
RELATED;TYPE=me:urn:uuid:0a1b2c3d-0000-4000-8000-0000000000ff
RELATED;TYPE=;X-REKINDLE-KIND=nonsense:
item1.X-ABRELATEDNAMES:
item1.X-ABLabel:_$!<Manager>!$_
TEL:+1 555 0100
END:VCARD
)";
    const ParseResult parsed = readVCard(test::crlf(vcf), "bad.vcf");
    REQUIRE(parsed.cards.size() == 1);
    CHECK(parsed.cards[0].relations.size() == 2);
    CHECK(parsed.problems.size() == 2); // the two RELATED lines that name no one, by line
    for (const auto& p : parsed.problems) CHECK(p.severity == ProblemSeverity::Warning);

    const ImportPlan plan = preview(t.store, vcf);
    CHECK(plan.summary() == "1 new, 0 merged, 0 unchanged, 0 rejected");
    REQUIRE(commitImport(t.store, plan).added == 1);
    // An unknown type is someone known; a card naming itself links no one.
    CHECK(linksOf(t.store) == std::vector<std::string>{"Ana García knows Ben Okafor"});
    const Contact ana = *ContactRepo(t.store.db()).get(idOf(t.store, "Ana García"));
    CHECK(ana.methods.size() == 1);
    CHECK(ana.notes.empty());
}

TEST_CASE("Our kind keys read from either card, the way round they say", "[io][vcard][related]") {
    test::TempStore t(kNow);
    add(t.store, "Ben Okafor");
    add(t.store, "Chloé Martin");
    add(t.store, "Dan Smith");
    const std::string vcf = R"(BEGIN:VCARD
VERSION:4.0
FN:Ana García
RELATED;TYPE=co-worker;X-REKINDLE-KIND=reports-to;VALUE=text:Ben Okafor
RELATED;TYPE=met;X-REKINDLE-KIND=introduced-by;VALUE=text:Chloé Martin
RELATED;TYPE=co-worker;X-REKINDLE-KIND=Manager-Of;VALUE=text:Dan Smith
END:VCARD
)";
    REQUIRE(importVcf(t.store, vcf).linked == 3);
    // Ben reports to Ana; Ana introduced the user to Chloé; Dan is Ana's manager.
    CHECK(linksOf(t.store) == std::vector<std::string>{"Ana García introduced Chloé Martin",
                                                       "Ana García manager-of Ben Okafor",
                                                       "Dan Smith manager-of Ana García"});
}
