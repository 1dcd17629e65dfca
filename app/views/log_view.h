#pragma once
#include "app/view_context.h"
#include "core/repo/interaction_repo.h"

#include <vector>

namespace rk::app {

// Log: recent interactions across everyone, grouped by day.
class LogView final : public View {
public:
    [[nodiscard]] std::size_t shownCount() const;
    void setKindFilter(int kind) { m_kindFilter = kind; }

protected:
    void reload(ViewContext& ctx) override;
    void drawContent(ViewContext& ctx) override;

private:
    std::vector<InteractionRow> m_rows;
    int m_kindFilter = -1; // -1: every kind, else an InteractionKind
};

} // namespace rk::app
