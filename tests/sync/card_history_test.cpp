// A person's interactions as X-REKINDLE-LOG lines on their card, and the
// three-way merge of two histories (core/sync/card_history.h). No server.
#include "core/sync/card_history.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {

Interaction coffee(std::int64_t at, std::string note) {
    Interaction i;
    i.kind = InteractionKind::Coffee;
    i.direction = Direction::Out;
    i.at = at;
    i.note = std::move(note);
    return i;
}

// 1 December 2026, 14:30 UTC.
constexpr std::int64_t kAt = 1796135400;

const char* kCard = "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:1\r\nFN:Ana Ruiz\r\nEND:VCARD\r\n";

} // namespace

TEST_CASE("An interaction reads back from its line exactly, whatever its note holds", "[sync][history]") {
    Interaction i = coffee(kAt, "Talked about the move; she's hiring, maybe.\nAsk again in May \\ June");
    i.direction = Direction::In;
    i.askedHelp = true;
    i.awaitingReply = true;
    const std::string line = historyLine(i);
    CHECK(line.starts_with("20261201T143000Z;coffee;in;asked-help,awaiting-reply;Talked about the move\\; she"));

    const auto back = readHistoryLine(line);
    REQUIRE(back);
    CHECK(*back == i);
    CHECK(historyLine(*back) == line);
}

TEST_CASE("Lines that are not an interaction this version knows are refused", "[sync][history]") {
    const char* bad[] = {
        "",
        "20261201T143000Z;coffee;out;",                    // too few parts
        "20261201T143000Z;coffee;out;;note;extra",         // too many
        "2026-12-01T14:30:00Z;coffee;out;;note",           // another time format
        "20260230T143000Z;coffee;out;;note",               // 30 February
        "20261201T253000Z;coffee;out;;note",               // hour 25
        "20261201T143000Z;telegram;out;;note",             // an unknown kind
        "20261201T143000Z;coffee;sideways;;note",          // an unknown direction
        "20261201T143000Z;coffee;out;asked-help,urgent;x", // an unknown flag
    };
    for (const char* line : bad) {
        INFO(line);
        CHECK_FALSE(readHistoryLine(line));
    }
    // A leap day is a day.
    CHECK(readHistoryLine("20280229T000000Z;call;out;;"));
}

TEST_CASE("A card's history is replaced whole, and lines from another version are kept", "[sync][history]") {
    const HistoryLines first = {historyLine(coffee(kAt, "one")), historyLine(coffee(kAt + 60, "two"))};
    std::string card = withHistory(kCard, first);
    CHECK(card.find("X-REKINDLE-LOG;X-AT=20261201T143000Z;X-KIND=coffee;X-DIRECTION=out:one\r\n") !=
          std::string::npos);
    CHECK(card.ends_with("END:VCARD\r\n"));
    CHECK(historyOnCard(card).lines == first);

    // A newer Rekindle's line survives our rewrite, untouched.
    const std::string newer = "X-REKINDLE-LOG;X-AT=20261201T143000Z;X-KIND=coffee;X-DIRECTION=out;X-PLACE=Moon:one";
    card.insert(card.find("END:VCARD"), newer + "\r\n");
    const HistoryLines second = {historyLine(coffee(kAt + 120, "three"))};
    const std::string rewritten = withHistory(card, second);
    const CardHistory read = historyOnCard(rewritten);
    CHECK(read.lines == second);
    REQUIRE(read.unreadable.size() == 1);
    CHECK(read.unreadable[0] == newer);
    CHECK(rewritten.find("FN:Ana Ruiz") != std::string::npos);

    // A long note is folded like any content line, and unfolds back.
    const HistoryLines longNote = {historyLine(coffee(kAt, std::string(300, 'x') + " café"))};
    CHECK(historyOnCard(withHistory(kCard, longNote)).lines == longNote);
}

TEST_CASE("Two histories merge against the one both last agreed on", "[sync][history]") {
    const std::string a = "A", b = "B", c = "C", b2 = "B edited";
    struct Row {
        const char* what;
        std::optional<HistoryLines> base;
        HistoryLines here, there, merged, add, remove;
        bool changesRemote;
    };
    const Row rows[] = {
        {"nothing changed", HistoryLines{a}, {a}, {a}, {a}, {}, {}, false},
        {"logged here", HistoryLines{a}, {a, b}, {a}, {a, b}, {}, {}, true},
        {"logged there", HistoryLines{a}, {a}, {a, c}, {a, c}, {c}, {}, false},
        {"logged on both sides", HistoryLines{a}, {a, b}, {a, c}, {a, b, c}, {c}, {}, true},
        {"deleted there", HistoryLines{a, b}, {a, b}, {a}, {a}, {}, {b}, false},
        {"deleted here", HistoryLines{a, b}, {a}, {a, b}, {a}, {}, {}, true},
        {"deleted on both sides", HistoryLines{a, b}, {a}, {a}, {a}, {}, {}, false},
        {"edited there", HistoryLines{a, b}, {a, b}, {a, b2}, {a, b2}, {b2}, {b}, false},
        {"edited on both sides: both edits stay", HistoryLines{b}, {b2}, {c}, {b2, c}, {c}, {}, true},
        {"deleted here, edited there: the edit stays", HistoryLines{a, b}, {a}, {a, b2}, {a, b2}, {b2}, {}, false},
        {"first sync: everything from both", std::nullopt, {a, b}, {b, c}, {a, b, c}, {c}, {}, true},
        {"the same twice, logged once more there", HistoryLines{a}, {a}, {a, a}, {a, a}, {a}, {}, false},
    };
    for (const Row& r : rows) {
        INFO(r.what);
        const MergedHistory m = mergeHistory(r.base ? &*r.base : nullptr, r.here, r.there);
        CHECK(m.lines == r.merged);
        CHECK(m.add == r.add);
        CHECK(m.remove == r.remove);
        CHECK(m.changesHere == (!r.add.empty() || !r.remove.empty()));
        CHECK(m.changesRemote == r.changesRemote);
    }
}

TEST_CASE("A card's history reads the same after a server re-wrote it", "[sync][history]") {
    Interaction i = coffee(kAt, "Talked about the move; she's hiring, maybe.\nAsk in May");
    i.askedHelp = true;
    i.gaveHelp = true;
    const HistoryLines lines = {historyLine(i)};
    // As Radicale (vobject) hands the card back: parameters reordered and
    // quoted, the value escaped again, folded elsewhere.
    const std::string rewritten = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Ruiz\r\n"
                                  "X-REKINDLE-LOG;X-DIRECTION=out;X-FLAGS=asked-help,gave-help;X-KIND=coffee;X-AT=\"20261201T1"
                                  "43000Z\":Talked about the move\\; she's hiring\\, maybe.\\nAsk in May\r\nEND:VCARD\r\n";
    CHECK(historyOnCard(rewritten).lines == lines);
    CHECK(historyOnCard(withHistory(kCard, lines)).lines == lines);
}
