#include "app/views/insights/insights_view.h"

#include "app/input/keys.h"
#include "app/input/shortcuts.h"
#include "app/theme/icons.h"
#include "app/widgets/widgets.h"
#include "core/read/insights.h"

#include <imgui.h>

#include <algorithm>

namespace rk::app {

namespace {

using K = InsightFigure::Kind;

InsightFigure named(K kind, std::string name) {
    InsightFigure f = InsightFigure::of(kind);
    f.name = std::move(name);
    return f;
}

// A card on the page: its title, the chart (drawn by `body` at the inside
// width), then the sentence that says what it shows in words.
template <class Body>
void card(ViewContext& ctx, insight::Figures& figures, const char* title,
          const std::string& sentence, Body&& body) {
    const Theme& t = ctx.theme;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float pad = t.px(14);
    const float inside = width - 2 * pad;
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(start.x + pad, start.y + pad));
    ImGui::BeginGroup();
    ImGui::PushFont(ctx.fonts.bodyBold);
    widgets::text(title, t.text, false);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(inside, t.px(6)));
    body(inside);
    ImGui::Dummy(ImVec2(inside, t.px(4)));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + inside);
    widgets::text(sentence, t.textMuted);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + pad;
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(start, ImVec2(start.x + width, bottom), t.surface, t.px(14));
    draw->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(start.x, bottom + t.px(10)));
    ImGui::Dummy(ImVec2(0, 0));
    ++figures.chart;
}

std::string percentOf(std::int64_t part, std::int64_t whole) {
    return whole > 0 ? std::to_string((part * 100 + whole / 2) / whole) + "%" : "–";
}

} // namespace

void InsightsView::open() {
    m_open = true;
    m_people.reset();
    m_selected = -1;
    m_hits.clear();
}

void InsightsView::close() {
    m_open = false;
    m_people.reset();
}

void InsightsView::showPeople(std::optional<InsightFigure> figure) {
    m_people = std::move(figure);
    m_selectedPerson = 0;
}

void InsightsView::draw(ViewContext& ctx) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail, ctx.theme.px(kMaxWidth));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
    ImGui::BeginChild("##insights-page", ImVec2(width, 0), false, ImGuiWindowFlags_NoScrollbar);
    if (m_people)
        drawPeople(ctx);
    else
        drawCharts(ctx);
    ImGui::EndChild();
}

void InsightsView::handleChartKeys(ViewContext& ctx) {
    if (!ctx.keyboardFree || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    if (keys::pressed(ImGuiKey_Escape)) {
        ctx.push(intent::CloseInsights{});
        return;
    }
    if (!keys::noMods() || m_hits.empty()) return;
    const int n = static_cast<int>(m_hits.size());
    const int at = std::clamp(m_selected, -1, n - 1);
    const int chart = at >= 0 ? m_hits[static_cast<size_t>(at)].chart : -1;
    int next = at;
    if (keys::pressed(ImGuiKey_RightArrow, true)) next = at + 1 >= n ? 0 : at + 1;
    if (keys::pressed(ImGuiKey_LeftArrow, true)) next = at <= 0 ? n - 1 : at - 1;
    if (keys::pressed(ImGuiKey_DownArrow, true)) {
        auto it = std::find_if(m_hits.begin(), m_hits.end(),
                               [&](const insight::FigureHit& h) { return h.chart > chart; });
        next = it == m_hits.end() ? 0 : static_cast<int>(it - m_hits.begin());
    }
    if (keys::pressed(ImGuiKey_UpArrow, true)) {
        // The first figure of the chart before this one.
        int prevChart = -1;
        for (int i = 0; i < n; ++i)
            if (m_hits[static_cast<size_t>(i)].chart < chart) prevChart = m_hits[static_cast<size_t>(i)].chart;
        if (prevChart < 0) prevChart = m_hits.back().chart;
        for (int i = 0; i < n; ++i)
            if (m_hits[static_cast<size_t>(i)].chart == prevChart) {
                next = i;
                break;
            }
    }
    if (next != at) {
        m_selected = next;
        m_scrollToSelected = true;
    }
    if (at >= 0 && (keys::pressed(shortcut::InsightsOpen) || keys::pressed(ImGuiKey_KeyPadEnter)))
        ctx.push(intent::ShowInsightPeople{m_hits[static_cast<size_t>(at)].figure});
}

void InsightsView::drawCharts(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    handleChartKeys(ctx);
    if (widgets::secondaryButton(RK_ICON_ARROW_LEFT "  Back  (Esc)", t, t.px(130))) {
        ctx.push(intent::CloseInsights{});
        return;
    }
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted("Insights");
    ImGui::PopFont();

    const Insights& in = ctx.models.insights();
    ImGui::BeginChild("##insights-charts");
    insight::Figures figures;
    figures.selected = m_selected;
    figures.scrollToSelected = m_scrollToSelected;
    m_scrollToSelected = false;
    widgets::text("Click any bar or number to see the people behind it. ←/→ move, Enter opens.",
                  t.textMuted);
    ImGui::Dummy(ImVec2(0, t.px(4)));

    card(ctx, figures, "Interactions per week", activitySentence(in),
         [&](float w) { insight::weeksChart(ctx, figures, in, w); });

    card(ctx, figures, "Follow-ups", followUpSentence(in), [&](float w) {
        insight::tiles(ctx, figures,
                       {{std::to_string(in.followedUpRecent), "reached out, last 4 weeks",
                         InsightFigure::of(K::FollowedUp, 0), t.accent},
                        {std::to_string(in.followedUpBefore), "the 4 weeks before",
                         InsightFigure::of(K::FollowedUp, 1), t.border},
                        {std::to_string(in.snoozed), "snoozed now", InsightFigure::of(K::Snoozed), t.warn},
                        {std::to_string(in.skipped), "skipped this cycle", InsightFigure::of(K::Skipped), t.info}},
                       w);
    });

    card(ctx, figures, "Replies to your messages", replySentence(in), [&](float w) {
        const int settled = in.answered + in.unanswered;
        ImGui::PushFont(ctx.fonts.title);
        widgets::text(percentOf(in.answered, settled) + " answered", t.text, false);
        ImGui::PopFont();
        widgets::text(in.medianReplySeconds
                          ? "Median time to a reply: " + replyTimeText(*in.medianReplySeconds)
                          : std::string("No replies to time yet"),
                      t.textMuted, false);
        ImGui::Dummy(ImVec2(0, t.px(4)));
        insight::splitBar(ctx, figures,
                          {{in.answered, "answered", InsightFigure::of(K::Answered), t.good},
                           {in.unanswered, "no answer", InsightFigure::of(K::Unanswered), t.danger},
                           {in.stillWaiting, "still waiting", InsightFigure::of(K::StillWaiting), t.warn}},
                          w);
    });

    card(ctx, figures, "Asks and gives", helpSentence(in),
         [&](float w) { insight::helpChart(ctx, figures, in, w); });

    card(ctx, figures, "Needs attention", attentionSentence(in), [&](float w) {
        insight::tiles(ctx, figures,
                       {{std::to_string(in.overdue), "overdue", InsightFigure::of(K::Overdue), t.danger},
                        {std::to_string(in.dormant), "dormant", InsightFigure::of(K::Dormant), t.info},
                        {std::to_string(in.awaitingReply), "awaiting reply",
                         InsightFigure::of(K::AwaitingReply), t.warn}},
                       w);
    });

    card(ctx, figures, "Reach", reachSentence(in), [&](float w) {
        insight::tiles(ctx, figures,
                       {{std::to_string(in.warmCompanies) + " of " + std::to_string(in.companyCount),
                         "companies with a warm contact", InsightFigure::of(K::ReachCompanies), t.accent},
                        {std::to_string(in.warmIndustries) + " of " + std::to_string(in.industryCount),
                         "industries with a warm contact", InsightFigure::of(K::ReachIndustries), t.accent}},
                       w);
    });

    card(ctx, figures, "Your network", networkSentence(in), [&](float w) {
        std::vector<insight::Part> circles;
        for (int c = 0; c < kCircleCount; ++c) {
            InsightFigure f = InsightFigure::of(K::Circle);
            f.circle = c;
            circles.push_back({in.byCircle[static_cast<size_t>(c)],
                               std::string(circleName(static_cast<Circle>(c))), f, t.accent});
        }
        insight::barList(ctx, figures, "By circle", circles, w);
        std::vector<insight::Part> industries;
        for (const NamedCount& g : in.industries)
            industries.push_back({g.count, g.name, named(K::Industry, g.name), t.info});
        if (!industries.empty()) {
            ImGui::Dummy(ImVec2(0, t.px(6)));
            insight::barList(ctx, figures, "Top industries", industries, w);
        }
        std::vector<insight::Part> companies;
        for (const NamedCount& g : in.companies)
            companies.push_back({g.count, g.name, named(K::Company, g.name), t.good});
        if (!companies.empty()) {
            ImGui::Dummy(ImVec2(0, t.px(6)));
            insight::barList(ctx, figures, "Top companies", companies, w);
        }
    });
    ImGui::Dummy(ImVec2(0, t.px(60))); // room above the toast
    ImGui::EndChild();

    m_hits = std::move(figures.hits);
    if (m_selected >= static_cast<int>(m_hits.size())) m_selected = -1;
    if (figures.clicked) {
        const auto it = std::find_if(m_hits.begin(), m_hits.end(), [&](const insight::FigureHit& h) {
            return h.figure == *figures.clicked;
        });
        if (it != m_hits.end()) m_selected = static_cast<int>(it - m_hits.begin());
        ctx.push(intent::ShowInsightPeople{*figures.clicked});
    }
}

} // namespace rk::app
