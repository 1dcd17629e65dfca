// A full disk, made without root: RLIMIT_FSIZE caps how far any file may be
// written, so the write-ahead log cannot grow (the write fails with EFBIG, as
// it would with ENOSPC). Logging and importing fail with a clear message, the
// database stays intact, and the app shows nothing as saved that is not.
#include "core/db/database.h"
#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/store/backup_now.h"
#include "core/store/store.h"
#include "tests/fault/child_process.h"
#include "tests/support/temp_dir.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sys/resource.h>

using namespace rk;

namespace {

// Below one WAL header and two frames: no change can be committed, while
// reading (and the 32 KB shared-memory index made at open) still works.
constexpr long kFullAt = 8192;

struct FullDiskWorld {
    test::TempDir dir;
    std::string db = dir.file("rekindle.db");
    // Another reader (the app in another window) keeps -wal and -shm in
    // place, so the child's only new bytes are its own log frames.
    std::optional<Database> reader;

    FullDiskWorld() {
        const SystemClock clock;
        {
            Store store(db, clock);
            store.change("Add Ana", [&] {
                Contact c;
                c.displayName = "Ana García";
                ContactRepo(store.db()).insert(c, clock.now());
            });
        }
        reader.emplace(db, OpenMode::ReadWrite);
        (void)reader->queryInt("SELECT count(*) FROM contacts");
    }
    std::int64_t count(const std::string& table) {
        const SystemClock clock;
        Store store(db, clock);
        return store.db().queryInt("SELECT count(*) FROM " + table);
    }
    std::string integrity() {
        const SystemClock clock;
        Store store(db, clock);
        return store.integrityCheck();
    }
};

// Holds this test process to a file-size limit for one scope.
class FileSizeLimit {
public:
    explicit FileSizeLimit(long bytes) {
        ::getrlimit(RLIMIT_FSIZE, &m_was);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{static_cast<rlim_t>(bytes), m_was.rlim_max};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &m_was);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_was{};
    void (*m_handler)(int) = nullptr;
};

} // namespace

TEST_CASE("Logging on a full disk says nothing was saved and leaves the file intact", "[fault][disk]") {
    FullDiskWorld world;
    const auto run = test::runRekindle(
        {"--db", world.db, "log", "Ana", "--kind", "call", "--note", "Talked about the Lisbon office"},
        test::ChildOptions::fileSizeLimit(kFullAt));
    REQUIRE(run.exited);
    CHECK(run.exitCode != 0);
    CHECK(run.err.find("could not write to the disk") != std::string::npos);
    CHECK(run.err.find("not saved") != std::string::npos);
    CHECK(run.out.empty());
    world.reader.reset();
    CHECK(world.count("interactions") == 0);
    CHECK(world.integrity() == "ok");

    // With room again, the same command works.
    const auto again = test::runRekindle({"--db", world.db, "log", "Ana", "--kind", "call"});
    CHECK(again.exitCode == 0);
    CHECK(world.count("interactions") == 1);
}

TEST_CASE("Importing on a full disk imports nobody and says why", "[fault][disk]") {
    FullDiskWorld world;
    const std::string vcf = world.dir.file("people.vcf");
    {
        std::ofstream out(vcf, std::ios::binary);
        for (int i = 0; i < 300; ++i)
            out << "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person " << i << "\r\nEMAIL:p" << i << "@example.org\r\nEND:VCARD\r\n";
    }
    const auto run = test::runRekindle({"--db", world.db, "import", vcf}, test::ChildOptions::fileSizeLimit(kFullAt));
    REQUIRE(run.exited);
    CHECK(run.exitCode != 0);
    CHECK(run.err.find("could not write to the disk") != std::string::npos);
    CHECK(run.out.find("Imported:") == std::string::npos);
    world.reader.reset();
    CHECK(world.count("contacts") == 1);
    CHECK(world.integrity() == "ok");
}

TEST_CASE("Backing up on a full disk says so, leaves no half copy and keeps the database intact",
          "[fault][disk]") {
    FullDiskWorld world;
    {
        const SystemClock clock;
        Store store(world.db, clock);
        store.change("Add 200 people", [&] { // a copy bigger than the limit: it cannot be finished
            for (int i = 0; i < 200; ++i) {
                Contact c;
                c.displayName = "Person " + std::to_string(i);
                c.notes = std::string(200, 'n');
                ContactRepo(store.db()).insert(c, clock.now());
            }
        });
    }
    const std::string folder = world.dir.file("backups-here");
    const auto run = test::runRekindle({"--db", world.db, "backup", folder}, test::ChildOptions::fileSizeLimit(kFullAt));
    REQUIRE(run.exited);
    CHECK(run.exitCode != 0);
    INFO("stderr: " << run.err);
    CHECK(run.err.find("Could not write a backup") != std::string::npos);
    CHECK(run.err.find("the disk has room") != std::string::npos);
    CHECK(run.err.find("Nothing was backed up") != std::string::npos);
    CHECK(run.out.find("Backed up") == std::string::npos);
    // Nothing that carries a backup's name is left behind half written.
    if (std::filesystem::exists(folder))
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            CHECK_FALSE(parseBackupName(entry.path().filename().string()).has_value());
    world.reader.reset();
    CHECK(world.count("contacts") == 201);
    CHECK(world.integrity() == "ok");

    // With room again, the same command writes a backup that holds everyone.
    const auto again = test::runRekindle({"--db", world.db, "backup", folder});
    CHECK(again.exitCode == 0);
    CHECK(again.out.find("Backed up 201 people") != std::string::npos);
}

TEST_CASE("The app on a full disk says what did not save and keeps the typed note", "[fault][disk][ui]") {
    const test::ScopedTimeZone zone("Europe/London");
    test::TempStore t(test::localTime(2026, 11, 26, 10, 0));
    t.store.change("setup", [&] {
        Contact ana;
        ana.displayName = "Ana García";
        ContactRepo(t.store.db()).insert(ana, t.clock.now());
    });
    test::UiHarness ui(t.store, t.clock);
    ui.app().setTab(app::Tab::Log);
    ui.frames(2);
    t.store.db().exec("PRAGMA wal_checkpoint(TRUNCATE)"); // the next change starts an empty log file

    {
        const FileSizeLimit full(kFullAt);
        ui.press('L', true);
        ui.type("Ana");
        ui.press(test::key::Enter);
        ui.type("Talked about the Lisbon office");
        ui.press(test::key::Enter, true);

        CHECK(ui.app().toast().isError);
        CHECK(ui.app().toast().text.find("could not write to the disk") != std::string::npos);
        CHECK_FALSE(ui.app().toast().canUndo);
        CHECK(ui.app().waitingChanges() == 0); // a full disk is not waited out
        ui.frames(2);
        CHECK(ui.app().models().recentLog().empty()); // nothing shows as logged
        REQUIRE(ui.app().logSheet().isOpen());         // the sheet is back with the note
        CHECK(ui.app().logSheet().draft().note == "Talked about the Lisbon office");
    }
    CHECK(InteractionRepo(t.store.db()).recent(5).empty());
    CHECK(t.store.integrityCheck() == "ok");

    ui.press(test::key::Enter, true); // room again: the same sheet saves
    const auto saved = InteractionRepo(t.store.db()).recent(1);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].interaction.note == "Talked about the Lisbon office");
    CHECK_FALSE(ui.app().toast().isError);
}
