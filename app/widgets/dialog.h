#pragma once
#include "app/theme/theme.h"

namespace rk::app::widgets {

// A small centred modal (remind me, move to the trash?): at most 380 px wide,
// a little above the middle, rounded like a card, no title bar. `open` says
// whether to draw its contents (false once it was closed from outside); the
// destructor ends it. The owner opens the popup with ImGui::OpenPopup(id).
class Dialog {
public:
    Dialog(const char* popupId, const Theme& theme);
    ~Dialog();
    Dialog(const Dialog&) = delete;
    Dialog& operator=(const Dialog&) = delete;

    bool open = false;
};

} // namespace rk::app::widgets
