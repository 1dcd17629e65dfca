#include "main/cli/commands.h"
#include "tests/cli/cli_world.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace rk;
using rk::cli::registerImportCommand;

namespace {

// Two people and a card with no name at all (it begins on line 11).
constexpr const char* kCards =
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Fay Osei\r\nEMAIL:fay@example.com\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Gus Moreau\r\nORG:IKEA\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nNOTE:who am I?\r\nEND:VCARD\r\n";

} // namespace

TEST_CASE("import brings in a vCard's people and exits 3 for the card it rejects",
          "[cli][import]") {
    test::CliWorld world;
    world.write("phone.vcf", kCards);

    const auto run = world.run(registerImportCommand, {"import", world.file("phone.vcf")});

    CHECK(run.code == 3);
    CHECK(run.err.empty());
    CHECK(run.out ==
          "phone.vcf: 2 new, 0 merged, 0 unchanged, 1 rejected\n"
          "  rejected  phone.vcf:11: card has no name (no FN, N, ORG or EMAIL); skipped\n"
          "  new       Fay Osei\n"
          "  new       Gus Moreau\n"
          "Imported: 2 added, 0 merged.\n");
    CHECK(world.text("SELECT group_concat(display_name || '@' || company, ',') FROM "
                     "(SELECT display_name, company FROM contacts ORDER BY display_name)") ==
          "Fay Osei@,Gus Moreau@IKEA");
    CHECK(world.text("SELECT value FROM contact_methods") == "fay@example.com");

    SECTION("the same file again changes nothing") {
        const auto again = world.run(registerImportCommand, {"import", world.file("phone.vcf")});
        CHECK(again.code == 3);
        CHECK(again.out.find("0 new, 0 merged, 2 unchanged, 1 rejected") != std::string::npos);
        CHECK(again.out.find("Nothing to import.\n") != std::string::npos);
        CHECK(world.count("SELECT count(*) FROM contacts") == 2);
    }
}

TEST_CASE("import reads a CSV and merges what it already has", "[cli][import]") {
    test::CliWorld world;
    world.write("phone.vcf", kCards);
    REQUIRE(world.run(registerImportCommand, {"import", world.file("phone.vcf")}).code == 3);
    world.write("sheet.csv", "Name,Email,Company,Title\n"
                             "Fay Osei,fay@example.com,Figma,Designer\n"
                             "Hal Ode,hal@example.com,Monzo,Engineer\n");

    const auto run = world.run(registerImportCommand, {"import", world.file("sheet.csv")});

    CHECK(run.code == 0);
    CHECK(run.out.rfind("sheet.csv: 1 new, 1 merged, 0 unchanged, 0 rejected\n", 0) == 0);
    CHECK(run.out.find("  merged    Fay Osei (by email): adds company, title\n") !=
          std::string::npos);
    CHECK(run.out.find("  new       Hal Ode\n") != std::string::npos);
    CHECK(run.out.find("Imported: 1 added, 1 merged.\n") != std::string::npos);
    CHECK(world.count("SELECT count(*) FROM contacts") == 3);
    // Merging fills in what was missing.
    CHECK(world.text(
              "SELECT company || '|' || title FROM contacts WHERE display_name = 'Fay Osei'") ==
          "Figma|Designer");
}

TEST_CASE("import --dry-run shows the preview and changes nothing", "[cli][import]") {
    test::CliWorld world;
    world.write("phone.vcf", kCards);

    SECTION("no database: none is created") {
        const auto run =
            world.run(registerImportCommand, {"import", world.file("phone.vcf"), "--dry-run"});
        CHECK(run.code == 3);
        CHECK(run.out.find("phone.vcf: 2 new, 0 merged, 0 unchanged, 1 rejected\n") == 0);
        CHECK(run.out.find("Dry run: nothing was changed.\n") != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(world.db));
    }
    SECTION("a database: not a byte changes") {
        world.person("Fay Osei");
        const std::string before = world.read(world.db);
        const auto run =
            world.run(registerImportCommand, {"import", world.file("phone.vcf"), "--dry-run"});
        CHECK(run.code == 3);
        CHECK(run.out.find("Dry run: nothing was changed.\n") != std::string::npos);
        CHECK(world.read(world.db) == before);
        CHECK(world.count("SELECT count(*) FROM contacts") == 1);
    }
}

TEST_CASE("import refuses a file it cannot use with a clear message, changing nothing",
          "[cli][import]") {
    test::CliWorld world;
    world.person("Ana Lima");
    const std::string before = world.read(world.db);
    std::string file;
    std::string message;

    SECTION("missing") {
        file = world.file("gone.vcf");
        message = "rekindle: can't read " + file + ": No such file or directory\n";
    }
    SECTION("a folder") {
        file = world.dir.path().string();
        message = "rekindle: " + file + " is a folder, not a file\n";
    }
    SECTION("a broken backup") {
        world.write("backup.json", "{\"format\": 3, \"contacts\": [");
        file = world.file("backup.json");
        message = "rekindle: backup.json: ";
    }
    SECTION("not a vCard") {
        world.write("junk.vcf", "this is not a card\n");
        file = world.file("junk.vcf");
        message =
            "rekindle: junk.vcf: this does not look like a vCard file: it has no BEGIN:VCARD line. "
            "Nothing was imported.\n";
    }

    const auto run = world.run(registerImportCommand, {"import", file});
    CHECK(run.code == 1);
    CHECK(run.out.empty());
    CHECK(run.err.rfind(message, 0) == 0);
    CHECK(world.read(world.db) == before);
}

TEST_CASE("import --format overrides what the file looks like; an unknown one is refused",
          "[cli][import]") {
    test::CliWorld world;
    world.write("contacts.txt", "Name,Email\nIda Berg,ida@example.com\n");

    SECTION("csv") {
        const auto run = world.run(registerImportCommand,
                                   {"import", world.file("contacts.txt"), "--format", "CSV"});
        CHECK(run.code == 0);
        CHECK(world.text("SELECT display_name FROM contacts") == "Ida Berg");
    }
    SECTION("pdf") {
        const auto run = world.run(registerImportCommand,
                                   {"import", world.file("contacts.txt"), "--format", "pdf"});
        CHECK(run.code != 0);
        CHECK(run.err.find("--format") != std::string::npos);
        CHECK_FALSE(std::filesystem::exists(world.db));
    }
}

TEST_CASE("import of a LinkedIn export whose only problem is empty rows exits 0 and says they were skipped",
          "[cli][import][linkedin]") {
    test::CliWorld world;
    world.write("Connections.csv",
                "Notes:\r\n\"Some email addresses may be missing.\"\r\n\r\n"
                "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                "Amara,Mensah,https://www.linkedin.com/in/amara,,Adyen,Head of Product,14 Jan 2024\r\n"
                ",,,,,,01 Feb 2020\r\n"
                ",,,,,,\r\n"
                "Lena,Weber,https://www.linkedin.com/in/lweber,,,,03 Mar 2019\r\n");

    const auto run = world.run(registerImportCommand, {"import", world.file("Connections.csv")});

    CHECK(run.code == 0);
    CHECK(run.err.empty());
    CHECK(run.out ==
          "Connections.csv: 2 new, 0 merged, 0 unchanged, 0 rejected, 2 skipped\n"
          "  new       Amara Mensah\n"
          "  new       Lena Weber\n"
          "  skipped   2 empty rows were skipped: LinkedIn keeps an empty row for each member who "
          "closed their account.\n"
          "Imported: 2 added, 0 merged.\n");
    CHECK(world.count("SELECT count(*) FROM contacts") == 2);

    SECTION("a row that has a company but no name is still a rejection: exit 3") {
        world.write("Broken.csv", "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
                                  ",,,,,,01 Feb 2020\r\n"
                                  ",,,,Adyen,Engineer,01 Feb 2020\r\n");
        const auto broken = world.run(registerImportCommand, {"import", world.file("Broken.csv")});
        CHECK(broken.code == 3);
        CHECK(broken.out.find("0 rejected") == std::string::npos);
        CHECK(broken.out.find("1 rejected, 1 skipped") != std::string::npos);
        CHECK(broken.out.find("  rejected  Broken.csv:3: row has no name, so it could not be imported\n") !=
              std::string::npos);
    }
}
