// The import sheet's preview step: what the file would do to the deck, what
// each CSV column holds (and the keys to change it), and every entry with its
// reason. Nothing here writes; Enter asks update() to import.
#include "app/views/sheets/import_sheet.h"

#include "app/input/keys.h"
#include "app/input/shortcuts.h"
#include "app/theme/icons.h"
#include "app/widgets/widgets.h"

#include <imgui.h>

#include <algorithm>
#include <filesystem>
#include <utility>

namespace rk::app {

namespace {

struct Tag {
    const char* text;
    ImU32 ink;
};

Tag tagFor(ImportAction action, const Theme& t) {
    switch (action) {
    case ImportAction::New:
        return {"new", t.good};
    case ImportAction::Merge:
        return {"merged", t.info};
    case ImportAction::Unchanged:
        return {"same", t.textMuted};
    case ImportAction::Rejected:
        return {"rejected", t.danger};
    }
    return {"", t.text};
}

std::string entryText(const ImportPlan& plan, const ImportPlanEntry& e) {
    if (e.action == ImportAction::Rejected)
        return describeProblem(plan.file, {ProblemSeverity::Error, e.line, e.detail});
    std::string s = e.name.empty() ? "(no name)" : e.name;
    if (e.existingId && !e.existingName.empty() && e.existingName != e.name)
        s += " → " + e.existingName;
    if (!e.matchedBy.empty()) s += " (by " + e.matchedBy + ")";
    if (e.action == ImportAction::Unchanged)
        s += ": already up to date";
    else if (!e.detail.empty())
        s += ": " + e.detail;
    return s;
}

// Up to this many entries are listed with their reasons wrapped in full.
constexpr int kWrappedRows = 300;

std::string people(std::size_t n) {
    return grouped(n) + (n == 1 ? " person" : " people");
}

} // namespace

void ImportSheet::drawPreview(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const ImportPlan& plan = *m_plan;
    const bool csv = !plan.csvHeader.empty();
    if (keys::pressed(ImGuiKey_Escape)) {
        close(ctx);
        return;
    }
    handlePreviewKeys(ctx);

    sheetTitle(RK_ICON_DOWNLOAD "  Import " + std::filesystem::path(m_path).filename().string(),
               ctx);
    ImGui::PushFont(ctx.fonts.small);
    widgets::text(m_path, t.textMuted);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(t.px(320), t.px(2)));

    if (!plan.fatal.empty() && csv)
        widgets::text(
            "No column holds a name or an email address yet. Choose below what the columns hold.",
            t.danger);
    else if (!plan.fatal.empty())
        widgets::text(sentence(plan.fatal), t.danger);
    else
        drawCounts(ctx);
    if (plan.fatal.empty() && plan.skippedCount) widgets::text(plan.skippedSentence(), t.textMuted);
    if (plan.restore) {
        std::string what = plan.restoreSummary; // table names: "99 contact_methods"
        std::replace(what.begin(), what.end(), '_', ' ');
        widgets::text("A complete Rekindle backup going into an empty deck: it restores " + what +
                          " exactly as they were.",
                      t.textMuted);
    }
    if (!m_message.empty()) widgets::text(m_message, t.textMuted);
    if (csv) drawMapping(ctx);

    const float avail = ImGui::GetIO().DisplaySize.y;
    const float listH = std::clamp(avail * (csv ? 0.22f : 0.34f), t.px(90), t.px(300));
    if (!plan.entries.empty() || !plan.warnings.empty()) {
        ImGui::Dummy(ImVec2(0, t.px(4)));
        ImGui::PushFont(ctx.fonts.bodyBold);
        ImGui::TextUnformatted("What will happen");
        ImGui::PopFont();
        drawEntries(ctx, listH);
    }
    drawPreviewButtons(ctx);
}

// A CSV's columns from the keyboard: ↑/↓ pick one, ←/→ change what it holds,
// H toggles the header row.
void ImportSheet::handlePreviewKeys(ViewContext& ctx) {
    const int columns = static_cast<int>(m_mapping.fields.size());
    if (m_plan->csvHeader.empty() || columns == 0 || !keys::noMods() || keys::textFieldActive())
        return;
    if (keys::pressed(ImGuiKey_DownArrow, true))
        m_column = std::min(m_column + 1, columns - 1), m_followColumn = true;
    if (keys::pressed(ImGuiKey_UpArrow, true))
        m_column = std::max(m_column - 1, 0), m_followColumn = true;
    const auto col = static_cast<std::size_t>(m_column);
    const int field = static_cast<int>(m_mapping.fields[col]);
    if (keys::pressed(ImGuiKey_RightArrow, true))
        setColumn(ctx, col, static_cast<CsvField>((field + 1) % kCsvFieldCount));
    if (keys::pressed(ImGuiKey_LeftArrow, true))
        setColumn(ctx, col, static_cast<CsvField>((field + kCsvFieldCount - 1) % kCsvFieldCount));
    if (keys::pressed(shortcut::CsvHeader)) {
        m_mapping.hasHeader = !m_mapping.hasHeader;
        remap(ctx);
    }
}

void ImportSheet::drawPreviewButtons(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const ImportPlan& plan = *m_plan;
    ImGui::Dummy(ImVec2(0, t.px(4)));
    const bool can = plan.canCommit();
    if (!can && plan.fatal.empty())
        widgets::text(plan.newCount + plan.mergedCount + plan.unchangedCount == 0
                          ? "Nothing in this file can be imported. The reasons are listed above."
                          : "Everyone in this file is already in your deck, up to date.",
                      t.textMuted);
    // The import button gets the room: "Import 12,000 people" must fit.
    const float third = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 3.f;
    if (widgets::secondaryButton("Cancel  (Esc)", t, third)) {
        close(ctx);
        return;
    }
    ImGui::SameLine();
    const std::string label =
        !can ? std::string("Nothing to import")
        : plan.restore
            ? std::string(RK_ICON_CHECK "  Restore  (Enter)")
            : RK_ICON_CHECK "  Import " + people(plan.newCount + plan.mergedCount) + "  (Enter)";
    // Armed a moment after the preview first shows (longer than a double
    // click), so the click or Enter that opened it cannot also import.
    const double now = ImGui::GetTime();
    if (m_commitArmsAt < 0.0) m_commitArmsAt = now + kCommitArmDelaySeconds;
    const bool armed = now >= m_commitArmsAt;
    ImGui::BeginDisabled(!can || !armed);
    const bool go = widgets::primaryButton(label.c_str(), t, 2.f * third);
    ImGui::EndDisabled();
    if (can && armed &&
        (go || keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter)))
        ctx.push(intent::CommitImport{m_plan});
}

void ImportSheet::drawCounts(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const ImportPlan& plan = *m_plan;
    struct Count {
        std::size_t n;
        const char* what;
        ImU32 ink;
    };
    const Count counts[] = {{plan.newCount, "new", t.good},
                            {plan.mergedCount, "merged", t.info},
                            {plan.unchangedCount, "unchanged", t.textMuted},
                            {plan.rejectedCount, "rejected", t.danger}};
    if (!ImGui::BeginTable("##counts", 4, ImGuiTableFlags_SizingStretchSame)) return;
    ImGui::TableNextRow();
    for (const Count& c : counts) {
        ImGui::TableNextColumn();
        // The number over its word; a long number steps down a font size rather than spill over.
        const std::string number = grouped(c.n);
        ImFont* font = ctx.fonts.display;
        if (font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.f, number.c_str()).x >
            ImGui::GetContentRegionAvail().x)
            font = ctx.fonts.title;
        ImGui::PushFont(font);
        widgets::text(number, c.n ? c.ink : t.textMuted, false);
        ImGui::PopFont();
        widgets::text(c.what, t.textMuted, false);
    }
    ImGui::EndTable();
}

void ImportSheet::drawMapping(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const ImportPlan& plan = *m_plan;
    ImGui::Dummy(ImVec2(0, t.px(4)));
    ImGui::PushFont(ctx.fonts.bodyBold);
    ImGui::TextUnformatted("Columns");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::PushFont(ctx.fonts.small);
    widgets::text("↑↓ pick a column, ←→ change what it holds", t.textMuted, false);
    ImGui::PopFont();
    bool header = m_mapping.hasHeader;
    if (ImGui::Checkbox("The first row names the columns  (H)", &header)) {
        m_mapping.hasHeader = header;
        remap(ctx);
    }

    const int n = static_cast<int>(m_mapping.fields.size());
    const float rowH = ImGui::GetFrameHeight() + ImGui::GetStyle().CellPadding.y * 2;
    const float height = std::min(static_cast<float>(n) * rowH + t.px(4), t.px(190));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(t.surface));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, t.px(10));
    ImGui::BeginChild("##mapping", ImVec2(0, height), false);
    if (ImGui::BeginTable("##columns", 2, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("file", ImGuiTableColumnFlags_WidthStretch, 1.f);
        ImGui::TableSetupColumn("holds", ImGuiTableColumnFlags_WidthStretch, 1.f);
        for (int c = 0; c < n; ++c) {
            const auto col = static_cast<std::size_t>(c);
            ImGui::PushID(c);
            ImGui::TableNextRow();
            if (c == m_column) {
                ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, t.accentSoft);
                if (std::exchange(m_followColumn, false)) ImGui::SetScrollHereY(0.5f);
            }
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            const std::string name =
                col < plan.csvHeader.size() && m_mapping.hasHeader && !plan.csvHeader[col].empty()
                    ? "\"" + plan.csvHeader[col] + "\""
                    : "Column " + std::to_string(c + 1);
            ImGui::SetCursorPosX(ImGui::GetCursorPosX() + t.px(8));
            ImGui::TextUnformatted(name.c_str());
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            const CsvField current = m_mapping.fields[col];
            const std::string preview(csvFieldName(current));
            if (ImGui::BeginCombo("##holds", preview.c_str())) {
                m_column = c;
                for (int f = 0; f < kCsvFieldCount; ++f) {
                    const auto field = static_cast<CsvField>(f);
                    const std::string option(csvFieldName(field));
                    if (ImGui::Selectable(option.c_str(), field == current))
                        setColumn(ctx, col, field);
                }
                ImGui::EndCombo();
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

void ImportSheet::drawEntries(ViewContext& ctx, float maxHeight) {
    const Theme& t = ctx.theme;
    const ImportPlan& plan = *m_plan;
    const int rows = static_cast<int>(m_rows.size() + plan.warnings.size());
    // A short list is shown whole, reasons wrapped; a long one is clipped to
    // one line a row (clipping needs equal heights), the full text on hover.
    const bool wrap = rows <= kWrappedRows;
    const float height = std::min(maxHeight, m_entriesHeight > 0.f ? m_entriesHeight : maxHeight);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::ColorConvertU32ToFloat4(t.surface));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, t.px(10));
    ImGui::BeginChild("##entries", ImVec2(0, height), false);
    const float tagW = widgets::chipWidth("rejected", ctx.fonts.small) + t.px(6);
    auto drawRow = [&](std::size_t row) {
        Tag tag{"note", t.warn};
        std::string text;
        if (row < m_rows.size()) {
            const ImportPlanEntry& e = plan.entries[m_rows[row]];
            tag = tagFor(e.action, t);
            text = entryText(plan, e);
        } else {
            text = describeProblem(plan.file, plan.warnings[row - m_rows.size()]);
        }
        const ImVec2 p = ImGui::GetCursorScreenPos();
        widgets::chip(ImGui::GetWindowDrawList(), ImVec2(p.x + t.px(8), p.y + t.px(2)), tag.text,
                      t.background, tag.ink, ctx.fonts.small);
        ImGui::SetCursorScreenPos(ImVec2(p.x + t.px(8) + tagW, p.y + t.px(3)));
        if (wrap) {
            ImGui::PushTextWrapPos(ImGui::GetWindowContentRegionMax().x - t.px(8));
            ImGui::TextUnformatted(text.c_str());
            ImGui::PopTextWrapPos();
            ImGui::SetCursorScreenPos(
                ImVec2(p.x, ImGui::GetCursorScreenPos().y)); // the next row's left edge
            return;
        }
        ImGui::TextUnformatted(text.c_str());
        if (ImGui::IsItemHovered() &&
            ImGui::GetItemRectMax().x > ImGui::GetWindowPos().x + ImGui::GetWindowWidth())
            ImGui::SetTooltip("%s", text.c_str()); // the row is cut off at the edge
    };
    ImGui::Dummy(ImVec2(0, t.px(2)));
    if (wrap) {
        for (int i = 0; i < rows; ++i)
            drawRow(static_cast<std::size_t>(i));
    } else {
        // Clipped by hand rather than with ImGuiListClipper, which draws every
        // row while ImGui's log is on (the UI tests read the screen that way).
        const float rowH = t.px(3) + ImGui::GetTextLineHeight() + ImGui::GetStyle().ItemSpacing.y;
        const float top = ImGui::GetCursorPosY();
        const int first = std::clamp(static_cast<int>((ImGui::GetScrollY() - top) / rowH), 0, rows);
        const int last =
            std::clamp(first + static_cast<int>(ImGui::GetWindowHeight() / rowH) + 2, first, rows);
        for (int i = first; i < last; ++i) {
            ImGui::SetCursorPosY(top + static_cast<float>(i) * rowH);
            drawRow(static_cast<std::size_t>(i));
        }
        ImGui::SetCursorPosY(top + static_cast<float>(rows) * rowH);
    }
    if (plan.rejectedCount > plan.entries.size()) // past the reader's problem limit
        widgets::text("More rows were rejected than are listed here.", t.textMuted);
    ImGui::Dummy(ImVec2(0, t.px(2)));
    // The child can't size itself to its content in ImGui 1.86: remember it for the next frame.
    m_entriesHeight = ImGui::GetCursorPosY();
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

} // namespace rk::app
