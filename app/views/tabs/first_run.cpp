#include "app/views/tabs/first_run.h"

#include "app/theme/icons.h"
#include "app/widgets/widgets.h"

namespace rk::app {

void drawFirstRunActions(ViewContext& ctx) {
    if (widgets::primaryButton(RK_ICON_MAGIC "  Try a demo network", ctx.theme))
        ctx.push(intent::LoadDemo{});
    if (widgets::secondaryButton(RK_ICON_DOWNLOAD "  Import contacts", ctx.theme))
        ctx.push(intent::SwitchTab{Tab::More});
}

} // namespace rk::app
