#pragma once
#include "app/view_context.h"

namespace rk::app {

// The two ways in on a first run, under Today's welcome and the empty deck:
// Try a demo network (LoadDemo) and Import contacts (the More tab).
void drawFirstRunActions(ViewContext& ctx);

} // namespace rk::app
