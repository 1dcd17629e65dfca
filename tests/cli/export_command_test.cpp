#include "main/cli/commands.h"
#include "tests/cli/cli_world.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace rk;
using rk::cli::registerExportCommand;
using rk::cli::registerImportCommand;

namespace {

void twoPeople(test::CliWorld& world) {
    world.logged(world.person("Ana Lima", Circle::Inner, "Stripe"), 10);
    world.person("Bo Chen", Circle::Network, "Monzo");
}

} // namespace

TEST_CASE("export picks the format from the extension", "[cli][export]") {
    test::CliWorld world;
    twoPeople(world);
    const std::string before = world.read(world.db);

    const auto [name, key, opening] = GENERATE(table<std::string, std::string, std::string>({
        {"people.vcf", "vcard", "BEGIN:VCARD\r\n"},
        {"people.csv", "csv", "\xEF\xBB\xBFName,"},
        {"follow-ups.ics", "ics", "BEGIN:VCALENDAR\r\n"},
        {"backup.json", "json", "{"},
    }));
    const std::string path = world.file(name);

    const auto run = world.run(registerExportCommand, {"export", path});

    CHECK(run.code == 0);
    CHECK(run.err.empty());
    const std::string written = world.read(path);
    CHECK(run.out ==
          "Wrote " + path + " (" + key + ", " + std::to_string(written.size()) + " bytes).\n");
    CHECK(written.rfind(opening, 0) == 0);
    if (key != "ics")
        CHECK(written.find("Bo Chen") != std::string::npos);
    else
        CHECK(written.find("Ana Lima") != std::string::npos); // due on 16 Mar
    if (key == "json") CHECK(nlohmann::json::parse(written)["tables"]["contacts"].size() == 2);
    // Exporting only reads.
    CHECK(world.read(world.db) == before);
}

TEST_CASE("export --format wins over the extension", "[cli][export]") {
    test::CliWorld world;
    twoPeople(world);
    const std::string path = world.file("people.txt");

    const auto run = world.run(registerExportCommand, {"export", path, "--format", "vcf"});

    CHECK(run.code == 0);
    CHECK(run.out.find("(vcard, ") != std::string::npos);
    CHECK(world.read(path).rfind("BEGIN:VCARD\r\n", 0) == 0);
}

TEST_CASE("export refuses a format it does not know, writing nothing", "[cli][export]") {
    test::CliWorld world;
    twoPeople(world);
    const std::string path = world.file("people.pdf");

    SECTION("from the extension") {
        const auto run = world.run(registerExportCommand, {"export", path});
        CHECK(run.code == 2);
        CHECK(run.err == "rekindle: can't tell the format from \"" + path +
                             "\": name it .vcf, .csv, .ics or .json, or pass --format\n");
    }
    SECTION("from --format") {
        const auto run = world.run(registerExportCommand, {"export", path, "--format", "pdf"});
        CHECK(run.code != 0);
        CHECK(run.err.find("--format: pdf not in {vcard,vcf,csv,ics,ical,json}") !=
              std::string::npos);
    }
    CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("export into a folder that does not exist says so", "[cli][export]") {
    test::CliWorld world;
    twoPeople(world);
    const std::string path = world.file("nowhere/people.vcf");

    const auto run = world.run(registerExportCommand, {"export", path});

    CHECK(run.code == 1);
    CHECK(run.err == "rekindle: can't write " + path +
                         ": check that the folder exists and that you may write to it\n");
    CHECK_FALSE(std::filesystem::exists(world.file("nowhere")));
}

TEST_CASE("a JSON backup from export restores into an empty database", "[cli][export][import]") {
    test::CliWorld world;
    twoPeople(world);
    const std::string backup = world.file("backup.json");
    REQUIRE(world.run(registerExportCommand, {"export", backup}).code == 0);
    const std::string fresh = world.file("fresh.db");

    const auto run = world.run(registerImportCommand, {"--db", fresh, "import", backup});

    CHECK(run.code == 0);
    CHECK(run.out.find("A complete backup into an empty database: restores ") != std::string::npos);
    const std::string people =
        "SELECT group_concat(display_name || company || circle || next_due || "
        "ifnull(last_contact_at, ''), '|') FROM contacts";
    const std::string mine = world.text(people);
    world.db = fresh;
    CHECK(world.text(people) == mine);
    CHECK(world.count("SELECT count(*) FROM interactions") == 1);
}

TEST_CASE("export refuses to write over the database it reads", "[cli][export]") {
    test::CliWorld world;
    twoPeople(world);
    const std::string before = world.read(world.db);
    std::string path;
    SECTION("named as --db names it") {
        path = world.db;
    }
    SECTION("named another way") {
        path = (world.dir.path() / "." / "rekindle.db").string();
    }
    SECTION("through a link") {
        path = world.file("link.json");
        std::filesystem::create_symlink(world.db, path);
    }

    const auto run = world.run(registerExportCommand, {"export", path, "--format", "json"});

    CHECK(run.code == 1);
    CHECK(run.out.empty());
    CHECK(run.err == "rekindle: can't export to " + path +
                         ": that is the database itself; choose another file\n");
    CHECK(world.read(world.db) == before);
    CHECK(world.count("SELECT count(*) FROM contacts") == 2);
}
