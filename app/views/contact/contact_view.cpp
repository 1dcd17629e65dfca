#include "app/views/contact/contact_view.h"
#include "app/widgets/user_text.h"

#include "app/input/keys.h"
#include "app/input/shortcuts.h"
#include "app/photos/photo_cache.h"
#include "app/theme/icons.h"
#include "app/views/contact/contact_connections.h"
#include "app/views/contact/contact_links.h"
#include "app/views/contact/contact_server_values.h"
#include "app/widgets/card.h"
#include "app/widgets/dialog.h"
#include "app/widgets/widgets.h"
#include "core/time/humanize.h"

#include <imgui.h>

namespace rk::app {

namespace {
constexpr float kMaxPageWidth = 640.f;
constexpr const char* kTrashPopup = "##trash-confirm";

void centredLine(const std::string& text, ImFont* font, ImU32 colour, float x, float width) {
    ImGui::PushFont(font);
    const float w = std::min(widgets::userTextWidth(text, font), width);
    ImGui::SetCursorPosX(x + (width - w) * 0.5f);
    ImGui::PushTextWrapPos(x + width);
    widgets::text(text, colour, w >= width);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
}
} // namespace

// [SECTION] Opening and loading

void ContactView::open(std::int64_t contactId) {
    m_mode = Mode::Page;
    m_contactId = contactId;
    m_form.close();
    m_timeline.reset();
    m_remind.close();
    m_linkSheet.close();
    m_confirmTrash = false;
    m_scrollToTop = true;
}

void ContactView::startNew() {
    open(0);
    m_mode = Mode::Creating;
    m_form.startNew();
}

void ContactView::close() {
    m_mode = Mode::Closed;
    m_contactId = 0;
    m_form.close();
    m_remind.close();
    m_confirmTrash = false;
}

void ContactView::reopenForm() {
    m_mode = Mode::Creating;
    m_form.reopen();
}

ContactId ContactView::pageWanted() const {
    return m_mode == Mode::Closed || m_mode == Mode::Creating ? 0 : m_contactId;
}

void ContactView::draw(ViewContext& ctx) {
    if (m_form.isOpen()) {
        drawForm(ctx);
        return;
    }
    if (m_mode == Mode::Creating) return; // the create is on its way
    // The read models hold this person's page (or nothing: they are gone);
    // the actions below read it while this frame draws.
    const auto& page = ctx.models.contactPage();
    m_page = page && page->contact.id == m_contactId ? &*page : nullptr;
    drawPage(ctx);
    m_page = nullptr;
}

// [SECTION] The form

void ContactView::drawForm(ViewContext& ctx) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail, ctx.theme.px(kMaxPageWidth));
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
    ImGui::BeginChild("##contact-form-column", ImVec2(width, 0), false,
                      ImGuiWindowFlags_NoScrollbar);
    const ContactForm::Outcome outcome = m_form.draw(ctx);
    ImGui::EndChild();
    if (outcome == ContactForm::Outcome::Open) return;
    if (outcome == ContactForm::Outcome::Cancelled) {
        if (m_mode == Mode::Creating)
            ctx.push(intent::CloseContact{});
        else
            m_mode = Mode::Page;
        return;
    }
    if (m_mode == Mode::Creating) {
        // The App saves the person and opens their page; if saving fails, a toast says why.
        ctx.push(intent::CreateContact{m_form.build(), m_form.draft().introducedBy});
        return;
    }
    ctx.push(intent::UpdateContact{m_form.build()});
    m_mode = Mode::Page;
}

// [SECTION] The page

void ContactView::drawPage(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    handleKeys(ctx);
    if (m_mode == Mode::Closed) return;
    // On a wide window the page keeps a readable width, centred.
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail, t.px(kMaxPageWidth));
    const float left = ImGui::GetCursorPosX() + (avail - width) * 0.5f;
    ImGui::SetCursorPosX(left);
    const char* back =
        m_besideDeck ? RK_ICON_TIMES "  Close  (Esc)" : RK_ICON_ARROW_LEFT "  Back  (Esc)";
    if (widgets::secondaryButton(back, t, t.px(130))) {
        ctx.push(intent::CloseContact{});
        return;
    }
    if (!m_page) {
        m_scrollToTop = false;
        widgets::emptyState(
            RK_ICON_USER, "This person is gone",
            "They may have been deleted for good. Ctrl+Z brings back the last change.", t,
            ctx.fonts);
        return;
    }

    // Like the deck: no scrollbar on a phone-styled page; wheel, drag and keys scroll it.
    ImGui::SetCursorPosX(left);
    ImGui::BeginChild("##contact-page", ImVec2(width, 0), false, ImGuiWindowFlags_NoScrollbar);
    // ImGui applies a new scroll position when the window next begins: the
    // page is at the top from the frame after the person was opened.
    if (m_scrollToTop && ImGui::GetScrollY() == 0.f) m_scrollToTop = false;
    if (m_scrollToTop) ImGui::SetScrollY(0.f);
    m_scrollY = ImGui::GetScrollY();
    drawHeader(ctx);
    drawStatusBanner(ctx);
    drawServerValuesCard(ctx, *m_page);
    drawFollowUpCard(ctx, *m_page);
    drawReciprocityCard(ctx, *m_page);
    drawAboutCard(ctx, *m_page);
    switch (drawConnectionsCard(ctx, *m_page)) {
    case ConnectionsAction::LinkSomeone:
        linkSomeone();
        break;
    case ConnectionsAction::WhoIntroduces:
        whoIntroduces(ctx);
        break;
    case ConnectionsAction::None:
        break;
    }
    ImGui::Dummy(ImVec2(0, t.px(2)));
    m_timeline.draw(ctx, m_page->timeline, !inTrash());
    if (m_page->timelineTruncated) {
        ImGui::PushFont(ctx.fonts.small);
        widgets::text("Showing the latest " + std::to_string(ContactPage::kTimelineLimit) +
                          " interactions. The Log tab has all of them.",
                      t.textMuted);
        ImGui::PopFont();
    }
    ImGui::Dummy(ImVec2(0, t.px(6)));
    drawShelfActions(ctx);
    ImGui::Dummy(ImVec2(0, t.px(70))); // room above the toast
    ImGui::EndChild();

    m_remind.draw(ctx, m_contactId, m_page->contact.displayName);
    m_linkSheet.draw(ctx);
    drawTrashPopup(ctx);
}

void ContactView::handleKeys(ViewContext& ctx) {
    if (!ctx.keyboardFree || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    if (m_timeline.isEditing()) return; // its editor owns Esc and Ctrl+Enter
    if (keys::pressed(ImGuiKey_Escape)) {
        ctx.push(intent::CloseContact{});
        return;
    }
    if (!m_page || !keys::noMods()) return;
    if (keys::pressed(shortcut::ContactLog)) {
        if (!m_besideDeck) logNow(ctx); // beside the deck, its L logs this same person
    } else if (keys::pressed(shortcut::ContactRemind))
        openRemind(ctx);
    else if (keys::pressed(shortcut::ContactEdit))
        startEdit();
    else if (keys::pressed(shortcut::ContactArchive))
        toggleArchive(ctx);
    else if (keys::pressed(shortcut::ContactTrash))
        trashOrRestore(ctx);
    else if (keys::pressed(shortcut::ContactLinkSomeone))
        linkSomeone();
    else if (keys::pressed(shortcut::ContactWhoIntroduces))
        whoIntroduces(ctx);
    else if (!m_besideDeck)
        m_timeline.handleKeys(ctx, m_page->timeline);
}

void ContactView::drawHeader(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const Contact& c = m_page->contact;
    widgets::Card card(t, t.px(18));
    const float x = ImGui::GetCursorPosX();
    const float w = card.innerWidth();

    const float r = t.px(38);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    widgets::avatar(ImGui::GetWindowDrawList(), ImVec2(p.x + w * 0.5f, p.y + r), r, c.id,
                    c.initials(), ctx.fonts.title, avatarPhoto(ctx, c.id, !c.photo.empty()));
    ImGui::Dummy(ImVec2(w, 2 * r));
    centredLine(c.displayName, ctx.fonts.title, t.text, x, w);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - t.px(6));
    if (!c.roleLine().empty()) centredLine(c.roleLine(), ctx.fonts.body, t.textMuted, x, w);

    // Circle, warmth and place as chips on one centred line.
    ImFont* small = ctx.fonts.small;
    const std::string circle(circleName(c.circle));
    const std::string warmth =
        std::string(RK_ICON_FIRE " ") + std::string(warmthName(m_page->warmth.level));
    const std::string place =
        c.location.empty() ? std::string() : RK_ICON_MAP_MARKER " " + c.location;
    const float gap = t.px(6);
    float total = widgets::chipWidth(circle, small) + gap + widgets::chipWidth(warmth, small);
    if (!place.empty()) total += gap + widgets::chipWidth(place, small);
    ImVec2 q = ImGui::GetCursorScreenPos();
    q.x += std::max(0.f, (w - total) * 0.5f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 warm = t.warmth(m_page->warmth.level);
    q.x += widgets::chip(draw, q, circle, t.accentSoft, t.accent, small) + gap;
    q.x +=
        widgets::chip(draw, q, warmth, widgets::withAlpha(warm, 36.f / 255.f), warm, small) + gap;
    if (!place.empty()) widgets::chip(draw, q, place, t.border, t.textMuted, small);
    ImGui::Dummy(ImVec2(w, small->FontSize * 1.55f));

    // The three everyday actions.
    const float third = (w - 2 * ImGui::GetStyle().ItemSpacing.x) / 3.f;
    ImGui::BeginDisabled(inTrash());
    if (widgets::primaryButton(RK_ICON_PENCIL "  Log  (L)", t, third)) logNow(ctx);
    ImGui::SameLine();
    if (widgets::secondaryButton(RK_ICON_BELL "  Remind  (R)", t, third)) openRemind(ctx);
    ImGui::SameLine();
    if (widgets::secondaryButton(RK_ICON_USER "  Edit  (E)", t, third)) startEdit();
    ImGui::EndDisabled();

    // One round button per way to reach them: the first email, phone, LinkedIn and site.
    std::vector<const ContactMethod*> reach;
    auto firstOf = [&](auto pred) {
        for (const ContactMethod& m : c.methods)
            if (pred(m) && !contact_links::methodUrl(m).empty()) {
                reach.push_back(&m);
                return;
            }
    };
    firstOf([](const ContactMethod& m) { return m.kind == MethodKind::Email; });
    firstOf([](const ContactMethod& m) { return m.kind == MethodKind::Phone; });
    firstOf([](const ContactMethod& m) { return contact_links::isLinkedIn(m); });
    firstOf([](const ContactMethod& m) {
        return m.kind == MethodKind::Url && !contact_links::isLinkedIn(m);
    });
    if (reach.empty()) return;
    const float d = t.px(40);
    const float rowW =
        static_cast<float>(reach.size()) * d + static_cast<float>(reach.size() - 1) * t.px(14);
    ImGui::SetCursorPosX(x + (w - rowW) * 0.5f);
    for (size_t i = 0; i < reach.size(); ++i) {
        const ContactMethod& m = *reach[i];
        if (i > 0) ImGui::SameLine(0, t.px(14));
        ImGui::PushID(static_cast<int>(i));
        const char* verb = m.kind == MethodKind::Email   ? "Email "
                           : m.kind == MethodKind::Phone ? "Call "
                                                         : "Open ";
        if (widgets::iconButton("##reach", contact_links::methodIcon(m), verb + m.value, t, d,
                                t.accent))
            ctx.push(intent::OpenLink{contact_links::methodUrl(m)});
        ImGui::PopID();
    }
}

void ContactView::drawStatusBanner(ViewContext& ctx) {
    if (!inTrash() && !archived()) return;
    const Theme& t = ctx.theme;
    const Contact& c = m_page->contact;
    widgets::Card card(t, t.px(14), inTrash() ? t.danger : t.info);
    const std::string text =
        inTrash() ? c.displayName + " is in the trash. They stay there until you empty it, so you "
                                    "can still restore them."
                  : c.displayName +
                        " is archived: out of your deck and your follow-ups, with everything kept.";
    widgets::text(text, t.text);
    if (widgets::primaryButton(inTrash() ? RK_ICON_UNDO "  Restore from the trash  (T)"
                                         : RK_ICON_UNDO "  Restore  (A)",
                               t, card.innerWidth())) {
        if (inTrash())
            trashOrRestore(ctx);
        else
            toggleArchive(ctx);
    }
}

void ContactView::drawShelfActions(ViewContext& ctx) {
    const Theme& t = ctx.theme;
    const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    ImGui::BeginDisabled(inTrash());
    if (widgets::secondaryButton(
            archived() ? RK_ICON_UNDO "  Restore  (A)" : RK_ICON_ARCHIVE "  Archive  (A)", t, half))
        toggleArchive(ctx);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text,
                          ImGui::ColorConvertU32ToFloat4(inTrash() ? t.text : t.danger));
    if (widgets::secondaryButton(inTrash() ? RK_ICON_UNDO "  Restore  (T)"
                                           : RK_ICON_TRASH "  Move to trash  (T)",
                                 t, half))
        trashOrRestore(ctx);
    ImGui::PopStyleColor();
}

// [SECTION] Actions

void ContactView::logNow(ViewContext& ctx) {
    if (inTrash()) return;
    ctx.push(intent::OpenLogSheet{m_contactId});
}

void ContactView::startEdit() {
    if (!m_page || inTrash()) return;
    m_mode = Mode::Editing;
    m_timeline.cancelEdit();
    m_form.startEdit(m_page->contact);
}

void ContactView::toggleArchive(ViewContext& ctx) {
    if (!m_page || inTrash()) return;
    if (archived())
        ctx.push(intent::RestoreFromArchive{m_contactId});
    else
        ctx.push(intent::ArchiveContact{m_contactId});
}

void ContactView::trashOrRestore(ViewContext& ctx) {
    if (!m_page) return;
    if (inTrash()) {
        ctx.push(intent::RestoreFromTrash{m_contactId});
        return;
    }
    m_confirmTrash = true; // asks first
    m_confirmTrashOpened = false;
}

void ContactView::linkSomeone() {
    if (!m_page || inTrash()) return;
    m_linkSheet.open(m_contactId, m_page->contact.displayName);
}

void ContactView::whoIntroduces(ViewContext& ctx) {
    if (!m_page || inTrash()) return;
    ctx.push(intent::ShowIntroPaths{m_page->contact.displayName});
}

void ContactView::openRemind(ViewContext& ctx) {
    if (!m_page || inTrash()) return;
    m_remind.open(ctx.today);
}

// [SECTION] Popups

void ContactView::drawTrashPopup(ViewContext& ctx) {
    if (!m_confirmTrash) return;
    const Theme& t = ctx.theme;
    if (!m_confirmTrashOpened) {
        ImGui::OpenPopup(kTrashPopup);
        m_confirmTrashOpened = true;
    }
    widgets::Dialog dialog(kTrashPopup, t);
    if (!dialog.open) {
        m_confirmTrash = false;
        return;
    }
    const std::string name = m_page ? m_page->contact.displayName : std::string();
    ImGui::PushFont(ctx.fonts.title);
    widgets::userTextWrapped("Move " + name + " to the trash?");
    ImGui::PopFont();
    widgets::text(
        "They leave your deck and your follow-ups. Their history stays with them, and you can "
        "restore them until you empty the trash.",
        t.textMuted);
    ImGui::Dummy(ImVec2(0, t.px(2)));
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(t.danger));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(t.danger));
    const bool confirm = widgets::primaryButton(RK_ICON_TRASH "  Move to trash  (Enter)", t) ||
                         keys::pressed(ImGuiKey_Enter) || keys::pressed(ImGuiKey_KeyPadEnter);
    ImGui::PopStyleColor(2);
    bool close = widgets::secondaryButton("Keep them  (Esc)", t) || keys::pressed(ImGuiKey_Escape);
    if (confirm && !close && m_page) {
        ctx.push(intent::MoveToTrash{m_contactId});
        close = true;
    }
    if (close) {
        m_confirmTrash = false;
        ImGui::CloseCurrentPopup();
    }
}

} // namespace rk::app
