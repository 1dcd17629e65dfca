#pragma once
#include "core/io/import/import_types.h"
#include "core/io/vcard/vcard_lexer.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

// One vCard being read: what each property means for a Contact. Internal to
// readVCard (vcard_reader.cpp), which feeds it the properties between BEGIN
// and END.
namespace rk {

// What a property's raw value is: the file's own bytes, whose charset each
// value decides once its lines are unfolded (a fold may split a character),
// or text that was UTF-16 and is Unicode already, whatever CHARSET it claims.
enum class ValueBytes { AsInFile, FromUtf16 };

class VCardContactBuilder {
public:
    VCardContactBuilder(int line, const ReadLimits& limits, ValueBytes bytes)
        : m_line(line), m_limits(limits), m_bytes(bytes) {}

    void add(const VCardProperty& p);
    void finish(ParseResult& result);

private:
    struct Pending {
        ContactMethod method;
        std::string group;
    };
    struct AppleRelated { // its X-ABLabel may come later in the card
        std::string name;
        std::string group;
        int line;
    };
    struct Extra {
        std::string name;
        std::string group;
        std::string value;
    };

    // The value as valid UTF-8 text, still escaped; `storage` holds it when
    // it had to be decoded (quoted-printable, a legacy charset), else it is a
    // view of p.value.
    [[nodiscard]] std::string_view decoded(const VCardProperty& p, std::string& storage) const;
    [[nodiscard]] std::string text(const VCardProperty& p) const;
    void warn(int line, std::string message) { m_warnings.push_back({line, std::move(message)}); }
    void addMethod(MethodKind kind, std::string value, std::string label, const std::string& group);
    void setPhoto(const VCardProperty& p);
    void setBirthday(const VCardProperty& p);
    void addRekindleField(const VCardProperty& p);
    void addRelated(const VCardProperty& p);

    int m_line;
    const ReadLimits& m_limits;
    ValueBytes m_bytes;
    std::size_t m_properties = 0;
    bool m_tooMany = false;
    Contact m_c;
    std::string m_fn;
    std::vector<std::string> m_n;
    std::vector<std::string> m_org;
    std::string m_kind;
    std::string m_uid;
    bool m_hasLocation = false;
    bool m_hasPhoto = false;
    std::vector<Pending> m_methods;
    std::map<std::string, std::string> m_labels; // group → X-ABLabel
    // Past roles written one part a property (role1.X-REKINDLE-PAST-ROLE,
    // -TITLE, -UNTIL), in the order their groups first appear.
    std::vector<std::pair<std::string, PastRole>> m_groupedRoles;
    std::vector<std::string> m_notes;
    std::vector<Extra> m_extras;
    std::vector<CardRelation> m_relations;
    std::vector<AppleRelated> m_appleRelated;
    std::vector<std::pair<int, std::string>> m_warnings;
};

} // namespace rk
