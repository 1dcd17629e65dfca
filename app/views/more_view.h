#pragma once
#include "app/view_context.h"
#include "app/views/export_sheet.h"
#include "app/views/import_sheet.h"

#include <string>

namespace rk::app {

// More: import and export, the demo network, settings, trash, and where the data lives.
class MoreView final : public View {
public:
    // A dropped file, or ImportFile from elsewhere: opens its preview.
    void startImport(const std::string& path) {
        m_export.close();
        m_import.openFile(path);
    }
    // An import's worker thread owns the store's connection: until this turns
    // false the App must not touch the store (see ImportTask), only draw, and
    // keep frames coming so the progress bar moves and the worker is joined.
    [[nodiscard]] bool busy() const { return m_import.busy(); }
    [[nodiscard]] const ImportSheet& importSheet() const { return m_import; }
    [[nodiscard]] const ExportSheet& exportSheet() const { return m_export; }

protected:
    void reload(ViewContext& ctx) override;
    void drawContent(ViewContext& ctx) override;

private:
    void drawImportExport(ViewContext& ctx);

    ImportSheet m_import;
    ExportSheet m_export;
    std::int64_t m_trashCount = 0;
    std::int64_t m_archivedCount = 0;
    std::int64_t m_contactCount = 0;
};

} // namespace rk::app
