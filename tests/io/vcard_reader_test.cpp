#include "core/io/vcard/vcard_reader.h"
#include "tests/io/io_fixtures.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace rk;
using rk::test::crlf;

namespace {
const ContactMethod* method(const Contact& c, MethodKind kind, std::size_t nth = 0) {
    for (const auto& m : c.methods)
        if (m.kind == kind && nth-- == 0) return &m;
    return nullptr;
}
} // namespace

TEST_CASE("A Google Contacts export is read with names, company, emails, phones and birthday", "[io][vcard]") {
    const std::string file = crlf(R"(BEGIN:VCARD
VERSION:3.0
FN:Ana García
N:García;Ana;;;
EMAIL;TYPE=INTERNET;TYPE=WORK:ana@stripe.example
EMAIL;TYPE=INTERNET;TYPE=HOME:ana.garcia@mail.example
TEL;TYPE=CELL:+34 600 123 456
ORG:Stripe
TITLE:Engineering Manager
BDAY:1985-04-12
CATEGORIES:myContacts,Mentors
NOTE:Met at PyCon\, 2019.\nLikes climbing.
END:VCARD
)");
    const ParseResult r = readVCard(file, "google.vcf");
    REQUIRE(r.ok());
    REQUIRE(r.cards.size() == 1);
    CHECK(r.problems.empty());
    const Contact& c = r.cards[0].contact;
    CHECK(c.displayName == "Ana García");
    CHECK(c.givenName == "Ana");
    CHECK(c.familyName == "García");
    CHECK(c.company == "Stripe");
    CHECK(c.title == "Engineering Manager");
    CHECK(c.birthday == "1985-04-12");
    CHECK(c.notes == "Met at PyCon, 2019.\nLikes climbing.");
    CHECK(c.tags == std::vector<std::string>{"myContacts", "Mentors"});
    REQUIRE(method(c, MethodKind::Email, 1));
    CHECK(method(c, MethodKind::Email, 0)->label == "work");
    CHECK(method(c, MethodKind::Email, 1)->value == "ana.garcia@mail.example");
    CHECK(method(c, MethodKind::Email, 1)->label == "home");
    CHECK(method(c, MethodKind::Phone)->label == "mobile");
    CHECK(r.cards[0].line == 1);
}

TEST_CASE("An Apple Contacts export keeps item labels, the photo and social profiles", "[io][vcard]") {
    const std::string photo = test::base64Of(test::tinyJpeg());
    const std::string file = crlf(R"(BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//macOS 14.2//EN
N:Okafor;Chidi;;;
FN:Chidi Okafor
ORG:Monzo;Platform Team
item1.EMAIL;type=INTERNET;type=pref:chidi@monzo.example
item1.X-ABLabel:_$!<Other>!$_
item2.URL;type=pref:https\://chidi.example
item2.X-ABLabel:_$!<HomePage>!$_
item3.TEL:+44 20 7946 0958
item3.X-ABLabel:Assistant
X-SOCIALPROFILE;type=linkedin;x-user=chidio:https\://www.linkedin.com/in/chidio
item4.X-ABDATE;type=pref:2015-06-01
item4.X-ABLabel:_$!<Anniversary>!$_
BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-09
PHOTO;ENCODING=b;TYPE=JPEG:)" + photo + R"(
X-ABUID:5A4E3B1C-0000-0000-0000-000000000000:ABPerson
END:VCARD
)");
    const ParseResult r = readVCard(file, "apple.vcf");
    REQUIRE(r.cards.size() == 1);
    const Contact& c = r.cards[0].contact;
    CHECK(c.company == "Monzo");
    CHECK(c.notes.find("Department: Platform Team") != std::string::npos);
    CHECK(c.notes.find("anniversary: 2015-06-01") != std::string::npos);
    CHECK(c.birthday == "--03-09");
    CHECK(c.photo == test::tinyJpeg());
    CHECK(method(c, MethodKind::Email)->label == "other");
    CHECK(method(c, MethodKind::Url, 0)->value == "https://chidi.example");
    CHECK(method(c, MethodKind::Url, 0)->label == "homepage");
    CHECK(method(c, MethodKind::Url, 1)->value == "https://www.linkedin.com/in/chidio");
    CHECK(method(c, MethodKind::Url, 1)->label == "LinkedIn");
    CHECK(method(c, MethodKind::Phone)->label == "Assistant");
    CHECK(c.notes.find("X-ABUID") == std::string::npos);
}

TEST_CASE("An Outlook vCard 2.1 decodes quoted-printable text in its charset", "[io][vcard]") {
    // Windows-1252 "Müller" and "Café" in QP, a soft line break inside the note,
    // bare 2.1 parameters and an embedded base64 photo with an indented body.
    const std::string photo = test::base64Of(test::tinyPng());
    const std::string file = crlf(R"(BEGIN:VCARD
VERSION:2.1
N;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:M=FCller;J=FCrgen
FN;CHARSET=utf-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller
ORG:Caf=E9 Corp
TEL;WORK;VOICE:+49 30 123456
TEL;CELL:+49 170 1234567
EMAIL;PREF;INTERNET:juergen@cafe.example
NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=windows-1252:Erstes Treffen im Caf=E9=0D=0A=
zweite Zeile
PHOTO;TYPE=PNG;ENCODING=BASE64:
 )" + photo + R"(

END:VCARD
)");
    const ParseResult r = readVCard(file, "outlook.vcf");
    REQUIRE(r.cards.size() == 1);
    const Contact& c = r.cards[0].contact;
    CHECK(c.displayName == "Jürgen Müller");
    CHECK(c.familyName == "Müller");
    CHECK(c.givenName == "Jürgen");
    CHECK(c.company == "Caf=E9 Corp"); // not declared QP: taken literally
    CHECK(c.notes == "Erstes Treffen im Café\nzweite Zeile");
    CHECK(method(c, MethodKind::Phone, 0)->label == "work");
    CHECK(method(c, MethodKind::Phone, 1)->label == "mobile");
    CHECK(method(c, MethodKind::Email)->value == "juergen@cafe.example");
    CHECK(c.photo == test::tinyPng());
}

TEST_CASE("A whole file in Windows-1252 is read as such", "[io][vcard]") {
    const std::string file = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Fran\xE7ois;Ren\xE9\r\nEND:VCARD\r\n";
    const ParseResult r = readVCard(file, "legacy.vcf");
    REQUIRE(r.cards.size() == 1);
    CHECK(r.cards[0].contact.displayName == "René François");
}

TEST_CASE("An RFC 6350 vCard 4.0 reads data: photos, KIND and birthdays without a year", "[io][vcard]") {
    const std::string photo = test::base64Of(test::tinyPng());
    const std::string file = R"(BEGIN:VCARD
VERSION:4.0
KIND:individual
FN:Wei Chen
N:Chen;Wei;;;
BDAY:--0229
TEL;VALUE=uri;TYPE="voice,cell":tel:+1-555-010-2030
EMAIL;TYPE=work;PREF=1:wei@example.org
PHOTO:data:image/png;base64,)" + photo + R"(
GENDER:M
END:VCARD
BEGIN:VCARD
VERSION:4.0
KIND:group
FN:Book club
MEMBER:urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af
END:VCARD
BEGIN:VCARD
VERSION:4.0
KIND:org
FN:ACME Ltd
ORG:ACME Ltd
BDAY;VALUE=text:circa 1900
END:VCARD
)";
    const ParseResult r = readVCard(file, "rfc.vcf");
    REQUIRE(r.cards.size() == 2);
    const Contact& wei = r.cards[0].contact;
    CHECK(wei.birthday == "--02-29");
    CHECK(wei.photo == test::tinyPng());
    CHECK(method(wei, MethodKind::Phone)->value == "+1-555-010-2030");
    CHECK(method(wei, MethodKind::Phone)->label == "mobile");
    CHECK(wei.notes == "GENDER: M");
    CHECK(r.cards[1].contact.displayName == "ACME Ltd");
    CHECK(r.cards[1].contact.notes == "Birthday: circa 1900");
    REQUIRE(r.rejectedCount() == 1);
    CHECK(r.problems[0].line == 12);
    CHECK(r.problems[0].message.find("group") != std::string::npos);
}

TEST_CASE("Folded lines, LF or CR endings, a BOM and quoted parameters all parse", "[io][vcard]") {
    std::string file = "\xEF\xBB\xBF"
                       "BEGIN:VCARD\r"
                       "VERSION:3.0\r"
                       "FN:Priya Sha\r"
                       " rma\r"
                       "N:Sharma;Priya;;;\r"
                       "EMAIL;TYPE=\"work;main:x\":priya@example.org\r"
                       "NOTE:A long note that a client folded in the middle of a wo\r"
                       "\trd and with \\; escapes \\\\ kept\r"
                       "END:VCARD\r";
    const ParseResult r = readVCard(file, "folded.vcf");
    REQUIRE(r.cards.size() == 1);
    const Contact& c = r.cards[0].contact;
    CHECK(c.displayName == "Priya Sharma");
    CHECK(method(c, MethodKind::Email)->value == "priya@example.org");
    CHECK(c.notes == "A long note that a client folded in the middle of a word and with ; escapes \\ kept");
}

TEST_CASE("Many cards in one file keep their order and starting lines", "[io][vcard]") {
    std::string file;
    for (int i = 0; i < 50; ++i)
        file += "BEGIN:VCARD\nVERSION:3.0\nFN:Person " + std::to_string(i) + "\nEND:VCARD\n";
    const ParseResult r = readVCard(file, "many.vcf");
    REQUIRE(r.cards.size() == 50);
    CHECK(r.cards[49].contact.displayName == "Person 49");
    CHECK(r.cards[49].line == 49 * 4 + 1);
}

TEST_CASE("Unknown properties end up in the notes instead of being lost", "[io][vcard]") {
    const std::string file = R"(BEGIN:VCARD
VERSION:3.0
FN:Kenji Tanaka
NICKNAME:Ken
X-PHONETIC-LAST-NAME:タナカ
X-SKYPE:kenji.t
RELATED;TYPE=spouse:Yumi
X-CUSTOM;ENCODING=b:AAECAwQ=
END:VCARD
)";
    const ParseResult r = readVCard(file, "extras.vcf");
    REQUIRE(r.cards.size() == 1);
    const std::string& notes = r.cards[0].contact.notes;
    CHECK(notes.find("Nickname: Ken") != std::string::npos);
    CHECK(notes.find("X-PHONETIC-LAST-NAME: タナカ") != std::string::npos);
    CHECK(notes.find("X-SKYPE: kenji.t") != std::string::npos);
    // A relation is no unknown property: the import links it or notes it (vcard_related_test.cpp).
    CHECK(notes.find("Yumi") == std::string::npos);
    REQUIRE(r.cards[0].relations.size() == 1);
    CHECK(r.cards[0].relations[0].name == "Yumi");
    CHECK(r.cards[0].relations[0].kind == LinkKind::Family);
    CHECK(notes.find("X-CUSTOM") == std::string::npos); // binary: dropped, with a warning
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].severity == ProblemSeverity::Warning);
    CHECK(r.problems[0].line == 8);
}

TEST_CASE("Cards without a name and unfinished cards are rejected with their line", "[io][vcard]") {
    const std::string file = R"(BEGIN:VCARD
VERSION:3.0
TEL:+1 555 0100
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Good Person
BDAY:1990-02-31
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Cut Off
PHOTO;ENCODING=b:/9j/4AAQ)";
    const ParseResult r = readVCard(file, "broken.vcf");
    REQUIRE(r.cards.size() == 1);
    CHECK(r.cards[0].contact.displayName == "Good Person");
    CHECK(r.cards[0].contact.birthday.empty());
    CHECK(r.cards[0].contact.notes == "Birthday: 1990-02-31");
    CHECK(r.rejectedCount() == 2);
    std::vector<std::string> described;
    for (const auto& p : r.problems) described.push_back(describeProblem(r.file, p));
    CHECK(described == std::vector<std::string>{
                           "broken.vcf:1: card has no name (no FN, N, ORG or EMAIL); skipped",
                           "broken.vcf:8: warning: Good Person: birthday \"1990-02-31\" is not a date; kept in the notes",
                           "broken.vcf:10: card is not finished: END:VCARD is missing (the file may be cut off); skipped"});
}

TEST_CASE("A file that is not a vCard is refused as a whole", "[io][vcard]") {
    const ParseResult r = readVCard("First Name,Last Name\nAna,García\n", "contacts.csv");
    CHECK_FALSE(r.ok());
    CHECK(r.fatal.find("BEGIN:VCARD") != std::string::npos);
    CHECK(r.cards.empty());
}

TEST_CASE("Oversized lines and photos are skipped, not swallowed", "[io][vcard]") {
    ReadLimits limits;
    limits.maxLineBytes = 1000;
    limits.maxPhotoBytes = 10;
    std::string big(5000, 'A');
    const std::string file = "BEGIN:VCARD\nFN:Big\nNOTE:" + big + "\nPHOTO;ENCODING=b:" +
                             test::base64Of(std::vector<unsigned char>(64, 0xFF)) + "\nEND:VCARD\n";
    const ParseResult r = readVCard(file, "big.vcf", limits);
    REQUIRE(r.cards.size() == 1);
    CHECK(r.cards[0].contact.notes.empty());
    CHECK(r.cards[0].contact.photo.empty());
    CHECK(r.problems.size() == 2);
}

TEST_CASE("A nested 2.1 AGENT card does not end the outer card", "[io][vcard]") {
    const std::string file = R"(BEGIN:VCARD
VERSION:2.1
N:Boss;Big
AGENT:
BEGIN:VCARD
VERSION:2.1
N:Helper;Little
END:VCARD
TITLE:CEO
END:VCARD
)";
    const ParseResult r = readVCard(file, "agent.vcf");
    REQUIRE(r.cards.size() == 1);
    CHECK(r.cards[0].contact.displayName == "Big Boss");
    CHECK(r.cards[0].contact.title == "CEO");
}

TEST_CASE("A name cut at the length limit does not end in a space", "[io][vcard]") {
    // No FN: the name is "Given Family", and the limit falls just after the space.
    const std::string given(1023, 'a');
    const std::string file = crlf("BEGIN:VCARD\nVERSION:3.0\nN:Family;" + given + ";;;\nEND:VCARD\n");
    const ParseResult r = readVCard(file, "long.vcf");
    REQUIRE(r.cards.size() == 1);
    const Contact& c = r.cards[0].contact;
    CHECK(c.displayName == given);
    CHECK_FALSE(r.problems.empty()); // the shortening is reported
}

namespace {

// Both ways of reading: in two halves at once (split whenever a boundary
// exists), and in one go.
void requireSameBothWays(const std::string& file, const ReadLimits& limits = {}) {
    const ParseResult halves = readVCardInHalves(file, "f.vcf", limits, 0);
    const ParseResult whole = readVCardInHalves(file, "f.vcf", limits, SIZE_MAX);
    CHECK(halves.cards.size() == whole.cards.size());
    CHECK(halves.problems.size() == whole.problems.size());
    CHECK(halves.errorCount == whole.errorCount);
    CHECK(halves.droppedProblems == whole.droppedProblems);
    REQUIRE(halves == whole);
}

// Cards of every kind, with rejected cards and warnings in both halves.
std::string mixedCards(int count) {
    std::string file;
    for (int i = 0; i < count; ++i) {
        const std::string n = std::to_string(i);
        if (i % 7 == 3) {
            file += "BEGIN:VCARD\nVERSION:3.0\nNOTE:Nameless " + n + "\nEND:VCARD\n"; // rejected
        } else if (i % 5 == 1) {
            file += "BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=\n =C3=BCrgen" +
                    n + "\nX-FAVOURITE-FOOD:tacos\ngarbage line\nEND:VCARD\n";
        } else {
            file += "BEGIN:VCARD\nVERSION:4.0\nFN:Person " + n + "\nEMAIL:p" + n +
                    "@example.com\nNOTE:folded\n  note " + n + "\nEND:VCARD\n";
        }
        if (i % 11 == 5) file += "stray text between cards\n";
    }
    return file;
}

// The line where the file's card number `n` (from 0) begins.
int lineOfCard(const std::string& file, std::size_t n) {
    int line = 1;
    for (std::size_t pos = 0; pos < file.size(); ++line) {
        if (file.compare(pos, 11, "BEGIN:VCARD") == 0 && n-- == 0) return line;
        pos = file.find('\n', pos);
        if (pos == std::string::npos) break;
        ++pos;
    }
    return 0;
}

} // namespace

TEST_CASE("A large file read in two halves at once gives exactly what one reader gives", "[io][vcard]") {
    const std::string file = mixedCards(400);
    const ParseResult r = readVCardInHalves(file, "f.vcf", {}, 0);
    CHECK(r.cards.size() == 400 - 57); // every 7th is nameless
    CHECK(r.cards.back().line > 2000); // lines in the second half count from the file's start
    requireSameBothWays(file);
    requireSameBothWays(crlf(file));
    requireSameBothWays("\xEF\xBB\xBF" + file); // a BOM
}

TEST_CASE("Reading in halves keeps the problem and card limits as one reader would",
          "[io][vcard]") {
    const std::string file = mixedCards(300);
    const ParseResult all = readVCardInHalves(file, "f.vcf", {}, SIZE_MAX);
    REQUIRE(all.droppedProblems == 0);
    // 40 problems are reached in the first half, 100 in the second; likewise
    // 100 cards, and 200 or 290.
    const auto middleLine = 1 + std::count(file.begin(), file.begin() + file.size() / 2, '\n');
    REQUIRE(all.problems.size() > 100);
    REQUIRE(all.problems[39].line < middleLine);
    REQUIRE(all.problems[99].line > middleLine);
    REQUIRE(lineOfCard(file, 100) < middleLine);
    REQUIRE(lineOfCard(file, 200) > middleLine);
    // In two halves at once, and in one go.
    const std::size_t minBytesToSplit = GENERATE(as<std::size_t>{}, 0, SIZE_MAX);

    SECTION("maxProblems keeps the first problems and counts the rest") {
        for (const std::size_t maxProblems : {std::size_t{40}, std::size_t{100}}) {
            ReadLimits limits;
            limits.maxProblems = maxProblems;
            const ParseResult r = readVCardInHalves(file, "f.vcf", limits, minBytesToSplit);
            REQUIRE(r.problems.size() == maxProblems);
            CHECK(std::equal(r.problems.begin(), r.problems.end(), all.problems.begin()));
            CHECK(r.droppedProblems == all.problems.size() - maxProblems);
            CHECK(r.errorCount == all.errorCount); // a dropped error still rejects its card
            CHECK(r.cards == all.cards);
        }
    }
    SECTION("maxCards reads that many cards, then stops with one error at the next") {
        // Card 290 would be rejected (nameless): the stop stands at it all the same.
        for (const std::size_t maxCards : {std::size_t{100}, std::size_t{200}, std::size_t{290}}) {
            ReadLimits limits;
            limits.maxCards = maxCards;
            const ParseResult r = readVCardInHalves(file, "f.vcf", limits, minBytesToSplit);
            // Cards read and cards rejected both count; the stop is one more error.
            CHECK(r.cards.size() + r.errorCount == maxCards + 1);
            REQUIRE(r.cards.size() < all.cards.size());
            CHECK(std::equal(r.cards.begin(), r.cards.end(), all.cards.begin()));
            REQUIRE_FALSE(r.problems.empty());
            const ImportProblem& stop = r.problems.back();
            CHECK(stop.severity == ProblemSeverity::Error);
            CHECK(stop.message == "the file has more than " + std::to_string(maxCards) +
                                      " cards; the rest was not read");
            CHECK(stop.line == lineOfCard(file, maxCards));
            CHECK(r.ok());
        }
    }
}

TEST_CASE("A middle that only looks like a card boundary is read as one reader would", "[io][vcard]") {
    std::string head = mixedCards(100), tail = mixedCards(100);
    SECTION("END:VCARD inside a quoted-printable value that continues") {
        requireSameBothWays(head + "BEGIN:VCARD\nN;ENCODING=QUOTED-PRINTABLE:Soft=\nEND:VCARD\nBEGIN:VCARD\n"
                                   "FN:After\nEND:VCARD\n" + tail);
    }
    SECTION("a folded END:VCARD") {
        requireSameBothWays(head + "BEGIN:VCARD\nFN:Folded\nNOTE:x\n END:VCARD\nBEGIN:VCARD\nFN:Next\nEND:VCARD\n" +
                            tail);
    }
    SECTION("two AGENT cards in a row inside one card") {
        std::string agents = "BEGIN:VCARD\nVERSION:2.1\nN:Boss;Big\nAGENT:\n";
        for (int i = 0; i < 300; ++i) agents += "BEGIN:VCARD\nN:Helper;H" + std::to_string(i) + "\nEND:VCARD\n";
        requireSameBothWays(head + agents + "TITLE:CEO\nEND:VCARD\n" + tail);
    }
    SECTION("a BEGIN:VCARD line that the next line continues, amid stray text") {
        // The middle falls in the stray text. The first END:VCARD, BEGIN:VCARD after it
        // opens no card (the tab continues the line), so the second reader starts later.
        std::string stray;
        for (int i = 0; i < 400; ++i)
            stray += "stray text " + std::to_string(i) + "\n";
        requireSameBothWays(mixedCards(20) + stray +
                            "END:VCARD\nBEGIN:VCARD\n\tN:Cut\nmore stray\n" + mixedCards(20));
    }
    SECTION("a file cut off in the second half") {
        requireSameBothWays(head + tail + "BEGIN:VCARD\nFN:Cut off");
    }
}

TEST_CASE("A relation in the second half keeps its line when the file is read in halves", "[io][vcard]") {
    // Found by fuzz_vcard: the halves' cards were moved past the first half's
    // lines, their RELATED lines were not.
    const std::string file = "BEGIN:VCARD\nVERSION:4.0\nFN:Ana Ruiz\nEND:VCARD\n"
                             "BEGIN:VCARD\nVERSION:4.0\nFN:Ben Ode\nRELATED;TYPE=co-worker;VALUE=text:Ana Ruiz\n"
                             "END:VCARD\n";
    requireSameBothWays(file);
    const ParseResult r = readVCardInHalves(file, "f.vcf", {}, 0);
    REQUIRE(r.cards.size() == 2);
    REQUIRE(r.cards[1].relations.size() == 1);
    CHECK(r.cards[1].relations[0].line == 8);
}

TEST_CASE("A card from a synced address book imports without its history in the notes", "[io][vcard]") {
    const std::string file = crlf(R"(BEGIN:VCARD
VERSION:4.0
FN:Ana García
NOTE:Likes climbing.
X-REKINDLE-LOG;X-AT=20261201T143000Z;X-KIND=coffee;X-DIRECTION=out:Talked about the move
END:VCARD
)");
    const ParseResult r = readVCard(file, "server.vcf");
    REQUIRE(r.ok());
    REQUIRE(r.cards.size() == 1);
    CHECK(r.cards[0].contact.notes == "Likes climbing.");
    CHECK(r.problems.empty());
}
