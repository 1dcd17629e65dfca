#include "core/sync/card_merge.h"

#include "core/io/text/text_util.h"

#include <array>
#include <functional>
#include <optional>
#include <sstream>

namespace rk {

namespace {

std::string joinLines(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : "\n") + s;
    return out;
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> out;
    std::string line;
    std::istringstream in(text);
    while (std::getline(in, line))
        if (!line.empty()) out.push_back(line);
    return out;
}

// How a field reads (for comparing and for the conflict record) and how it
// is set from that text. Lists read one item a line, tab-separated parts.
struct SyncedField {
    const char* name;
    std::function<std::string(const Contact&)> show;
    std::function<bool(Contact&, const std::string&)> set;
    std::function<void(Contact&, const Contact&)> copy;
};

template <auto Member>
SyncedField textField(const char* name) {
    return {name, [](const Contact& c) { return c.*Member; },
            [](Contact& c, const std::string& v) {
                c.*Member = v;
                return true;
            },
            [](Contact& to, const Contact& from) { to.*Member = from.*Member; }};
}

std::string_view methodKey(MethodKind kind) {
    switch (kind) {
    case MethodKind::Email: return "email";
    case MethodKind::Phone: return "phone";
    case MethodKind::Url: return "url";
    }
    return "url";
}

std::optional<MethodKind> methodFromKey(std::string_view key) {
    for (MethodKind k : {MethodKind::Email, MethodKind::Phone, MethodKind::Url})
        if (methodKey(k) == key) return k;
    return std::nullopt;
}

std::string showMethods(const Contact& c) {
    std::vector<std::string> lines;
    for (const auto& m : c.methods)
        lines.push_back(std::string(methodKey(m.kind)) + "\t" + m.label + "\t" + m.value);
    return joinLines(lines);
}

bool setMethods(Contact& c, const std::string& text) {
    std::vector<ContactMethod> methods;
    for (const auto& line : splitLines(text)) {
        const auto a = line.find('\t');
        const auto b = a == std::string::npos ? a : line.find('\t', a + 1);
        if (b == std::string::npos) return false;
        auto kind = methodFromKey(line.substr(0, a));
        if (!kind) return false;
        methods.push_back({0, *kind, line.substr(a + 1, b - a - 1), line.substr(b + 1)});
    }
    c.methods = std::move(methods);
    return true;
}

std::string showRoles(const Contact& c) {
    std::vector<std::string> lines;
    for (const auto& r : c.pastRoles) lines.push_back(r.company + "\t" + r.title + "\t" + r.until);
    return joinLines(lines);
}

bool setRoles(Contact& c, const std::string& text) {
    std::vector<PastRole> roles;
    for (const auto& line : splitLines(text)) {
        const auto a = line.find('\t');
        const auto b = a == std::string::npos ? a : line.find('\t', a + 1);
        if (b == std::string::npos) return false;
        roles.push_back({0, line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)});
    }
    c.pastRoles = std::move(roles);
    return true;
}

const std::vector<SyncedField>& syncedFields() {
    static const std::vector<SyncedField> fields = [] {
        std::vector<SyncedField> f;
        f.push_back(textField<&Contact::displayName>("name"));
        f.push_back(textField<&Contact::givenName>("given name"));
        f.push_back(textField<&Contact::familyName>("family name"));
        f.push_back(textField<&Contact::company>("company"));
        f.push_back(textField<&Contact::title>("title"));
        f.push_back(textField<&Contact::industry>("industry"));
        f.push_back(textField<&Contact::location>("location"));
        f.push_back(textField<&Contact::howMet>("how you met"));
        f.push_back(textField<&Contact::birthday>("birthday"));
        f.push_back(textField<&Contact::notes>("notes"));
        f.push_back({"circle", [](const Contact& c) { return std::string(circleKey(c.circle)); },
                     [](Contact& c, const std::string& v) {
                         auto circle = circleFromKey(v);
                         if (circle) c.circle = *circle;
                         return circle.has_value();
                     },
                     [](Contact& to, const Contact& from) { to.circle = from.circle; }});
        f.push_back({"cadence",
                     [](const Contact& c) { return c.cadenceDays ? std::to_string(*c.cadenceDays) : std::string(); },
                     [](Contact& c, const std::string& v) {
                         if (v.empty()) {
                             c.cadenceDays.reset();
                             return true;
                         }
                         try {
                             c.cadenceDays = std::stoi(v);
                         } catch (const std::exception&) {
                             return false;
                         }
                         return true;
                     },
                     [](Contact& to, const Contact& from) { to.cadenceDays = from.cadenceDays; }});
        f.push_back({"photo",
                     [](const Contact& c) { return c.photo.empty() ? std::string() : base64Encode(c.photo); },
                     [](Contact& c, const std::string& v) {
                         auto bytes = base64Decode(v, 16u << 20);
                         if (!bytes) return false;
                         c.photo = std::move(*bytes);
                         return true;
                     },
                     [](Contact& to, const Contact& from) { to.photo = from.photo; }});
        f.push_back({"phones, emails and links", showMethods, setMethods,
                     [](Contact& to, const Contact& from) { to.methods = from.methods; }});
        f.push_back({"tags", [](const Contact& c) { return joinLines(c.tags); },
                     [](Contact& c, const std::string& v) {
                         c.tags = splitLines(v);
                         return true;
                     },
                     [](Contact& to, const Contact& from) { to.tags = from.tags; }});
        f.push_back({"knows about", [](const Contact& c) { return joinLines(c.knows); },
                     [](Contact& c, const std::string& v) {
                         c.knows = splitLines(v);
                         return true;
                     },
                     [](Contact& to, const Contact& from) { to.knows = from.knows; }});
        f.push_back({"past roles", showRoles, setRoles,
                     [](Contact& to, const Contact& from) { to.pastRoles = from.pastRoles; }});
        return f;
    }();
    return fields;
}

} // namespace

std::vector<std::string> differingFields(const Contact& a, const Contact& b) {
    std::vector<std::string> out;
    for (const auto& f : syncedFields())
        if (f.show(a) != f.show(b)) out.emplace_back(f.name);
    return out;
}

bool sameCardFields(const Contact& a, const Contact& b) {
    for (const auto& f : syncedFields())
        if (f.show(a) != f.show(b)) return false;
    return true;
}

MergedCard mergeCards(const Contact* base, const Contact& local, const Contact& remote, const Contact& localFull) {
    MergedCard out{localFull, {}, false, false};
    for (const auto& f : syncedFields()) {
        const std::string here = f.show(local);
        const std::string there = f.show(remote);
        if (here == there) continue;
        // With no base (the same person found on both sides at a first
        // sync), a field one side left empty is the other side's news.
        const bool changedHere = base == nullptr ? !here.empty() : f.show(*base) != here;
        const bool changedThere = base == nullptr ? !there.empty() : f.show(*base) != there;
        if (changedThere && !changedHere) {
            f.copy(out.contact, remote);
            out.changesHere = true;
        } else {
            // Changed here only (the server has to hear it), or on both sides:
            // the local value stays and the server's is kept as a conflict.
            out.changesRemote = true;
            if (changedThere) out.conflicts.push_back({f.name, here, there});
        }
    }
    return out;
}

bool takeFieldValue(Contact& contact, const std::string& field, const std::string& value) {
    for (const auto& f : syncedFields())
        if (field == f.name) return f.set(contact, value);
    return false;
}

} // namespace rk
