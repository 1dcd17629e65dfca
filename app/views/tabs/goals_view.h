#pragma once
#include "app/view_context.h"

namespace rk::app {

// Goals: networking targets and how this week (or month) is going.
class GoalsView {
public:
    void draw(ViewContext& ctx);
};

} // namespace rk::app
