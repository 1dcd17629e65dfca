#include "bench/sync_counter.h"

#include <sqlite3.h>

#include <atomic>
#include <stdexcept>

namespace rk::bench {

namespace {

std::atomic<std::uint64_t> g_syncs{0};
std::atomic<std::uint64_t> g_walSyncs{0};
sqlite3_vfs* g_real = nullptr;
sqlite3_vfs g_shim{};
sqlite3_io_methods g_methods{};

// Our file header; the real VFS's file follows it in the same allocation.
struct ShimFile {
    sqlite3_file base;
    sqlite3_file* real;
    bool wal;
};
static_assert(sizeof(ShimFile) % 8 == 0);

sqlite3_file* real(sqlite3_file* f) { return reinterpret_cast<ShimFile*>(f)->real; }

int shimClose(sqlite3_file* f) { return real(f)->pMethods->xClose(real(f)); }
int shimRead(sqlite3_file* f, void* p, int n, sqlite3_int64 o) { return real(f)->pMethods->xRead(real(f), p, n, o); }
int shimWrite(sqlite3_file* f, const void* p, int n, sqlite3_int64 o) {
    return real(f)->pMethods->xWrite(real(f), p, n, o);
}
int shimTruncate(sqlite3_file* f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); }
int shimSync(sqlite3_file* f, int flags) {
    ++g_syncs;
    if (reinterpret_cast<ShimFile*>(f)->wal) ++g_walSyncs;
    return real(f)->pMethods->xSync(real(f), flags);
}
int shimFileSize(sqlite3_file* f, sqlite3_int64* size) { return real(f)->pMethods->xFileSize(real(f), size); }
int shimLock(sqlite3_file* f, int l) { return real(f)->pMethods->xLock(real(f), l); }
int shimUnlock(sqlite3_file* f, int l) { return real(f)->pMethods->xUnlock(real(f), l); }
int shimCheckReservedLock(sqlite3_file* f, int* out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
int shimFileControl(sqlite3_file* f, int op, void* arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); }
int shimSectorSize(sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); }
int shimDeviceCharacteristics(sqlite3_file* f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
int shimShmMap(sqlite3_file* f, int i, int size, int extend, void volatile** p) {
    return real(f)->pMethods->xShmMap(real(f), i, size, extend, p);
}
int shimShmLock(sqlite3_file* f, int offset, int n, int flags) {
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void shimShmBarrier(sqlite3_file* f) { real(f)->pMethods->xShmBarrier(real(f)); }
int shimShmUnmap(sqlite3_file* f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); }
int shimFetch(sqlite3_file* f, sqlite3_int64 o, int n, void** p) { return real(f)->pMethods->xFetch(real(f), o, n, p); }
int shimUnfetch(sqlite3_file* f, sqlite3_int64 o, void* p) { return real(f)->pMethods->xUnfetch(real(f), o, p); }

int shimOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags) {
    auto* shim = reinterpret_cast<ShimFile*>(file);
    shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
    shim->wal = (flags & SQLITE_OPEN_WAL) != 0;
    const int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
    // SQLite calls xClose whenever pMethods is set, even after a failed open.
    file->pMethods = shim->real->pMethods ? &g_methods : nullptr;
    return rc;
}

} // namespace

void SyncCounter::install() {
    if (g_real) return;
    g_real = sqlite3_vfs_find(nullptr);
    if (!g_real) throw std::runtime_error("SQLite has no default VFS");
    g_shim = *g_real;
    g_shim.zName = "rekindle-bench-sync-counter";
    g_shim.pNext = nullptr;
    g_shim.szOsFile = static_cast<int>(sizeof(ShimFile)) + g_real->szOsFile;
    g_shim.xOpen = shimOpen;
    g_methods = {3,           shimClose,         shimRead,          shimWrite,      shimTruncate,
                 shimSync,    shimFileSize,      shimLock,          shimUnlock,     shimCheckReservedLock,
                 shimFileControl, shimSectorSize, shimDeviceCharacteristics, shimShmMap, shimShmLock,
                 shimShmBarrier, shimShmUnmap,   shimFetch,         shimUnfetch};
    if (sqlite3_vfs_register(&g_shim, 1) != SQLITE_OK) throw std::runtime_error("could not register the sync-counting VFS");
}

std::uint64_t SyncCounter::syncs() { return g_syncs.load(); }
std::uint64_t SyncCounter::walSyncs() { return g_walSyncs.load(); }

} // namespace rk::bench
