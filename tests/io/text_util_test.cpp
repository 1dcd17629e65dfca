#include "core/io/import/match_keys.h"
#include "core/io/text/date_parse.h"
#include "core/io/text/text_util.h"
#include "core/io/vcard/content_line.h"

#include <catch2/catch.hpp>

using namespace rk;

TEST_CASE("Base64 decodes what clients write and refuses junk", "[io][text]") {
    const std::vector<unsigned char> bytes = {0, 1, 2, 250, 251, 252, 253};
    CHECK(base64Decode(base64Encode(bytes), 100) == bytes);
    CHECK(base64Decode("AAEC\r\n +vv8/Q", 100) == bytes); // folded, no padding
    CHECK_FALSE(base64Decode("AA*C", 100));
    CHECK_FALSE(base64Decode(base64Encode(bytes), 3)); // over the limit
    CHECK(base64Encode(std::vector<unsigned char>{'M', 'a'}) == "TWE=");
}

TEST_CASE("Quoted-printable and charsets decode to UTF-8", "[io][text]") {
    CHECK(decodeQuotedPrintable("Caf=C3=A9 =\r\nau lait=3D") == "Café au lait=");
    CHECK(decodeCharset("Caf\xE9", "ISO-8859-1") == "Café");
    CHECK(decodeCharset("\x93quoted\x94 \x80", "windows-1252") == "\u201Cquoted\u201D \u20AC");
    CHECK(decodeCharset("Café", "utf-8") == "Café");
    CHECK(sanitizeUtf8("a\xFF" "b") == "a\uFFFD" "b");
    const std::string utf16le("\xFF\xFE" "A\0\xE9\0\x3D\xD8\x80\xDE", 10);
    CHECK(decodeFileText(utf16le) == "Aé🚀");
    std::string s = "ab😀";
    truncateUtf8(s, 4);
    CHECK(s == "ab");
}

TEST_CASE("Birthdays and loose dates parse the forms exports use", "[io][text][dates]") {
    CHECK(parseBirthday("1985-04-12") == "1985-04-12");
    CHECK(parseBirthday("19850412") == "1985-04-12");
    CHECK(parseBirthday("1985-04-12T00:00:00Z") == "1985-04-12");
    CHECK(parseBirthday("--0412") == "--04-12");
    CHECK(parseBirthday("--04-12") == "--04-12");
    CHECK(parseBirthday("--0229") == "--02-29");
    CHECK(parseBirthday("1604-03-09") == "--03-09");
    CHECK(parseBirthday("12 Apr 1985") == "1985-04-12");
    CHECK_FALSE(parseBirthday("1985-02-30"));
    CHECK_FALSE(parseBirthday("--1301"));
    CHECK_FALSE(parseBirthday("04/12/1985"));
    CHECK(parseLooseDate("14 Jan 2024") == CivilDate{2024, 1, 14});
    CHECK(parseLooseDate("Sept 3, 2019") == CivilDate{2019, 9, 3});
    CHECK(parseLooseDate("3 September 2019") == CivilDate{2019, 9, 3});
    CHECK_FALSE(parseLooseDate("14 Foo 2024"));
}

TEST_CASE("Match keys normalise emails, phones and names", "[io][text][match]") {
    CHECK(emailKey(" Ana@Example.ORG ") == "ana@example.org");
    CHECK(emailKey("mailto:a@b.c") == "a@b.c");
    CHECK(emailKey("not an email").empty());
    CHECK(phoneKey("+1 (555) 010-2030") == phoneKey("555.010.2030"));
    CHECK(phoneKey("+44 20 7946 0958") == phoneKey("020 7946 0958"));
    CHECK(phoneKey("x1234").empty());
    CHECK(foldName("  JOSÉ   García-López ") == "josé garcía lópez");
    CHECK(foldName("ДМИТРИЙ") == foldName("дмитрий"));
    CHECK(foldName("ΕΛΈΝΗ") != "");
    CHECK(nameCompanyKey("Ana", "Figma") == nameCompanyKey("ana", "FIGMA"));
    CHECK(nameCompanyKey("", "Figma").empty());
    CHECK(urlKey("https://www.LinkedIn.com/in/x/") == urlKey("linkedin.com/in/x"));
}

TEST_CASE("Content lines fold at 75 octets without splitting characters", "[io][text]") {
    std::string out;
    appendContentLine(out, "NOTE:" + std::string(200, 'a'));
    CHECK(out.substr(0, 77) == "NOTE:" + std::string(70, 'a') + "\r\n");
    CHECK(out.substr(77, 2) == " a");
    std::string wide;
    std::string emoji;
    for (int i = 0; i < 40; ++i) emoji += "😀";
    appendContentLine(wide, "X:" + emoji);
    std::size_t start = 0;
    while (start < wide.size()) {
        const std::size_t end = wide.find("\r\n", start);
        const std::string line = wide.substr(start, end - start);
        CHECK(line.size() <= 75);
        CHECK(isValidUtf8(line));
        start = end + 2;
    }
    CHECK(escapeText("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne");
    CHECK(stableUuid("x") == stableUuid("x"));
    CHECK(stableUuid("x") != stableUuid("y"));
    CHECK(stableUuid("x").size() == 36);
    CHECK(utcStamp(1'709'294'400) == "20240301T120000Z");
}
