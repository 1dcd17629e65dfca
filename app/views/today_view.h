#pragma once
#include "app/view_context.h"

namespace rk::app {

// Today: the queue of people to follow up with.
class TodayView final : public View {
public:
    [[nodiscard]] bool networkEmpty() const { return m_contactCount == 0; }

protected:
    void reload(ViewContext& ctx) override;
    void drawContent(ViewContext& ctx) override;

private:
    std::int64_t m_contactCount = 0;
};

} // namespace rk::app
