#include "app/views/deck_view.h"

#include "app/input/keys.h"
#include "app/theme/icons.h"
#include "app/widgets/widgets.h"
#include "core/model/contact.h"
#include "core/repo/contact_repo.h"
#include "core/search/who_do_i_know.h"
#include "core/time/humanize.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace rk::app {

namespace {
constexpr int kCountCap = 1000; // "1000+ matches"

ImU32 warmthColour(const Theme& t, WarmthLevel level) {
    switch (level) {
    case WarmthLevel::Warm: return t.accent;
    case WarmthLevel::Cooling: return t.warn;
    case WarmthLevel::Cold: return t.info;
    }
    return t.textMuted;
}

} // namespace

std::int64_t DeckView::selectedId() const {
    if (m_selected < 0 || m_selected >= static_cast<int>(m_hits.size())) return 0;
    return m_hits[static_cast<size_t>(m_selected)].card.id;
}

std::pair<ImVec2, ImVec2> DeckView::cardRect(int index) const {
    const int local = index - m_visibleFirstIndex;
    if (local < 0 || local >= static_cast<int>(m_visibleRects.size())) return {{0, 0}, {0, 0}};
    return m_visibleRects[static_cast<size_t>(local)];
}

SearchRequest DeckView::request(int offset) const {
    SearchRequest r;
    r.text = m_text;
    r.filters = m_filters;
    r.sort = m_sort;
    r.offset = offset;
    r.limit = kPageSize;
    return r;
}

void DeckView::reload(ViewContext&) { m_dirty = true; }

void DeckView::runSearch(ViewContext& ctx) {
    if (!m_search || m_searchDb != &ctx.store.db()) {
        m_search = std::make_unique<ContactSearch>(ctx.store.db(), ctx.store.clock());
        m_searchDb = &ctx.store.db();
    }
    const std::int64_t keep = selectedId();
    m_hits.clear();
    m_rowsHitCount = SIZE_MAX; // lay the rows out again
    m_groupStarts.clear();
    m_groupLevels.clear();
    const SearchQuery query = parseSearchQuery(m_text);
    m_problems = query.problems;
    m_whoMode = query.usesPrefixes();
    if (m_whoMode) {
        // "Who do I know…": everyone who matches, grouped by how warm you are.
        WhoDoIKnowResult who = whoDoIKnow(*m_search, query, m_filters, 300);
        for (auto& group : who.groups) {
            if (group.people.empty()) continue;
            m_groupStarts.push_back(static_cast<int>(m_hits.size()));
            m_groupLevels.push_back(group.level);
            for (auto& hit : group.people) m_hits.push_back(std::move(hit));
        }
        m_hasMore = false;
        m_total = who.total;
    } else {
        SearchPage page = m_search->search(request(0));
        m_hits = std::move(page.hits);
        m_hasMore = page.hasMore;
        m_total = page.total ? *page.total : static_cast<std::int64_t>(m_hits.size());
        if (m_text.empty() && m_filters.shelf == Shelf::Active && m_filters.circles.empty() &&
            m_filters.tag.empty() && m_filters.company.empty() && m_filters.industry.empty() &&
            !m_filters.overdue && !m_filters.dormant && !m_filters.awaitingReply)
            m_total = ContactRepo(ctx.store.db()).count();
        else if (m_hasMore)
            m_total = m_search->count(query, m_filters, kCountCap); // exact beyond this costs ms
    }
    m_selected = -1;
    for (size_t i = 0; i < m_hits.size(); ++i)
        if (m_hits[i].card.id == keep) m_selected = static_cast<int>(i);
    if (m_selected < 0 && !m_hits.empty() && !m_text.empty()) m_selected = 0;
    m_searchedText = m_text;
    m_dirty = false;
}

void DeckView::fetchMore(ViewContext&) {
    if (!m_hasMore || !m_search) return;
    SearchPage page = m_search->search(request(static_cast<int>(m_hits.size())));
    for (auto& hit : page.hits) m_hits.push_back(std::move(hit));
    m_hasMore = page.hasMore && !page.hits.empty();
}

void DeckView::drawContent(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    if (m_dirty || m_text != m_searchedText) runSearch(ctx);

    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted(m_filters.shelf == Shelf::Archived ? "Archive" : "Deck");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + t.px(5));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.textMuted));
    const bool searching = !m_text.empty();
    ImGui::Text("%lld %s%s", static_cast<long long>(m_total),
                searching ? (m_total == 1 ? "match" : "matches") : (m_total == 1 ? "person" : "people"),
                (m_hasMore && m_total <= static_cast<std::int64_t>(m_hits.size())) || m_total >= kCountCap ? "+" : "");
    ImGui::PopStyleColor();
    ImGui::SameLine(ImGui::GetContentRegionMax().x - t.px(96));
    if (widgets::primaryButton(RK_ICON_PLUS " New (N)", t, t.px(96))) ctx.push(intent::NewContact{});

    drawSearchBar(ctx);
    drawFilterChips(ctx);

    const bool nothingAtAll = !searching && m_hits.empty() && m_filters.shelf == Shelf::Active &&
                              m_filters.circles.empty() && !m_filters.overdue && !m_filters.dormant &&
                              !m_filters.awaitingReply && m_filters.tag.empty() &&
                              m_filters.company.empty() && m_filters.industry.empty();
    if (nothingAtAll) {
        widgets::emptyState(RK_ICON_USERS, "Your deck is empty",
                            "Bring in the people you know, or try Rekindle with a demo network "
                            "first. You can remove the demo people later.",
                            t, ctx.fonts);
        if (widgets::primaryButton(RK_ICON_MAGIC "  Try a demo network", t)) ctx.push(intent::LoadDemo{});
        if (widgets::secondaryButton(RK_ICON_DOWNLOAD "  Import contacts", t)) ctx.push(intent::SwitchTab{Tab::More});
        return;
    }
    if (m_hits.empty()) {
        widgets::emptyState(RK_ICON_SEARCH, "Nobody matches",
                            searching ? "Try fewer letters, or a prefix such as at:Stripe, in:fintech, "
                                        "role:VP or knows:kubernetes."
                                      : "No one fits these filters. Clear a chip to see more people.",
                            t, ctx.fonts);
        return;
    }
    drawResults(ctx);
}

void DeckView::drawSearchBar(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const ImGuiIO& io = ImGui::GetIO();
    if (ctx.keyboardFree && !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId) &&
        ((keys::noMods() && keys::typed('/')) || (io.KeyCtrl && keys::pressed('F'))))
        m_focusSearch = true;
    if (m_focusSearch) {
        ImGui::SetKeyboardFocusHere();
        m_focusSearch = false;
        // The '/' that focused the field must not land in it.
        ImGui::GetIO().InputQueueCharacters.resize(0);
    }
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(t.px(12), t.px(10)));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, t.px(12));
    ImGui::InputTextWithHint("##search", RK_ICON_SEARCH "  Search, or at:Stripe knows:rust   ( / )", &m_text);
    const bool active = ImGui::IsItemActive();
    ImGui::PopStyleVar(2);
    if (active && keys::pressed(ImGuiKey_Escape)) {
        if (m_text.empty()) ImGui::SetWindowFocus(nullptr);
        m_text.clear();
    }
    if (active && keys::pressed(ImGuiKey_DownArrow)) {
        ImGui::SetWindowFocus(nullptr); // arrows now move the selection
        m_selected = std::max(m_selected, 0);
    }
    if (active && keys::pressed(ImGuiKey_Enter) && !m_hits.empty()) {
        ImGui::SetWindowFocus(nullptr);
        ctx.push(intent::OpenContact{m_hits[static_cast<size_t>(std::max(m_selected, 0))].card.id});
    }
    for (const QueryProblem& p : m_problems) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(t.warn));
        ImGui::TextWrapped("%s", p.message.c_str());
        ImGui::PopStyleColor();
    }
}

void DeckView::handleKeys(ViewContext& ctx, int columns) {
    if (!ctx.keyboardFree || m_hits.empty() || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    if (!keys::noMods()) return;
    const int last = static_cast<int>(m_hits.size()) - 1;
    const int before = m_selected;
    if (keys::pressed(ImGuiKey_DownArrow, true) || keys::pressed('J', true)) m_selected = std::min(last, m_selected < 0 ? 0 : m_selected + columns);
    if (keys::pressed(ImGuiKey_UpArrow, true) || keys::pressed('K', true)) m_selected = std::max(0, m_selected - columns);
    if (columns > 1 && keys::pressed(ImGuiKey_RightArrow, true)) m_selected = std::min(last, m_selected + 1);
    if (columns > 1 && keys::pressed(ImGuiKey_LeftArrow, true)) m_selected = std::max(0, m_selected - 1);
    if (keys::pressed(ImGuiKey_Home)) m_selected = 0;
    if (keys::pressed(ImGuiKey_End)) m_selected = last;
    if (m_selected != before) m_scrollToSelected = true;
    if (m_selected >= 0 && (keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter)))
        ctx.push(intent::OpenContact{selectedId()});
    if (m_selected >= 0 && keys::pressed('L')) ctx.push(intent::OpenLogSheet{selectedId()});
    if (keys::pressed('N')) ctx.push(intent::NewContact{});
    if (keys::pressed(ImGuiKey_Escape)) {
        m_text.clear();
        m_selected = -1;
    }
    if (m_hasMore && m_selected >= static_cast<int>(m_hits.size()) - columns * 2) fetchMore(ctx);
}

void DeckView::layoutRows(int columns) {
    // Rebuilt only when the results or the column count change, not per frame.
    if (columns == m_rowsColumns && m_hits.size() == m_rowsHitCount) return;
    m_rowsColumns = columns;
    m_rowsHitCount = m_hits.size();
    m_rows.clear();
    const int count = static_cast<int>(m_hits.size());
    // In who mode a header row precedes each warmth group, and rows never span two groups.
    auto addGroup = [&](int begin, int end, int group) {
        if (group >= 0) m_rows.push_back({begin, begin, group});
        for (int i = begin; i < end; i += columns) m_rows.push_back({i, std::min(i + columns, end), -1});
    };
    if (m_whoMode) {
        for (size_t g = 0; g < m_groupStarts.size(); ++g)
            addGroup(m_groupStarts[g], g + 1 < m_groupStarts.size() ? m_groupStarts[g + 1] : count, static_cast<int>(g));
    } else {
        addGroup(0, count, -1);
    }
}

void DeckView::drawResults(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const float cardH = t.px(96);
    const float gap = t.px(10);
    const float headerH = t.px(30);
    ImGui::BeginChild("##deck", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar);
    const float width = ImGui::GetContentRegionAvail().x;
    const int columns = std::max(1, static_cast<int>((width + gap) / (t.px(330) + gap)));
    const float cardW = (width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    handleKeys(ctx, columns);

    layoutRows(columns);
    const std::vector<Row>& rows = m_rows;
    auto rowEnd = [&](size_t r) { return rows[r].end; };

    if (m_scrollToSelected && m_selected >= 0) {
        for (size_t r = 0; r < rows.size(); ++r) {
            if (rows[r].group >= 0 || m_selected < rows[r].first || m_selected >= rowEnd(r)) continue;
            float y = 0.f;
            for (size_t k = 0; k < r; ++k) y += rows[k].group >= 0 ? headerH : cardH + gap;
            const float top = ImGui::GetScrollY();
            const float view = ImGui::GetWindowHeight();
            if (y < top) ImGui::SetScrollY(y);
            else if (y + cardH > top + view) ImGui::SetScrollY(y + cardH + gap - view);
            break;
        }
        m_scrollToSelected = false;
    }

    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, 0));
    m_visibleRects.clear();
    m_visibleFirstIndex = -1;
    // Header rows are shorter than card rows; in who mode (a few hundred rows
    // at most) every row is laid out, otherwise the clipper skips the unseen.
    auto drawRow = [&](size_t r) {
        if (rows[r].group >= 0) {
            const WarmthLevel level = m_groupLevels[static_cast<size_t>(rows[r].group)];
            ImGui::PushFont(ctx.fonts.bodyBold);
            ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(warmthColour(t, level)));
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + t.px(6));
            ImGui::Text("%s", std::string(warmthName(level)).c_str());
            ImGui::PopStyleColor();
            ImGui::PopFont();
            ImGui::Dummy(ImVec2(0, headerH - ImGui::GetTextLineHeight() - t.px(6)));
            return;
        }
        const int end = rowEnd(r);
        for (int i = rows[r].first; i < end; ++i) {
            if (i > rows[r].first) ImGui::SameLine();
            if (m_visibleFirstIndex < 0) m_visibleFirstIndex = i;
            ImGui::PushID(static_cast<int>(m_hits[static_cast<size_t>(i)].card.id));
            drawCard(ctx, m_hits[static_cast<size_t>(i)], i, cardW, cardH);
            ImGui::PopID();
        }
        ImGui::Dummy(ImVec2(0, gap));
    };
    if (m_whoMode) {
        for (size_t r = 0; r < rows.size(); ++r) drawRow(r);
        m_firstVisible = 0;
    } else {
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(rows.size()), cardH + gap);
        while (clipper.Step()) {
            m_firstVisible = rows.empty() ? 0 : rows[static_cast<size_t>(clipper.DisplayStart)].first;
            for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) drawRow(static_cast<size_t>(r));
            if (m_hasMore && clipper.DisplayEnd >= static_cast<int>(rows.size()) - 3) fetchMore(ctx);
        }
    }
    if (m_visibleFirstIndex < 0) m_visibleFirstIndex = 0;
    ImGui::PopStyleVar();
    m_scrollY = ImGui::GetScrollY();
    ImGui::EndChild();
}

void DeckView::drawCard(ViewContext& ctx, const SearchHit& hit, int index, float width, float height) {
    const Theme& t = ctx.theme;
    const ContactCard& card = hit.card;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton("##card", ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    if (clicked) {
        m_selected = index;
        ctx.push(intent::OpenContact{card.id});
    }
    m_visibleRects.push_back({p, ImVec2(width, height)});

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 q(p.x + width, p.y + height);
    const bool selected = index == m_selected;
    draw->AddRectFilled(p, q, hovered ? t.surfaceRaised : t.surface, t.px(14));
    draw->AddRect(p, q, selected ? t.accent : t.border, t.px(14), 0, selected ? t.px(2) : t.px(1));

    Contact forInitials;
    forInitials.displayName = card.displayName;
    const float r = t.px(22);
    const ImVec2 avatarCentre(p.x + t.px(14) + r, p.y + t.px(16) + r);
    widgets::avatar(draw, avatarCentre, r, card.id, forInitials.initials(), ctx.fonts.bodyBold);
    // Warmth: a small dot on the avatar.
    draw->AddCircleFilled(ImVec2(avatarCentre.x + r * 0.72f, avatarCentre.y + r * 0.72f), t.px(6), t.surface, 16);
    draw->AddCircleFilled(ImVec2(avatarCentre.x + r * 0.72f, avatarCentre.y + r * 0.72f), t.px(4.5f),
                          warmthColour(t, hit.warmth.level), 16);

    const float x = p.x + t.px(14) + 2 * r + t.px(12);
    const float right = q.x - t.px(14);
    ImFont* bold = ctx.fonts.bodyBold;
    ImFont* small = ctx.fonts.small;
    const std::string circle(circleName(card.circle));
    const float cw = widgets::chipWidth(circle, small);
    const bool showChip = right - cw > x + t.px(110);
    const ImVec4 nameClip(x, p.y, showChip ? right - cw - t.px(6) : right, q.y);
    draw->AddText(bold, bold->FontSize, ImVec2(x, p.y + t.px(12)), t.text, card.displayName.c_str(), nullptr, 0.f, &nameClip);
    if (showChip) widgets::chip(draw, ImVec2(right - cw, p.y + t.px(11)), circle, t.accentSoft, t.accent, small);

    const ImVec4 clip(x, p.y, right, q.y);
    std::string role = card.title.empty() ? card.company
                       : card.company.empty() ? card.title
                                              : card.title + " at " + card.company;
    draw->AddText(small, small->FontSize, ImVec2(x, p.y + t.px(34)), t.textMuted, role.c_str(), nullptr, 0.f, &clip);

    std::string line3;
    ImU32 line3Colour = t.textMuted;
    if (!m_text.empty() && !hit.matches.empty()) {
        line3 = RK_ICON_SEARCH " " + hit.matchLabel();
        line3Colour = hit.matchedIndirectly() ? t.good : t.accent;
    } else {
        line3 = card.lastContactAt ? "Last talked " + agoText(localDateOf(*card.lastContactAt), ctx.today)
                                   : std::string("Not in touch yet");
        line3 += " · " + std::string(warmthName(hit.warmth.level));
        if (!card.nextDue.empty() && card.nextDue < ctx.today.iso()) line3Colour = t.warn;
    }
    draw->AddText(small, small->FontSize, ImVec2(x, p.y + t.px(53)), line3Colour, line3.c_str(), nullptr, 0.f, &clip);
    if (!card.tags.empty()) {
        const std::string tags = RK_ICON_TAG " " + card.tags;
        draw->AddText(small, small->FontSize, ImVec2(x, p.y + t.px(72)), t.textMuted, tags.c_str(), nullptr, 0.f, &clip);
    }
}

} // namespace rk::app
