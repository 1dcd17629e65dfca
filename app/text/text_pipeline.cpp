#include "app/text/text_pipeline.h"

#include <utility>

namespace rk::app::text {

namespace {
TextPipeline* g_current = nullptr; // the pipeline of the ImGui context in use (see the class)
} // namespace

TextPipeline::TextPipeline(ImFontAtlas& atlas, Fonts& fonts, float scale,
                           platform::FontFinder* finder, FontFallback::Log log)
    : m_atlas(atlas), m_fonts(fonts), m_scale(scale), m_shaper(finder),
      m_fallback(finder, std::move(log)) {
    g_current = this;
}

TextPipeline::~TextPipeline() {
    if (g_current == this) g_current = nullptr;
}

BidiCache::Shown TextPipeline::shown(std::string_view logical, Direction direction) {
    BidiCache::Shown out = m_bidi.get(logical, direction);
    out.text = m_shaper.get(out.text);
    if (m_fonts.body) m_demand.note(out.text, *m_fonts.body);
    return out;
}

void TextPipeline::noteGlyphs(std::string_view drawn) {
    if (m_fonts.body) m_demand.note(drawn, *m_fonts.body);
}

void TextPipeline::noteTyped() {
    if (!m_fonts.body) return;
    for (ImWchar c : ImGui::GetIO().InputQueueCharacters)
        m_demand.note(static_cast<char32_t>(c), *m_fonts.body);
}

bool TextPipeline::betweenFrames() {
    m_bidi.trim();
    m_shaper.trim();
    if (!m_demand.pending()) return false;
    m_fonts = m_fallback.rebake(m_atlas, m_scale, m_demand.take(), &m_shaper);
    return true;
}

BidiCache::Shown shown(std::string_view logical, Direction direction) {
    return g_current ? g_current->shown(logical, direction) : BidiCache::Shown{logical, false};
}

void noteGlyphs(std::string_view drawn) {
    if (g_current) g_current->noteGlyphs(drawn);
}

void noteTyped() {
    if (g_current) g_current->noteTyped();
}

TextPipeline* currentPipeline() {
    return g_current;
}

} // namespace rk::app::text
