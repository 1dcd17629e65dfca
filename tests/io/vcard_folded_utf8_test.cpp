// Byte-true vCard import: a line folded, or a quoted-printable soft break
// placed, in the middle of a UTF-8 character must read back as that
// character, never as Windows-1252 mojibake (issue 12: Google Contacts folds
// at 75 octets wherever that falls).
#include "core/io/text/text_util.h"
#include "core/io/vcard/vcard_reader.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

using namespace rk;

namespace {

struct Sample {
    const char* what;
    std::string utf8;
};

// One character of each encoded length that matters: 2, 3 and 4 bytes.
const std::vector<Sample>& samples() {
    static const std::vector<Sample> all = {
        {"2-byte é", "\xC3\xA9"},
        {"2-byte Ж", "\xD0\x96"},
        {"3-byte em dash", "\xE2\x80\x94"},
        {"3-byte 日", "\xE6\x97\xA5"},
        {"4-byte rocket", "\xF0\x9F\x9A\x80"},
        {"4-byte 𠀋", "\xF0\xA0\x80\x8B"},
    };
    return all;
}

std::string card(const std::string& lines) {
    return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\n" + lines + "END:VCARD\r\n";
}

std::string noteOf(const std::string& file) {
    const ParseResult r = readVCard(file, "split.vcf");
    REQUIRE(r.ok());
    REQUIRE(r.cards.size() == 1);
    return r.cards[0].contact.notes;
}

// What Google does: a physical line every `width` octets, the rest of the
// logical line on continuation lines that start with a space, no matter
// where a character's bytes fall.
std::string foldEveryOctets(const std::string& line, std::size_t width) {
    std::string out;
    std::size_t used = 0;
    std::size_t budget = width;
    for (char c : line) {
        if (used == budget) {
            out += "\r\n ";
            used = 0;
            budget = width - 1; // the leading space counts
        }
        out.push_back(c);
        ++used;
    }
    return out + "\r\n";
}

std::string qpByte(unsigned char b) {
    char buf[4];
    std::snprintf(buf, sizeof buf, "=%02X", b);
    return buf;
}

} // namespace

TEST_CASE("A line folded after any byte of a multi-byte character reads back as that character", "[io][vcard][utf8]") {
    for (const Sample& s : samples()) {
        for (std::size_t cut = 1; cut < s.utf8.size(); ++cut) {
            INFO(s.what << ", folded after byte " << cut);
            const std::string value = "before " + s.utf8 + " after";
            const std::size_t at = 7 + cut; // "before " then `cut` bytes of the character
            SECTION("in a note") {
                const std::string file = card("NOTE:" + value.substr(0, at) + "\r\n " + value.substr(at) + "\r\n");
                CHECK(noteOf(file) == value);
            }
            SECTION("in the name, with a tab as the fold") {
                const std::string file = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + value.substr(0, at) + "\r\n\t" +
                                         value.substr(at) + "\r\nEND:VCARD\r\n";
                const ParseResult r = readVCard(file, "split.vcf");
                REQUIRE(r.cards.size() == 1);
                CHECK(r.cards[0].contact.displayName == value);
            }
        }
    }
}

TEST_CASE("A Google-style note folded every 75 octets reads back exactly, wherever the folds fall", "[io][vcard][utf8]") {
    // Prefixes of 0..3 bytes move every fold across every byte position of
    // the characters; the note mixes all three multi-byte lengths.
    std::string text;
    for (int i = 0; i < 12; ++i) text += "日本語 — Ünïcödé 🚀 ";
    for (std::size_t shift = 0; shift < 4; ++shift) {
        INFO("shifted by " << shift);
        const std::string value = std::string(shift, 'x') + text + "end";
        const std::string file = card(foldEveryOctets("NOTE:" + value, 75));
        const std::string note = noteOf(file);
        CHECK(note == value);
        CHECK(note.find("\xC3\xA2\xE2\x82\xAC") == std::string::npos); // no "â€" mojibake
    }
}

TEST_CASE("A quoted-printable soft break after any byte of a character reads back as that character", "[io][vcard][utf8]") {
    for (const Sample& s : samples()) {
        for (std::size_t cut = 1; cut < s.utf8.size(); ++cut) {
            INFO(s.what << ", soft break after byte " << cut);
            std::string head = "Caf", tail;
            for (std::size_t k = 0; k < s.utf8.size(); ++k)
                (k < cut ? head : tail) += qpByte(static_cast<unsigned char>(s.utf8[k]));
            tail += " ok";
            const std::string expected = "Caf" + s.utf8 + " ok";
            SECTION("encoded bytes, CHARSET=UTF-8") {
                const std::string file = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ana\r\n"
                                         "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" +
                                         head + "=\r\n" + tail + "\r\nEND:VCARD\r\n";
                CHECK(noteOf(file) == expected);
            }
            SECTION("encoded bytes, no CHARSET") {
                const std::string file = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ana\r\n"
                                         "NOTE;QUOTED-PRINTABLE:" +
                                         head + "=\r\n" + tail + "\r\nEND:VCARD\r\n";
                CHECK(noteOf(file) == expected);
            }
            SECTION("raw 8-bit bytes inside the quoted-printable value") {
                const std::string file = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ana\r\n"
                                         "NOTE;ENCODING=QUOTED-PRINTABLE:Caf" +
                                         s.utf8.substr(0, cut) + "=\r\n" + s.utf8.substr(cut) +
                                         " ok\r\nEND:VCARD\r\n";
                CHECK(noteOf(file) == expected);
            }
        }
    }
}

TEST_CASE("A legacy charset is used only when CHARSET says so or the bytes cannot be UTF-8", "[io][vcard][utf8]") {
    SECTION("CHARSET=ISO-8859-1 on a plain value decodes it as Latin-1") {
        CHECK(noteOf(card("NOTE;CHARSET=ISO-8859-1:Caf\xE9\r\n")) == "Café");
    }
    SECTION("a value that is not UTF-8 once unfolded is Windows-1252") {
        CHECK(noteOf(card("NOTE:\x93quo\r\n ted\x94 \x80\r\n")) == "\u201Cquoted\u201D \u20AC");
    }
    SECTION("CHARSET=UTF-8 on damaged bytes marks only the damage") {
        CHECK(noteOf(card("NOTE;CHARSET=UTF-8:ok \xE2\x80 ok\r\n")) == "ok \xEF\xBF\xBD\xEF\xBF\xBD ok");
    }
    SECTION("one Windows-1252 card does not turn a folded UTF-8 card in the same file into mojibake") {
        const std::string file = "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Fran\xE7ois;Ren\xE9\r\nEND:VCARD\r\n"
                                 "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Wei\r\nNOTE:\xE6\x97\r\n \xA5\xE6\x9C\xAC\r\nEND:VCARD\r\n";
        const ParseResult r = readVCard(file, "mixed.vcf");
        REQUIRE(r.cards.size() == 2);
        CHECK(r.cards[0].contact.displayName == "René François");
        CHECK(r.cards[1].contact.notes == "日本");
    }
    SECTION("a parameter in Windows-1252 becomes a readable label") {
        const ParseResult r = readVCard(card("TEL;TYPE=B\xFCro:+49 30 1\r\n"), "label.vcf");
        REQUIRE(r.cards.size() == 1);
        REQUIRE(r.cards[0].contact.methods.size() == 1);
        CHECK(r.cards[0].contact.methods[0].label == "büro");
    }
    SECTION("a UTF-16 file is Unicode already, whatever CHARSET a value claims") {
        const std::string text = card("NOTE;CHARSET=ISO-8859-1:Café\r\n");
        std::string utf16 = "\xFF\xFE";
        // Little-endian UTF-16 of a text that is all in the BMP.
        for (std::size_t i = 0; i < text.size();) {
            const auto lead = static_cast<unsigned char>(text[i]);
            char32_t cp = lead;
            std::size_t len = utf8SequenceLength(lead);
            if (len == 2) cp = ((lead & 0x1F) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F);
            utf16.push_back(static_cast<char>(cp & 0xFF));
            utf16.push_back(static_cast<char>(cp >> 8));
            i += len;
        }
        CHECK(noteOf(utf16) == "Café");
    }
}
