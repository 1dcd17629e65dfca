#pragma once
#include "app/view_context.h"

namespace rk::app {

// On a person's page: a chip for each event they were met at, which opens
// that event's page (who else you met there, who is followed up).
void drawEventChips(ViewContext& ctx, const ContactPage& page, float labelWidth);

} // namespace rk::app
