// libFuzzer target: the CSV reader, the column guesser and the LinkedIn
// reader must never crash or hang, and generic CSV must survive a round trip
// through the CSV writer.
#include "core/io/csv/column_mapping.h"
#include "core/io/csv/csv_reader.h"
#include "core/io/csv/csv_writer.h"
#include "core/io/csv/linkedin_reader.h"
#include "core/io/text/text_util.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {
void require(bool ok) {
    if (!ok) __builtin_trap();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    rk::ReadLimits limits;
    limits.maxFieldBytes = 1 << 12;
    limits.maxFieldsPerRow = 64;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);

    const rk::CsvImport csv = rk::readCsvContacts(bytes, "fuzz.csv", std::nullopt, limits);
    for (const auto& card : csv.result.cards) {
        require(!card.contact.displayName.empty());
        require(rk::isValidUtf8(card.contact.displayName) && rk::isValidUtf8(card.contact.notes));
    }
    const rk::ParseResult linkedin = rk::readLinkedIn(bytes, "fuzz.csv", limits);
    for (const auto& card : linkedin.cards) require(!card.contact.displayName.empty());

    if (csv.result.ok() && !csv.result.cards.empty()) {
        std::vector<rk::Contact> contacts;
        for (const auto& card : csv.result.cards) contacts.push_back(card.contact);
        const rk::CsvImport again = rk::readCsvContacts(rk::writeCsv(contacts), "again.csv");
        require(again.result.ok());
        require(again.result.cards.size() == contacts.size());
        for (std::size_t i = 0; i < contacts.size(); ++i)
            require(again.result.cards[i].contact.displayName == contacts[i].displayName);
    }
    return 0;
}
