#pragma once
#include <cstdint>

namespace rk::bench {

// Counts the syncs SQLite asks of the OS (each one an fsync or fdatasync in
// the unix VFS) by installing, as the default VFS, a thin shim over the real
// one that counts xSync calls. Every connection opened afterwards in this
// process goes through it; nothing else changes.
class SyncCounter {
public:
    // Installs the shim once per process; later calls do nothing.
    static void install();
    [[nodiscard]] static std::uint64_t syncs();     // xSync calls so far
    [[nodiscard]] static std::uint64_t walSyncs(); // of which on a -wal file
};

} // namespace rk::bench
