#pragma once
#include "app/theme/fonts.h"
#include "app/theme/theme.h"
#include "core/time/civil_date.h"

#include <cstdint>
#include <optional>
#include <string>

// The line under a date field that says what it understood, so a person sees
// "Fri 4 Dec, 15:00 (yesterday)" before saving, or why the text does not read.
// Every date field reads through core/time/date_phrase, so they agree.
namespace rk::app::widgets {

// Under the log's "When" (looking back). Nothing while the field is empty ("now").
void whenPreviewLine(const std::string& text, std::int64_t now, const Theme& theme,
                     const Fonts& fonts);

// Under a reminder's or a snooze's date (looking ahead); returns the day it reads.
std::optional<CivilDate> dueDatePreviewLine(const std::string& text, const CivilDate& today,
                                            const Theme& theme, const Fonts& fonts);

// Why `text` is not a due date, for the red error a refused save shows.
[[nodiscard]] std::string dueDateError(const std::string& text, const CivilDate& today);

} // namespace rk::app::widgets
