#include "app/views/contact_format.h"

#include "app/theme/icons.h"
#include "app/widgets/widgets.h"
#include "core/time/humanize.h"
#include "platform/services.h"

#include <array>

namespace rk::app::contact_ui {

namespace {
constexpr std::array<const char*, 12> kMonths = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};

std::string lowerAscii(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return s;
}

bool startsWithNoCase(const std::string& s, const char* prefix) {
    return lowerAscii(s.substr(0, std::char_traits<char>::length(prefix))) == prefix;
}
} // namespace

std::string kindNoun(InteractionKind k) {
    switch (k) {
    case InteractionKind::Email: return "an email";
    case InteractionKind::Call: return "a call";
    case InteractionKind::Coffee: return "a coffee";
    case InteractionKind::Meeting: return "a meeting";
    case InteractionKind::Message: return "a message";
    case InteractionKind::Event: return "an event";
    case InteractionKind::Other: return "a note";
    }
    return "an interaction";
}

std::string cadenceText(int days) {
    switch (days) {
    case 0: return "No regular follow-up";
    case 7: return "Every week";
    case 14: return "Every 2 weeks";
    case 30: return "Every month";
    case 90: return "Every 3 months";
    case 180: return "Every 6 months";
    case 365: return "Every year";
    default: return days == 1 ? "Every day" : "Every " + std::to_string(days) + " days";
    }
}

std::string birthdayText(const std::string& b) {
    if (b.size() == 7 && b[0] == '-' && b[1] == '-') {
        auto d = CivilDate::parse("2000" + b.substr(1));
        if (!d) return {};
        return std::to_string(d->day) + " " + kMonths[static_cast<size_t>(d->month - 1)];
    }
    auto d = CivilDate::parse(b);
    if (!d) return {};
    return std::to_string(d->day) + " " + kMonths[static_cast<size_t>(d->month - 1)] + " " + std::to_string(d->year);
}

std::string dayText(const CivilDate& date, const CivilDate& today) {
    std::string out = weekdayDate(date);
    if (date.year != today.year) out += " " + std::to_string(date.year);
    return out;
}

std::string relativeDays(const CivilDate& date, const CivilDate& today) {
    const std::int64_t n = today.daysUntil(date);
    if (n == 0) return "today";
    if (n == 1) return "tomorrow";
    if (n == -1) return "yesterday";
    if (n > 0) return "in " + std::to_string(n) + " days";
    return std::to_string(-n) + " days ago";
}

bool isLinkedIn(const ContactMethod& m) {
    return m.kind == MethodKind::Url &&
           (lowerAscii(m.label) == "linkedin" || lowerAscii(m.value).find("linkedin.com") != std::string::npos);
}

const char* methodIcon(const ContactMethod& m) {
    switch (m.kind) {
    case MethodKind::Email: return RK_ICON_ENVELOPE;
    case MethodKind::Phone: return RK_ICON_PHONE;
    case MethodKind::Url: return isLinkedIn(m) ? RK_ICON_LINKEDIN : RK_ICON_GLOBE;
    }
    return RK_ICON_LINK;
}

std::string methodUrl(const ContactMethod& m) {
    std::string url;
    switch (m.kind) {
    case MethodKind::Email:
        url = "mailto:" + m.value;
        break;
    case MethodKind::Phone:
        url = "tel:";
        for (char c : m.value)
            if ((c >= '0' && c <= '9') || (c == '+' && url.size() == 4)) url += c;
        if (url.size() == 4) return {};
        break;
    case MethodKind::Url:
        url = startsWithNoCase(m.value, "http://") || startsWithNoCase(m.value, "https://") ? m.value
                                                                                            : "https://" + m.value;
        break;
    }
    return platform::isSafeUrl(url) ? url : std::string();
}

Card::Card(const Theme& theme, float padding, ImU32 border)
    : m_theme(theme), m_border(border != 0 ? border : theme.border), m_pad(padding) {
    m_draw = ImGui::GetWindowDrawList();
    m_splitter.Split(m_draw, 2);
    m_splitter.SetCurrentChannel(m_draw, 1);
    m_min = ImGui::GetCursorScreenPos();
    m_width = ImGui::GetContentRegionAvail().x;
    ImGui::Indent(m_pad);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + m_pad);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + innerWidth());
}

Card::~Card() {
    ImGui::PopTextWrapPos();
    ImGui::Unindent(m_pad);
    // The last item's spacing counts towards the bottom padding.
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    ImGui::Dummy(ImVec2(0, std::max(0.f, m_pad - spacing)));
    const ImVec2 max(m_min.x + m_width, ImGui::GetItemRectMax().y);
    m_splitter.SetCurrentChannel(m_draw, 0);
    const float round = m_theme.px(16);
    m_draw->AddRectFilled(m_min, max, m_theme.surface, round);
    m_draw->AddRect(m_min, max, m_border, round, 0, m_border == m_theme.border ? 1.f : m_theme.px(2));
    m_splitter.Merge(m_draw);
}

void sectionLabel(const char* text, const Theme& t, ImFont* font) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.textMuted));
    ImGui::TextUnformatted(text);
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void colouredText(const std::string& text, ImU32 colour, bool wrap) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(colour));
    if (wrap) ImGui::TextWrapped("%s", text.c_str());
    else ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
}

bool iconButton(const char* id, const char* icon, const std::string& tip, const Theme& t, float d, ImU32 ink) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(id, ImVec2(d, d));
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 c(p.x + d * 0.5f, p.y + d * 0.5f);
    draw->AddCircleFilled(c, d * 0.5f, hovered ? t.accent : t.accentSoft, 32);
    ImFont* font = ImGui::GetFont();
    const ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.f, icon);
    draw->AddText(font, font->FontSize, ImVec2(c.x - ts.x * 0.5f, c.y - ts.y * 0.5f), hovered ? t.onAccent : ink, icon);
    if (hovered && !tip.empty()) ImGui::SetTooltip("%s", tip.c_str());
    return clicked;
}

void chipRow(const std::vector<std::string>& items, ImU32 fill, ImU32 ink, ImFont* font, const Theme& t, float width) {
    if (items.empty()) return;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float h = font->FontSize * 1.55f;
    const float gap = t.px(6);
    float x = start.x, y = start.y;
    for (const std::string& item : items) {
        const float w = std::min(widgets::chipWidth(item, font), width);
        if (x + w > start.x + width && x > start.x) {
            x = start.x;
            y += h + gap;
        }
        widgets::chip(draw, ImVec2(x, y), item, fill, ink, font);
        x += w + gap;
    }
    ImGui::Dummy(ImVec2(width, y + h - start.y));
}

} // namespace rk::app::contact_ui
