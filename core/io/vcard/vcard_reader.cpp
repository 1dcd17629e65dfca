#include "core/io/vcard/vcard_reader.h"

#include "core/io/text/text_util.h"
#include "core/io/vcard/vcard_card.h"
#include "core/io/vcard/vcard_lexer.h"

#include <future>
#include <optional>

namespace rk {

namespace {

bool isCardBegin(const VCardProperty& prop) {
    return prop.name == "BEGIN" && iequals(trim(prop.value), "VCARD");
}

bool isCardEnd(const VCardProperty& prop) {
    return prop.name == "END" && iequals(trim(prop.value), "VCARD");
}

// What reading a stretch of the file left behind, for joining two halves.
struct StretchEnd {
    bool sawBegin = false;
    bool cardOpen = false; // the stretch ended inside a card
    bool stoppedAtLimit = false;
    int lines = 0;         // physical lines read
};

// Reads the cards in `text`. Line numbers count from the stretch's start.
StretchEnd readCards(std::string_view text, ValueBytes bytes, const ReadLimits& limits, ParseResult& result) {
    StretchEnd end;
    VCardLineReader reader(text, limits.maxLineBytes);
    VCardLineReader::Line line;
    VCardProperty prop;
    std::optional<VCardContactBuilder> card;
    int nested = 0;
    int cardLine = 0;
    bool sawBegin = false;
    bool inStray = false;
    while (reader.next(line)) {
        if (line.tooLong) {
            result.addProblem(ProblemSeverity::Warning, line.number,
                              "a line longer than " + std::to_string(limits.maxLineBytes >> 20) +
                                  " MB was skipped",
                              limits.maxProblems);
            continue;
        }
        if (!parseProperty(line.text, line.number, prop)) {
            if (card && nested == 0)
                result.addProblem(ProblemSeverity::Warning, line.number,
                                  "this line is not a vCard property and was ignored", limits.maxProblems);
            else if (!card && !inStray) {
                result.addProblem(ProblemSeverity::Warning, line.number,
                                  "text outside any card was ignored", limits.maxProblems);
                inStray = true;
            }
            continue;
        }
        if (isCardBegin(prop)) {
            if (card) {
                ++nested; // a 2.1 AGENT card inside a card: skipped
                continue;
            }
            if (result.cards.size() + result.errorCount >= limits.maxCards) {
                result.addProblem(ProblemSeverity::Error, line.number,
                                  "the file has more than " + std::to_string(limits.maxCards) +
                                      " cards; the rest was not read",
                                  limits.maxProblems);
                end.stoppedAtLimit = true;
                break;
            }
            card.emplace(line.number, limits, bytes);
            cardLine = line.number;
            sawBegin = true;
            inStray = false;
        } else if (isCardEnd(prop)) {
            if (!card) continue;
            if (nested > 0) {
                --nested;
                continue;
            }
            card->finish(result);
            card.reset();
        } else if (!card) {
            if (!inStray)
                result.addProblem(ProblemSeverity::Warning, line.number,
                                  "text outside any card was ignored", limits.maxProblems);
            inStray = true;
        } else if (nested == 0) {
            card->add(prop);
        }
    }
    end.cardOpen = card.has_value();
    if (card)
        result.addProblem(ProblemSeverity::Error, cardLine,
                          "card is not finished: END:VCARD is missing (the file may be cut off); "
                          "skipped",
                          limits.maxProblems);
    end.sawBegin = sawBegin;
    end.lines = reader.linesRead();
    return end;
}

bool startsWithNoCase(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && iequals(text.substr(0, prefix.size()), prefix);
}

// True when the logical line `rest` opens with is BEGIN:VCARD as readCards
// sees it. The physical line alone is not enough: a next line starting with a
// space or tab continues it ("BEGIN:VCARD" + "N:x" is no card start), and a
// second reader starting there would not reset what the first reader's state
// carries across, such as having already reported the stray text it is in.
bool opensCard(std::string_view rest, const ReadLimits& limits) {
    VCardLineReader reader(rest, limits.maxLineBytes);
    VCardLineReader::Line line;
    VCardProperty prop;
    return reader.next(line) && !line.tooLong && parseProperty(line.text, line.number, prop) &&
           isCardBegin(prop);
}

// Where a second reader can start: the first "BEGIN:VCARD" line at or after
// `from` that opens a card and whose previous line is "END:VCARD", so both
// halves read exactly what one reader would. 0 when there is none.
std::size_t cardBoundaryAfter(std::string_view text, std::size_t from, const ReadLimits& limits) {
    for (std::size_t at = text.find('\n', from); at != std::string_view::npos; at = text.find('\n', at + 1)) {
        const std::string_view next = text.substr(at + 1);
        if (!startsWithNoCase(next, "BEGIN:VCARD") || !opensCard(next, limits)) continue;
        // The line before: back over this line's end, then to that line's start.
        std::size_t lineEnd = at;
        if (lineEnd > 0 && text[lineEnd - 1] == '\r') --lineEnd;
        const std::size_t lineStart = text.find_last_of("\r\n", lineEnd == 0 ? 0 : lineEnd - 1);
        const std::size_t begin = lineStart == std::string_view::npos || lineEnd == 0 ? 0 : lineStart + 1;
        if (iequals(trim(text.substr(begin, lineEnd - begin)), "END:VCARD")) return at + 1;
    }
    return 0;
}

// Appends what the second half found, its lines shifted past the first's.
void appendHalf(ParseResult& into, ParseResult&& half, int lineOffset, const ReadLimits& limits) {
    for (ImportCard& card : half.cards) {
        card.line += lineOffset;
        for (CardRelation& relation : card.relations) relation.line += lineOffset;
        into.cards.push_back(std::move(card));
    }
    const std::size_t errorsBefore = into.errorCount;
    for (ImportProblem& p : half.problems) into.addProblem(p.severity, p.line + lineOffset, std::move(p.message), limits.maxProblems);
    into.errorCount = errorsBefore + half.errorCount; // addProblem counted the kept ones again
    into.droppedProblems += half.droppedProblems;
}

ParseResult finish(ParseResult result, bool sawBegin) {
    if (!sawBegin) {
        result.fatal = "this does not look like a vCard file: it has no BEGIN:VCARD line";
        result.cards.clear();
    }
    return result;
}

} // namespace

ParseResult readVCardInHalves(std::string_view bytes, const std::string& fileName, const ReadLimits& limits,
                              std::size_t minBytesToSplit) {
    ParseResult result;
    result.file = fileName;
    if (bytes.size() > limits.maxFileBytes) {
        result.fatal = "the file is larger than " + std::to_string(limits.maxFileBytes >> 20) +
                       " MB; split it and import the parts";
        return result;
    }
    // No whole-file charset guess: a fold inside a character makes the file
    // look like no valid UTF-8, so each value decides once it is unfolded
    // (VCardContactBuilder::decoded). Only UTF-16 is converted up front.
    const std::optional<std::string> utf16 = decodeUtf16File(bytes);
    const std::string_view text = utf16 ? std::string_view(*utf16) : withoutUtf8Bom(bytes);
    const ValueBytes kind = utf16 ? ValueBytes::FromUtf16 : ValueBytes::AsInFile;
    const std::size_t split = text.size() >= minBytesToSplit ? cardBoundaryAfter(text, text.size() / 2, limits) : 0;
    if (split == 0) {
        const bool sawBegin = readCards(text, kind, limits, result).sawBegin;
        return finish(std::move(result), sawBegin);
    }

    // Two readers at once, one per half: parsing is most of a preview's wait.
    const std::string_view all = text;
    ParseResult second;
    auto secondHalf = std::async(std::launch::async, [&] { return readCards(all.substr(split), kind, limits, second); });
    const StretchEnd first = readCards(all.substr(0, split), kind, limits, result);
    const StretchEnd last = secondHalf.get();
    const bool joinable = !first.cardOpen && !first.stoppedAtLimit && !last.stoppedAtLimit &&
                          result.cards.size() + second.cards.size() + result.errorCount + second.errorCount <
                              limits.maxCards;
    if (!joinable) { // rare shapes (a card left open, too many cards): read it all in one go
        ParseResult whole;
        whole.file = fileName;
        const bool sawBegin = readCards(text, kind, limits, whole).sawBegin;
        return finish(std::move(whole), sawBegin);
    }
    appendHalf(result, std::move(second), first.lines, limits);
    return finish(std::move(result), first.sawBegin || last.sawBegin);
}

ParseResult readVCard(std::string_view bytes, const std::string& fileName, const ReadLimits& limits) {
    // Below this a second thread costs more than it saves.
    constexpr std::size_t kSplitFromBytes = 512u << 10;
    return readVCardInHalves(bytes, fileName, limits, kSplitFromBytes);
}

} // namespace rk
