#include "bench/bench_stats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <numeric>
#include <ostream>
#include <sstream>

namespace rk::bench {

std::vector<double> Samples::sorted() const {
    std::vector<double> v = m_values;
    std::sort(v.begin(), v.end());
    return v;
}

double Samples::median() const {
    if (m_values.empty()) return 0.0;
    const std::vector<double> v = sorted();
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

double Samples::percentile(double p) const {
    if (m_values.empty()) return 0.0;
    const std::vector<double> v = sorted();
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(v.size())));
    return v[std::clamp<std::size_t>(rank, 1, v.size()) - 1];
}

double Samples::max() const {
    return m_values.empty() ? 0.0 : *std::max_element(m_values.begin(), m_values.end());
}

double Samples::mean() const {
    if (m_values.empty()) return 0.0;
    return std::accumulate(m_values.begin(), m_values.end(), 0.0) / static_cast<double>(m_values.size());
}

std::string sizeLabel(int contacts) {
    if (contacts <= 0) return "—";
    if (contacts % 1000 == 0) return std::to_string(contacts / 1000) + "k";
    return std::to_string(contacts);
}

std::string formatValue(double value, const std::string& unit) {
    char buf[64];
    const double a = std::fabs(value);
    const int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : a >= 0.1 ? 3 : 4;
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return unit.empty() ? std::string(buf) : std::string(buf) + " " + unit;
}

double loadAverage1() {
    std::ifstream in("/proc/loadavg");
    double l = 0.0;
    in >> l;
    return l;
}

std::string loadAverages() {
    std::ifstream in("/proc/loadavg");
    std::string a, b, c;
    in >> a >> b >> c;
    return a + " " + b + " " + c;
}

namespace {

// Display width of UTF-8 text: one column per code point.
std::size_t columns(const std::string& s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

std::string pad(const std::string& s, std::size_t width) {
    const std::size_t w = columns(s);
    return w >= width ? s : s + std::string(width - w, ' ');
}

const char* verdictText(Verdict v) {
    switch (v) {
    case Verdict::Within: return "within";
    case Verdict::Over: return "OVER";
    case Verdict::Info: return "";
    case Verdict::NotMeasured: return "not measured";
    }
    return "";
}

} // namespace

void printTable(std::ostream& out, const std::vector<Row>& rows) {
    const std::vector<std::string> head = {"what",   "size",   "median", "p99",     "cpu median",
                                           "cpu p99", "budget", "verdict", "load", "note"};
    std::vector<std::vector<std::string>> cells;
    for (const Row& r : rows) {
        char load[16];
        std::snprintf(load, sizeof load, "%.1f", r.load);
        cells.push_back({r.what, sizeLabel(r.size), r.median ? formatValue(*r.median, r.unit) : "—",
                         r.p99 ? formatValue(*r.p99, r.unit) : "—",
                         r.cpuMedian ? formatValue(*r.cpuMedian, r.unit) : "", r.cpuP99 ? formatValue(*r.cpuP99, r.unit) : "",
                         r.budget.empty() ? "—" : r.budget,
                         verdictText(r.verdict), load, r.note});
    }
    std::vector<std::size_t> width(head.size());
    for (std::size_t c = 0; c < head.size(); ++c) {
        width[c] = columns(head[c]);
        for (const auto& line : cells) width[c] = std::max(width[c], columns(line[c]));
    }
    auto printLine = [&](const std::vector<std::string>& line) {
        std::string text;
        for (std::size_t c = 0; c < line.size(); ++c)
            text += c + 1 == line.size() ? line[c] : pad(line[c], width[c]) + "  ";
        while (!text.empty() && text.back() == ' ') text.pop_back();
        out << text << "\n";
    };
    printLine(head);
    std::vector<std::string> rule;
    for (std::size_t c = 0; c < head.size(); ++c) rule.emplace_back(c + 1 == head.size() ? 4 : width[c], '-');
    printLine(rule);
    std::string previous;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0 && rows[i].section != previous) out << "\n";
        previous = rows[i].section;
        printLine(cells[i]);
    }
}

void printGrowth(std::ostream& out, const std::vector<Row>& rows) {
    // Thread CPU time where there is one: it does not move with the machine's load.
    auto value = [](const Row& r) { return r.cpuMedian ? *r.cpuMedian : *r.median; };
    std::vector<std::string> order;
    std::map<std::string, std::map<int, const Row*>> bySize;
    for (const Row& r : rows) {
        if (!(r.cpuMedian || r.median) || r.size <= 0) continue;
        if (!bySize.count(r.what)) order.push_back(r.what);
        bySize[r.what][r.size] = &r;
    }
    std::size_t width = 0;
    for (const auto& w : order)
        if (bySize[w].size() > 1) width = std::max(width, columns(w));
    for (const std::string& what : order) {
        const auto& sizes = bySize[what];
        if (sizes.size() < 2) continue;
        std::ostringstream line;
        line << pad(what, width) << "  ";
        bool first = true;
        for (const auto& [size, row] : sizes) {
            line << (first ? "" : " → ") << sizeLabel(size) << " " << formatValue(value(*row), row->unit);
            first = false;
        }
        const Row& lo = *sizes.begin()->second;
        const Row& hi = *sizes.rbegin()->second;
        const double sizeFactor = static_cast<double>(hi.size) / static_cast<double>(lo.size);
        const double factor = value(lo) > 0 ? value(hi) / value(lo) : 0.0;
        // log n from 1k to 100k grows 1.67×: anything up to ~2.5× is flat or logarithmic.
        const double logFactor = std::log(static_cast<double>(hi.size)) / std::log(static_cast<double>(lo.size));
        const char* shape = factor <= 1.25                 ? "flat"
                            : factor <= logFactor * 1.5    ? "flat to logarithmic"
                            : factor <= sizeFactor * 0.2   ? "sub-linear"
                            : factor <= sizeFactor * 2.0   ? "about linear"
                                                           : "worse than linear";
        char buf[96];
        std::snprintf(buf, sizeof buf, "   ×%.2f for ×%.0f contacts: %s", factor, sizeFactor, shape);
        line << buf << (lo.cpuMedian ? " (thread CPU time)" : "");
        out << line.str() << "\n";
    }
}

} // namespace rk::bench
