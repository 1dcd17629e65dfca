// The kill test: the command line logs interactions in a loop and is
// SIGKILLed at random moments. Every interaction it reported as saved must be
// there afterwards, and the file must pass PRAGMA integrity_check. An import
// killed mid-commit leaves all of its people or none.
//
// The figures go to stdout (ctest's log, and ./dev test prints them).
#include "core/repo/contact_repo.h"
#include "core/db/statement.h"
#include "core/store/store.h"
#include "tests/fault/child_process.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_clock.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>

using namespace rk;
namespace fs = std::filesystem;

namespace {

constexpr int kLogRounds = 120;
constexpr int kImportRounds = 12;
constexpr int kImportPeople = 2000;

void addPerson(const std::string& db, const std::string& name) {
    const SystemClock clock;
    Store store(db, clock);
    store.change("Add " + name, [&] {
        Contact c;
        c.displayName = name;
        ContactRepo(store.db()).insert(c, clock.now());
    });
}

std::int64_t count(Store& store, const std::string& sql) { return store.db().queryInt(sql); }

} // namespace

TEST_CASE("Killed at random moments, the log keeps everything it reported as saved", "[fault][kill]") {
    test::TempDir dir;
    const std::string db = dir.file("rekindle.db");
    addPerson(db, "Ana García");
    const auto logRound = [&](int round, std::optional<std::chrono::microseconds> killAfter) {
        return test::runRekindle({"--db", db, "log", "Ana", "--kind", "call", "--note", "round " + std::to_string(round)},
                                 test::ChildOptions::killedAfter(killAfter));
    };

    // How long one log takes here (sanitizers, a busy CI machine) sets the window the kills fall in.
    const auto calibration = logRound(0, std::nullopt);
    REQUIRE(calibration.exited);
    REQUIRE(calibration.exitCode == 0);
    const double typicalMs = calibration.ms;

    std::mt19937 rng(20261205);
    std::uniform_real_distribution<double> when(typicalMs * 0.2, typicalMs * 1.3);
    std::vector<int> reported{0};
    int killed = 0;
    for (int round = 1; round <= kLogRounds; ++round) {
        const auto run = logRound(round, std::chrono::microseconds(static_cast<long long>(when(rng) * 1000)));
        if (run.killed) ++killed;
        // "Called Ana García (today)." is printed only after the commit.
        if (run.out.find("Ana García") != std::string::npos) reported.push_back(round);
        if (run.exited) REQUIRE(run.exitCode == 0);
    }

    const SystemClock clock;
    Store store(db, clock);
    int present = 0;
    for (int round : reported) {
        Statement st(store.db(), "SELECT count(*) FROM interactions WHERE note = ?1");
        st.bind(1, "round " + std::to_string(round));
        REQUIRE(st.step());
        if (st.int64(0) == 1) ++present;
    }
    const auto saved = count(store, "SELECT count(*) FROM interactions");
    const std::string integrity = store.integrityCheck();
    std::cout << "kill test: " << kLogRounds << " rounds, " << killed << " killed, " << reported.size() - 1
              << " reported saved, " << present - 1 << " of them present, "
              << saved - static_cast<std::int64_t>(reported.size())
              << " saved but killed before they could say so; integrity " << integrity << "\n";
    CHECK(present == static_cast<int>(reported.size()));
    CHECK(killed >= kLogRounds / 4); // the kills really landed
    CHECK(saved >= static_cast<std::int64_t>(reported.size()));
    CHECK(integrity == "ok");
}

TEST_CASE("An import killed mid-commit leaves all of its people or none", "[fault][kill][import]") {
    test::TempDir dir;
    const std::string vcf = dir.file("people.vcf");
    {
        std::ofstream out(vcf, std::ios::binary);
        for (int i = 0; i < kImportPeople; ++i)
            out << "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person " << i << "\r\nEMAIL:person" << i
                << "@example.org\r\nORG:Company " << i % 50 << "\r\nEND:VCARD\r\n";
    }
    const std::string base = dir.file("base.db");
    addPerson(base, "Ana García");
    const auto importInto = [&](const std::string& db, std::optional<std::chrono::microseconds> killAfter) {
        fs::copy_file(base, db, fs::copy_options::overwrite_existing);
        return test::runRekindle({"--db", db, "import", vcf}, test::ChildOptions::killedAfter(killAfter));
    };

    const auto full = importInto(dir.file("full.db"), std::nullopt);
    REQUIRE(full.exited);
    REQUIRE(full.exitCode == 0);

    // Kills spread over the second half of the run, where parsing is done and the commit happens.
    std::mt19937 rng(4242);
    std::uniform_real_distribution<double> when(full.ms * 0.6, full.ms * 1.1);
    int none = 0, all = 0, killed = 0;
    const SystemClock clock;
    for (int round = 0; round < kImportRounds; ++round) {
        const std::string db = dir.file("round" + std::to_string(round) + ".db");
        const auto run = importInto(db, std::chrono::microseconds(static_cast<long long>(when(rng) * 1000)));
        if (run.killed) ++killed;
        Store store(db, clock);
        const auto people = count(store, "SELECT count(*) FROM contacts");
        if (people == 1) ++none;
        else if (people == 1 + kImportPeople) ++all;
        else FAIL("a killed import left " << people - 1 << " of " << kImportPeople << " people");
        REQUIRE(store.integrityCheck() == "ok");
        // A reported import is all there.
        if (run.out.find("Imported") != std::string::npos || run.exited) CHECK(people == 1 + kImportPeople);
    }
    std::cout << "import kill test: " << kImportRounds << " rounds, " << killed << " killed, " << all
              << " with all " << kImportPeople << " people, " << none << " with none, 0 partial\n";
    CHECK(killed >= 1);
}
