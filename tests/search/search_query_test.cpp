#include "core/search/search_query.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace rk;

namespace {

std::vector<std::string> words(std::initializer_list<const char*> list) {
    return {list.begin(), list.end()};
}

} // namespace

TEST_CASE("Free text becomes one prefix term per word", "[search][query]") {
    const auto q = parseSearchQuery("  José   garc ");
    REQUIRE(q.ok());
    REQUIRE(q.terms.size() == 2);
    CHECK(q.terms[0].field == QueryField::Any);
    CHECK(q.terms[0].words == words({"José"}));
    CHECK(q.terms[0].prefix);
    CHECK(q.terms[0].position == 2);
    CHECK(q.terms[1].words == words({"garc"}));
    CHECK(q.terms[1].position == 10);
    CHECK_FALSE(q.usesPrefixes());
    CHECK(ftsExpression(q) == "\"José\"* AND \"garc\"*");
    CHECK(ftsNameExpression(q) == "\"José\"* AND \"garc\"*");
}

TEST_CASE("Each prefix reads into its own field", "[search][query]") {
    struct Case {
        const char* text;
        QueryField field;
        std::vector<std::string> words;
        bool prefix;
    };
    const std::vector<Case> cases = {
        {"at:Stripe", QueryField::Company, {"Stripe"}, true},
        {"AT:stripe", QueryField::Company, {"stripe"}, true},
        {"company:Monzo", QueryField::Company, {"Monzo"}, true},
        {"at:\"Booking.com\"", QueryField::Company, {"Booking", "com"}, false},
        {"at:Booking.com", QueryField::Company, {"Booking", "com"}, true},
        {"at:\"Index Ventures\"", QueryField::Company, {"Index", "Ventures"}, false},
        {"at: Stripe", QueryField::Company, {"Stripe"}, true},
        {"in:fintech", QueryField::Industry, {"fintech"}, true},
        {"industry:\"Venture capital\"", QueryField::Industry, {"Venture", "capital"}, false},
        {"role:VP", QueryField::Role, {"VP"}, true},
        {"title:cto", QueryField::Role, {"cto"}, true},
        {"knows:kubernetes", QueryField::Knows, {"kubernetes"}, true},
        {"about:\"machine learning\"", QueryField::Knows, {"machine", "learning"}, false},
        {"tag:ex-colleague", QueryField::Tag, {"ex", "colleague"}, true},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const auto q = parseSearchQuery(c.text);
        CHECK(q.ok());
        REQUIRE(q.terms.size() == 1);
        CHECK(q.terms[0].field == c.field);
        CHECK(q.terms[0].words == c.words);
        CHECK(q.terms[0].prefix == c.prefix);
        CHECK(q.terms[0].position == 0);
        CHECK(q.usesPrefixes());
    }
}

TEST_CASE("Prefixes and free text combine; repeated keys are alternatives", "[search][query]") {
    const auto q = parseSearchQuery("at:stripe role:vp ana at:monzo circle:inner,close");
    REQUIRE(q.ok());
    REQUIRE(q.terms.size() == 4);
    CHECK(q.circles == std::vector<Circle>{Circle::Inner, Circle::Close});
    CHECK(q.terms[2].field == QueryField::Any);
    CHECK(q.terms[2].position == 18);
    CHECK(ftsExpression(q) == "{company past_roles} : (\"stripe\"* OR \"monzo\"*) AND "
                              "{title past_roles} : \"vp\"* AND \"ana\"*");
    CHECK(ftsNameExpression(q) == "\"ana\"*");
}

TEST_CASE("circle: takes any start of a circle's name", "[search][query]") {
    CHECK(parseSearchQuery("circle:in").circles == std::vector<Circle>{Circle::Inner});
    CHECK(parseSearchQuery("circle:Acquaintance").circles ==
          std::vector<Circle>{Circle::Acquaintance});
    CHECK(parseSearchQuery("circle:n circle:network").circles ==
          std::vector<Circle>{Circle::Network});
    const auto q = parseSearchQuery("circle:inner");
    CHECK(q.terms.empty());
    CHECK_FALSE(q.empty());
    CHECK(ftsExpression(q).empty()); // circles are a filter, not index words
}

TEST_CASE("Malformed queries give a problem with its place and a plain message",
          "[search][query]") {
    struct Case {
        const char* text;
        int position;
        const char* message;
    };
    const std::vector<Case> cases = {
        {"at:", 0, "at: needs a company, e.g. at:Stripe"},
        {"ana at:", 4, "at: needs a company, e.g. at:Stripe"},
        {"at: in:fintech", 0, "at: needs a company, e.g. at:Stripe"},
        {"at:\"\"", 0, "at: needs a company, e.g. at:Stripe"},
        {"at:&&", 0, "at: needs a company, e.g. at:Stripe"},
        {"in:", 0, "in: needs an industry, e.g. in:fintech"},
        {"role:", 0, "role: needs a job title, e.g. role:VP"},
        {"knows: ", 0, "knows: needs a topic, e.g. knows:kubernetes"},
        {"tag:", 0, "tag: needs a tag, e.g. tag:mentor"},
        {"Company:", 0, "company: needs a company, e.g. company:Stripe"},
        {"circle:", 0, "circle: needs a circle, e.g. circle:inner"},
        {"circle:best", 0,
         "circle: \"best\" is not a circle; use inner, close, network or acquaintance."},
        {"at:\"Booking", 3, "This quote is not closed: add a \" at the end of the name."},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const auto q = parseSearchQuery(c.text);
        REQUIRE_FALSE(q.ok());
        CHECK(q.problems[0].position == c.position);
        CHECK(q.problems[0].length >= 1);
        CHECK(q.problems[0].message == c.message);
    }
}

TEST_CASE("A malformed part does not stop the rest from being searched", "[search][query]") {
    const auto q = parseSearchQuery("ana at: in:fintech");
    CHECK(q.problems.size() == 1);
    REQUIRE(q.terms.size() == 2);
    CHECK(q.terms[0].words == words({"ana"}));
    CHECK(q.terms[1].field == QueryField::Industry);

    // Still typing a quoted company: search with what is there so far.
    const auto open = parseSearchQuery("at:\"Booking.c");
    REQUIRE(open.terms.size() == 1);
    CHECK(open.terms[0].words == words({"Booking", "c"}));
    CHECK(open.terms[0].prefix);
}

TEST_CASE("Unknown keys, URLs and times are free text", "[search][query]") {
    const auto q = parseSearchQuery("foo:bar 10:30 https://x.example");
    REQUIRE(q.ok());
    REQUIRE(q.terms.size() == 3);
    for (const auto& t : q.terms)
        CHECK(t.field == QueryField::Any);
    CHECK(q.terms[0].words == words({"foo", "bar"}));
    CHECK(q.terms[1].words == words({"10", "30"}));
}

TEST_CASE("Empty and punctuation-only queries have nothing to match", "[search][query]") {
    for (const char* text : {"", "   ", "\"\"", "&& ||", "***", "\t\n"}) {
        INFO(text);
        const auto q = parseSearchQuery(text);
        CHECK(q.ok());
        CHECK(q.empty());
        CHECK(ftsExpression(q).empty());
    }
}

TEST_CASE("Very long queries are cut with a problem", "[search][query]") {
    const auto q = parseSearchQuery(std::string(5000, 'a'));
    REQUIRE_FALSE(q.ok());
    CHECK(q.terms.size() == 1);
    CHECK(q.terms[0].words[0].size() == static_cast<size_t>(kMaxQueryBytes));

    std::string many;
    for (int i = 0; i < 100; ++i)
        many += "w" + std::to_string(i) + " ";
    const auto m = parseSearchQuery(many);
    CHECK(m.terms.size() == static_cast<size_t>(kMaxQueryTerms));
    REQUIRE(m.problems.size() == 1);
    CHECK(m.problems[0].message == "Only the first 24 words are used.");
}

TEST_CASE("FTS5 syntax in user text can never reach the index as syntax",
          "[search][query][security]") {
    // Every expression must parse in a real FTS5 table and only ever match
    // the words themselves.
    test::TempDir dir;
    Database db(dir.file("fts.db"), OpenMode::ReadWriteCreate);
    db.exec(
        "CREATE VIRTUAL TABLE contacts_fts USING fts5(name, company, title, industry, location, "
        "how_met, notes, tags, knows, methods, past_roles, tokenize = 'unicode61 "
        "remove_diacritics 2', prefix = '1 2 3')");
    db.exec("INSERT INTO contacts_fts(rowid, name, notes) VALUES (1, 'Ana Near', 'or and not'), "
            "(2, 'Bob', 'x')");
    const std::vector<std::string> attacks = {
        "\"",
        "\"\"\"",
        "a\"b",
        "*",
        "a*",
        "^ana",
        "(",
        ")",
        "(ana",
        "ana)",
        "NEAR(ana bob)",
        "ana OR bob",
        "ana AND",
        "NOT bob",
        "ana NOT bob",
        "OR",
        "AND",
        "NOT",
        "NEAR",
        "name:bob",
        "{name}:bob",
        "{name notes} : ana",
        "- ana",
        "+ana",
        "ana:",
        ":",
        "::",
        "at:\"a\"\"b\"",
        "at:)(",
        "at:NEAR(",
        "tag:\"*\"",
        "knows:^x",
        "role:a*b",
        "\\\"",
        std::string("an\0a", 4),
        "\x01\x02",
        "\xff\xfe",
        "é\"",
        "'; DROP TABLE contacts_fts; --",
        "ana\" OR \"bob",
        "at:\"x\" OR name:bob",
    };
    for (const auto& text : attacks) {
        INFO(text);
        const auto q = parseSearchQuery(text);
        const std::string expression = ftsExpression(q);
        if (expression.empty()) continue;
        for (char c : expression)
            CHECK(static_cast<unsigned char>(c) >= 0x20);
        Statement st(db, "SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH ?1");
        st.bind(1, expression);
        REQUIRE_NOTHROW(st.step());
        // "ana OR bob" must not find both people: OR is just a word here.
        CHECK(st.int64(0) <= 1);
    }
    CHECK(db.queryInt("SELECT count(*) FROM contacts_fts") == 2);
}
