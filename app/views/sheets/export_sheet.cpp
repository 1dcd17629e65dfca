#include "app/views/sheets/export_sheet.h"

#include "app/input/keys.h"
#include "app/input/shortcuts.h"
#include "app/theme/icons.h"
#include "app/views/sheets/file_picker.h"
#include "app/widgets/widgets.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <array>
#include <cctype>
#include <cstdio>
#include <filesystem>

namespace rk::app {

namespace fs = std::filesystem;

namespace {

struct FormatInfo {
    ExportFormat format;
    const char* name;
    const char* ext;
    const char* what;    // what the file holds
    const char* useItTo; // what the person can do with it
};

constexpr std::array<FormatInfo, 4> kFormats = {{
    {ExportFormat::VCard, "vCard", ".vcf", "your contacts as vCard",
     "Import it into Apple, Google or Outlook Contacts."},
    {ExportFormat::Csv, "CSV", ".csv", "your contacts as a spreadsheet",
     "Open it in any spreadsheet app."},
    {ExportFormat::ICalendar, "Calendar", ".ics", "your follow-ups and birthdays as a calendar",
     "Open it with your calendar app to see who is due when."},
    {ExportFormat::Json, "Backup", ".json", "a complete backup of everything",
     "Import it into Rekindle to restore everything, on this or another computer."},
}};

const FormatInfo& infoFor(ExportFormat f) {
    for (const auto& i : kFormats)
        if (i.format == f) return i;
    return kFormats[0];
}

std::string humanSize(std::size_t bytes) {
    char buf[32];
    if (bytes < 1024)
        std::snprintf(buf, sizeof buf, "%zu bytes", bytes);
    else if (bytes < (1u << 20))
        std::snprintf(buf, sizeof buf, "%zu KB", (bytes + 512) / 1024);
    else
        std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
    return buf;
}

std::string trimmed(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b])))
        ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1])))
        --e;
    return s.substr(b, e - b);
}

} // namespace

void ExportSheet::open(const CivilDate& today) {
    m_step = Step::Choosing;
    m_path = (homeFolder() / ("rekindle-" + today.iso() + infoFor(m_format).ext)).string();
    m_error.clear();
    m_message.clear();
    m_focusPath = false;
    openPopup();
}

void ExportSheet::setFormat(ExportFormat format) {
    m_format = format;
    // The name follows the format while it still ends in one of ours.
    fs::path p(m_path);
    const std::string ext = p.extension().string();
    for (const auto& i : kFormats)
        if (ext == i.ext) {
            p.replace_extension(infoFor(format).ext);
            m_path = p.string();
            break;
        }
    m_error.clear();
}

void ExportSheet::submit(ViewContext& ctx) {
    const std::string typed = trimmed(expandHome(m_path));
    const std::string example = "rekindle-" + ctx.today.iso() + infoFor(m_format).ext;
    if (typed.empty()) {
        m_error = "Type where to save the file, for example ~/" + example + ".";
        return;
    }
    fs::path p(typed);
    if (p.is_relative()) p = homeFolder() / p;
    std::error_code ec;
    if (fs::is_directory(p, ec) || typed.back() == '/') {
        m_error = p.string() + " is a folder. Add a file name to it, such as " + example + ".";
        return;
    }
    if (!fs::is_directory(p.parent_path(), ec)) {
        m_error = "There is no folder " + p.parent_path().string() +
                  ". Check the path, or create the folder first.";
        return;
    }
    m_target = p.string();
    m_error.clear();
    if (fs::exists(p, ec)) {
        m_step = Step::ConfirmReplace; // never overwrite without asking
        return;
    }
    write(ctx);
}

void ExportSheet::write(ViewContext& ctx) {
    ctx.push(intent::ExportFile{m_target, m_format});
    m_step = Step::Writing; // until written() says how it went, later this frame
}

void ExportSheet::written(const ExportResult& r) {
    if (m_step != Step::Writing) return;
    if (!r.error.empty()) {
        m_error = sentence(r.error) + " Nothing was written.";
        m_step = Step::Choosing;
        return;
    }
    const FormatInfo& info = infoFor(m_format);
    m_message = "Saved " + std::string(info.what) + " to " + m_target + " (" + humanSize(r.bytes) +
                "). " + info.useItTo;
    m_step = Step::Done;
}

void ExportSheet::drawStep(ViewContext& ctx) {
    switch (m_step) {
    case Step::Closed:
        break;
    case Step::Choosing:
    case Step::Writing:
        drawChoosing(ctx);
        break;
    case Step::ConfirmReplace:
        drawConfirm(ctx);
        break;
    case Step::Done:
        drawDone(ctx);
        break;
    }
}

void ExportSheet::drawChoosing(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const bool typing = ImGui::GetIO().WantTextInput;
    if (keys::pressed(ImGuiKey_Escape)) {
        close();
        return;
    }
    bool go = false;
    if (!typing && keys::noMods()) {
        if (const int i = keys::pressedIndex(shortcut::ExportFormat);
            i >= 0 && i < static_cast<int>(kFormats.size()))
            setFormat(kFormats[static_cast<std::size_t>(i)].format);
        go = keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter);
    }

    sheetTitle(RK_ICON_UPLOAD "  Export your network", ctx);
    ImGui::Dummy(ImVec2(t.px(320), t.px(2)));
    for (std::size_t i = 0; i < kFormats.size(); ++i) {
        const FormatInfo& f = kFormats[i];
        ImGui::PushID(static_cast<int>(i));
        const bool on = f.format == m_format;
        const ImVec2 p = ImGui::GetCursorScreenPos();
        const float w = ImGui::GetContentRegionAvail().x;
        const float h = t.px(46);
        ImGui::PushStyleColor(ImGuiCol_Header, ImGui::ColorConvertU32ToFloat4(t.accentSoft));
        ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0, 0));
        if (ImGui::Selectable("##format", on, 0, ImVec2(w, h))) setFormat(f.format);
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const float r = t.px(7);
        const ImVec2 dot(p.x + t.px(14), p.y + h * 0.5f);
        draw->AddCircle(dot, r, on ? t.accent : t.border, 24, t.px(2));
        if (on) draw->AddCircleFilled(dot, r * 0.5f, t.accent, 24);
        ImGui::SetCursorScreenPos(ImVec2(p.x + t.px(32), p.y + t.px(4)));
        ImGui::PushFont(ctx.fonts.bodyBold);
        ImGui::Text("%s (%s)", f.name, f.ext);
        ImGui::PopFont();
        ImGui::SetCursorScreenPos(ImVec2(p.x + t.px(32), p.y + t.px(24)));
        ImGui::PushFont(ctx.fonts.small);
        widgets::text(sentence(f.what), t.textMuted, false);
        ImGui::PopFont();
        ImGui::SetCursorScreenPos(ImVec2(p.x + w - t.px(30), p.y + t.px(12)));
        widgets::keycap(std::to_string(i + 1), t, ctx.fonts);
        ImGui::SetCursorScreenPos(ImVec2(p.x, p.y + h + ImGui::GetStyle().ItemSpacing.y));
        ImGui::PopID();
    }

    ImGui::Dummy(ImVec2(0, t.px(4)));
    ImGui::PushFont(ctx.fonts.bodyBold);
    ImGui::TextUnformatted("Save to");
    ImGui::PopFont();
    if (m_focusPath) {
        ImGui::SetKeyboardFocusHere();
        m_focusPath = false;
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::InputText("##export-path", &m_path, ImGuiInputTextFlags_EnterReturnsTrue)) go = true;
    if (ImGui::IsItemEdited()) m_error.clear();
    if (!m_error.empty()) widgets::text(m_error, t.danger);

    ImGui::Dummy(ImVec2(0, t.px(4)));
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (widgets::secondaryButton("Cancel  (Esc)", t, half)) {
        close();
        return;
    }
    ImGui::SameLine();
    if (widgets::primaryButton(RK_ICON_UPLOAD "  Export  (Enter)", t, half)) go = true;
    if (go) submit(ctx);
}

void ExportSheet::drawConfirm(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const fs::path target(m_target);
    sheetTitle(RK_ICON_WARNING "  Replace " + target.filename().string() + "?", ctx);
    ImGui::TextWrapped(
        "A file with this name already exists in %s. Replacing it overwrites what it holds.",
        target.parent_path().string().c_str());
    ImGui::Dummy(ImVec2(t.px(320), t.px(6)));
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    if (widgets::secondaryButton("Keep it  (Esc)", t, half) || keys::pressed(ImGuiKey_Escape)) {
        m_step = Step::Choosing;
        m_focusPath = true; // so a new name can be typed straight away
        return;
    }
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(t.danger));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(t.danger));
    const bool replace = widgets::primaryButton("Replace it  (R)", t, half) ||
                         (keys::noMods() && keys::pressed('R'));
    ImGui::PopStyleColor(2);
    if (replace) write(ctx);
}

void ExportSheet::drawDone(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    sheetTitle(RK_ICON_CHECK_CIRCLE "  Exported", ctx, t.good);
    ImGui::TextWrapped("%s", m_message.c_str());
    ImGui::Dummy(ImVec2(t.px(320), t.px(6)));
    if (widgets::primaryButton("Done  (Enter)", t) || keys::pressed(ImGuiKey_Enter) ||
        keys::pressed(ImGuiKey_Escape))
        close();
}

} // namespace rk::app
