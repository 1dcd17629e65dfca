#include "core/io/backup/json_backup.h"

#include "core/io/text/text_util.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

namespace rk {

using Json = nlohmann::json;

namespace {

constexpr int kMaxDepth = 32; // a backup is 5 levels deep; nlohmann's parser recurses

constexpr std::array<std::string_view, 13> kKnownOrder = {
    "settings", "events",       "contacts",  "contact_methods", "tags",            "contact_tags",
    "contact_knows", "past_roles", "interactions", "reminders", "event_attendees", "goals",
    "contact_links"};

// Rejects "[[[[…" before the recursive parser sees it.
bool nestingWithin(std::string_view text, int limit) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') ++i;
            else if (c == '"') inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > limit) return false;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return true;
}

int lineOfByte(std::string_view text, std::size_t byte) {
    const std::size_t end = std::min(byte, text.size());
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(end), '\n'));
}

// Column lookup within one table's rows.
struct Rows {
    const BackupTable* table = nullptr;
    [[nodiscard]] int col(std::string_view name) const {
        if (!table) return -1;
        for (std::size_t i = 0; i < table->columns.size(); ++i)
            if (table->columns[i] == name) return static_cast<int>(i);
        return -1;
    }
};

std::int64_t asInt(const std::vector<BackupValue>& row, int col, std::int64_t fallback = 0) {
    if (col < 0) return fallback;
    const auto& v = row[static_cast<std::size_t>(col)];
    if (auto p = std::get_if<std::int64_t>(&v)) return *p;
    if (auto d = std::get_if<double>(&v)) {
        // Converting a double outside int64's range is undefined (found by
        // the fuzzer: 1.7e23 as an id). Such a value is not one of ours.
        constexpr double kLimit = 9223372036854775808.0; // 2^63
        return std::isfinite(*d) && *d >= -kLimit && *d < kLimit ? static_cast<std::int64_t>(*d) : fallback;
    }
    return fallback;
}

std::optional<std::int64_t> asOptInt(const std::vector<BackupValue>& row, int col) {
    if (col < 0 || std::holds_alternative<std::monostate>(row[static_cast<std::size_t>(col)])) return std::nullopt;
    return asInt(row, col);
}

std::string asText(const std::vector<BackupValue>& row, int col) {
    if (col < 0) return {};
    const auto& v = row[static_cast<std::size_t>(col)];
    if (auto s = std::get_if<std::string>(&v)) return *s;
    if (auto i = std::get_if<std::int64_t>(&v)) return std::to_string(*i);
    return {};
}

bool readValue(const Json& j, BackupValue& out, std::size_t maxBlob) {
    if (j.is_null()) out = std::monostate{};
    else if (j.is_boolean()) out = std::int64_t(j.get<bool>() ? 1 : 0);
    else if (j.is_number_integer() && !j.is_number_unsigned()) out = j.get<std::int64_t>();
    else if (j.is_number_unsigned()) {
        if (j.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) return false;
        out = static_cast<std::int64_t>(j.get<std::uint64_t>());
    } else if (j.is_number_float()) out = j.get<double>();
    else if (j.is_string()) out = sanitizeUtf8(j.get_ref<const std::string&>());
    else if (j.is_object() && j.size() == 1 && j.contains("base64") && j["base64"].is_string()) {
        auto bytes = base64Decode(j["base64"].get_ref<const std::string&>(), maxBlob);
        if (!bytes) return false;
        out = std::move(*bytes);
    } else return false;
    return true;
}

void toCards(const JsonBackup& b, ParseResult& out) {
    const Rows contacts{b.table("contacts")};
    if (!contacts.table) return;
    std::unordered_map<std::int64_t, std::size_t> byId;
    const auto& t = *contacts.table;
    const int cId = contacts.col("id"), cCircle = contacts.col("circle"), cCadence = contacts.col("cadence_days");
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const auto& row = t.rows[r];
        if (asOptInt(row, contacts.col("deleted_at"))) continue; // the trash stays behind
        ImportCard card;
        Contact& c = card.contact;
        c.givenName = asText(row, contacts.col("given_name"));
        c.familyName = asText(row, contacts.col("family_name"));
        c.displayName = asText(row, contacts.col("display_name"));
        c.company = asText(row, contacts.col("company"));
        c.title = asText(row, contacts.col("title"));
        c.industry = asText(row, contacts.col("industry"));
        c.location = asText(row, contacts.col("location"));
        c.howMet = asText(row, contacts.col("how_met"));
        c.birthday = asText(row, contacts.col("birthday"));
        c.notes = asText(row, contacts.col("notes"));
        c.circle = static_cast<Circle>(std::clamp<std::int64_t>(asInt(row, cCircle, 2), 0, kCircleCount - 1));
        if (auto cad = asOptInt(row, cCadence); cad && *cad >= 0 && *cad < 100000) c.cadenceDays = static_cast<int>(*cad);
        if (const int p = contacts.col("photo"); p >= 0)
            if (auto bytes = std::get_if<std::vector<unsigned char>>(&row[static_cast<std::size_t>(p)])) c.photo = *bytes;
        if (c.displayName.empty()) {
            out.addProblem(ProblemSeverity::Error, 0, "contact #" + std::to_string(asInt(row, cId)) + " has no name; skipped");
            continue;
        }
        byId.emplace(asInt(row, cId), out.cards.size());
        out.cards.push_back(std::move(card));
    }
    // Each child table: rows that belong to a card, found by contact_id.
    auto children = [&](const char* name, auto&& add) {
        const Rows rows{b.table(name)};
        if (!rows.table) return;
        const int owner = rows.col("contact_id");
        for (const auto& row : rows.table->rows)
            if (auto it = byId.find(asInt(row, owner, -1)); it != byId.end()) add(out.cards[it->second], rows, row);
    };
    children("contact_methods", [](ImportCard& card, const Rows& r, const auto& row) {
        const auto kind = asInt(row, r.col("kind"));
        if (kind >= 0 && kind <= 2)
            card.contact.methods.push_back({0, static_cast<MethodKind>(kind), asText(row, r.col("label")),
                                            asText(row, r.col("value"))});
    });
    std::unordered_map<std::int64_t, std::string> tagNames;
    if (const Rows tags{b.table("tags")}; tags.table)
        for (const auto& row : tags.table->rows) tagNames[asInt(row, tags.col("id"))] = asText(row, tags.col("name"));
    children("contact_tags", [&](ImportCard& card, const Rows& r, const auto& row) {
        if (auto it = tagNames.find(asInt(row, r.col("tag_id"))); it != tagNames.end())
            card.contact.tags.push_back(it->second);
    });
    children("contact_knows", [](ImportCard& card, const Rows& r, const auto& row) {
        card.contact.knows.push_back(asText(row, r.col("topic")));
    });
    children("past_roles", [](ImportCard& card, const Rows& r, const auto& row) {
        card.contact.pastRoles.push_back({0, asText(row, r.col("company")), asText(row, r.col("title")),
                                          asText(row, r.col("until"))});
    });
    children("interactions", [](ImportCard& card, const Rows& r, const auto& row) {
        Interaction i;
        i.kind = static_cast<InteractionKind>(std::clamp<std::int64_t>(asInt(row, r.col("kind")), 0, kInteractionKindCount - 1));
        i.direction = asInt(row, r.col("direction")) == 1 ? Direction::In : Direction::Out;
        i.at = asInt(row, r.col("at"));
        i.note = asText(row, r.col("note"));
        i.askedHelp = asInt(row, r.col("asked_help")) != 0;
        i.gaveHelp = asInt(row, r.col("gave_help")) != 0;
        i.awaitingReply = asInt(row, r.col("awaiting_reply")) != 0;
        card.interactions.push_back(i);
    });
    children("reminders", [](ImportCard& card, const Rows& r, const auto& row) {
        Reminder m;
        m.dueDate = asText(row, r.col("due_date"));
        m.note = asText(row, r.col("note"));
        m.status = static_cast<FollowUpStatus>(std::clamp<std::int64_t>(asInt(row, r.col("status")), 0, 2));
        m.createdAt = asInt(row, r.col("created_at"));
        if (!m.dueDate.empty()) card.reminders.push_back(m);
    });
}

} // namespace

const BackupTable* JsonBackup::table(std::string_view name) const {
    for (const auto& t : tables)
        if (t.name == name) return &t;
    return nullptr;
}

namespace {
JsonBackupRead readJsonBackupUnguarded(std::string_view bytes, const std::string& fileName, const ReadLimits& limits) {
    JsonBackupRead result;
    ParseResult& out = result.cards;
    out.file = fileName;
    if (bytes.size() > limits.maxFileBytes) {
        out.fatal = "the file is larger than " + std::to_string(limits.maxFileBytes >> 20) + " MB";
        return result;
    }
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    if (!nestingWithin(bytes, kMaxDepth)) {
        out.fatal = "the file is nested too deeply to be a Rekindle backup";
        return result;
    }
    Json root;
    try {
        root = Json::parse(bytes.begin(), bytes.end());
    } catch (const Json::parse_error& e) {
        const int line = lineOfByte(bytes, e.byte);
        out.fatal = "line " + std::to_string(line) + ": this is not valid JSON";
        out.addProblem(ProblemSeverity::Error, line, "not valid JSON here");
        return result;
    }
    if (!root.is_object() || root.value("format", "") != "rekindle-backup" || !root.contains("tables") ||
        !root["tables"].is_object()) {
        out.fatal = "this JSON file is not a Rekindle backup (no \"format\": \"rekindle-backup\")";
        return result;
    }
    JsonBackup& b = result.backup;
    const Json& version = root["version"];
    b.version = version.is_number_integer() ? version.get<int>() : 0;
    if (b.version < 1 || b.version > 1) {
        out.fatal = "this backup was written by a newer version of Rekindle (backup format " +
                    std::to_string(b.version) + "); please update Rekindle";
        return result;
    }
    if (root.contains("schemaVersion") && root["schemaVersion"].is_number_integer())
        b.schemaVersion = root["schemaVersion"].get<int>();
    if (root.contains("exportedAt") && root["exportedAt"].is_number_integer())
        b.exportedAt = root["exportedAt"].get<std::int64_t>();

    std::vector<std::string> names;
    for (auto it = root["tables"].begin(); it != root["tables"].end(); ++it) names.push_back(it.key());
    std::stable_sort(names.begin(), names.end(), [](const std::string& x, const std::string& y) {
        auto rank = [](const std::string& n) {
            auto at = std::find(kKnownOrder.begin(), kKnownOrder.end(), n);
            return static_cast<std::size_t>(at - kKnownOrder.begin());
        };
        return rank(x) < rank(y);
    });
    for (const auto& name : names) {
        const Json& rows = root["tables"][name];
        if (!rows.is_array()) {
            out.fatal = "table \"" + name + "\" is not a list of rows";
            return result;
        }
        BackupTable t;
        t.name = name;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const Json& row = rows[r];
            const std::string where = "table \"" + name + "\" row " + std::to_string(r + 1);
            if (!row.is_object()) {
                out.fatal = where + " is not an object";
                return result;
            }
            if (r == 0)
                for (auto it = row.begin(); it != row.end(); ++it) t.columns.push_back(it.key());
            if (row.size() != t.columns.size()) {
                out.fatal = where + " has different columns from the first row";
                return result;
            }
            std::vector<BackupValue> values(t.columns.size());
            for (std::size_t c = 0; c < t.columns.size(); ++c) {
                auto it = row.find(t.columns[c]);
                if (it == row.end()) {
                    out.fatal = where + " lacks column \"" + t.columns[c] + "\"";
                    return result;
                }
                if (!readValue(*it, values[c], limits.maxPhotoBytes)) {
                    out.fatal = where + ": column \"" + t.columns[c] + "\" has a value Rekindle can't store";
                    return result;
                }
            }
            t.rows.push_back(std::move(values));
        }
        b.tables.push_back(std::move(t));
    }
    toCards(b, out);
    return result;
}

} // namespace

JsonBackupRead readJsonBackup(std::string_view bytes, const std::string& fileName, const ReadLimits& limits) {
    // The reader walks the tree with nlohmann's typed accessors, which throw
    // on a value of an unexpected type or size ("format": 17, a number beyond
    // double range). Any such file is simply not one of our backups.
    try {
        return readJsonBackupUnguarded(bytes, fileName, limits);
    } catch (const Json::exception&) {
        JsonBackupRead result;
        result.cards.file = fileName;
        result.cards.fatal = "this JSON file is not a Rekindle backup (a value has the wrong type or is too large)";
        return result;
    }
}

} // namespace rk
