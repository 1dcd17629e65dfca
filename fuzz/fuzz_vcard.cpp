// libFuzzer target: the vCard reader must never crash, hang or hand back
// invalid UTF-8, reading in two halves must change nothing, what it reads
// must survive being written and read again, and valid UTF-8 put in a card
// comes out unchanged however the line is folded or soft-broken.
#include "core/io/text/text_util.h"
#include "core/io/vcard/content_line.h"
#include "core/io/vcard/vcard_reader.h"
#include "core/io/vcard/vcard_writer.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace {

void require(bool ok) {
    if (!ok) __builtin_trap();
}

void requireText(const rk::Contact& c) {
    for (const std::string* s : {&c.displayName, &c.givenName, &c.familyName, &c.company, &c.title,
                                 &c.location, &c.notes, &c.birthday})
        require(rk::isValidUtf8(*s));
    for (const auto& m : c.methods) require(rk::isValidUtf8(m.value) && rk::isValidUtf8(m.label));
    require(!c.displayName.empty());
}

// Physical lines of `width` octets wherever that falls, inside a UTF-8
// character too (what Google Contacts does at 75).
std::string foldEvery(std::string_view line, std::size_t width) {
    std::string out;
    std::size_t used = 0;
    for (char c : line) {
        if (used == width) {
            out += "\r\n ";
            used = 1; // the leading space counts
        }
        out.push_back(c);
        ++used;
    }
    return out + "\r\n";
}

// Quoted-printable with every byte that is not plain ASCII as =XX (spaces
// too: a space opening a line would read as a fold) and a soft break after
// every `width` units, so breaks fall between the bytes of a character.
std::string quotedPrintable(std::string_view bytes, std::size_t width) {
    std::string out;
    std::size_t units = 0;
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b > 0x20 && b < 0x7F && b != '=') {
            out.push_back(c);
        } else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "=%02X", b);
            out += hex;
        }
        if (++units % width == 0) out += "=\r\n";
    }
    return out + "\r\n";
}

// Valid UTF-8 in, the same text out: the input, made valid UTF-8, is a note
// folded every few octets and, in a second card, quoted-printable with soft
// breaks; both notes must read back as that text (less what a note always
// loses: its line breaks become \n and its ends are trimmed).
void requireUtf8Unchanged(std::string_view bytes) {
    if (bytes.empty()) return;
    const auto knob = static_cast<unsigned char>(bytes[0]);
    const std::size_t width = 2 + knob % 80;
    const std::string text = rk::sanitizeUtf8(bytes.substr(1, 4096));
    const std::string escaped = rk::escapeText(text);
    std::string expected;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
        expected.push_back(text[i] == '\r' ? '\n' : text[i]);
    }
    expected = std::string(rk::trim(expected));
    const std::string file =
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Folded\r\n" + foldEvery("NOTE:" + escaped, width) +
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nFN:Soft\r\nNOTE;" +
        ((knob & 0x80) ? "CHARSET=UTF-8;" : "") + "ENCODING=QUOTED-PRINTABLE:" +
        quotedPrintable(escaped, width) + "END:VCARD\r\n";
    const rk::ParseResult r = rk::readVCard(file, "utf8.vcf");
    require(r.cards.size() == 2);
    require(r.cards[0].contact.notes == expected);
    require(r.cards[1].contact.notes == expected);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    rk::ReadLimits limits;
    limits.maxLineBytes = 1 << 16; // small limits reach the limit paths with small inputs
    limits.maxPhotoBytes = 1 << 12;
    limits.maxPropertiesPerCard = 64;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    requireUtf8Unchanged(bytes);
    const rk::ParseResult first = rk::readVCard(bytes, "fuzz.vcf", limits);
    for (const auto& card : first.cards) requireText(card.contact);
    // A large file is read in two halves at once; splitting this one wherever
    // a card ends must give exactly what one reader gives.
    require(rk::readVCardInHalves(bytes, "fuzz.vcf", limits, 0) == first);
    if (!first.ok()) return 0;

    // Written back as vCard 4.0, every card reads again (the writer's own
    // limits are the defaults, so use them for the second read).
    const std::string written = rk::writeVCards([&] {
        std::vector<rk::Contact> contacts;
        for (const auto& card : first.cards) contacts.push_back(card.contact);
        return contacts;
    }());
    const rk::ParseResult second = rk::readVCard(written, "again.vcf");
    require(second.ok() || first.cards.empty());
    require(second.cards.size() == first.cards.size());
    for (std::size_t i = 0; i < second.cards.size(); ++i)
        require(second.cards[i].contact.displayName == first.cards[i].contact.displayName);
    return 0;
}
