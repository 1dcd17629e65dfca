#include "app/widgets/card.h"

#include <algorithm>
#include <cfloat>

namespace rk::app::widgets {

namespace {
float g_innerRight = FLT_MAX; // see Card::innerRight; cards nest, each puts back its parent's
} // namespace

float Card::innerRight() {
    return g_innerRight;
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
    m_outerRight = g_innerRight;
    g_innerRight = m_min.x + m_width - m_pad;
}

Card::~Card() {
    g_innerRight = m_outerRight;
    ImGui::PopTextWrapPos();
    ImGui::Unindent(m_pad);
    // The last item's spacing counts towards the bottom padding.
    const float spacing = ImGui::GetStyle().ItemSpacing.y;
    ImGui::Dummy(ImVec2(0, std::max(0.f, m_pad - spacing)));
    const ImVec2 max(m_min.x + m_width, ImGui::GetItemRectMax().y);
    m_splitter.SetCurrentChannel(m_draw, 0);
    const float round = m_theme.px(16);
    m_draw->AddRectFilled(m_min, max, m_theme.surface, round);
    m_draw->AddRect(m_min, max, m_border, round, 0,
                    m_border == m_theme.border ? 1.f : m_theme.px(2));
    m_splitter.Merge(m_draw);
}

} // namespace rk::app::widgets
