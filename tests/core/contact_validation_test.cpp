#include "core/model/contact_validation.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {
struct Row {
    const char* input;
    const char* problem; // nullptr: valid; otherwise a word the message must contain
};

template <class Check>
void checkRows(const std::vector<Row>& rows, Check check) {
    for (const Row& row : rows) {
        INFO("input: \"" << row.input << "\"");
        const validate::Problem p = check(row.input);
        if (!row.problem) {
            CHECK_FALSE(p);
            if (p) INFO("message: " << *p);
        } else {
            REQUIRE(p);
            CHECK_THAT(*p, Catch::Contains(row.problem));
            CHECK(p->back() == '.'); // messages are whole sentences
        }
    }
}

const CivilDate kToday{2026, 11, 18};
} // namespace

TEST_CASE("Names are required and must fit on one line", "[core][validation]") {
    checkRows({{"Ana Lopez", nullptr},
               {"  José  ", nullptr},
               {"X", nullptr},
               {"", "needs a name"},
               {"   ", "needs a name"},
               {"Ana\nLopez", "line breaks"}},
              [](const char* s) { return validate::name(s); });
    CHECK(validate::name(std::string(201, 'a')));
}

TEST_CASE("Emails must look like an email address", "[core][validation]") {
    checkRows({{"", nullptr},
               {"ana@example.com", nullptr},
               {"  ana.lopez+work@mail.example.co.uk ", nullptr},
               {"josé@exämple.es", nullptr},
               {"ana", "needs an @"},
               {"ana@", "domain goes after"},
               {"@example.com", "goes before the @"},
               {"ana@example", "should be a domain"},
               {"ana@@example.com", "only one @"},
               {"ana@exa mple.com", "no spaces"},
               {"ana lopez@example.com", "no spaces"},
               {"ana@.example.com", "should be a domain"},
               {"ana@example..com", "should be a domain"},
               {".ana@example.com", "before the @"},
               {"ana..l@example.com", "before the @"},
               {"ana@exa_mple.com", "should be a domain"}},
              [](const char* s) { return validate::email(s); });
}

TEST_CASE("Phone numbers are digits with the usual separators", "[core][validation]") {
    checkRows({{"", nullptr},
               {"+1 (555) 010-2030", nullptr},
               {"020 7946 0958", nullptr},
               {"555.0100", nullptr},
               {"12345", nullptr},
               {"1234", "too short"},
               {"+1 555 CALL NOW", "digits"},
               {"555+0100", "digits"},
               {"123456789012345678901", "too long"}},
              [](const char* s) { return validate::phone(s); });
}

TEST_CASE("Links start with http or https and name a site", "[core][validation]") {
    checkRows({{"", nullptr},
               {"https://linkedin.com/in/ana", nullptr},
               {"HTTP://Example.com", nullptr},
               {"https://example.com:8443/path?q=1#top", nullptr},
               {"http://localhost:3000", nullptr},
               {"linkedin.com/in/ana", "starts with https://"},
               {"ftp://example.com", "starts with https://"},
               {"javascript:alert(1)", "starts with https://"},
               {"https://", "needs a site"},
               {"https:///path", "needs a site"},
               {"https://example", "needs a site"},
               {"https://exa mple.com", "no spaces"},
               {"https://example.com:http", "port"}},
              [](const char* s) { return validate::url(s); });
}

TEST_CASE("Birthdays are real days, with or without a year", "[core][validation]") {
    checkRows({{"", nullptr},
               {"1990-04-23", nullptr},
               {"2000-02-29", nullptr},
               {"--02-29", nullptr},
               {"--12-31", nullptr},
               {"2026-11-18", nullptr},
               {"1991-02-29", "doesn't exist"},
               {"1990-13-01", "doesn't exist"},
               {"--02-30", "doesn't exist"},
               {"--13-01", "doesn't exist"},
               {"2027-01-01", "in the future"},
               {"1850-01-01", "too long ago"},
               {"23/04/1990", "1990-04-23"},
               {"1990-4-23", "1990-04-23"},
               {"April 23", "1990-04-23"},
               {"199a-04-23", "1990-04-23"},
               {"--0423", "1990-04-23"}},
              [](const char* s) { return validate::birthday(s, kToday); });
}

TEST_CASE("Comma lists are trimmed, emptied of blanks and repeats", "[core][validation]") {
    using V = std::vector<std::string>;
    CHECK(validate::splitList("") == V{});
    CHECK(validate::splitList(" , ,") == V{});
    CHECK(validate::splitList("design, mentor,  Design ,rust") == V{"design", "mentor", "rust"});
    CHECK(validate::splitList("one\ntwo, three") == V{"one", "two", "three"});
    CHECK(validate::joinList({"design", "mentor"}) == "design, mentor");
    CHECK(validate::splitList(validate::joinList({"a b", "c"})) == V{"a b", "c"});
}

TEST_CASE("A list reports its first bad item by name", "[core][validation]") {
    auto p = validate::eachOf({"ana@example.com", "bob@"}, [](const std::string& s) { return validate::email(s); });
    REQUIRE(p);
    CHECK_THAT(*p, Catch::StartsWith("\"bob@\": "));
    auto single = validate::eachOf({"bob@"}, [](const std::string& s) { return validate::email(s); });
    REQUIRE(single);
    CHECK_THAT(*single, Catch::StartsWith("A domain"));
    CHECK_FALSE(validate::eachOf({"ana@example.com"}, [](const std::string& s) { return validate::email(s); }));
}
