#include "core/search/match_explainer.h"

#include "core/search/fts_tokenizer.h"

#include <algorithm>

namespace rk {

namespace {

bool allowed(QueryField query, MatchField field) {
    switch (query) {
    case QueryField::Any:
        return true;
    case QueryField::Company:
        return field == MatchField::Company || field == MatchField::PastCompany;
    case QueryField::Industry:
        return field == MatchField::Industry;
    case QueryField::Role:
        return field == MatchField::Title || field == MatchField::PastTitle;
    case QueryField::Knows:
        return field == MatchField::Knows || field == MatchField::Notes;
    case QueryField::Tag:
        return field == MatchField::Tag;
    }
    return false;
}

bool isContinuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// About a line of context around the match, cut at spaces where possible.
std::string excerpt(std::string_view text, int start, int end) {
    constexpr int kBefore = 24, kAfter = 40;
    size_t from = static_cast<size_t>(std::max(0, start - kBefore));
    size_t to = std::min(text.size(), static_cast<size_t>(end + kAfter));
    if (from > 0) {
        const size_t space = text.find(' ', from);
        if (space != std::string_view::npos && space < static_cast<size_t>(start)) from = space + 1;
        while (from > 0 && isContinuation(text[from]))
            --from;
    }
    if (to < text.size()) {
        const size_t space = text.rfind(' ', to);
        if (space != std::string_view::npos && space > static_cast<size_t>(end)) to = space;
        while (to < text.size() && isContinuation(text[to]))
            ++to;
    }
    std::string out;
    if (from > 0) out += "…";
    out += text.substr(from, to - from);
    if (to < text.size()) out += "…";
    return out;
}

std::string_view methodLabel(MethodKind kind) {
    switch (kind) {
    case MethodKind::Email:
        return "email";
    case MethodKind::Phone:
        return "phone";
    case MethodKind::Url:
        return "web";
    }
    return "contact";
}

} // namespace

std::string describeMatch(const MatchReason& r) {
    switch (r.field) {
    case MatchField::Name:
        return "name";
    case MatchField::Company:
        return "company: " + r.text;
    case MatchField::Title:
        return "role: " + r.text;
    case MatchField::Industry:
        return "industry: " + r.text;
    case MatchField::Tag:
        return "tag: " + r.text;
    case MatchField::Knows:
        return "knows: " + r.text;
    case MatchField::PastCompany:
        return "past role at " + r.text;
    case MatchField::PastTitle:
        return "past role: " + r.text;
    case MatchField::Location:
        return "location: " + r.text;
    case MatchField::HowMet:
        return "met: " + r.text;
    case MatchField::Method:
        return r.text; // already "email: …"
    case MatchField::Notes:
        return "notes: " + r.text;
    }
    return r.text;
}

MatchExplainer::MatchExplainer(const FtsTokenizer& tokenizer, const SearchQuery& query)
    : m_tokenizer(tokenizer) {
    for (const auto& term : query.terms) {
        std::string joined;
        for (const auto& w : term.words)
            joined += w + ' ';
        Phrase p{term.field, m_tokenizer.words(joined), term.prefix};
        if (!p.words.empty()) m_phrases.push_back(std::move(p));
    }
}

bool MatchExplainer::matches(const Phrase& phrase, std::string_view text, int* start,
                             int* end) const {
    const auto tokens = m_tokenizer.tokenize(text);
    const size_t n = phrase.words.size();
    for (size_t i = 0; i + n <= tokens.size(); ++i) {
        bool ok = true;
        for (size_t k = 0; k < n && ok; ++k) {
            const std::string& token = tokens[i + k].text;
            const std::string& word = phrase.words[k];
            ok = (k + 1 == n && phrase.prefix) ? token.starts_with(word) : token == word;
        }
        if (!ok) continue;
        if (start) *start = tokens[i].start;
        if (end) *end = tokens[i + n - 1].end;
        return true;
    }
    return false;
}

std::vector<MatchReason> MatchExplainer::explain(const SearchDocument& doc) const {
    std::vector<MatchReason> out;
    auto add = [&](MatchField field, std::string text) {
        for (const auto& r : out)
            if (r.field == field && r.text == text) return;
        out.push_back({field, std::move(text)});
    };
    // Adds `field` when any phrase allowed there matches `text`.
    auto check = [&](MatchField field, std::string_view text, const std::string& shown) {
        if (text.empty()) return;
        for (const auto& p : m_phrases) {
            if (!allowed(p.field, field)) continue;
            int start = 0, end = 0;
            if (!matches(p, text, &start, &end)) continue;
            add(field, field == MatchField::Notes ? excerpt(text, start, end) : shown);
            return;
        }
    };

    check(MatchField::Name, doc.displayName + " " + doc.givenName + " " + doc.familyName,
          doc.displayName);
    check(MatchField::Company, doc.company, doc.company);
    check(MatchField::Title, doc.title, doc.title);
    check(MatchField::Industry, doc.industry, doc.industry);
    for (const auto& tag : doc.tags)
        check(MatchField::Tag, tag, tag);
    for (const auto& topic : doc.knows)
        check(MatchField::Knows, topic, topic);
    for (const auto& role : doc.pastRoles) {
        check(MatchField::PastCompany, role.company, role.company);
        check(MatchField::PastTitle, role.title, roleLine(role.title, role.company));
    }
    check(MatchField::Location, doc.location, doc.location);
    check(MatchField::HowMet, doc.howMet, doc.howMet);
    for (const auto& m : doc.methods)
        check(MatchField::Method, m.value, std::string(methodLabel(m.kind)) + ": " + m.value);
    check(MatchField::Notes, doc.notes, doc.notes);

    std::stable_sort(out.begin(), out.end(), [](const MatchReason& a, const MatchReason& b) {
        return static_cast<int>(a.field) < static_cast<int>(b.field);
    });
    return out;
}

} // namespace rk
