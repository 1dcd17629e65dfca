#pragma once
#include "app/view_context.h"

#include <cstddef>

namespace rk::app {

// Log: recent interactions across everyone, grouped by day, filterable by kind.
class LogView {
public:
    void draw(ViewContext& ctx);

    // Rows the kind filter lets through, of what the read models hold.
    [[nodiscard]] std::size_t shownCount(const ReadModels& models) const;
    [[nodiscard]] int kindFilter() const { return m_kindFilter; }
    void setKindFilter(int kind) { m_kindFilter = kind; }

private:
    [[nodiscard]] bool shows(const Interaction& i) const {
        return m_kindFilter < 0 || static_cast<int>(i.kind) == m_kindFilter;
    }
    void drawKindChips(ViewContext& ctx);
    void drawRow(ViewContext& ctx, const InteractionRow& row);

    int m_kindFilter = -1; // -1: every kind, else an InteractionKind
};

} // namespace rk::app
