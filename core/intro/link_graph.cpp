#include "core/intro/link_graph.h"

#include "core/db/database.h"
#include "core/db/statement.h"

#include <algorithm>

namespace rk {

LinkGraph LinkGraph::load(Database& db) {
    LinkGraph g;
    Statement people(db, "SELECT id, coalesce(last_contact_at, 0) FROM contacts "
                         "WHERE deleted_at IS NULL AND archived_at IS NULL ORDER BY id");
    while (people.step()) g.m_people.push_back({people.int64(0), people.int64(1)});
    struct Raw {
        Node from, to;
        LinkKind kind;
    };
    std::vector<Raw> raw;
    std::vector<std::uint32_t> degree(g.m_people.size() + 1, 0);
    Statement links(db, "SELECT from_id, to_id, kind FROM contact_links");
    while (links.step()) {
        const Node from = g.node(links.int64(0)), to = g.node(links.int64(1));
        if (from == kNone || to == kNone) continue; // an end is archived or in the trash
        raw.push_back({from, to, static_cast<LinkKind>(links.int32(2))});
        ++degree[from];
        ++degree[to];
    }
    // Counting sort into one array: each node's edges are contiguous.
    g.m_offsets.assign(g.m_people.size() + 1, 0);
    for (std::size_t n = 0; n < g.m_people.size(); ++n) g.m_offsets[n + 1] = g.m_offsets[n] + degree[n];
    g.m_edges.resize(raw.size() * 2);
    std::vector<std::uint32_t> fill(g.m_offsets.begin(), g.m_offsets.end() - 1);
    for (const Raw& r : raw) {
        g.m_edges[fill[r.from]++] = {r.to, r.kind, true};
        g.m_edges[fill[r.to]++] = {r.from, r.kind, false};
    }
    return g;
}

LinkGraph::Node LinkGraph::node(std::int64_t contactId) const {
    // m_people is in id order: a binary search, with no map to build or hold.
    const auto it = std::lower_bound(m_people.begin(), m_people.end(), contactId,
                                     [](const Person& p, std::int64_t id) { return p.id < id; });
    return it != m_people.end() && it->id == contactId ? static_cast<Node>(it - m_people.begin()) : kNone;
}

} // namespace rk
