#include "core/db/database.h"
#include "core/db/sql_batch.h"
#include "core/db/store_error.h"
#include "core/db/transaction.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {

Database familyDb(const std::string& path) {
    Database db(path, OpenMode::ReadWriteCreate);
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("CREATE TABLE parents(id INTEGER PRIMARY KEY, name TEXT NOT NULL, photo BLOB)");
    db.exec("CREATE TABLE children(id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parents(id), "
            "note TEXT)");
    return db;
}

} // namespace

TEST_CASE("A batch writes every row, across many statements, children after their parents", "[core][db]") {
    test::TempDir dir;
    Database db = familyDb(dir.file("batch.db"));
    {
        Transaction tx(db);
        BatchInsert parents(db, "INSERT INTO parents", {"id", "name", "photo"});
        BatchInsert children(db, "INSERT INTO children", {"parent_id", "note"});
        children.setParent(&parents);
        for (std::int64_t i = 1; i <= 10'000; ++i) {
            parents.add({i, "Person " + std::to_string(i),
                         i % 3 ? SqlValue() : SqlValue(std::vector<unsigned char>{1, 2, 3})});
            // A child written as soon as its batch fills: its parent must be in the table by then.
            for (int c = 0; c < 3; ++c) children.add({i, i % 2 ? SqlValue("Zoë 李雷 " + std::to_string(c)) : SqlValue()});
            if (children.full()) children.flush();
        }
        children.flush();
        parents.flush(); // nothing left: flushed with the children
        CHECK(parents.empty());
        tx.commit();
    }
    CHECK(db.queryInt("SELECT count(*) FROM parents") == 10'000);
    CHECK(db.queryInt("SELECT count(*) FROM children") == 30'000);
    CHECK(db.queryInt("SELECT count(*) FROM parents WHERE photo IS NOT NULL") == 3'333);
    CHECK(db.queryText("SELECT note FROM children WHERE parent_id = 9999 ORDER BY id LIMIT 1") == "Zoë 李雷 0");
    CHECK(db.queryInt("SELECT count(*) FROM children WHERE note IS NULL") == 15'000);
}

TEST_CASE("A row a batch cannot write stops it with SQLite's reason", "[core][db]") {
    test::TempDir dir;
    Database db = familyDb(dir.file("batch.db"));
    Transaction tx(db);
    BatchInsert parents(db, "INSERT INTO parents", {"id", "name"});
    parents.add({std::int64_t{1}, "Ana"});
    parents.add({std::int64_t{2}, SqlValue()}); // NOT NULL
    CHECK_THROWS_AS(parents.flush(), StoreError);
}
