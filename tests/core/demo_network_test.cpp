#include "core/demo/demo_network.h"
#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_clock.h"

#include <catch2/catch.hpp>

using namespace rk;

TEST_CASE("The demo network is realistic and the same for the same seed", "[core][demo]") {
    test::TempDir dir;
    FixedClock clock(1'790'000'000);
    Store a(dir.file("a.db"), clock);
    Store b(dir.file("b.db"), clock);
    auto stats = generateDemoNetwork(a.db(), {.contacts = 300, .seed = 7, .now = clock.now()});
    generateDemoNetwork(b.db(), {.contacts = 300, .seed = 7, .now = clock.now()});

    CHECK(stats.contacts == 300);
    CHECK(stats.interactions > 300 * 5);
    CHECK(stats.interactions < 300 * 20);
    CHECK(a.db().queryText("SELECT group_concat(display_name || company, '|') FROM contacts") ==
          b.db().queryText("SELECT group_concat(display_name || company, '|') FROM contacts"));
    CHECK(a.db().queryInt("SELECT count(*) FROM contacts WHERE next_due <> ''") == 300);
    CHECK(a.db().queryInt("SELECT count(*) FROM contacts WHERE last_contact_at IS NULL "
                          "OR last_contact_at > " + std::to_string(clock.now())) == 0);
    // Every contact is searchable after the bulk insert.
    CHECK(a.db().queryInt("SELECT count(*) FROM contacts_fts") == 300);

    // Everyone has their own address and number, as people do; an importer
    // would rightly take two people sharing one for the same person.
    CHECK(a.db().queryInt("SELECT count(*) - count(DISTINCT value) FROM contact_methods WHERE kind IN (0, 1)") == 0);
    // Letters with marks are spelt plainly rather than dropped: Tomás → tomas.
    CHECK(a.db().queryInt("SELECT count(*) FROM contact_methods WHERE kind = 0 AND value LIKE '%..%'") == 0);
    CHECK(a.db().queryInt("SELECT count(*) FROM contacts c JOIN contact_methods m ON m.contact_id = c.id "
                          "WHERE m.kind = 0 AND c.given_name = 'José' AND m.value NOT LIKE 'jose.%'") == 0);

    Store c(dir.file("c.db"), clock);
    generateDemoNetwork(c.db(), {.contacts = 300, .seed = 8, .now = clock.now()});
    CHECK(a.db().queryText("SELECT group_concat(display_name, '|') FROM contacts") !=
          c.db().queryText("SELECT group_concat(display_name, '|') FROM contacts"));
}

namespace {

// Every row of `table`, every column, as SQL literals, in key order.
std::string rows(Database& db, const std::string& table) {
    const std::string columns = db.queryText("SELECT group_concat('quote(' || name || ')', ' || '','' || ') "
                                             "FROM pragma_table_info('" + table + "')");
    return db.queryText("SELECT group_concat(" + columns + ", char(10)) FROM (SELECT * FROM " + table +
                        " ORDER BY 1, 2)");
}

} // namespace

TEST_CASE("The same seed writes byte-identical people, histories and events", "[core][demo]") {
    test::TempDir dir;
    test::ScopedTimeZone tz("Europe/London");
    FixedClock clock(1'790'000'000);
    Store a(dir.file("a.db"), clock);
    Store b(dir.file("b.db"), clock);
    for (Store* store : {&a, &b})
        generateDemoNetwork(store->db(), {.contacts = 300, .seed = 11, .now = clock.now()});

    for (const char* table : {"contacts", "contact_methods", "tags", "contact_tags", "contact_knows", "past_roles",
                              "interactions", "reminders", "events", "event_attendees", "goals"}) {
        INFO(table);
        const std::string written = rows(a.db(), table);
        CHECK_FALSE(written.empty());
        CHECK(written == rows(b.db(), table));
    }
}
