#pragma once
#include "app/view_context.h"

namespace rk::app {

// More: import and export, the demo network, settings, trash, and where the data lives.
class MoreView final : public View {
protected:
    void reload(ViewContext& ctx) override;
    void drawContent(ViewContext& ctx) override;

private:
    std::int64_t m_trashCount = 0;
    std::int64_t m_archivedCount = 0;
    std::int64_t m_contactCount = 0;
};

} // namespace rk::app
