#include "app/views/tabs/deck_view.h"

#include "app/input/keys.h"
#include "app/input/shortcuts.h"
#include "app/photos/photo_cache.h"
#include "app/theme/icons.h"
#include "app/views/tabs/first_run.h"
#include "app/text/text_pipeline.h"
#include "app/widgets/user_text.h"
#include "app/widgets/widgets.h"
#include "core/time/humanize.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace rk::app {

std::pair<ImVec2, ImVec2> DeckView::cardRect(int index) const {
    const int local = index - m_visibleFirstIndex;
    if (local < 0 || local >= static_cast<int>(m_visibleRects.size())) return {{0, 0}, {0, 0}};
    return m_visibleRects[static_cast<size_t>(local)];
}

// [SECTION] What to show

SearchRequest DeckView::wanted() const {
    SearchRequest r;
    r.text = m_text;
    r.filters = m_filters;
    r.sort = m_sort;
    return r;
}

void DeckView::askForResults(ViewContext& ctx) {
    // Compared field by field: no request is built on the frames nothing changed.
    if (m_text == m_asked.text && m_filters == m_asked.filters && m_sort == m_asked.sort) return;
    m_asked = wanted();
    ctx.push(intent::SearchDeck{m_asked});
}

// New results: lay them out again and keep the selection on the same person.
void DeckView::followResults(const DeckPage& page) {
    if (page.generation == m_seenGeneration) return;
    m_seenGeneration = page.generation;
    m_rowsHitCount = SIZE_MAX;
    int index = -1;
    for (size_t i = 0; i < page.hits.size(); ++i)
        if (page.hits[i].card.id == m_selectedId) index = static_cast<int>(i);
    if (index < 0 && !page.hits.empty() && !page.request.text.empty()) index = 0;
    select(page, index);
}

void DeckView::select(const DeckPage& page, int index) {
    m_selected = index;
    m_selectedId = index >= 0 && index < static_cast<int>(page.hits.size())
                       ? page.hits[static_cast<size_t>(index)].card.id
                       : 0;
}

// [SECTION] Drawing

void DeckView::draw(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const DeckPage& page = ctx.models.deck();
    followResults(page);
    if (m_beside && m_besideOpen != 0 && m_besideOpen != m_selectedId) {
        // Opened some other way (a new contact, Enter in the search): show it as selected.
        for (size_t i = 0; i < page.hits.size(); ++i)
            if (page.hits[i].card.id == m_besideOpen) select(page, static_cast<int>(i));
    }
    drawHeader(ctx, page);
    drawSearchBar(ctx, page);
    if (IntroPathsView::introQuery(m_text)) {
        m_intro.draw(ctx);
        return;
    }
    drawFilterChips(ctx);
    askForResults(ctx);

    if (page.unfiltered() && page.hits.empty()) {
        widgets::emptyState(RK_ICON_USERS, "Your deck is empty",
                            "Bring in the people you know, or try Rekindle with a demo network "
                            "first. You can remove the demo people later.",
                            t, ctx.fonts);
        drawFirstRunActions(ctx);
        return;
    }
    if (page.hits.empty()) {
        widgets::emptyState(RK_ICON_SEARCH, "Nobody matches",
                            !page.request.text.empty()
                                ? "Try fewer letters, or a prefix such as at:Stripe, in:fintech, "
                                  "role:VP or knows:kubernetes."
                                : "No one fits these filters. Clear a chip to see more people.",
                            t, ctx.fonts);
        return;
    }
    drawResults(ctx, page);
}

void DeckView::drawHeader(ViewContext& ctx, const DeckPage& page) {
    const Theme& t = ctx.theme;
    ImGui::PushFont(ctx.fonts.title);
    ImGui::TextUnformatted(m_filters.shelf == Shelf::Archived ? "Archive" : "Deck");
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + t.px(5));
    const bool searching = !page.request.text.empty();
    const std::string count = std::to_string(page.total) + " " +
                              (searching ? (page.total == 1 ? "match" : "matches")
                                         : (page.total == 1 ? "person" : "people")) +
                              (page.totalIsLowerBound() ? "+" : "");
    // Ways in have their own heading under the search.
    if (!IntroPathsView::introQuery(m_text)) widgets::text(count, t.textMuted, false);
    ImGui::SameLine(ImGui::GetContentRegionMax().x - t.px(96));
    if (widgets::primaryButton(RK_ICON_PLUS " New (N)", t, t.px(96)))
        ctx.push(intent::NewContact{});
}

void DeckView::drawSearchBar(ViewContext& ctx, const DeckPage& page) {
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
    // ImGui ends a single-line field's editing on Enter and Esc (Esc also
    // puts back the text it had when focused), so whether the person was
    // typing is what the field was last frame.
    const bool wasTyping = m_searchActive;
    const bool escape = wasTyping && keys::pressed(ImGuiKey_Escape);
    const bool enter =
        wasTyping && (keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter));
    const std::string typed = m_text;
    ImGui::InputTextWithHint("##search", RK_ICON_SEARCH "  Search, at:Stripe, intro:Stripe   ( / )",
                             &m_text);
    text::noteGlyphs(m_text); // pasted text too, not only typed characters
    m_searchActive = ImGui::IsItemActive();
    ImGui::PopStyleVar(2);
    if (escape) {
        // Esc clears what is typed and keeps typing; on an empty field it leaves it.
        keys::consume(ImGuiKey_Escape);
        m_text.clear();
        if (typed.empty())
            ImGui::SetWindowFocus(nullptr);
        else
            m_focusSearch = true;
    }
    if (IntroPathsView::introQuery(m_text)) {
        // The paths own the arrows and Enter: intro:Stripe ⏎ asks the warmest way in.
        if (m_searchActive && keys::pressed(ImGuiKey_DownArrow)) ImGui::SetWindowFocus(nullptr);
        if (enter && m_intro.askSelected(ctx)) {
            ImGui::SetWindowFocus(nullptr);
            keys::consume(ImGuiKey_Enter);
        }
        return;
    }
    if (m_searchActive && keys::pressed(ImGuiKey_DownArrow)) {
        ImGui::SetWindowFocus(nullptr); // arrows now move the selection
        select(page, std::max(m_selected, 0));
    }
    if (enter && !page.hits.empty()) {
        // Enter opens the selected person, or the top match.
        ImGui::SetWindowFocus(nullptr);
        keys::consume(ImGuiKey_Enter);
        ctx.push(
            intent::OpenContact{page.hits[static_cast<size_t>(std::max(m_selected, 0))].card.id});
    }
    for (const QueryProblem& p : page.problems)
        widgets::text(p.message, t.warn);
}

void DeckView::handleKeys(ViewContext& ctx, const DeckPage& page, int columns) {
    if (!ctx.keyboardFree || page.hits.empty() ||
        ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId))
        return;
    if (!keys::noMods()) return;
    const int last = static_cast<int>(page.hits.size()) - 1;
    int next = m_selected;
    if (keys::pressed(ImGuiKey_DownArrow, true) || keys::pressed('J', true))
        next = std::min(last, next < 0 ? 0 : next + columns);
    if (keys::pressed(ImGuiKey_UpArrow, true) || keys::pressed('K', true))
        next = std::max(0, next - columns);
    if (columns > 1 && keys::pressed(ImGuiKey_RightArrow, true)) next = std::min(last, next + 1);
    if (columns > 1 && keys::pressed(ImGuiKey_LeftArrow, true)) next = std::max(0, next - 1);
    if (keys::pressed(ImGuiKey_Home)) next = 0;
    if (keys::pressed(ImGuiKey_End)) next = last;
    if (next != m_selected) {
        select(page, next);
        m_scrollToSelected = true;
        if (m_beside) ctx.push(intent::OpenContact{m_selectedId});
    }
    if (m_selected >= 0 && (keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter)))
        ctx.push(intent::OpenContact{m_selectedId});
    if (m_selected >= 0 && keys::pressed(shortcut::DeckLog)) ctx.push(intent::OpenLogSheet{m_selectedId});
    if (keys::pressed(shortcut::DeckNew)) ctx.push(intent::NewContact{});
    if (keys::pressed(ImGuiKey_Escape) && !(m_beside && m_besideOpen != 0)) {
        m_text.clear();
        select(page, -1);
    }
    if (page.hasMore && m_selected >= static_cast<int>(page.hits.size()) - columns * 2)
        ctx.push(intent::LoadMoreDeck{});
}

void DeckView::layoutRows(const DeckPage& page, int columns) {
    // Rebuilt only when the results or the column count change, not per frame.
    if (columns == m_rowsColumns && page.hits.size() == m_rowsHitCount) return;
    m_rowsColumns = columns;
    m_rowsHitCount = page.hits.size();
    m_rows.clear();
    const int count = static_cast<int>(page.hits.size());
    // In who mode a header row precedes each warmth group, and rows never span two groups.
    auto addGroup = [&](int begin, int end, int group) {
        if (group >= 0) m_rows.push_back({begin, begin, group});
        for (int i = begin; i < end; i += columns)
            m_rows.push_back({i, std::min(i + columns, end), -1});
    };
    if (page.whoMode) {
        const std::vector<int>& starts = page.groupStarts;
        for (size_t g = 0; g < starts.size(); ++g)
            addGroup(starts[g], g + 1 < starts.size() ? starts[g + 1] : count, static_cast<int>(g));
    } else {
        addGroup(0, count, -1);
    }
}

void DeckView::scrollToSelection(float cardH, float gap, float headerH) {
    if (!m_scrollToSelected || m_selected < 0) return;
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].group >= 0 || m_selected < m_rows[r].first || m_selected >= m_rows[r].end)
            continue;
        float y = 0.f;
        for (size_t k = 0; k < r; ++k)
            y += m_rows[k].group >= 0 ? headerH : cardH + gap;
        const float top = ImGui::GetScrollY();
        const float view = ImGui::GetWindowHeight();
        if (y < top)
            ImGui::SetScrollY(y);
        else if (y + cardH > top + view)
            ImGui::SetScrollY(y + cardH + gap - view);
        break;
    }
    m_scrollToSelected = false;
}

void DeckView::drawResults(ViewContext& ctx, const DeckPage& page) {
    const Theme& t = ctx.theme;
    const float cardH = t.px(96);
    const float gap = t.px(10);
    const float headerH = t.px(30);
    ImGui::BeginChild("##deck", ImVec2(0, 0), false, ImGuiWindowFlags_NoScrollbar);
    const float width = ImGui::GetContentRegionAvail().x;
    const int columns = std::max(1, static_cast<int>((width + gap) / (t.px(330) + gap)));
    const float cardW =
        (width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    handleKeys(ctx, page, columns);
    layoutRows(page, columns);
    scrollToSelection(cardH, gap, headerH);

    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, 0));
    m_visibleRects.clear();
    m_visibleFirstIndex = -1;
    // Header rows are shorter than card rows; in who mode (a few hundred rows
    // at most) every row is laid out, otherwise the clipper skips the unseen.
    if (page.whoMode) {
        for (const Row& row : m_rows)
            drawRow(ctx, page, row, cardW, cardH, gap);
        m_firstVisible = 0;
    } else {
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(m_rows.size()), cardH + gap);
        while (clipper.Step()) {
            m_firstVisible =
                m_rows.empty() ? 0 : m_rows[static_cast<size_t>(clipper.DisplayStart)].first;
            for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r)
                drawRow(ctx, page, m_rows[static_cast<size_t>(r)], cardW, cardH, gap);
            if (page.hasMore && clipper.DisplayEnd >= static_cast<int>(m_rows.size()) - 3)
                ctx.push(intent::LoadMoreDeck{});
        }
    }
    if (m_visibleFirstIndex < 0) m_visibleFirstIndex = 0;
    ImGui::PopStyleVar();
    m_scrollY = ImGui::GetScrollY();
    ImGui::EndChild();
}

void DeckView::drawRow(ViewContext& ctx, const DeckPage& page, const Row& row, float cardW,
                       float cardH, float gap) {
    const Theme& t = ctx.theme;
    if (row.group >= 0) {
        const WarmthLevel level = page.groupLevels[static_cast<size_t>(row.group)];
        const float headerH = t.px(30);
        ImGui::PushFont(ctx.fonts.bodyBold);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + t.px(6));
        widgets::text(std::string(warmthName(level)), t.warmth(level), false);
        ImGui::PopFont();
        ImGui::Dummy(ImVec2(0, headerH - ImGui::GetTextLineHeight() - t.px(6)));
        return;
    }
    for (int i = row.first; i < row.end; ++i) {
        if (i > row.first) ImGui::SameLine();
        if (m_visibleFirstIndex < 0) m_visibleFirstIndex = i;
        const SearchHit& hit = page.hits[static_cast<size_t>(i)];
        ImGui::PushID(static_cast<int>(hit.card.id));
        drawCard(ctx, page, hit, i, cardW, cardH);
        ImGui::PopID();
    }
    ImGui::Dummy(ImVec2(0, gap));
}

void DeckView::drawCard(ViewContext& ctx, const DeckPage& page, const SearchHit& hit, int index,
                        float width, float height) {
    const Theme& t = ctx.theme;
    const ContactCard& card = hit.card;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton("##card", ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    if (clicked) {
        select(page, index);
        ctx.push(intent::OpenContact{card.id});
    }
    m_visibleRects.push_back({p, ImVec2(width, height)});

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 q(p.x + width, p.y + height);
    const bool selected = index == m_selected;
    draw->AddRectFilled(p, q, hovered ? t.surfaceRaised : t.surface, t.px(14));
    draw->AddRect(p, q, selected ? t.accent : t.border, t.px(14), 0, selected ? t.px(2) : t.px(1));

    const float r = t.px(22);
    const ImVec2 avatarCentre(p.x + t.px(14) + r, p.y + t.px(16) + r);
    widgets::avatar(draw, avatarCentre, r, card.id, initialsOf(card.displayName),
                    ctx.fonts.bodyBold, avatarPhoto(ctx, card.id, card.hasPhoto));
    // Warmth: a small dot on the avatar.
    draw->AddCircleFilled(ImVec2(avatarCentre.x + r * 0.72f, avatarCentre.y + r * 0.72f), t.px(6),
                          t.surface, 16);
    draw->AddCircleFilled(ImVec2(avatarCentre.x + r * 0.72f, avatarCentre.y + r * 0.72f),
                          t.px(4.5f), t.warmth(hit.warmth.level), 16);

    const float x = p.x + t.px(14) + 2 * r + t.px(12);
    const float right = q.x - t.px(14);
    ImFont* bold = ctx.fonts.bodyBold;
    ImFont* small = ctx.fonts.small;
    const std::string circle(circleName(card.circle));
    const float cw = widgets::chipWidth(circle, small);
    const bool showChip = right - cw > x + t.px(110);
    const ImVec4 nameClip(x, p.y, showChip ? right - cw - t.px(6) : right, q.y);
    widgets::userText(draw, bold, ImVec2(x, p.y + t.px(12)), t.text, card.displayName, &nameClip,
                      nameClip.z);
    if (showChip)
        widgets::chip(draw, ImVec2(right - cw, p.y + t.px(11)), circle, t.accentSoft, t.accent,
                      small);

    const ImVec4 clip(x, p.y, right, q.y);
    const std::string role = card.roleLine();
    widgets::userText(draw, small, ImVec2(x, p.y + t.px(34)), t.textMuted, role, &clip);

    std::string line3;
    ImU32 line3Colour = t.textMuted;
    if (!page.request.text.empty() && !hit.matches.empty()) {
        line3 = RK_ICON_SEARCH " " + hit.matchLabel();
        line3Colour = hit.matchedIndirectly() ? t.good : t.accent;
    } else {
        line3 = card.lastContactAt
                    ? "Last talked " + agoText(localDateOf(*card.lastContactAt), ctx.today)
                    : std::string("Not in touch yet");
        line3 += " · " + std::string(warmthName(hit.warmth.level));
        if (!card.nextDue.empty() && card.nextDue < ctx.today.iso()) line3Colour = t.warn;
    }
    widgets::userText(draw, small, ImVec2(x, p.y + t.px(53)), line3Colour, line3, &clip);
    if (!card.tags.empty()) {
        const std::string tags = RK_ICON_TAG " " + card.tags;
        widgets::userText(draw, small, ImVec2(x, p.y + t.px(72)), t.textMuted, tags, &clip);
    }
}

} // namespace rk::app
