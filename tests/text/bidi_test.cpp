#include "app/text/bidi.h"
#include "app/text/utf8.h"

#include <catch2/catch.hpp>

using namespace rk::app::text;

namespace {
// The drawn text as code points, so a failure shows what came out.
std::u32string drawn(const char* logical) {
    return decodeUtf8(toVisual(logical).text);
}
} // namespace

TEST_CASE("Text with no right-to-left letter is drawn exactly as stored", "[text][bidi]") {
    for (const char* s :
         {"Ana García", "Γιώργος", "Дмитрий", "李伟", "山田 太郎", "김민준", "प्रिया", ""}) {
        CHECK_FALSE(needsBidi(s));
        CHECK(toVisual(s).text == s);
        CHECK_FALSE(toVisual(s).rightToLeft);
    }
}

TEST_CASE("Hebrew is drawn in visual order, right to left", "[text][bidi]") {
    const VisualText v = toVisual("שלום");
    CHECK(v.rightToLeft);
    CHECK(decodeUtf8(v.text) == U"םולש");
}

TEST_CASE("Arabic letters take their joined forms, then run right to left", "[text][bidi]") {
    // محمد: meem initial, hah medial, meem medial, dal final (logical), drawn reversed.
    CHECK(drawn("محمد") == std::u32string{0xFEAA, 0xFEE4, 0xFEA4, 0xFEE3});
    // Letters that do not join forward (alef, dal) break the word into parts:
    // أحمد is alef-hamza isolated, then hah initial, meem medial, dal final.
    CHECK(drawn("أحمد") == std::u32string{0xFEAA, 0xFEE4, 0xFEA3, 0xFE83});
    // Lam then alef become one ligature; the filler FriBidi leaves is not drawn.
    CHECK(drawn("لا") == std::u32string{0xFEFB});
    CHECK(toVisual("محمد").rightToLeft);
}

TEST_CASE("Mixed text keeps the sentence's direction and turns only the Arabic run",
          "[text][bidi]") {
    const VisualText v = toVisual("Meeting with محمد at Aramco");
    CHECK_FALSE(v.rightToLeft);
    CHECK(decodeUtf8(v.text) ==
          U"Meeting with " + std::u32string{0xFEAA, 0xFEE4, 0xFEA4, 0xFEE3} + U" at Aramco");
    // An English word inside a Hebrew sentence stays readable left to right.
    CHECK(drawn("שלום Ana") == U"Ana םולש");
}

TEST_CASE("Numbers inside right-to-left text keep their own order", "[text][bidi]") {
    CHECK(drawn("שלום 123") == U"123 םולש");
    CHECK(drawn("חדר 12 קומה 3") == U"3 המוק 12 רדח");
    // Arabic with a phone number: the digits read left to right.
    CHECK(drawn("رقم 0501234567") == U"0501234567 " + decodeUtf8(toVisual("رقم").text));
}

TEST_CASE("Each line is its own paragraph", "[text][bidi]") {
    CHECK(drawn("שלום\nAna") == U"םולש\nAna");
    CHECK(toVisual("שלום\nAna").rightToLeft);
}

TEST_CASE("Directional marks are obeyed and then not drawn", "[text][bidi]") {
    // A left-to-right mark before a Hebrew word makes the line left to right.
    const VisualText v = toVisual("\u200Eשלום");
    CHECK_FALSE(v.rightToLeft);
    CHECK(decodeUtf8(v.text) == U"םולש");
}

TEST_CASE("The cache gives the drawn form once per string and stays bounded", "[text][bidi]") {
    BidiCache cache(3);
    const auto latin = cache.get("Ana García");
    CHECK(latin.text == "Ana García");
    CHECK(cache.size() == 0); // nothing to reorder, nothing kept

    const std::string name = "محمد";
    const auto first = cache.get(name);
    const auto again = cache.get(std::string(name)); // another string, the same text
    CHECK(first.text.data() == again.text.data());   // the one stored form
    CHECK(first.rightToLeft);
    CHECK(decodeUtf8(first.text) == drawn("محمد"));

    for (const char* s : {"שלום", "דוד", "לוי"})
        (void)cache.get(s);
    CHECK(cache.size() == 4);
    cache.trim(); // between frames: past its capacity it starts again
    CHECK(cache.size() == 0);
    CHECK(decodeUtf8(cache.get("שלום").text) == U"םולש");
    cache.trim(); // within capacity: kept
    CHECK(cache.size() == 1);
}

TEST_CASE("A wrapped line keeps its paragraph's direction", "[text][bidi]") {
    // The second line of an English note, all Arabic: still a left-to-right paragraph.
    const VisualText v = toVisual("محمد 12", Direction::LeftToRight);
    CHECK_FALSE(v.rightToLeft);
    // Digits after Arabic letters belong to the Arabic run (Unicode's rule W2).
    CHECK(decodeUtf8(v.text) == U"12 " + std::u32string{0xFEAA, 0xFEE4, 0xFEA4, 0xFEE3});
    // The same text on its own is right to left; the cache keeps both apart.
    BidiCache cache;
    CHECK(cache.get("محمد 12").rightToLeft);
    CHECK_FALSE(cache.get("محمد 12", Direction::LeftToRight).rightToLeft);
    CHECK(cache.get("محمد 12").text ==
          "12 " + encodeUtf8(std::u32string{0xFEAA, 0xFEE4, 0xFEA4, 0xFEE3}));
}
