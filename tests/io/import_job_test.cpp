#include "core/io/import/import_job.h"
#include "core/repo/contact_repo.h"
#include "tests/support/temp_store.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <thread>

using namespace rk;
using Catch::Contains;

namespace {

std::string cards(int n) {
    std::string out;
    for (int i = 0; i < n; ++i)
        out += "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person " + std::to_string(i) + "\r\nEMAIL:p" +
               std::to_string(i) + "@example.org\r\nEND:VCARD\r\n";
    return out;
}

std::string csv(int n) {
    std::string out = "Who,Mail\n";
    for (int i = 0; i < n; ++i)
        out += "Person " + std::to_string(i) + ",p" + std::to_string(i) + "@example.org\n";
    return out;
}

void write(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

// What the App does each frame: let a waiting worker begin, and take its result once it is done.
ImportJobResult waitFor(ImportJob& job) {
    for (int i = 0; i < 60000 && !job.finished(); ++i) {
        job.release();
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    REQUIRE(job.finished());
    return job.collect();
}

std::int64_t people(Store& store) {
    return ContactRepo(store.db()).count();
}

} // namespace

TEST_CASE("A small file is previewed and imported at once, between two frames", "[io][job]") {
    test::TempStore t(1'795'000'000);
    write(t.dir.file("few.vcf"), cards(3));
    ImportJob job;
    job.preview(t.store, t.dir.file("few.vcf"));
    CHECK_FALSE(job.running());
    REQUIRE(job.finished());
    const ImportJobResult preview = job.collect();
    CHECK_FALSE(preview.committed);
    REQUIRE(preview.plan);
    CHECK(preview.plan->newCount == 3);
    CHECK(people(t.store) == 0); // a preview changes nothing

    job.commit(t.store, preview.plan);
    REQUIRE(job.finished());
    const ImportJobResult done = job.collect();
    CHECK(done.committed);
    REQUIRE(done.outcome);
    CHECK(done.outcome->added == 3);
    CHECK(people(t.store) == 3);
    t.store.undo();
    CHECK(people(t.store) == 0);
}

TEST_CASE("A large file is read and written on a worker that waits for the frame to see it",
          "[io][job][thread]") {
    test::TempStore t(1'795'000'000);
    write(t.dir.file("many.vcf"), cards(50));
    ImportJob job({.fileBytes = 0, .entries = 0}); // everything counts as large
    job.preview(t.store, t.dir.file("many.vcf"));
    CHECK(job.running());
    CHECK_FALSE(job.status().committing);
    const ImportJobResult preview = waitFor(job);
    REQUIRE(preview.plan);
    CHECK(preview.plan->newCount == 50);

    job.commit(t.store, preview.plan);
    CHECK(job.status().running);
    CHECK(job.status().committing);
    CHECK(job.status().total == 50);
    const ImportJobResult done = waitFor(job);
    CHECK(done.outcome->added == 50);
    CHECK(people(t.store) == 50);
    CHECK_FALSE(job.status().running);
}

TEST_CASE("A corrected CSV mapping previews the same bytes again, without the file",
          "[io][job][csv]") {
    test::TempStore t(1'795'000'000);
    write(t.dir.file("people.csv"), csv(4));
    ImportJob job;
    job.preview(t.store, t.dir.file("people.csv"));
    const ImportJobResult first = job.collect();
    REQUIRE(first.plan);
    REQUIRE(first.plan->csvMapping.fields.size() == 2);

    std::filesystem::remove(t.dir.file("people.csv")); // the job kept the bytes
    ColumnMapping mapping = first.plan->csvMapping;
    mapping.fields = {CsvField::FullName, CsvField::Email};
    job.remap(t.store, mapping);
    const ImportJobResult second = job.collect();
    REQUIRE(second.plan);
    CHECK(second.error.empty());
    CHECK(second.plan->newCount == 4);
    CHECK(second.plan->csvMapping.fields == mapping.fields);
}

TEST_CASE("A file that cannot be read is a sentence, and nothing changes", "[io][job][bad-input]") {
    test::TempStore t(1'795'000'000);
    ImportJob job;
    job.preview(t.store, t.dir.file("missing.vcf"));
    const ImportJobResult r = job.collect();
    CHECK_FALSE(r.plan);
    CHECK_THAT(r.error, Contains("missing.vcf"));
    CHECK(people(t.store) == 0);
}

TEST_CASE("Stopping a commit rolls it back; closing the sheet drops a preview still being read",
          "[io][job][cancel]") {
    test::TempStore t(1'795'000'000);
    write(t.dir.file("many.vcf"), cards(3000));
    ImportJob job({.fileBytes = 0, .entries = 0});
    job.preview(t.store, t.dir.file("many.vcf"));
    const ImportJobResult preview = waitFor(job);
    REQUIRE(preview.plan);

    SECTION("stop") {
        job.commit(t.store, preview.plan);
        job.cancel(); // before the worker begins: it stops at its first progress report
        const ImportJobResult r = waitFor(job);
        REQUIRE(r.outcome);
        CHECK(r.outcome->cancelled);
        CHECK(people(t.store) == 0);
        CHECK_FALSE(t.store.history().canUndo());
    }
    SECTION("close") {
        job.preview(t.store, t.dir.file("many.vcf"));
        job.discard();
        const ImportJobResult r = waitFor(job);
        CHECK(r.discarded);
        CHECK_FALSE(r.plan);
    }
}
