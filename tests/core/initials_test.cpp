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
