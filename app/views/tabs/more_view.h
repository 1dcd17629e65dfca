#pragma once
#include "app/view_context.h"
#include "app/views/sheets/export_sheet.h"
#include "app/views/sheets/import_sheet.h"

namespace rk::app {

// More: import and export, the demo network, appearance, the trash, and
// where the data lives. It hosts the import and export sheets.
class MoreView {
public:
    void draw(ViewContext& ctx);

    [[nodiscard]] ImportSheet& importSheet() { return m_import; }
    [[nodiscard]] const ImportSheet& importSheet() const { return m_import; }
    [[nodiscard]] ExportSheet& exportSheet() { return m_export; }
    [[nodiscard]] const ExportSheet& exportSheet() const { return m_export; }

private:
    void drawImportExport(ViewContext& ctx);
    void drawTrash(ViewContext& ctx);
    void drawDemo(ViewContext& ctx);

    ImportSheet m_import;
    ExportSheet m_export;
    bool m_confirmDemo = false;       // "Add the demo network?" is showing
    bool m_confirmDemoOpened = false; // its popup was opened this time
};

} // namespace rk::app
