// libFuzzer target: reading a JSON backup must refuse anything odd with a
// message, never crash (deep nesting, huge numbers, bad base64).
#include "core/io/backup/json_backup.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const rk::JsonBackupRead read = rk::readJsonBackup(bytes, "fuzz.json");
    if (read.cards.ok())
        for (const auto& card : read.cards.cards)
            if (card.contact.displayName.empty()) __builtin_trap();
    return 0;
}
