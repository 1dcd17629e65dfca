// Letters without a Unicode decomposition (Ø, ß, ı, Ł…) are spelt the usual
// Latin way on both sides of a search (issue 17, item 7).
#include "core/store/search_index_fold.h"
#include "tests/search/search_fixture.h"

#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

using namespace rk;
using namespace rk::test;

TEST_CASE("Letters that do not decompose fold to their Latin spelling", "[search][fold]") {
    const std::vector<std::pair<std::string, std::string>> table = {
        {"Ørsted", "orsted"},
        {"søren", "soren"},
        {"Ærø", "aero"},
        {"Œuvre", "oeuvre"},
        {"cœur", "coeur"},
        {"Straße", "Strasse"},
        {"GROẞ", "GROss"},
        {"Łódź", "lódź"},
        {"Wałęsa", "Walęsa"},
        {"Đoković", "doković"},
        {"Þór", "thór"},
        {"Ísafjörður", "Ísafjördur"},
        {"Ħamrun", "hamrun"},
        {"Yılmaz", "Yilmaz"},
        {"İstanbul", "istanbul"},
        {"Əliyev", "eliyev"},
        {"plain ascii", "plain ascii"},
        {"José García", "José García"},
        {"", ""},
        {"\xC3", "\xC3"}, // a cut-off sequence is copied as it is
    };
    for (const auto& [text, folded] : table) {
        INFO(text);
        CHECK(foldSearchLetters(text) == folded);
    }
}

TEST_CASE("Search finds people by the Latin spelling of letters that do not decompose, both ways",
          "[search][fold]") {
    SearchFixture f;
    f.add("Mette", "Lund", "Ørsted");
    f.add("Zeynep", "Yılmaz");
    f.add("Lech", "Wałęsa");
    f.add("Novak", "Đoković");
    f.add("Anna", "Œhler");
    Contact street;
    street.givenName = "Hanna";
    street.familyName = "Berg";
    street.location = "Hauptstraße 5, Berlin";
    f.add(street);
    Contact plain;
    plain.givenName = "Kurt";
    plain.familyName = "Vogel";
    plain.location = "Bahnhofstrasse 2, Zürich";
    f.add(plain);
    ContactSearch search(f.store.db(), f.clock);
    auto find = [&](const std::string& text) {
        return sorted(names(search.search({.text = text})));
    };

    const std::vector<std::pair<std::string, std::vector<std::string>>> table = {
        {"orsted", {"Mette Lund"}},
        {"ørsted", {"Mette Lund"}},
        {"ØRSTED", {"Mette Lund"}},
        {"company:orst", {"Mette Lund"}},
        {"yilmaz", {"Zeynep Yılmaz"}},
        {"yılmaz", {"Zeynep Yılmaz"}},
        {"YILMAZ", {"Zeynep Yılmaz"}},
        {"walesa", {"Lech Wałęsa"}},
        {"djokovic", {}}, // Đ is d, not dj: the usual spelling, not every spelling
        {"dokovic", {"Novak Đoković"}},
        {"oehler", {"Anna Œhler"}},
        {"hauptstrasse", {"Hanna Berg"}},
        {"hauptstraße", {"Hanna Berg"}},
        {"bahnhofstraße", {"Kurt Vogel"}},
        {"bahnhofstrasse", {"Kurt Vogel"}},
    };
    for (const auto& [text, expected] : table) {
        INFO(text);
        CHECK(find(text) == expected);
    }

    // The hit says what matched in the spelling it was written in.
    const auto page = search.search({.text = "orsted"});
    REQUIRE(page.hits.size() == 1);
    CHECK(page.hits[0].matchLabel() == "company: Ørsted");
    // Found by name, not only through an e-mail address.
    const auto byName = search.search({.text = "yilmaz"});
    REQUIRE(byName.hits.size() == 1);
    CHECK(byName.hits[0].matchLabel() == "name");
}

TEST_CASE("Opening a database indexed before folding rebuilds its index",
          "[search][fold][migration]") {
    ScopedTimeZone tz("UTC");
    TempDir dir;
    FixedClock clock(1'750'000'000);
    const std::string path = dir.file("old.db");
    {
        Store store(path, clock);
        Contact c;
        c.givenName = "Mette";
        c.familyName = "Lund";
        c.company = "Ørsted";
        store.change("Add", [&] { ContactRepo(store.db()).insert(c, clock.now()); });
        // What a version 3 database holds: the index as written before folding.
        store.db().exec(
            "DELETE FROM contacts_fts; DELETE FROM contacts_fts_names;"
            "INSERT INTO contacts_fts(rowid, name, company, title, industry, location, how_met, "
            "notes, tags, knows, methods, past_roles) SELECT * FROM contact_search_doc;"
            "INSERT INTO contacts_fts_names(rowid, name) SELECT id, name FROM contact_search_doc;"
            // …and the goals table as it was before version 5 (no cleared days yet).
            "DROP TABLE goals; DROP TABLE cleared_days;"
            "CREATE TABLE goals(id INTEGER PRIMARY KEY, title TEXT NOT NULL, metric INTEGER NOT NULL, "
            "target INTEGER NOT NULL, period_days INTEGER NOT NULL, created_at INTEGER NOT NULL, archived_at INTEGER);"
            "PRAGMA user_version = 3;");
        ContactSearch before(store.db(), clock);
        CHECK(before.search({.text = "orsted"}).hits.empty());
    }
    Store store(path, clock);
    CHECK(store.schemaVersion() >= 4);
    ContactSearch after(store.db(), clock);
    CHECK(names(after.search({.text = "orsted"})) == std::vector<std::string>{"Mette Lund"});
    CHECK(names(after.search({.text = "mette"})) == std::vector<std::string>{"Mette Lund"});
}
