// libFuzzer target: the vCard reader must never crash, hang or hand back
// invalid UTF-8, reading in two halves must change nothing, and what it reads
// must survive being written and read again.
#include "core/io/text/text_util.h"
#include "core/io/vcard/vcard_reader.h"
#include "core/io/vcard/vcard_writer.h"

#include <cstddef>
#include <cstdint>
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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    rk::ReadLimits limits;
    limits.maxLineBytes = 1 << 16; // small limits reach the limit paths with small inputs
    limits.maxPhotoBytes = 1 << 12;
    limits.maxPropertiesPerCard = 64;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
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
