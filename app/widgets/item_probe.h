#pragma once
#include <imgui.h>

namespace rk::app::widgets {

// A test hook: ImGui 1.86 has no test engine, so the headless UI tests learn
// where a named button was drawn from this. While a probe is set,
// primaryButton, secondaryButton and pill tell it each item's label and
// screen rectangle as they draw it. The app never sets one: then it costs
// those widgets one branch each.
class ItemProbe {
public:
    virtual ~ItemProbe() = default;
    virtual void drawn(const char* label, ImVec2 min, ImVec2 max) = 0;
};

// Tells the probe, if one is set, about the last item under `label` (the
// widgets above do it themselves; a view may for text a test measures).
void reportItem(const char* label);

// One probe at a time, like ImGui's current context; nullptr turns it off.
void setItemProbe(ItemProbe* probe);

} // namespace rk::app::widgets
