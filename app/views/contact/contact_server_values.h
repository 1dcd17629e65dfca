#pragma once
#include "app/view_context.h"
#include "core/read/contact_page.h"

namespace rk::app {

// "Changed on both sides": each field a sync found changed here and on the
// server, with the value kept (yours) and the server's, and "Use the
// server's" / "Keep mine" (each one undo step). Draws nothing when there are
// none.
void drawServerValuesCard(ViewContext& ctx, const ContactPage& page);

} // namespace rk::app
