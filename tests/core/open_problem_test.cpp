// Issue 16: every bad database path is explained, never opened for writing,
// and never changed (core/open/open_problem).
#include "core/db/store_error.h"
#include "core/open/open_problem.h"
#include "core/repo/settings_repo.h"
#include "core/store/store.h"
#include "tests/support/bad_files.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <variant>

using namespace rk;
namespace fs = std::filesystem;

namespace {
// The file's bytes as a hash; a folder or a missing file hashes to a marker.
std::size_t hashOf(const std::string& path) {
    if (fs::is_directory(path)) return 1;
    if (!fs::exists(path)) return 2;
    return std::hash<std::string>{}(test::fileBytes(path));
}
} // namespace

TEST_CASE("Each bad database path gets its own explanation and is left exactly as it was",
          "[core][open][bad-input]") {
    for (const test::BadFile& bad : test::kBadFiles) {
        DYNAMIC_SECTION(bad.name) {
            test::TempDir dir;
            FixedClock clock(0);
            const std::string path = bad.make(dir);
            const std::size_t before = hashOf(path);
            const auto entriesBefore = std::distance(fs::directory_iterator(dir.path()), {});

            OpenResult result = openOrExplain(path, clock);
            REQUIRE(std::holds_alternative<OpenProblem>(result));
            const OpenProblem& problem = std::get<OpenProblem>(result);
            CHECK(problem.kind == bad.kind);
            CHECK(problem.path == path);
            CHECK_FALSE(problem.title.empty());
            CHECK(problem.explanation.size() > 40);
            CHECK(hashOf(path) == before);
            // Nothing made beside it either (a missing folder stays missing).
            CHECK(std::distance(fs::directory_iterator(dir.path()), {}) == entriesBefore);
        }
    }
}

TEST_CASE("Only a file that could open read-only is offered to, and then it opens without writing",
          "[core][open][bad-input]") {
    test::TempDir dir;
    FixedClock clock(0);
    for (const test::BadFile& bad : test::kBadFiles) {
        const std::string path = bad.make(dir);
        const auto problem = std::get<OpenProblem>(openOrExplain(path, clock));
        INFO(bad.name);
        CHECK(problem.canOpenReadOnly == (bad.kind == OpenProblemKind::ReadOnly));
    }
    test::TempDir other;
    const std::string path = test::makeReadOnly(other);
    const std::string before = test::fileBytes(path);
    {
        OpenResult result = openOrExplain(path, clock, OpenMode::ReadOnly);
        REQUIRE(std::holds_alternative<std::unique_ptr<Store>>(result));
        Store& store = *std::get<std::unique_ptr<Store>>(result);
        CHECK(store.readOnly());
        CHECK(SettingsRepo(store.db()).getOr("theme", "") == "dark");
        CHECK_THROWS_AS(store.change("x", [] {}), StoreError);
    }
    CHECK(test::fileBytes(path) == before);
}

TEST_CASE("A read-only open that fails is not offered again", "[core][open][bad-input]") {
    test::TempDir dir;
    FixedClock clock(0);
    const auto problem = std::get<OpenProblem>(openOrExplain(test::makeNewer(dir), clock, OpenMode::ReadOnly));
    CHECK(problem.kind == OpenProblemKind::Newer);
    CHECK_FALSE(problem.canOpenReadOnly);
}

TEST_CASE("A good path, new or existing, opens as a store", "[core][open]") {
    test::TempDir dir;
    FixedClock clock(0);
    OpenResult fresh = openOrExplain(dir.file("new.db"), clock);
    CHECK(std::holds_alternative<std::unique_ptr<Store>>(fresh));
}
