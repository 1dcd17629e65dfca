#include "platform/fontconfig_finder.h"

#include <fontconfig/fontconfig.h>

#include <cstring>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace rk::platform {

namespace {

// A font file mapped read-only: only the pages stb_truetype reads (cmap,
// glyf/CFF of the few glyphs baked) are ever loaded.
class MappedFont final : public FontBytes {
public:
    MappedFont(void* data, size_t size) : m_data(data), m_size(size) {}
    ~MappedFont() override { munmap(m_data, m_size); }
    MappedFont(const MappedFont&) = delete;
    MappedFont& operator=(const MappedFont&) = delete;
    [[nodiscard]] std::span<const unsigned char> bytes() const override {
        return {static_cast<const unsigned char*>(m_data), m_size};
    }

private:
    void* m_data;
    size_t m_size;
};

// stb_truetype (ImGui's rasteriser) reads TrueType and CFF outlines; bitmap
// fonts and colour emoji (CBDT) it cannot draw.
bool drawable(FcPattern* font) {
    FcChar8* format = nullptr;
    if (FcPatternGetString(font, FC_FONTFORMAT, 0, &format) != FcResultMatch) return false;
    const auto* f = reinterpret_cast<const char*>(format);
    if (std::strcmp(f, "TrueType") != 0 && std::strcmp(f, "CFF") != 0) return false;
    FcBool color = FcFalse;
    return FcPatternGetBool(font, FC_COLOR, 0, &color) != FcResultMatch || !color;
}

class FontconfigFinder final : public FontFinder {
public:
    ~FontconfigFinder() override {
        for (Chosen& c : m_chosen)
            FcCharSetDestroy(c.charset);
        if (m_config) FcConfigDestroy(m_config);
    }

    std::optional<FontFace> faceFor(char32_t codePoint, bool bold) override {
        // A face already chosen for this weight usually has the next
        // character of the same script too: no fontconfig query for it.
        for (const Chosen& c : m_chosen)
            if (c.bold == bold && FcCharSetHasChar(c.charset, codePoint)) return c.face;
        // Loaded on the first character Inter lacks, not at start-up.
        if (!m_config && !(m_config = FcInitLoadConfigAndFonts())) return std::nullopt;

        FcPattern* pattern = FcPatternCreate();
        FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>("sans-serif"));
        FcCharSet* wanted = FcCharSetCreate();
        FcCharSetAddChar(wanted, codePoint);
        FcPatternAddCharSet(pattern, FC_CHARSET, wanted);
        FcCharSetDestroy(wanted);
        FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
        FcPatternAddBool(pattern, FC_SCALABLE, FcTrue);
        FcConfigSubstitute(m_config, pattern, FcMatchPattern);
        FcDefaultSubstitute(pattern);

        // The fonts in fontconfig's order of preference for this pattern; the
        // first that really has the character wins.
        FcResult result = FcResultNoMatch;
        FcFontSet* sorted = FcFontSort(m_config, pattern, FcFalse, nullptr, &result);
        std::optional<FontFace> found;
        for (int i = 0; sorted && i < sorted->nfont && !found; ++i) {
            FcPattern* font = sorted->fonts[i];
            FcCharSet* charset = nullptr;
            FcChar8* file = nullptr;
            int index = 0;
            if (FcPatternGetCharSet(font, FC_CHARSET, 0, &charset) != FcResultMatch ||
                !FcCharSetHasChar(charset, codePoint) || !drawable(font) ||
                FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch)
                continue;
            FcPatternGetInteger(font, FC_INDEX, 0, &index);
            found = FontFace{reinterpret_cast<const char*>(file), index};
            m_chosen.push_back({*found, FcCharSetCopy(charset), bold});
        }
        if (sorted) FcFontSetDestroy(sorted);
        FcPatternDestroy(pattern);
        return found;
    }

    std::unique_ptr<FontBytes> open(const FontFace& face) override {
        const int fd = ::open(face.file.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return nullptr;
        struct stat st {};
        void* data = MAP_FAILED;
        if (fstat(fd, &st) == 0 && st.st_size > 0)
            data = mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        ::close(fd);
        if (data == MAP_FAILED) return nullptr;
        return std::make_unique<MappedFont>(data, static_cast<size_t>(st.st_size));
    }

private:
    struct Chosen {
        FontFace face;
        FcCharSet* charset; // owned
        bool bold;
    };
    FcConfig* m_config = nullptr;
    std::vector<Chosen> m_chosen;
};

} // namespace

std::unique_ptr<FontFinder> makeFontconfigFinder() {
    return std::make_unique<FontconfigFinder>();
}

} // namespace rk::platform
