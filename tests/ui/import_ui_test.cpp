// More → Import and Export, and a file dropped on the window, driven as a
// person would: keys and dropped files in, the screen's text and the database out.
#include "app/views/sheets/import_sheet.h"
#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace rk;
using app::Tab;
using Catch::Contains;

namespace {

namespace key = test::key;

// Frames at the harness's 60 per second until the preview's import button arms.
constexpr int kArmFrames = static_cast<int>(app::kCommitArmDelaySeconds * 60) + 2;

// The screen's text with rows and table cells run together, so
// "2 new 1 merged" reads the way it looks.
std::string flat(const std::string& text) {
    std::string out;
    for (char c : text) {
        const bool gap = c == '\n' || c == '|' || c == ' ';
        if (gap && (out.empty() || out.back() == ' ')) continue;
        out += gap ? ' ' : c;
    }
    return out;
}

void write(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// HOME points into the test's folder, so the export's default path lands there.
class ScopedHome {
public:
    explicit ScopedHome(const std::string& home) {
        if (const char* old = std::getenv("HOME")) m_old = old;
        setenv("HOME", home.c_str(), 1);
    }
    ~ScopedHome() { setenv("HOME", m_old.c_str(), 1); }
    ScopedHome(const ScopedHome&) = delete;
    ScopedHome& operator=(const ScopedHome&) = delete;

private:
    std::string m_old;
};

constexpr const char* kPeopleVcf =
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana "
    "García\r\nN:García;Ana;;;\r\nEMAIL;TYPE=work:ana@example.org\r\n"
    "ORG:Acme\r\nTITLE:VP Engineering\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben Okafor\r\nN:Okafor;Ben;;;\r\nTEL;TYPE=cell:+44 7700 "
    "900123\r\n"
    "ORG:Globex\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:a card with nobody on it\r\nEND:VCARD\r\n";

// Headers no guess understands, with ';' between the fields.
constexpr const char* kOddCsv = "Who;Reach me at;Shop;Shoe size\n"
                                "Zoë Adler;zoe@example.org;Initech;38\n"
                                "Kai Brandt;kai@example.org;Hooli;44\n"
                                "Lena Fischer;;Umbrella;39\n";

struct ImportFixture : test::TempStore {
    ContactId ana = 0;
    ContactId zoe = 0;

    ImportFixture() : TempStore(test::localTime(2026, 11, 26, 10, 0)) {
        store.change("setup", [&] {
            ContactRepo repo(store.db());
            Contact a;
            a.displayName = "Ana García";
            a.methods.push_back(
                {.id = 0, .kind = MethodKind::Email, .label = "work", .value = "ana@example.org"});
            repo.insert(a, clock.now());
            ana = a.id;
            Contact z;
            z.displayName = "Zoë Adler";
            z.methods.push_back(
                {.id = 0, .kind = MethodKind::Email, .label = "", .value = "zoe@example.org"});
            repo.insert(z, clock.now());
            zoe = z.id;
        });
        store.history().clear(); // the import is the only thing Ctrl+Z can undo
    }
    [[nodiscard]] std::int64_t count() { return ContactRepo(store.db()).count(Shelf::Active); }
    [[nodiscard]] std::optional<Contact> find(const std::string& name) {
        for (const auto& c : ContactRepo(store.db()).findByName(name, 5))
            if (c.displayName == name) return ContactRepo(store.db()).get(c.id);
        return std::nullopt;
    }
};

} // namespace

TEST_CASE("A dropped vCard shows new, merged and rejected with the reason, Enter imports, Ctrl+Z "
          "undoes it all",
          "[ui][import]") {
    ImportFixture f;
    test::UiHarness ui(f.store, f.clock);
    write(f.dir.file("people.vcf"), kPeopleVcf);

    ui.services().dropped.push_back(f.dir.file("people.vcf"));
    ui.frames(3);
    CHECK(ui.app().tab() == Tab::More);
    const std::string preview = flat(ui.screenText());
    CHECK_THAT(preview, Contains("Import people.vcf"));
    CHECK_THAT(preview, Contains("1 new 1 merged 0 unchanged 1 rejected"));
    CHECK_THAT(preview,
               Contains("people.vcf:16: card has no name")); // the reason, with file and line
    CHECK_THAT(preview, Contains("Ana García (by email"));
    CHECK_THAT(preview, Contains("Import 2 people (Enter)"));
    CHECK(f.count() == 2); // a preview changes nothing

    ui.frames(kArmFrames);
    ui.press(key::Enter);
    CHECK(f.count() == 3);
    const auto ana = ContactRepo(f.store.db()).get(f.ana);
    REQUIRE(ana);
    CHECK(ana->title == "VP Engineering"); // merged into the one already there
    CHECK(ana->company == "Acme");
    const std::string done = flat(ui.screenText());
    CHECK_THAT(done, Contains("Imported 1 new, merged 1."));
    CHECK_THAT(done, Contains("Ctrl+Z undoes the whole import."));

    ui.press('Z', true);
    CHECK(f.count() == 2);
    CHECK(ContactRepo(f.store.db()).get(f.ana)->title.empty());
    CHECK_FALSE(f.store.history().canUndo()); // one step, and it is gone
    CHECK_THAT(ui.app().toast().text, Contains("Undone: Import people.vcf"));
    CHECK_THAT(flat(ui.screenText()),
               !Contains("Ctrl+Z undoes the whole import.")); // the sheet closed
}

TEST_CASE("The import button arms only after the preview has been seen: a double click or a "
          "doubled Enter "
          "does not import",
          "[ui][import]") {
    ImportFixture f;
    test::UiHarness ui(f.store, f.clock);
    write(f.dir.file("people.vcf"), kPeopleVcf);

    ui.press('5', true); // More
    ui.press('I');       // Import contacts…
    ui.press('A', true);
    ui.type(f.dir.file("people.vcf"));
    const ImVec2 previewButton = ui.itemRect("Preview  (Enter)").centre();
    ui.click(previewButton.x, previewButton.y);
    CHECK_THAT(flat(ui.screenText()), Contains("Import 2 people (Enter)"));

    SECTION("a second click where the pointer already is, and on the import button itself, imports "
            "nothing") {
        ui.click(previewButton.x, previewButton.y);
        ui.clickItem("Import 2 people  (Enter)");
        CHECK(f.count() == 2);
        ui.frames(kArmFrames);
        ui.clickItem("Import 2 people  (Enter)");
        CHECK(f.count() == 3);
    }
    SECTION("Enter pressed again at once imports nothing; once the preview has shown a moment, "
            "Enter imports") {
        ui.press(key::Enter);
        CHECK(f.count() == 2);
        CHECK_THAT(flat(ui.screenText()), Contains("Import 2 people (Enter)"));
        ui.frames(kArmFrames);
        ui.press(key::Enter);
        CHECK(f.count() == 3);
    }
}

TEST_CASE("A CSV with odd headers is typed into More → Import, its columns fixed with the keys, "
          "then imported",
          "[ui][import][csv]") {
    ImportFixture f;
    test::UiHarness ui(f.store, f.clock);
    write(f.dir.file("odd.csv"), kOddCsv);

    ui.press('5', true); // More
    ui.press('I');       // Import contacts…
    CHECK_THAT(flat(ui.screenText()), Contains("Import contacts"));
    ui.press('A', true); // the path field has the keyboard: select what is there
    ui.type(f.dir.file("odd.csv"));
    ui.press(key::Enter);

    std::string s = flat(ui.screenText());
    CHECK_THAT(s, Contains("Import odd.csv"));
    CHECK_THAT(s, Contains("No column holds a name or an email address yet"));
    CHECK_THAT(s, Contains("\"Who\" { Keep in notes }"));
    CHECK_THAT(s, Contains("Nothing to import"));
    ui.press(key::Enter); // nothing happens: there is nothing to import yet
    CHECK(f.count() == 2);

    ui.press(key::Right); // "Who" holds the full name
    s = flat(ui.screenText());
    CHECK_THAT(s, Contains("\"Who\" { Full name }"));
    CHECK_THAT(s, Contains("2 new 1 merged 0 unchanged 0 rejected")); // Zoë, by her name
    CHECK_THAT(s, Contains("Zoë Adler (by name and company)"));

    ui.press(key::Down); // "Reach me at" …
    for (int i = 0; i < 6; ++i)
        ui.press(key::Right); // … Keep in notes → Email
    ui.press(key::Down);      // "Shop" …
    for (int i = 0; i < 4; ++i)
        ui.press(key::Right); // … → Company
    s = flat(ui.screenText());
    CHECK_THAT(s, Contains("\"Reach me at\" { Email }"));
    CHECK_THAT(s, Contains("\"Shop\" { Company }"));
    CHECK_THAT(s, Contains("2 new 1 merged 0 unchanged 0 rejected"));
    CHECK_THAT(s, Contains("Zoë Adler (by email): adds company"));

    ui.frames(kArmFrames);
    ui.press(key::Enter);
    CHECK(f.count() == 4);
    const auto zoe = ContactRepo(f.store.db()).get(f.zoe);
    REQUIRE(zoe);
    CHECK(zoe->company == "Initech");
    const auto kai = f.find("Kai Brandt");
    REQUIRE(kai);
    CHECK(kai->company == "Hooli");
    REQUIRE(kai->methods.size() == 1);
    CHECK(kai->methods[0].value == "kai@example.org");
    CHECK_THAT(kai->notes, Contains("Shoe size: 44")); // an unmapped column is kept, not lost
    CHECK_THAT(flat(ui.screenText()), Contains("Imported 2 new, merged 1."));

    ui.press(key::Enter); // Done
    ui.press('Z', true);
    CHECK(f.count() == 2);
    CHECK(ContactRepo(f.store.db()).get(f.zoe)->company.empty());
}

TEST_CASE("A malformed or missing file gets a clear message and changes nothing", "[ui][import]") {
    ImportFixture f;
    test::UiHarness ui(f.store, f.clock);
    const auto revision = f.store.revision();

    SECTION("not a vCard at all") {
        write(f.dir.file("broken.vcf"), "hello, this is a shopping list\nmilk\neggs\n");
        ui.services().dropped.push_back(f.dir.file("broken.vcf"));
        ui.frames(3);
        const std::string s = flat(ui.screenText());
        CHECK_THAT(s, Contains("Couldn't import broken.vcf"));
        CHECK_THAT(s,
                   Contains("This does not look like a vCard file: it has no BEGIN:VCARD line."));
        CHECK_THAT(s, Contains("Nothing was changed."));
    }
    SECTION("a JSON file that is not valid JSON") {
        write(f.dir.file("backup.json"), "{\"format\": \"rekindle-backup\", oops");
        ui.services().dropped.push_back(f.dir.file("backup.json"));
        ui.frames(3);
        const std::string s = flat(ui.screenText());
        CHECK_THAT(s, Contains("Couldn't import backup.json"));
        CHECK_THAT(s, Contains("not valid JSON"));
    }
    SECTION("a file that is not there") {
        ui.services().dropped.push_back(f.dir.file("gone.vcf"));
        ui.frames(3);
        const std::string s = flat(ui.screenText());
        CHECK_THAT(s, Contains("Couldn't import gone.vcf"));
        CHECK_THAT(s, Contains("Nothing was changed."));
    }
    CHECK(f.count() == 2);
    CHECK(f.store.revision() == revision);
    ui.press(key::Escape);
    CHECK_THAT(flat(ui.screenText()), !Contains("Couldn't import"));
}

TEST_CASE("The file picker lists importable files and folders and opens one with the keys",
          "[ui][import]") {
    ImportFixture f;
    test::UiHarness ui(f.store, f.clock);
    std::filesystem::create_directories(f.dir.path() / "exports");
    write(f.dir.file("exports/people.vcf"), kPeopleVcf);
    write(f.dir.file("exports/notes.txt"), "not for importing");
    ScopedHome home(f.dir.path().string());

    ui.press('5', true);
    ui.press('I');
    ui.press('A', true);
    ui.type(f.dir.file("exports/")); // a folder ending in "/" is listed straight away
    std::string s = flat(ui.screenText());
    CHECK_THAT(s, Contains("people.vcf"));
    CHECK_THAT(s, !Contains("notes.txt"));
    ui.press(key::Down); // "Up one folder"
    ui.press(key::Down); // people.vcf
    ui.press(key::Enter);
    CHECK_THAT(flat(ui.screenText()), Contains("1 new 1 merged 0 unchanged 1 rejected"));
}

TEST_CASE("Export writes the chosen format where asked and never replaces a file without asking",
          "[ui][import][export]") {
    ImportFixture f;
    test::UiHarness ui(f.store, f.clock);
    ScopedHome home(f.dir.path().string());
    const std::string vcf = f.dir.file("rekindle-2026-11-26.vcf");

    ui.press('5', true);
    ui.press('E');
    CHECK_THAT(flat(ui.screenText()), Contains("Export your network"));
    ui.press(key::Enter); // vCard to the default path
    REQUIRE(std::filesystem::exists(vcf));
    CHECK(std::filesystem::file_size(vcf) > 0);
    CHECK_THAT(read(vcf), Contains("FN:Ana García"));
    CHECK_THAT(flat(ui.screenText()), Contains("Saved your contacts as vCard to " + vcf));
    ui.press(key::Enter); // Done

    write(vcf, "keep me");
    ui.press('E');
    ui.press(key::Enter);
    CHECK_THAT(flat(ui.screenText()), Contains("Replace rekindle-2026-11-26.vcf?"));
    CHECK(read(vcf) == "keep me");
    ui.press(key::Escape); // Keep it: back to the path, ready for another name
    CHECK(read(vcf) == "keep me");
    CHECK_THAT(flat(ui.screenText()), Contains("Export your network"));
    ui.type("mine.vcf"); // relative to the home folder
    ui.press(key::Enter);
    CHECK_THAT(read(f.dir.file("mine.vcf")), Contains("BEGIN:VCARD"));
    CHECK(read(vcf) == "keep me");
    ui.press(key::Enter); // Done

    ui.press('E');
    ui.press('2'); // CSV: the name follows the format
    CHECK_THAT(flat(ui.screenText()), Contains("rekindle-2026-11-26.csv"));
    ui.press(key::Enter);
    const std::string csv = f.dir.file("rekindle-2026-11-26.csv");
    REQUIRE(std::filesystem::exists(csv));
    CHECK(std::filesystem::file_size(csv) > 0);
    CHECK(read(vcf) == "keep me");
    ui.press(key::Enter);

    ui.press('E');
    ui.press('1');
    ui.press(key::Enter);
    ui.press('R'); // Replace it
    CHECK_THAT(read(vcf), Contains("BEGIN:VCARD"));

    ui.press(key::Enter); // Done

    // A path that can't be written is a plain-English message, not a crash.
    ui.press('E');
    ui.press(key::Tab);  // into the path field
    ui.press('A', true); // select what is there
    ui.type("/nowhere/at/all/contacts.vcf");
    ui.press(key::Enter);
    CHECK_THAT(flat(ui.screenText()), Contains("There is no folder /nowhere/at/all."));
    ui.press(key::Tab);
    ui.press('A', true);
    ui.type(f.dir.path().string());
    ui.press(key::Enter);
    CHECK_THAT(flat(ui.screenText()),
               Contains("is a folder. Add a file name to it, such as rekindle-2026-11-26.vcf."));
}

TEST_CASE("A large import runs on a worker: the sheet keeps drawing its progress and one undo "
          "takes it back",
          "[ui][import][thread]") {
    ImportFixture f;
    std::string cards;
    for (int i = 0; i < 1200; ++i)
        cards += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person " + std::to_string(i) + "\r\nEMAIL:p" +
                 std::to_string(i) + "@example.org\r\nORG:Org " + std::to_string(i % 40) +
                 "\r\nEND:VCARD\r\n";
    write(f.dir.file("many.vcf"), cards);

    // Every step on a worker, whatever its size.
    test::UiHarness ui(f.store, f.clock, 430, 880,
                       app::AppOptions{.import = {.fileBytes = 0, .entries = 0}});
    const app::ImportSheet& sheet = ui.app().more().importSheet();
    int busyFrames = 0;
    auto until = [&](auto done) {
        return ui.framesUntil([&] {
            if (ui.app().storeBusy()) ++busyFrames;
            return done();
        });
    };

    ui.services().dropped.push_back(f.dir.file("many.vcf"));
    REQUIRE(until([&] { return sheet.step() == app::ImportSheet::Step::Preview; }));
    CHECK(busyFrames > 0); // read on a worker
    REQUIRE(sheet.plan());
    CHECK(sheet.plan()->newCount == 1200);

    busyFrames = 0;
    ui.frames(kArmFrames);
    ui.press(key::Enter);
    REQUIRE(until([&] { return sheet.step() == app::ImportSheet::Step::Done; }));
    CHECK(busyFrames > 0); // frames were drawn while the worker wrote
    CHECK_FALSE(ui.app().storeBusy());
    CHECK_THAT(sheet.message(), Contains("Imported 1,200 new, merged 0."));
    CHECK(f.count() == 1202);

    f.store.undo();
    CHECK(f.count() == 2);
}

// App::frame keeps off the store while App::storeBusy() (no revision read, no
// shortcuts, no dropped files): the App and the worker never share the
// SQLite connection at once.
TEST_CASE("A large dropped file is read and imported behind a progress bar through the App",
          "[ui][import][app-busy]") {
    ImportFixture f;
    test::UiHarness ui(f.store, f.clock);
    std::string cards;
    for (int i = 0; i < 12000; ++i) // just over 1 MB: read on a worker, and written on one
        cards += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person " + std::to_string(i) + "\r\nEMAIL:p" +
                 std::to_string(i) + "@example.org\r\nORG:Org " + std::to_string(i % 40) +
                 "\r\nEND:VCARD\r\n";
    write(f.dir.file("many.vcf"), cards);

    ui.services().dropped.push_back(f.dir.file("many.vcf"));
    ui.frames(2);
    CHECK_THAT(flat(ui.screenText()), Contains("Reading many.vcf…"));
    std::string s;
    REQUIRE(ui.framesUntil([&] {
        return (s = flat(ui.screenText())).find("Import 12,000 people") != std::string::npos;
    }));
    CHECK_THAT(s, Contains("12,000 new 0 merged 0 unchanged 0 rejected"));

    ui.frames(kArmFrames);
    ui.press(key::Enter);
    bool sawProgress = false;
    REQUIRE(ui.framesUntil([&] {
        s = flat(ui.screenText());
        sawProgress = sawProgress || s.find("Importing many.vcf…") != std::string::npos;
        return s.find("Imported 12,000 new, merged 0.") != std::string::npos;
    }));
    CHECK(sawProgress);
    CHECK(f.count() == 12002);
    ui.press('Z', true);
    CHECK(f.count() == 2);
}
