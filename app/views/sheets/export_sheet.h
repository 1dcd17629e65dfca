#pragma once
#include "app/views/sheets/sheet.h"
#include "core/io/export/export_file.h"

#include <string>

namespace rk::app {

// More → Export: the network as vCard, CSV, iCalendar (follow-ups and
// birthdays) or a complete JSON backup, to a path that defaults to
// ~/rekindle-YYYY-MM-DD.<ext>. An existing file is never replaced without
// asking. Keys: 1–4 pick the format (outside the path field), Enter exports,
// R replaces when asked, Esc goes back. The App writes the file (ExportFile)
// and hands the outcome back through written().
class ExportSheet final : public Sheet {
public:
    enum class Step { Closed, Choosing, ConfirmReplace, Writing, Done };

    ExportSheet() : Sheet("##export-sheet") {}
    void open(const CivilDate& today);
    void close() { m_step = Step::Closed; }
    // The App wrote (or failed to write) the file this sheet asked for.
    void written(const ExportResult& result);

    [[nodiscard]] bool isOpen() const override { return m_step != Step::Closed; }
    [[nodiscard]] Step step() const { return m_step; }
    [[nodiscard]] ExportFormat format() const { return m_format; }
    [[nodiscard]] const std::string& path() const { return m_path; }
    [[nodiscard]] const std::string& error() const { return m_error; }
    [[nodiscard]] const std::string& message() const { return m_message; }

protected:
    void drawStep(ViewContext& ctx) override;
    void dismissed(ViewContext&) override { close(); }

private:
    void setFormat(ExportFormat format);
    void submit(ViewContext& ctx);
    void write(ViewContext& ctx);
    void drawChoosing(ViewContext& ctx);
    void drawConfirm(ViewContext& ctx);
    void drawDone(ViewContext& ctx);

    Step m_step = Step::Closed;
    ExportFormat m_format = ExportFormat::VCard;
    std::string m_path;     // as typed
    std::string m_target;   // the resolved path being confirmed or written
    std::string m_error;    // why the last attempt did not write
    std::string m_message;  // Done: what was written where
    bool m_focusPath = false;
};

} // namespace rk::app
