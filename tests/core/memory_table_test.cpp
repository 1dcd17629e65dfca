#include "core/db/database.h"
#include "core/db/memory_table.h"
#include "core/db/statement.h"
#include "core/db/store_error.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace rk;

TEST_CASE("Rows in memory read as a table for one INSERT … SELECT, then the table is gone", "[core][db]") {
    test::TempDir dir;
    Database db(dir.file("rows.db"), OpenMode::ReadWriteCreate);
    db.exec("CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT, score REAL, photo BLOB)");
    const std::vector<std::vector<SqlValue>> rows = {
        {std::int64_t{7}, std::string("Zoë Ångström"), 1.5, std::vector<unsigned char>{0, 1, 2}},
        {std::int64_t{9}, std::string(""), SqlValue(), SqlValue()},
        {std::int64_t{12}, std::string("李雷"), 0.0, std::vector<unsigned char>{}},
    };
    {
        MemoryTable table(db, "rk_test_rows", {"id", "name", "score", "photo"}, rows);
        CHECK(db.queryInt("SELECT count(*) FROM rk_test_rows") == 3);
        db.exec("INSERT INTO people SELECT * FROM rk_test_rows");
        // Read twice: each scan starts at the first row.
        CHECK(db.queryText("SELECT group_concat(id) FROM rk_test_rows") == "7,9,12");
    }
    CHECK(db.queryText("SELECT group_concat(id || ':' || name, ' ') FROM people") == "7:Zoë Ångström 9: 12:李雷");
    CHECK(db.queryInt("SELECT count(*) FROM people WHERE score IS NULL AND photo IS NULL") == 1);
    CHECK(db.queryInt("SELECT length(photo) FROM people WHERE id = 7") == 3);
    CHECK(db.queryText("SELECT typeof(score) FROM people WHERE id = 7") == "real");
    // Unregistered with the object: nothing can read the rows after they go.
    CHECK_THROWS_AS(db.queryInt("SELECT count(*) FROM rk_test_rows"), StoreError);
}

TEST_CASE("An empty set of rows reads as an empty table", "[core][db]") {
    test::TempDir dir;
    Database db(dir.file("rows.db"), OpenMode::ReadWriteCreate);
    const std::vector<std::vector<SqlValue>> none;
    MemoryTable table(db, "rk_test_rows", {"a", "b"}, none);
    CHECK(db.queryInt("SELECT count(*) FROM rk_test_rows") == 0);
}
