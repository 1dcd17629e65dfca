#pragma once
#include "app/view_context.h"
#include "core/repo/interaction_repo.h"

#include <vector>

namespace rk::app {

// Log: recent interactions across everyone, grouped by day.
class LogView final : public View {
protected:
    void reload(ViewContext& ctx) override;
    void drawContent(ViewContext& ctx) override;

private:
    std::vector<InteractionRow> m_rows;
};

} // namespace rk::app
