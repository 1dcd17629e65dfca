#pragma once
#include "app/intents.h"
#include "app/theme/fonts.h"
#include "app/theme/theme.h"
#include "core/store/store.h"
#include "core/time/civil_date.h"

#include <cstdint>
#include <vector>

namespace rk::platform {
class Services;
}

namespace rk::app {

// Everything a view may read while drawing, and the one place it may write:
// the intent list.
struct ViewContext {
    Store& store;
    const Theme& theme;
    const Fonts& fonts;
    platform::Services& services;
    std::vector<Intent>& intents;
    std::uint64_t revision = 0; // the store's revision this frame
    std::int64_t now = 0;       // the injected clock, read once per frame
    CivilDate today;
    bool keyboardFree = true;   // no text field has focus: single-key shortcuts are live

    void push(Intent i) { intents.push_back(std::move(i)); }
};

// A screen. draw() reloads the view's cached data only when the store's
// revision moved, then draws; views never query the database per frame.
class View {
public:
    virtual ~View() = default;
    void draw(ViewContext& ctx) {
        sync(ctx);
        drawContent(ctx);
    }
    // Reloads the cached data if the store or the day moved on.
    void sync(ViewContext& ctx) {
        if (m_loadedRevision != ctx.revision || m_loadedDay != ctx.today) {
            reload(ctx);
            m_loadedRevision = ctx.revision;
            m_loadedDay = ctx.today;
        }
    }
    void invalidate() { m_loadedRevision = UINT64_MAX; }

protected:
    virtual void reload(ViewContext& ctx) = 0;
    virtual void drawContent(ViewContext& ctx) = 0;

private:
    std::uint64_t m_loadedRevision = UINT64_MAX;
    CivilDate m_loadedDay{0, 1, 1};
};

} // namespace rk::app
