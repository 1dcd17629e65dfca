#include "core/db/statement.h"
#include "core/demo/demo_network.h"
#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "core/time/civil_date.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_clock.h"

#include <cctype>
#include <string>

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
    CHECK(stats.interactions > 300 * 3);
    CHECK(stats.interactions < 300 * 20);
    CHECK(a.db().queryText("SELECT group_concat(display_name || company, '|') FROM contacts") ==
          b.db().queryText("SELECT group_concat(display_name || company, '|') FROM contacts"));
    // The first 150 are kept up with, on a cadence; the rest are on file with none.
    CHECK(a.db().queryInt("SELECT count(*) FROM contacts WHERE next_due <> ''") == 150);
    CHECK(a.db().queryInt("SELECT count(*) FROM contacts WHERE cadence_days = 0 AND circle = 3") == 150);
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
                              "interactions", "reminders", "events", "event_attendees", "goals", "contact_links"}) {
        INFO(table);
        const std::string written = rows(a.db(), table);
        CHECK_FALSE(written.empty());
        CHECK(written == rows(b.db(), table));
    }
}

TEST_CASE("The demo people are found by their .example addresses, outside the trash",
          "[core][demo]") {
    test::TempDir dir;
    FixedClock clock(1'790'000'000);
    Store store(dir.file("demo.db"), clock);
    CHECK(countDemoPeople(store.db()) == 0);
    // Someone of one's own, even with an .example-looking company, is not the demo.
    store.db().exec(
        "INSERT INTO contacts(display_name, created_at, updated_at) VALUES('Ana García', 1, 1);"
        "INSERT INTO contact_methods(contact_id, kind, label, value) "
        "VALUES(last_insert_rowid(), 0, 'home', 'ana@example.org')");
    CHECK(countDemoPeople(store.db()) == 0);

    generateDemoNetwork(store.db(), {.contacts = 60, .seed = 3, .now = clock.now()});
    CHECK(countDemoPeople(store.db()) == 60);
    store.db().exec("UPDATE contacts SET deleted_at = 5 WHERE display_name <> 'Ana García'");
    CHECK(countDemoPeople(store.db()) == 0); // trashed demo people may be added again
}

TEST_CASE("Demo addresses spell letters without marks plainly, never dropping them",
          "[core][demo][fold]") {
    test::TempDir dir;
    FixedClock clock(1'790'000'000);
    Store store(dir.file("demo.db"), clock);
    generateDemoNetwork(store.db(), {.contacts = 400, .seed = 7, .now = clock.now()});

    Statement st(store.db(),
                 "SELECT c.given_name, c.family_name, c.company, m.value FROM contacts c "
                 "JOIN contact_methods m ON m.contact_id = c.id WHERE m.kind = 0");
    int orsted = 0, yilmaz = 0, oster = 0;
    while (st.step()) {
        const std::string company = st.text(2), address = st.text(3);
        INFO(address);
        // Only plain lower-case letters, digits and dots, around one @.
        CHECK(address.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789.@") ==
              std::string::npos);
        CHECK(address.find("..") == std::string::npos);
        CHECK(address.find(".@") == std::string::npos);
        if (company == "Ørsted") {
            CHECK(address.ends_with("@orsted.example"));
            ++orsted;
        }
        if (st.text(1) == "Yılmaz") {
            CHECK(address.find(".yilmaz") != std::string::npos);
            ++yilmaz;
        }
        if (st.text(1) == "Øster") {
            CHECK(address.find(".oster") != std::string::npos);
            ++oster;
        }
    }
    // The network has people of each, so the checks above ran.
    CHECK(orsted > 0);
    CHECK(yilmaz > 0);
    CHECK(oster > 0);
}

TEST_CASE("Demo notes and events fit their dates", "[core][demo]") {
    test::TempDir dir;
    test::ScopedTimeZone tz("Europe/Berlin");
    // Late in one year and the middle of the next: histories cross new year.
    for (const std::int64_t now : {std::int64_t{1'796'400'000} /* 2026-12-05 */,
                                   std::int64_t{1'779'000'000} /* 2026-05-17 */}) {
        INFO(now);
        FixedClock clock(now);
        Store store(dir.file("demo" + std::to_string(now) + ".db"), clock);
        generateDemoNetwork(store.db(), {.contacts = 400, .seed = 42, .now = now});

        Statement notes(store.db(), "SELECT note, at FROM interactions WHERE note <> ''");
        int newYear = 0;
        while (notes.step()) {
            const std::string note = notes.text(0);
            const CivilDate day = localDateOf(notes.int64(1));
            INFO(note << " on " << day.iso());
            if (note.find("new year") != std::string::npos) {
                ++newYear;
                CHECK(((day.month == 12 && day.day >= 20) || day.month == 1));
            }
            // Any year a note names is the year it was written.
            for (std::size_t i = note.find("20"); i != std::string::npos;
                 i = note.find("20", i + 1))
                if (i + 4 <= note.size() && std::isdigit(static_cast<unsigned char>(note[i + 2])) &&
                    std::isdigit(static_cast<unsigned char>(note[i + 3])))
                    CHECK(note.substr(i, 4) == std::to_string(day.year));
        }
        CHECK(newYear > 0); // the greeting still appears, in its season

        // An event's name carries the year it took place in.
        Statement events(store.db(), "SELECT name, date FROM events");
        int seen = 0;
        while (events.step()) {
            const std::string name = events.text(0), date = events.text(1);
            INFO(name << " on " << date);
            CHECK(name.substr(name.size() - 4) == date.substr(0, 4));
            ++seen;
        }
        CHECK(seen >= 2);
    }
}

TEST_CASE("The bench's demo keeps everyone on a cadence", "[core][demo]") {
    test::TempDir dir;
    FixedClock clock(1'796'400'000);
    Store store(dir.file("bench.db"), clock);
    generateDemoNetwork(store.db(), {.contacts = 400, .seed = 42, .now = clock.now(), .everyoneKeptUp = true});
    CHECK(store.db().queryInt("SELECT count(*) FROM contacts WHERE next_due <> ''") == 400);
    CHECK(store.db().queryInt("SELECT count(*) FROM contacts WHERE cadence_days IS NOT NULL") == 0);
}
