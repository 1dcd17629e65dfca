#pragma once
#include "tests/support/stopwatch.h"

#include <chrono>
#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace rk::bench {

// The stopwatch the UI harness shares (tests/support/stopwatch.h).
using test::msSince;
using test::SteadyClock;
using test::Stopwatch;

// Timings of one measurement; order does not matter.
class Samples {
public:
    void add(double value) { m_values.push_back(value); }
    [[nodiscard]] std::size_t size() const { return m_values.size(); }
    [[nodiscard]] bool empty() const { return m_values.empty(); }
    [[nodiscard]] double median() const;
    // Nearest rank: with 100 samples p99 is the second largest.
    [[nodiscard]] double percentile(double p) const;
    [[nodiscard]] double max() const;
    [[nodiscard]] double mean() const;

private:
    [[nodiscard]] std::vector<double> sorted() const;
    std::vector<double> m_values;
};

enum class Verdict { Within, Over, Info, NotMeasured };

// One line of the result table.
struct Row {
    std::string section; // the budget it belongs to: "queue", "search", …; a blank line between sections
    std::string what;  // the measurement, also the key of the growth table
    int size = 0;      // contacts in the network (0: does not depend on it)
    std::optional<double> median;
    std::optional<double> p99;
    std::string unit;   // "ms", "%", "MB", "x", "M instr", "syncs"
    std::string budget; // as DESIGN.md words it, or "" for context rows
    Verdict verdict = Verdict::Info;
    std::string note;
    double load = 0.0; // 1-minute load average when it was measured
    std::optional<double> cpuMedian{}; // the same in thread CPU time, where measured
    std::optional<double> cpuP99{};
};

[[nodiscard]] inline Verdict verdictOf(bool within) { return within ? Verdict::Within : Verdict::Over; }

[[nodiscard]] std::string sizeLabel(int contacts); // "1k", "10k", "100k", "—"
[[nodiscard]] std::string formatValue(double value, const std::string& unit);
[[nodiscard]] double loadAverage1();
[[nodiscard]] std::string loadAverages(); // "4.22 5.48 7.51"

void printTable(std::ostream& out, const std::vector<Row>& rows);
// For each measurement taken at more than one size: value per size, the
// factor from the smallest to the largest size and what that growth looks like.
void printGrowth(std::ostream& out, const std::vector<Row>& rows);

} // namespace rk::bench
