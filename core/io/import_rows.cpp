#include "core/io/import_rows.h"

#include "core/db/store_error.h"
#include "core/io/search_doc.h"
#include "core/io/text_util.h"

#include <algorithm>

namespace rk::io {

namespace {

SqlValue optional(const std::optional<std::int64_t>& v) {
    return v ? SqlValue(*v) : SqlValue();
}
SqlValue optional(const std::optional<int>& v) {
    return v ? SqlValue(std::int64_t(*v)) : SqlValue();
}
std::int64_t code(auto enumValue) {
    return static_cast<std::int64_t>(static_cast<int>(enumValue));
}

// How many rows the worker builds between two looks from the writer.
constexpr std::size_t kPublishEvery = 32;

} // namespace

NewContactRows newContactRows(std::int64_t id, const ImportCard& card, const TagTable& tags,
                              const CadencePolicy& policy, std::int64_t now) {
    const Contact& c = card.contact;
    NewContactRows rows;
    std::optional<std::int64_t> last;
    for (const auto& i : card.interactions)
        last = std::max(last.value_or(i.at), i.at);
    rows.contact = {id,
                    c.givenName,
                    c.familyName,
                    c.displayName,
                    c.company,
                    c.title,
                    c.industry,
                    c.location,
                    c.howMet,
                    c.birthday,
                    c.notes,
                    code(c.circle),
                    optional(c.cadenceDays),
                    c.photo.empty() ? SqlValue() : SqlValue(c.photo),
                    now,
                    now,
                    optional(last),
                    cadenceDueDate(policy.daysFor(c.circle, c.cadenceDays), last, now)};
    for (const auto& m : c.methods)
        if (!m.value.empty()) rows.methods.push_back({id, code(m.kind), m.label, m.value});
    std::vector<std::pair<std::int64_t, std::string>> stored;
    for (const auto& name : c.tags) {
        if (name.empty()) continue;
        const auto found = tags.find(asciiLower(name));
        if (found == tags.end())
            throw StoreError("The tag " + name + " was not created before its contact");
        stored.push_back(found->second);
        rows.tagLinks.push_back({id, found->second.first});
    }
    for (const auto& topic : c.knows)
        if (!topic.empty()) rows.knows.push_back({id, topic});
    for (const auto& r : c.pastRoles)
        rows.roles.push_back({id, r.company, r.title, r.until});
    for (const auto& i : card.interactions)
        rows.interactions.push_back({id, code(i.kind), code(i.direction), i.at, i.note,
                                     std::int64_t(i.askedHelp), std::int64_t(i.gaveHelp),
                                     std::int64_t(i.awaitingReply), now});
    for (const auto& r : card.reminders)
        rows.reminders.push_back(
            {id, r.dueDate, r.note, code(r.status), r.createdAt ? r.createdAt : now});
    rows.searchDoc = searchDocRow(id, c, std::move(stored));
    return rows;
}

NewContactPreparer::NewContactPreparer(std::vector<const ImportCard*> cards, std::int64_t firstId,
                                       TagTable tags, CadencePolicy policy, std::int64_t now)
    : m_cards(std::move(cards)), m_firstId(firstId), m_tags(std::move(tags)), m_policy(policy),
      m_now(now), m_rows(m_cards.size()) {
    if (!m_cards.empty()) m_worker = std::thread([this] { run(); });
}

NewContactPreparer::~NewContactPreparer() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    if (m_worker.joinable()) m_worker.join();
}

void NewContactPreparer::run() {
    std::size_t k = 0;
    try {
        for (; k < m_cards.size(); ++k) {
            m_rows[k] = newContactRows(m_firstId + static_cast<std::int64_t>(k), *m_cards[k],
                                       m_tags, m_policy, m_now);
            if ((k + 1) % kPublishEvery == 0 || k + 1 == m_cards.size()) {
                std::lock_guard lock(m_mutex);
                m_ready = k + 1;
                if (m_stop) return;
                m_more.notify_one();
            }
        }
    } catch (...) {
        std::lock_guard lock(m_mutex);
        m_ready = k; // the cards before this one are built and usable
        m_failure = std::current_exception();
        m_more.notify_one();
    }
}

NewContactRows NewContactPreparer::take(std::size_t k) {
    if (k >= m_seenReady) {
        std::unique_lock lock(m_mutex);
        m_more.wait(lock, [&] { return m_ready > k || m_failure; });
        if (m_ready <= k) std::rethrow_exception(m_failure);
        m_seenReady = m_ready;
    }
    return std::move(m_rows[k]);
}

} // namespace rk::io
