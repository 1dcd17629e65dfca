#pragma once
#include "core/io/import_types.h"
#include "core/io/sql_batch.h"
#include "core/schedule/cadence.h"

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

namespace rk::io {

// Tags by their lower-case name: id and spelling as stored.
using TagTable = std::unordered_map<std::string, std::pair<std::int64_t, std::string>>;

// Every row one new contact becomes, in the column order of ImportWriter's
// batches, plus its search document (see searchDocRow). Built without the
// database, so it can be built on another thread.
struct NewContactRows {
    std::vector<SqlValue> contact;
    std::vector<std::vector<SqlValue>> methods, tagLinks, knows, roles, interactions, reminders;
    std::vector<SqlValue> searchDoc;
};

// The rows for `card` as contact `id`. Every tag it names must be in `tags`.
[[nodiscard]] NewContactRows newContactRows(std::int64_t id, const ImportCard& card,
                                            const TagTable& tags, const CadencePolicy& policy,
                                            std::int64_t now);

// Builds the rows for a list of new contacts on a thread of its own while the
// caller writes the ones before: copying each field into its row and building
// the search documents was about a seventh of a 10k-card commit, and the
// second core sat idle. Card k becomes contact `firstId + k`.
class NewContactPreparer {
public:
    NewContactPreparer(std::vector<const ImportCard*> cards, std::int64_t firstId, TagTable tags,
                       CadencePolicy policy, std::int64_t now);
    // Stops the worker if it is still going (an import that was cancelled or failed).
    ~NewContactPreparer();
    NewContactPreparer(const NewContactPreparer&) = delete;
    NewContactPreparer& operator=(const NewContactPreparer&) = delete;

    [[nodiscard]] std::size_t size() const { return m_cards.size(); }
    // The rows for card k, waiting for them if need be; k goes up by one each
    // call. Rethrows whatever stopped the worker.
    [[nodiscard]] NewContactRows take(std::size_t k);

private:
    void run();

    std::vector<const ImportCard*> m_cards;
    std::int64_t m_firstId;
    TagTable m_tags; // a copy: the writer may add tags while this runs
    CadencePolicy m_policy;
    std::int64_t m_now;
    std::vector<NewContactRows> m_rows;
    std::mutex m_mutex;
    std::condition_variable m_more;
    std::size_t m_ready = 0;     // rows [0, m_ready) are built; guarded by m_mutex
    std::size_t m_seenReady = 0; // the caller's last look at m_ready
    bool m_stop = false;
    std::exception_ptr m_failure;
    std::thread m_worker; // last: starts once everything above exists
};

} // namespace rk::io
