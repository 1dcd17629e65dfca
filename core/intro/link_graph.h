#pragma once
// Who knows whom, in memory: the links between the user's active people
// (not archived, not in the trash), as adjacency arrays the intro search
// walks without touching the database. Loaded once (about 0.1 s for 500k
// links) and kept while the store's revision stands; a query then costs
// only the people it visits.
#include "core/model/contact_link.h"

#include <cstdint>
#include <span>
#include <vector>

namespace rk {

class Database;

class LinkGraph {
public:
    using Node = std::uint32_t;
    static constexpr Node kNone = ~Node{0};

    struct Edge {
        Node other = kNone;
        LinkKind kind = LinkKind::Knows;
        bool fromSide = true; // this node is the link's `from` end
    };
    struct Person {
        std::int64_t id = 0;
        std::int64_t lastContactAt = 0; // 0: never
    };

    [[nodiscard]] static LinkGraph load(Database& db);

    [[nodiscard]] Node node(std::int64_t contactId) const;
    [[nodiscard]] const Person& person(Node n) const { return m_people[n]; }
    [[nodiscard]] std::span<const Edge> neighbours(Node n) const {
        return {m_edges.data() + m_offsets[n], m_edges.data() + m_offsets[n + 1]};
    }
    [[nodiscard]] std::size_t peopleCount() const { return m_people.size(); }
    [[nodiscard]] std::size_t linkCount() const { return m_edges.size() / 2; }

private:
    std::vector<Person> m_people; // by id, ascending
    std::vector<std::uint32_t> m_offsets; // m_people.size() + 1
    std::vector<Edge> m_edges;            // both directions of every link
};

} // namespace rk
