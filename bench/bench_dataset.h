#pragma once
#include <cstdint>
#include <string>

namespace rk::bench {

inline constexpr std::uint64_t kSeed = 42;
inline constexpr int kInteractionsPerContact = 10; // DESIGN.md: "10 interactions each on average"
// Issue 14's intro budget is set at 100k people and 500k links: five a person.
inline constexpr int kLinksPerContact = 5;

// One synthetic network, generated once and kept in the cache folder.
struct Dataset {
    int contacts = 0;
    std::int64_t interactions = 0;
    std::string path;     // the cached database: read it, never write it
    std::int64_t now = 0; // the instant its histories end at; the benchmark's clock
    double generatedInSeconds = 0.0; // 0 when it came from the cache
    std::uint64_t fileBytes = 0;
};

// The demo networks, one file per size, built by core/demo with a fixed seed
// (topped up with older history to 10 interactions a person on average) and
// "now" = today 12:00 UTC (so the real binary, which reads the system
// clock, sees a realistic queue). Files are named by schema version, seed,
// size and date, so reruns on the same day reuse them and a schema change or a
// new day rebuilds them.
class DatasetCache {
public:
    explicit DatasetCache(std::string directory);
    ~DatasetCache(); // removes the scratch folder
    DatasetCache(const DatasetCache&) = delete;
    DatasetCache& operator=(const DatasetCache&) = delete;

    [[nodiscard]] Dataset get(int contacts);
    // A private copy under the scratch folder, for anything that writes
    // (logging, the real app's settings and imgui.ini).
    [[nodiscard]] std::string scratchCopy(const Dataset& dataset, const std::string& name);
    // A fresh path in the scratch folder (nothing is created there).
    [[nodiscard]] std::string scratchPath(const std::string& name);
    // The network exported as vCard (cached beside the database).
    [[nodiscard]] std::string vcardFile(const Dataset& dataset);

    [[nodiscard]] const std::string& directory() const { return m_directory; }

private:
    std::string m_directory;
    std::string m_scratch;
};

// Today 12:00 UTC as Unix seconds.
[[nodiscard]] std::int64_t benchNow();

} // namespace rk::bench
