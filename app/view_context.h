#pragma once
#include "app/intents.h"
#include "app/sync/background_sync.h"
#include "app/theme/fonts.h"
#include "app/theme/theme.h"
#include "core/io/import/import_job.h"
#include "core/read/read_models.h"
#include "core/time/civil_date.h"

#include <cstdint>
#include <vector>

namespace rk::app {

class PhotoCache;

// Everything a view may read while drawing, and the one place it may write:
// the intent list. The App builds one per frame.
struct ViewContext {
    const ReadModels& models; // what the screens show, fresh for this frame
    const Theme& theme;
    const Fonts& fonts;
    std::vector<Intent>& intents;
    std::int64_t now = 0;         // the injected clock, read once per frame
    CivilDate today;              // its local date
    bool keyboardFree = true;     // no text field has focus: single-key shortcuts are live
    ImportJobStatus import;       // the import running in the background, if any
    PhotoCache* photos = nullptr; // the avatars' photos (views ask; the App loads)
    const SyncStatus* sync = nullptr; // the sync with a server (More → Sync)

    void push(Intent i) { intents.push_back(std::move(i)); }
};

} // namespace rk::app
