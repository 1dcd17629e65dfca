#pragma once
#include "app/views/sheets/file_picker.h"
#include "app/views/sheets/sheet.h"
#include "core/io/csv/column_mapping.h"
#include "core/io/import/import_job.h"
#include "core/io/import/import_plan.h"

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace rk::app {

// More → Import, and a file dropped on the window: choose a file, see what
// would happen (new / merged / unchanged / rejected with reasons, and for a
// CSV what each column holds), then import it as one undoable step. The App
// runs each step (ImportFile, RemapImport, CommitImport) on its ImportJob and
// hands the result back through finish().
//
// Keys: Enter previews or imports, Esc closes, ↑/↓ pick a CSV column and
// ←/→ change what it holds, H toggles "the first row names the columns".
// Longer than a double click: the preview's import button stays disabled this
// long after the preview first shows.
inline constexpr double kCommitArmDelaySeconds = 0.5;

class ImportSheet final : public Sheet {
public:
    enum class Step {
        Closed,
        Choosing, // the file picker
        Working,  // a file is being read (or, by the job's status, written); a progress bar
        Preview,  // counts, column mapping, the entries
        Done,     // the summary after the import
        Failed,   // the file was refused or could not be read; nothing changed
    };

    ImportSheet() : Sheet("##import-sheet") {}

    void openPicker();
    // The App started reading `path`: the picker's choice or a dropped file.
    void openFile(const std::string& path);
    // The App's job finished a step.
    void finish(const ImportJobResult& result);
    // The App would not start the commit (a read-only database): why.
    void refuse(std::string message) { m_message = std::move(message); }

    [[nodiscard]] bool isOpen() const override { return m_step != Step::Closed; }
    [[nodiscard]] Step step() const { return m_step; }
    [[nodiscard]] const ImportPlan* plan() const { return m_plan.get(); }
    // Seconds until the import button arms (0 when it is armed or not shown),
    // so the window wakes to draw it enabled with the pointer still.
    [[nodiscard]] double secondsUntilArmed(double now) const {
        return m_step == Step::Preview && m_commitArmsAt > now ? m_commitArmsAt - now : 0.0;
    }
    [[nodiscard]] const ColumnMapping& mapping() const { return m_mapping; }
    [[nodiscard]] const std::string& message() const { return m_message; }
    [[nodiscard]] const FilePicker& picker() const { return m_picker; }

protected:
    void drawStep(ViewContext& ctx) override;
    void dismissed(ViewContext& ctx) override { close(ctx); }

private:
    void close(ViewContext& ctx);
    void showPlan(std::shared_ptr<const ImportPlan> plan);
    void fail(std::string message);
    void setColumn(ViewContext& ctx, std::size_t column, CsvField field);
    void remap(ViewContext& ctx);

    void drawChoosing(ViewContext& ctx);
    void drawWorking(ViewContext& ctx);
    void drawPreview(ViewContext& ctx);
    void handlePreviewKeys(ViewContext& ctx);
    void drawPreviewButtons(ViewContext& ctx);
    void drawCounts(ViewContext& ctx);
    void drawMapping(ViewContext& ctx);
    void drawEntries(ViewContext& ctx, float maxHeight);
    void drawDone(ViewContext& ctx);
    void drawFailed(ViewContext& ctx);

    Step m_step = Step::Closed;
    FilePicker m_picker;
    std::string m_path; // the file being imported
    std::shared_ptr<const ImportPlan> m_plan;
    std::vector<std::size_t>
        m_rows;              // entry indices in the order shown: rejected, merged, new, unchanged
    ColumnMapping m_mapping; // the user's copy of the plan's CSV mapping
    int m_column = 0;        // the highlighted mapping row
    bool m_followColumn = false; // scroll the mapping to it (it moved by key)
    float m_entriesHeight = 0.f; // the entry list's content height last frame
    bool m_dropWhenDone = false; // closed while a file was being read
    // When the import button may first be used (ImGui time; < 0: arm on the
    // next frame). The preview appears where the previous step's button was,
    // so a double click or a doubled Enter must not land on it unseen.
    double m_commitArmsAt = -1.0;
    std::string m_message; // Done: the summary; Failed: what went wrong; Preview: a note
};

} // namespace rk::app
