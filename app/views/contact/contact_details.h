#pragma once
#include "app/view_context.h"
#include "core/read/contact_page.h"

namespace rk::app {

// The cards under the contact page's header. They only read the page and push intents.
void drawFollowUpCard(ViewContext& ctx, const ContactPage& page);
void drawReciprocityCard(ViewContext& ctx, const ContactPage& page);
void drawAboutCard(ViewContext& ctx, const ContactPage& page);

} // namespace rk::app
