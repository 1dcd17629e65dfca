#pragma once
#include "app/view_context.h"
#include "core/repo/contact_repo.h"

#include <vector>

namespace rk::app {

// The card deck: every active contact as a card, virtualised so that 100k
// contacts cost no more per frame than 10.
class DeckView final : public View {
public:
    [[nodiscard]] const std::vector<ContactCard>& cards() const { return m_cards; }
    [[nodiscard]] float scrollY() const { return m_scrollY; }
    [[nodiscard]] int firstVisible() const { return m_firstVisible; }

protected:
    void reload(ViewContext& ctx) override;
    void drawContent(ViewContext& ctx) override;

private:
    void drawCard(ViewContext& ctx, const ContactCard& card, float width, float height);

    std::vector<ContactCard> m_cards;
    float m_scrollY = 0.f;
    int m_firstVisible = 0;
};

} // namespace rk::app
