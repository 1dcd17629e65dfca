#pragma once
#include "app/view_context.h"
#include "core/read/contact_page.h"

namespace rk::app {

// "How you're connected": the people this person is linked to and how
// (their names open their pages; × removes a link, Ctrl+Z brings it back),
// with "Link someone (C)" and "Who can introduce me? (W)". Returns what was
// clicked so the page runs the same action its key does.
enum class ConnectionsAction { None, LinkSomeone, WhoIntroduces };
[[nodiscard]] ConnectionsAction drawConnectionsCard(ViewContext& ctx, const ContactPage& page);

} // namespace rk::app
