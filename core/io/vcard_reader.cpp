#include "core/io/vcard_reader.h"

#include "core/io/text_util.h"
#include "core/io/vcard_card.h"
#include "core/io/vcard_lexer.h"

#include <optional>

namespace rk {

using namespace io;

ParseResult readVCard(std::string_view bytes, const std::string& fileName, const ReadLimits& limits) {
    ParseResult result;
    result.file = fileName;
    if (bytes.size() > limits.maxFileBytes) {
        result.fatal = "the file is larger than " + std::to_string(limits.maxFileBytes >> 20) +
                       " MB; split it and import the parts";
        return result;
    }
    const std::string text = decodeFileText(bytes);

    VCardLineReader reader(text, limits.maxLineBytes);
    VCardLineReader::Line line;
    VCardProperty prop;
    std::optional<CardBuilder> card;
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
        const bool isBegin = prop.name == "BEGIN" && iequals(trim(prop.value), "VCARD");
        const bool isEnd = prop.name == "END" && iequals(trim(prop.value), "VCARD");
        if (isBegin) {
            if (card) {
                ++nested; // a 2.1 AGENT card inside a card: skipped
                continue;
            }
            if (result.cards.size() + result.errorCount >= limits.maxCards) {
                result.addProblem(ProblemSeverity::Error, line.number,
                                  "the file has more than " + std::to_string(limits.maxCards) +
                                      " cards; the rest was not read",
                                  limits.maxProblems);
                break;
            }
            card.emplace(line.number, limits);
            cardLine = line.number;
            sawBegin = true;
            inStray = false;
        } else if (isEnd) {
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
    if (card)
        result.addProblem(ProblemSeverity::Error, cardLine,
                          "card is not finished: END:VCARD is missing (the file may be cut off); "
                          "skipped",
                          limits.maxProblems);
    if (!sawBegin) {
        result.fatal = "this does not look like a vCard file: it has no BEGIN:VCARD line";
        result.cards.clear();
    }
    return result;
}

} // namespace rk
