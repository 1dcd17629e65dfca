#pragma once
#include "app/view_context.h"
#include "app/views/file_picker.h"
#include "app/views/import_task.h"
#include "core/io/csv/column_mapping.h"
#include "core/io/import/import_file.h"
#include "core/io/import/import_plan.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace rk::app {

// More → Import, and a file dropped on the window: choose a file, see what
// would happen (new / merged / unchanged / rejected with reasons, and for a
// CSV what each column holds), then import it as one undoable step.
//
// Keys: Enter previews or imports, Esc closes, ↑/↓ pick a CSV column and
// ←/→ change what it holds, H toggles "the first row names the columns".
class ImportSheet {
public:
    // Above these sizes a step runs on a worker behind a progress bar; below,
    // it runs between two frames (about 30 ms at most).
    struct Background {
        std::size_t fileBytes = 1u << 20;
        std::size_t entries = 1500;
    };

    ImportSheet() = default;
    explicit ImportSheet(Background background) : m_background(background) {}

    enum class Step {
        Closed,
        Choosing, // the file picker
        Working,  // a large file is being read or written; a progress bar
        Preview,  // counts, column mapping, the entries
        Done,     // the summary after the import
        Failed,   // the file was refused or could not be read; nothing changed
    };

    void openPicker();
    // Previews `path` at the next update(): the picker's choice or a dropped file.
    void openFile(const std::string& path);
    void close();

    [[nodiscard]] bool isOpen() const { return m_step != Step::Closed; }
    // A worker thread owns the store's connection (see ImportTask).
    [[nodiscard]] bool busy() const { return m_task.running(); }
    [[nodiscard]] Step step() const { return m_step; }
    [[nodiscard]] const ImportPlan* plan() const { return m_plan.get(); }
    [[nodiscard]] const ColumnMapping& mapping() const { return m_mapping; }
    [[nodiscard]] const std::string& message() const { return m_message; }
    [[nodiscard]] const FilePicker& picker() const { return m_picker; }

    // Starts what the last frame asked for and takes in what a worker
    // finished. The one place the sheet reads files and writes the store;
    // call it once a frame, before draw().
    void update(ViewContext& ctx);
    // Draws the sheet over the screen; records requests for update().
    void draw(ViewContext& ctx);

private:
    enum class Request { None, Read, Remap, Commit };

    void finish(ImportTaskResult result);
    void showPlan(std::shared_ptr<const ImportPlan> plan);
    void fail(std::string message);
    void setColumn(std::size_t column, CsvField field);

    void drawChoosing(ViewContext& ctx);
    void drawWorking(ViewContext& ctx);
    void drawPreview(ViewContext& ctx);
    void drawCounts(ViewContext& ctx);
    void drawMapping(ViewContext& ctx);
    void drawEntries(ViewContext& ctx, float maxHeight);
    void drawDone(ViewContext& ctx);
    void drawFailed(ViewContext& ctx);

    Background m_background;
    Step m_step = Step::Closed;
    Request m_request = Request::None;
    FilePicker m_picker;
    ImportTask m_task;
    std::string m_path;    // the file being imported
    ImportSource m_source; // its bytes, kept to preview again after a mapping change
    std::size_t m_sourceBytes = 0;
    std::shared_ptr<const ImportPlan> m_plan;
    std::vector<std::size_t> m_rows; // entry indices in the order shown: rejected, merged, new, unchanged
    ColumnMapping m_mapping;         // the user's copy of the plan's CSV mapping
    int m_column = 0;                // the highlighted mapping row
    bool m_followColumn = false;     // scroll the mapping to it (it moved by key)
    float m_entriesHeight = 0.f;     // the entry list's content height last frame
    bool m_dropWhenDone = false;     // closed while a file was being read
    std::string m_message;           // Done: the summary; Failed: what went wrong; Preview: a note
    bool m_popupOpened = false;
};

} // namespace rk::app
