#include "app/widgets/date_preview.h"

#include "app/theme/icons.h"
#include "app/widgets/widgets.h"
#include "core/time/date_phrase.h"
#include "core/time/when_parser.h"

#include <imgui.h>

#include <variant>

namespace rk::app::widgets {

namespace {

// Muted either way: it is a live reading while typing, not a complaint; the
// field's owner shows a red error only when a save is refused.
void line(const std::string& text, bool understood, const Theme& theme, const Fonts& fonts) {
    ImGui::PushFont(fonts.small);
    widgets::text((understood ? RK_ICON_CHECK "  " : "") + text, theme.textMuted);
    ImGui::PopFont();
}

} // namespace

void whenPreviewLine(const std::string& text, std::int64_t now, const Theme& theme,
                     const Fonts& fonts) {
    if (text.find_first_not_of(' ') == std::string::npos) return;
    const auto when = parseWhen(text, now);
    if (const auto* at = std::get_if<std::int64_t>(&when))
        line(whenPreview(*at, now), true, theme, fonts);
    else
        line(std::get<WhenError>(when).message, false, theme, fonts);
}

std::optional<CivilDate> dueDatePreviewLine(const std::string& text, const CivilDate& today,
                                            const Theme& theme, const Fonts& fonts) {
    if (text.find_first_not_of(' ') == std::string::npos) return std::nullopt;
    const auto due = parseDueDate(text, today);
    if (const auto* day = std::get_if<CivilDate>(&due)) {
        line(dayPreview(*day, today), true, theme, fonts);
        return *day;
    }
    line(std::get<WhenError>(due).message, false, theme, fonts);
    return std::nullopt;
}

std::string dueDateError(const std::string& text, const CivilDate& today) {
    if (text.find_first_not_of(' ') == std::string::npos)
        return "Type a day, like \"friday\", \"in 2 weeks\" or " + today.addDays(14).iso() + ".";
    const auto due = parseDueDate(text, today);
    if (const auto* err = std::get_if<WhenError>(&due)) return err->message;
    return {};
}

} // namespace rk::app::widgets
