#pragma once
#include "app/view_context.h"
#include "app/views/events/events_view.h"
#include "app/views/sheets/export_sheet.h"
#include "app/views/sheets/import_sheet.h"
#include "app/views/tabs/data_view.h"
#include "app/views/tabs/settings_view.h"
#include "app/views/tabs/sync_view.h"
#include "app/views/tabs/trash_view.h"

namespace rk::app {

// More: import and export, the demo network, settings, appearance, the
// trash and archive, and where the data lives. It hosts the import and export
// sheets, and its own screens (Trash and archive, Settings, Your data) in its place.
class MoreView {
public:
    void draw(ViewContext& ctx);

    // Which of More's screens shows; each opens fresh.
    void show(MoreScreen screen);
    [[nodiscard]] MoreScreen screen() const { return m_screen; }
    [[nodiscard]] const TrashView& trash() const { return m_trash; }
    [[nodiscard]] const SettingsView& settings() const { return m_settings; }
    [[nodiscard]] const DataView& data() const { return m_data; }
    [[nodiscard]] const SyncView& sync() const { return m_sync; }
    [[nodiscard]] EventsView& events() { return m_events; }
    [[nodiscard]] const EventsView& events() const { return m_events; }

    [[nodiscard]] ImportSheet& importSheet() { return m_import; }
    [[nodiscard]] const ImportSheet& importSheet() const { return m_import; }
    [[nodiscard]] ExportSheet& exportSheet() { return m_export; }
    [[nodiscard]] const ExportSheet& exportSheet() const { return m_export; }

private:
    void drawImportExport(ViewContext& ctx);
    void drawShelves(ViewContext& ctx);
    void drawYourData(ViewContext& ctx);
    void drawSync(ViewContext& ctx);
    void drawDemo(ViewContext& ctx);
    void drawEvents(ViewContext& ctx);
    // Single-key shortcuts are live: no field, sheet or popup has the keys.
    [[nodiscard]] bool keysFree(const ViewContext& ctx) const;

    ImportSheet m_import;
    ExportSheet m_export;
    MoreScreen m_screen = MoreScreen::Main;
    TrashView m_trash;
    SettingsView m_settings;
    DataView m_data;
    SyncView m_sync;
    EventsView m_events;
    bool m_confirmDemo = false;       // "Add the demo network?" is showing
    bool m_confirmDemoOpened = false; // its popup was opened this time
};

} // namespace rk::app
