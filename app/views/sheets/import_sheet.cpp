// The import sheet's steps and their flow. The preview step (counts, column
// mapping, entries) is drawn in import_preview.cpp.
#include "app/views/sheets/import_sheet.h"

#include "app/input/keys.h"
#include "app/theme/icons.h"
#include "app/widgets/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <utility>

namespace rk::app {

namespace fs = std::filesystem;

namespace {

std::string fileNameOf(const std::string& path) {
    const std::string name = fs::path(path).filename().string();
    return name.empty() ? path : name;
}

std::size_t actionOrder(ImportAction a) {
    switch (a) {
    case ImportAction::Rejected:
        return 0;
    case ImportAction::Merge:
        return 1;
    case ImportAction::New:
        return 2;
    case ImportAction::Unchanged:
        return 3;
    }
    return 4;
}

std::string doneSummary(const ImportPlan& plan, const ImportOutcome& outcome) {
    if (plan.restore) return "Restored the backup: " + plan.restoreSummary + ".";
    std::string s =
        "Imported " + grouped(outcome.added) + " new, merged " + grouped(outcome.merged) + ".";
    if (outcome.unchanged) s += " " + grouped(outcome.unchanged) + " already up to date.";
    if (plan.rejectedCount) s += " " + grouped(plan.rejectedCount) + " rejected and left out.";
    if (plan.skippedCount)
        s += " " + grouped(plan.skippedCount) + (plan.skippedCount == 1 ? " empty row" : " empty rows") +
             " skipped.";
    if (!outcome.backupPath.empty()) s += " Your data from before is kept as a backup (More → Your data).";
    return s;
}

} // namespace

// [SECTION] The flow

void ImportSheet::openPicker() {
    if (m_step == Step::Working) return; // one import at a time
    m_step = Step::Choosing;
    m_message.clear();
    m_picker.open(m_path.empty() ? fs::path() : fs::path(m_path).parent_path());
    openPopup();
}

void ImportSheet::openFile(const std::string& path) {
    if (m_step == Step::Closed) openPopup();
    m_path = path;
    m_column = 0;
    m_step = Step::Working;
    m_dropWhenDone = false;
    m_message.clear();
    m_plan.reset();
}

void ImportSheet::close(ViewContext& ctx) {
    ctx.push(intent::CloseImport{});
    if (ctx.import.running) {
        m_dropWhenDone = true; // the worker is still reading; its result goes away
        return;
    }
    m_step = Step::Closed;
    m_plan.reset();
    m_rows.clear();
}

void ImportSheet::fail(std::string message) {
    m_step = Step::Failed;
    m_message = std::move(message);
    m_plan.reset();
}

void ImportSheet::finish(const ImportJobResult& r) {
    if (std::exchange(m_dropWhenDone, false) || r.discarded) {
        if (!r.committed) {
            m_step = Step::Closed;
            return;
        }
    }
    if (r.committed) {
        if (!r.error.empty())
            return fail("The import could not be saved: " + sentence(r.error) +
                        " Nothing was changed.");
        if (!r.outcome || r.outcome->cancelled) {
            m_step = Step::Preview;
            m_message = "You stopped the import. Nothing was changed.";
            return;
        }
        m_message = doneSummary(*m_plan, *r.outcome);
        m_step = Step::Done;
        m_plan.reset();
        return;
    }
    if (!r.error.empty()) return fail(sentence(r.error) + " Nothing was changed.");
    if (!r.plan) { // stopped before it began
        m_step = Step::Closed;
        return;
    }
    if (!r.plan->fatal.empty() && r.plan->csvHeader.empty())
        return fail(sentence(r.plan->fatal) + " Nothing was changed.");
    showPlan(r.plan);
}

void ImportSheet::showPlan(std::shared_ptr<const ImportPlan> plan) {
    if (!m_plan) m_commitArmsAt = -1.0; // a new file's preview; a remapped one keeps its place
    m_plan = std::move(plan);
    m_mapping = m_plan->csvMapping;
    m_column = std::clamp(m_column, 0, std::max(0, static_cast<int>(m_mapping.fields.size()) - 1));
    m_rows.resize(m_plan->entries.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_rows[i] = i;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](std::size_t a, std::size_t b) {
        return actionOrder(m_plan->entries[a].action) < actionOrder(m_plan->entries[b].action);
    });
    m_message.clear();
    m_entriesHeight = 0.f;
    m_step = Step::Preview;
}

void ImportSheet::setColumn(ViewContext& ctx, std::size_t column, CsvField field) {
    if (column >= m_mapping.fields.size() || m_mapping.fields[column] == field) return;
    m_mapping.fields[column] = field;
    remap(ctx);
}

void ImportSheet::remap(ViewContext& ctx) {
    ctx.push(intent::RemapImport{m_mapping});
}

// [SECTION] The steps

void ImportSheet::drawStep(ViewContext& ctx) {
    // A large file is read or written on a worker: its progress, whatever the step.
    if (ctx.import.running) {
        drawWorking(ctx);
        return;
    }
    switch (m_step) {
    case Step::Closed:
        break;
    case Step::Choosing:
        drawChoosing(ctx);
        break;
    case Step::Working:
        drawWorking(ctx);
        break;
    case Step::Preview:
        drawPreview(ctx);
        break;
    case Step::Done:
        drawDone(ctx);
        break;
    case Step::Failed:
        drawFailed(ctx);
        break;
    }
}

void ImportSheet::drawChoosing(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    sheetTitle(RK_ICON_DOWNLOAD "  Import contacts", ctx);
    widgets::text(
        "A vCard file (.vcf) from Apple, Google or Outlook, LinkedIn's Connections.csv, any "
        "other CSV, or a Rekindle backup (.json). You can also drop a file on the window.",
        t.textMuted);
    ImGui::Dummy(ImVec2(0, t.px(4)));
    const float listH = std::clamp(ImGui::GetIO().DisplaySize.y * 0.38f, t.px(120), t.px(340));
    if (auto file = m_picker.draw(t, ctx.fonts, listH)) {
        ctx.push(intent::ImportFile{*file});
        return;
    }
    if (keys::pressed(ImGuiKey_Escape)) {
        close(ctx);
        return;
    }
    ImGui::Dummy(ImVec2(t.px(320), t.px(4)));
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (widgets::secondaryButton("Cancel  (Esc)", t, half)) close(ctx);
    ImGui::SameLine();
    if (widgets::primaryButton("Preview  (Enter)", t, half)) {
        if (auto file = m_picker.submit()) ctx.push(intent::ImportFile{*file});
    }
}

void ImportSheet::drawWorking(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const ImportJobStatus& job = ctx.import;
    const std::string file = fileNameOf(m_path);
    const bool writing = job.committing;
    sheetTitle((writing ? "Importing " : "Reading ") + file + "…", ctx);
    ImGui::Dummy(ImVec2(t.px(320), t.px(6)));
    if (job.fraction >= 0.f) {
        const std::string label = grouped(job.done) + " of " + grouped(job.total);
        ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImGui::ColorConvertU32ToFloat4(t.accent));
        ImGui::ProgressBar(job.fraction, ImVec2(-FLT_MIN, t.px(22)), label.c_str());
        ImGui::PopStyleColor();
    } else {
        // Reading has nothing to count: a segment sweeps along the bar.
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float w = ImGui::GetContentRegionAvail().x;
        const float h = t.px(8);
        draw->AddRectFilled(p, ImVec2(p.x + w, p.y + h), t.border, h * 0.5f);
        const float phase = static_cast<float>(std::fmod(ImGui::GetTime() * 0.7, 1.0));
        const float x0 = p.x + w * std::max(0.f, phase * 1.3f - 0.3f);
        const float x1 = p.x + w * std::min(1.f, phase * 1.3f);
        if (x1 > x0) draw->AddRectFilled(ImVec2(x0, p.y), ImVec2(x1, p.y + h), t.accent, h * 0.5f);
        ImGui::Dummy(ImVec2(w, h));
    }
    ImGui::Dummy(ImVec2(0, t.px(4)));
    if (writing && job.cancelling) {
        widgets::text("Stopping… everything goes back to how it was.", t.textMuted);
    } else if (writing) {
        widgets::text("Everything lands in one step, so Ctrl+Z can undo it afterwards.",
                      t.textMuted);
        if (widgets::secondaryButton("Stop  (Esc)", t) || keys::pressed(ImGuiKey_Escape))
            ctx.push(intent::StopImport{});
    } else if (m_dropWhenDone) {
        widgets::text("Stopping…", t.textMuted);
    } else {
        widgets::text("A large file takes a moment. Nothing changes until you choose Import.",
                      t.textMuted);
        if (widgets::secondaryButton("Cancel  (Esc)", t) || keys::pressed(ImGuiKey_Escape))
            close(ctx);
    }
}

void ImportSheet::drawDone(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    sheetTitle(RK_ICON_CHECK_CIRCLE "  " + fileNameOf(m_path) + " is in", ctx, t.good);
    ImGui::TextWrapped("%s", m_message.c_str());
    widgets::text("Ctrl+Z undoes the whole import.", t.textMuted);
    ImGui::Dummy(ImVec2(t.px(320), t.px(6)));
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    // Ctrl+Z from here undoes through the App; the sheet gets out of the way.
    const bool undoKey = keys::ctrl() && keys::pressed('Z');
    if (widgets::secondaryButton(RK_ICON_UNDO "  Undo  (Ctrl+Z)", t, half)) {
        ctx.push(intent::Undo{});
        close(ctx);
    } else if (undoKey) {
        close(ctx);
    }
    if (m_step == Step::Closed) return;
    ImGui::SameLine();
    if (widgets::primaryButton("Done  (Enter)", t, half) || keys::pressed(ImGuiKey_Enter) ||
        keys::pressed(ImGuiKey_Escape))
        close(ctx);
}

void ImportSheet::drawFailed(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    sheetTitle(RK_ICON_WARNING "  Couldn't import " + fileNameOf(m_path), ctx, t.danger);
    ImGui::TextWrapped("%s", m_message.c_str());
    ImGui::Dummy(ImVec2(t.px(320), t.px(6)));
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (widgets::secondaryButton("Close  (Esc)", t, half) || keys::pressed(ImGuiKey_Escape)) {
        close(ctx);
        return;
    }
    ImGui::SameLine();
    if (widgets::primaryButton(RK_ICON_FOLDER "  Another file  (Enter)", t, half) ||
        keys::pressed(ImGuiKey_Enter)) {
        m_step = Step::Choosing;
        m_picker.open(fs::path(m_path).parent_path());
    }
}

} // namespace rk::app
