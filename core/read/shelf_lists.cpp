#include "core/read/shelf_lists.h"

#include "core/db/statement.h"

namespace rk {

namespace {

std::vector<ShelfPerson> readShelf(Database& db, const char* where, const char* sinceColumn) {
    Statement st(db,
                 std::string("SELECT c.id, c.display_name, c.title, c.company, ") + sinceColumn +
                     ", (SELECT count(*) FROM interactions i WHERE i.contact_id = c.id) "
                     "FROM contacts c WHERE " +
                     where + " ORDER BY " + sinceColumn + " DESC, c.display_name COLLATE NOCASE");
    std::vector<ShelfPerson> out;
    while (st.step()) {
        ShelfPerson p;
        p.id = st.int64(0);
        p.name = st.text(1);
        const std::string title = st.text(2);
        const std::string company = st.text(3);
        if (!title.empty() && !company.empty())
            p.roleLine = title + " at " + company;
        else
            p.roleLine = title.empty() ? company : title;
        p.since = st.int64(4);
        p.interactions = st.int32(5);
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace

ShelfLists loadShelfLists(Database& db) {
    ShelfLists lists;
    lists.trash = readShelf(db, "c.deleted_at IS NOT NULL", "c.deleted_at");
    lists.archived =
        readShelf(db, "c.deleted_at IS NULL AND c.archived_at IS NOT NULL", "c.archived_at");
    return lists;
}

} // namespace rk
