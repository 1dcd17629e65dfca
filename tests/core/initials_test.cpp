#include "core/model/contact.h"

#include <catch2/catch.hpp>

using namespace rk;

TEST_CASE("Initials are the first and last word's first letters", "[core][initials]") {
    CHECK(initialsOf("Ana María García") == "AG");
    CHECK(initialsOf("Étienne Lefebvre") == "ÉL");
    CHECK(initialsOf("yuki sato") == "YS");
    CHECK(initialsOf("Madonna") == "M");
    CHECK(initialsOf("  Ana   Lopez  ") == "AL");
    CHECK(initialsOf("") == "?");
    CHECK(initialsOf("   ") == "?");
}

TEST_CASE("Initials skip titles and suffixes", "[core][initials]") {
    CHECK(initialsOf("Dr. Étienne Lefebvre") == "ÉL");
    CHECK(initialsOf("Dr Étienne Lefebvre") == "ÉL");
    CHECK(initialsOf("Mr. Kwame Mensah") == "KM");
    CHECK(initialsOf("Mrs Yuki Sato") == "YS");
    CHECK(initialsOf("Ms. Ana Lopez") == "AL");
    CHECK(initialsOf("Prof. Dr. Hans Weber") == "HW");
    CHECK(initialsOf("Sir Tim Berners-Lee") == "TB");
    CHECK(initialsOf("PROF. ada lovelace") == "AL");
    CHECK(initialsOf("Martin Luther King Jr.") == "MK");
    CHECK(initialsOf("Ana Lopez, PhD") == "AL");
    // A title alone is all there is to show.
    CHECK(initialsOf("Dr. Who") == "W");
    CHECK(initialsOf("Dr.") == "D");
    // Only whole words are titles: Drew and Misha are names.
    CHECK(initialsOf("Drew Barrymore") == "DB");
    CHECK(initialsOf("Misha Mrsic") == "MM");
}

TEST_CASE("Initials are the first grapheme of a name in its own script", "[core][initials]") {
    // Chinese, Japanese and Korean: the first character, even with a space.
    CHECK(initialsOf("李伟") == "李");
    CHECK(initialsOf("山田 太郎") == "山");
    CHECK(initialsOf("김민준") == "김");
    CHECK(initialsOf("王\u3000芳") == "王");
    // Arabic letters join: a space keeps the two initials from reading as a word.
    CHECK(initialsOf("محمد الأحمد") == "م ا");
    CHECK(initialsOf("فاطمة") == "ف");
    // Hebrew does not join: two letters, as in Latin.
    CHECK(initialsOf("דוד לוי") == "דל");
    CHECK(initialsOf("Γιώργος Παπαδόπουλος") == "ΓΠ");
    CHECK(initialsOf("Дмитрий Иванов") == "ДИ");
    // A letter keeps its marks: a decomposed é, a Devanagari conjunct with its vowel sign.
    CHECK(initialsOf("e\u0301lodie Durand") == "e\u0301D");
    CHECK(initialsOf("प्रिया शर्मा") == "प्रि" "श");
    CHECK(initialsOf("क्षितिज") == "क्षि");
}
