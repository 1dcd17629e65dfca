#include "core/read/contact_photo.h"

namespace rk {

std::int64_t PhotoReader::stamp(ContactId id) {
    Statement& st = m_statements.get(
        "SELECT length(photo), updated_at FROM contacts WHERE id=?1 AND photo IS NOT NULL");
    st.bind(1, id);
    if (!st.step()) return 0;
    const auto length = static_cast<std::uint64_t>(st.int64(0));
    const auto updated = static_cast<std::uint64_t>(st.int64(1));
    st.reset(); // no read transaction left open between frames
    if (length == 0) return 0;
    return static_cast<std::int64_t>((length & 0x7FFFFFFFu) << 32 | (updated & 0xFFFFFFFFu));
}

std::vector<unsigned char> PhotoReader::bytes(ContactId id) {
    Statement& st =
        m_statements.get("SELECT photo FROM contacts WHERE id=?1 AND photo IS NOT NULL");
    st.bind(1, id);
    std::vector<unsigned char> out;
    if (st.step()) out = st.blob(0);
    st.reset();
    return out;
}

} // namespace rk
