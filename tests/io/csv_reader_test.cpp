#include "core/io/csv/csv_reader.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {
std::vector<std::vector<std::string>> fieldsOf(const CsvTable& t) {
    std::vector<std::vector<std::string>> out;
    for (const auto& r : t.rows) out.push_back(r.fields);
    return out;
}
} // namespace

TEST_CASE("RFC 4180 quoted fields keep commas, doubled quotes and line breaks", "[io][csv]") {
    ParseResult problems;
    const CsvTable t = readCsv("name,note\r\n\"García, Ana\",\"said \"\"hi\"\"\r\nthen left\"\r\nBo,plain\r\n", problems);
    CHECK(problems.problems.empty());
    CHECK(fieldsOf(t) == std::vector<std::vector<std::string>>{
                             {"name", "note"}, {"García, Ana", "said \"hi\"\nthen left"}, {"Bo", "plain"}});
    CHECK(t.rows[1].line == 2);
    CHECK(t.rows[2].line == 4); // the quoted line break moved it down
}

TEST_CASE("The separator is detected: comma, semicolon or tab", "[io][csv]") {
    ParseResult problems;
    SECTION("semicolon, as European Excel writes") {
        const CsvTable t = readCsv("Name;Company\n\"Müller, J\";ACME\n", problems);
        CHECK(t.delimiter == ';');
        CHECK(fieldsOf(t)[1] == std::vector<std::string>{"Müller, J", "ACME"});
    }
    SECTION("tab") {
        const CsvTable t = readCsv("Name\tEmail\nAna\tana@x.org\n", problems);
        CHECK(t.delimiter == '\t');
        CHECK(fieldsOf(t)[1] == std::vector<std::string>{"Ana", "ana@x.org"});
    }
    SECTION("a comma inside quotes in the header is not counted") {
        CHECK(detectCsvDelimiter("\"a,b,c\";d;e\n") == ';');
    }
}

TEST_CASE("Blank lines, LF or CR endings and a missing final newline are fine", "[io][csv]") {
    ParseResult problems;
    const CsvTable t = readCsv("a,b\r\rc,d\ne,\"f\"", problems);
    CHECK(fieldsOf(t) == std::vector<std::vector<std::string>>{{"a", "b"}, {"c", "d"}, {"e", "f"}});
    CHECK(t.rows[2].line == 4);
}

TEST_CASE("An unclosed quote rejects its row with the line and reading goes on", "[io][csv]") {
    ParseResult problems;
    const CsvTable t = readCsv("name,note\nAna,\"never closed\nBo,fine\nCy,also fine\n", problems);
    REQUIRE(problems.rejectedCount() == 1);
    CHECK(problems.problems[0].line == 2);
    CHECK(fieldsOf(t) == std::vector<std::vector<std::string>>{{"name", "note"}, {"Bo", "fine"}, {"Cy", "also fine"}});
}

TEST_CASE("Hostile CSV stays bounded: huge fields, too many columns, endless quotes", "[io][csv]") {
    ReadLimits limits;
    limits.maxFieldBytes = 100;
    limits.maxFieldsPerRow = 10;
    ParseResult problems;
    std::string text = "a,b\n" + std::string(500, 'x') + ",1\n" + std::string(50, ',') + "\nok,row\n\"open";
    for (int i = 0; i < 2000; ++i) text += "\nc,d";
    const CsvTable t = readCsv(text, problems, limits);
    REQUIRE(t.rows.size() == 2 + 2000);
    CHECK(fieldsOf(t)[0] == std::vector<std::string>{"a", "b"});
    CHECK(fieldsOf(t)[1] == std::vector<std::string>{"ok", "row"});
    CHECK(fieldsOf(t)[2] == std::vector<std::string>{"c", "d"});
    REQUIRE(problems.rejectedCount() == 3);
    CHECK(problems.problems[0].line == 2); // field too long
    CHECK(problems.problems[1].line == 3); // too many fields
    CHECK(problems.problems[2].line == 5); // quote never closed
}

TEST_CASE("Text after a closing quote is kept with a warning", "[io][csv]") {
    ParseResult problems;
    const CsvTable t = readCsv("\"Ana\" Maria,x\n", problems);
    CHECK(fieldsOf(t)[0] == std::vector<std::string>{"Ana Maria", "x"});
    REQUIRE(problems.problems.size() == 1);
    CHECK(problems.problems[0].severity == ProblemSeverity::Warning);
}
