#include "core/search/search_query.h"

#include "core/store/search_index_fold.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace rk {

namespace {

struct KeyInfo {
    std::string_view key;
    std::optional<QueryField> field; // nullopt = circle:
    std::string_view needs;          // "a company"
    std::string_view example;        // "Stripe"
};

// The keys people type before a colon. The aliases are the words the deck's
// filter chips use, so either spelling works.
constexpr std::array<KeyInfo, 10> kKeys = {{
    {"at", QueryField::Company, "a company", "Stripe"},
    {"company", QueryField::Company, "a company", "Stripe"},
    {"in", QueryField::Industry, "an industry", "fintech"},
    {"industry", QueryField::Industry, "an industry", "fintech"},
    {"role", QueryField::Role, "a job title", "VP"},
    {"title", QueryField::Role, "a job title", "VP"},
    {"knows", QueryField::Knows, "a topic", "kubernetes"},
    {"about", QueryField::Knows, "a topic", "kubernetes"},
    {"tag", QueryField::Tag, "a tag", "mentor"},
    {"circle", std::nullopt, "a circle", "inner"},
}};

bool isSpace(unsigned char c) {
    return c <= 0x20 || c == 0x7F;
}
bool isAsciiAlpha(unsigned char c) {
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
// What FTS5's unicode61 tokenizer keeps in a word, as far as ASCII goes; every
// other ASCII character (including all of FTS5's syntax) separates words.
// Bytes of multi-byte UTF-8 characters are left for the tokenizer to judge.
bool isWordByte(unsigned char c) {
    return std::isalnum(c) || c >= 0x80;
}

std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

const KeyInfo* findKey(std::string_view key) {
    const std::string lower = lowerAscii(key);
    for (const auto& k : kKeys)
        if (k.key == lower) return &k;
    return nullptr;
}

std::vector<std::string> splitWords(std::string_view value) {
    std::vector<std::string> words;
    size_t i = 0;
    while (i < value.size()) {
        while (i < value.size() && !isWordByte(static_cast<unsigned char>(value[i])))
            ++i;
        const size_t start = i;
        while (i < value.size() && isWordByte(static_cast<unsigned char>(value[i])))
            ++i;
        if (i > start) words.emplace_back(value.substr(start, i - start));
    }
    return words;
}

// Cuts at a UTF-8 character boundary at or before `max` bytes.
std::string_view clipUtf8(std::string_view text, size_t max) {
    if (text.size() <= max) return text;
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return text.substr(0, cut);
}

class Parser {
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    SearchQuery run() {
        if (m_text.size() > static_cast<size_t>(kMaxQueryBytes)) {
            m_text = clipUtf8(m_text, static_cast<size_t>(kMaxQueryBytes));
            problem(static_cast<int>(m_text.size()), 1,
                    "The search is too long: only the first " + std::to_string(kMaxQueryBytes) +
                        " characters are used.");
        }
        while (true) {
            skipSpaces();
            if (m_pos >= m_text.size()) break;
            if (m_query.terms.size() + m_query.circles.size() >=
                static_cast<size_t>(kMaxQueryTerms)) {
                problem(static_cast<int>(m_pos), static_cast<int>(m_text.size() - m_pos),
                        "Only the first " + std::to_string(kMaxQueryTerms) + " words are used.");
                break;
            }
            parseTerm();
        }
        return std::move(m_query);
    }

private:
    struct Value {
        std::string text;
        bool quoted = false;
        bool closed = true;
    };

    void skipSpaces() {
        while (m_pos < m_text.size() && isSpace(static_cast<unsigned char>(m_text[m_pos])))
            ++m_pos;
    }

    // The key of a `key:` token starting at `at`, if it is one we know.
    const KeyInfo* keyAt(size_t at) const {
        size_t end = at;
        while (end < m_text.size() && isAsciiAlpha(static_cast<unsigned char>(m_text[end])))
            ++end;
        if (end == at || end >= m_text.size() || m_text[end] != ':') return nullptr;
        return findKey(m_text.substr(at, end - at));
    }

    // A bare word runs to the next space; a quoted value to its closing quote.
    Value readValue() {
        Value v;
        if (m_pos < m_text.size() && m_text[m_pos] == '"') {
            const size_t open = m_pos++;
            const size_t close = m_text.find('"', m_pos);
            v.quoted = true;
            if (close == std::string_view::npos) {
                v.text = std::string(m_text.substr(m_pos));
                v.closed = false;
                problem(static_cast<int>(open), static_cast<int>(m_text.size() - open),
                        "This quote is not closed: add a \" at the end of the name.");
                m_pos = m_text.size();
            } else {
                v.text = std::string(m_text.substr(m_pos, close - m_pos));
                m_pos = close + 1;
            }
            return v;
        }
        const size_t start = m_pos;
        while (m_pos < m_text.size() && !isSpace(static_cast<unsigned char>(m_text[m_pos])))
            ++m_pos;
        v.text = std::string(m_text.substr(start, m_pos - start));
        return v;
    }

    void parseTerm() {
        const size_t start = m_pos;
        const KeyInfo* key = keyAt(m_pos);
        if (!key) {
            Value v = readValue();
            addTerm(QueryField::Any, v, start);
            return;
        }
        const std::string typedKey = lowerAscii(m_text.substr(start, key->key.size()));
        m_pos = start + key->key.size() + 1;
        // "at: Stripe" is read as at:Stripe, unless the next word is another key.
        if (m_pos >= m_text.size() || isSpace(static_cast<unsigned char>(m_text[m_pos]))) {
            const size_t afterKey = m_pos;
            skipSpaces();
            if (m_pos >= m_text.size() || keyAt(m_pos)) {
                m_pos = afterKey;
                missingValue(*key, typedKey, start, afterKey);
                return;
            }
        }
        Value v = readValue();
        if (splitWords(v.text).empty()) {
            missingValue(*key, typedKey, start, m_pos);
            return;
        }
        if (!key->field) {
            addCircles(v.text, start);
            return;
        }
        addTerm(*key->field, v, start);
    }

    void addTerm(QueryField field, const Value& v, size_t start) {
        QueryTerm term;
        term.field = field;
        term.value = v.text;
        term.words = splitWords(v.text);
        // A closed quote means "exactly this"; anything else may still be typed.
        term.prefix = !(v.quoted && v.closed);
        term.position = static_cast<int>(start);
        if (term.words.empty()) return; // only punctuation: nothing to look for
        m_query.terms.push_back(std::move(term));
    }

    void addCircles(const std::string& value, size_t start) {
        for (const auto& word : splitWords(value)) {
            const std::string lower = lowerAscii(word);
            std::optional<Circle> found;
            // Any start of a key will do ("circle:in"): the four keys begin differently.
            for (int i = 0; i < kCircleCount; ++i) {
                const auto c = static_cast<Circle>(i);
                if (circleKey(c).starts_with(lower)) found = c;
            }
            if (!found) {
                problem(static_cast<int>(start), static_cast<int>(m_pos - start),
                        "circle: \"" + word +
                            "\" is not a circle; use inner, close, network or acquaintance.");
                continue;
            }
            if (std::find(m_query.circles.begin(), m_query.circles.end(), *found) ==
                m_query.circles.end())
                m_query.circles.push_back(*found);
        }
    }

    void missingValue(const KeyInfo& key, const std::string& typedKey, size_t start, size_t end) {
        problem(static_cast<int>(start), static_cast<int>(std::max<size_t>(end - start, 1)),
                typedKey + ": needs " + std::string(key.needs) + ", e.g. " + typedKey + ":" +
                    std::string(key.example));
    }

    void problem(int position, int length, std::string message) {
        m_query.problems.push_back({position, length, std::move(message)});
    }

    std::string_view m_text;
    size_t m_pos = 0;
    SearchQuery m_query;
};

std::string phrase(const QueryTerm& term) {
    std::string out = "\"";
    for (size_t i = 0; i < term.words.size(); ++i) {
        if (i) out += ' ';
        // Folded as the index is (Ø → o, ß → ss); letters, digits and UTF-8
        // bytes only: never a quote.
        out += foldSearchLetters(term.words[i]);
    }
    out += '"';
    if (term.prefix) out += '*';
    return out;
}

std::string_view columnsFor(QueryField field) {
    switch (field) {
    case QueryField::Any:
        return "";
    case QueryField::Company:
        return "{company past_roles}";
    case QueryField::Industry:
        return "{industry}";
    case QueryField::Role:
        return "{title past_roles}";
    case QueryField::Knows:
        return "{knows notes}";
    case QueryField::Tag:
        return "{tags}";
    }
    return "";
}

} // namespace

bool SearchQuery::usesPrefixes() const {
    return !circles.empty() || std::any_of(terms.begin(), terms.end(), [](const QueryTerm& t) {
        return t.field != QueryField::Any;
    });
}

std::vector<const QueryTerm*> SearchQuery::freeTerms() const {
    std::vector<const QueryTerm*> out;
    for (const auto& t : terms)
        if (t.field == QueryField::Any) out.push_back(&t);
    return out;
}

SearchQuery parseSearchQuery(std::string_view text) {
    return Parser(text).run();
}

std::string_view queryFieldKey(QueryField field) {
    switch (field) {
    case QueryField::Any:
        return "";
    case QueryField::Company:
        return "at";
    case QueryField::Industry:
        return "in";
    case QueryField::Role:
        return "role";
    case QueryField::Knows:
        return "knows";
    case QueryField::Tag:
        return "tag";
    }
    return "";
}

std::string ftsExpression(const SearchQuery& query) {
    std::vector<std::string> parts;
    std::vector<QueryField> grouped;
    for (const auto& term : query.terms) {
        if (term.field == QueryField::Any) {
            parts.push_back(phrase(term));
            continue;
        }
        if (std::find(grouped.begin(), grouped.end(), term.field) != grouped.end()) continue;
        grouped.push_back(term.field);
        std::vector<std::string> alternatives;
        for (const auto& t : query.terms)
            if (t.field == term.field) alternatives.push_back(phrase(t));
        std::string group = std::string(columnsFor(term.field)) + " : ";
        if (alternatives.size() == 1) {
            group += alternatives.front();
        } else {
            group += '(';
            for (size_t i = 0; i < alternatives.size(); ++i)
                group += (i ? " OR " : "") + alternatives[i];
            group += ')';
        }
        parts.push_back(std::move(group));
    }
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i)
        out += (i ? " AND " : "") + parts[i];
    return out;
}

std::string ftsNameExpression(const SearchQuery& query) {
    std::string out;
    for (const QueryTerm* t : query.freeTerms())
        out += (out.empty() ? "" : " AND ") + phrase(*t);
    return out;
}

} // namespace rk
