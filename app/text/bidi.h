#pragma once
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace rk::app::text {

// Text the way it is drawn: ImGui lays glyphs out left to right, one code
// point each, so right-to-left runs are put in visual order and Arabic
// letters in their joined presentation forms (FriBidi) before it draws them.
// Stored, searched, sorted and exported text stays in logical order; only
// the drawing path sees this.
struct VisualText {
    std::string text;         // UTF-8, left to right as drawn
    bool rightToLeft = false; // the first line's direction (its first strong letter)
};

// True when `utf8` holds a right-to-left letter, an Arabic-joining letter or
// a directional mark: text without any is drawn exactly as stored.
[[nodiscard]] bool needsBidi(std::string_view utf8);

// A paragraph's direction: its first strong letter's (Unicode's rule P2-P3,
// left to right when there is none), or given (a wrapped paragraph's later
// lines keep the direction of the paragraph they belong to).
enum class Direction { Auto, LeftToRight, RightToLeft };

// Reorders and shapes each line of `logical` (lines end at '\n') as its own
// paragraph.
[[nodiscard]] VisualText toVisual(std::string_view logical, Direction direction = Direction::Auto);

// The drawn form of every string a frame shows, kept between frames: a name
// on screen is reordered once, not sixty times a second. Bounded: past
// `capacity` strings it starts again at the next trim().
class BidiCache {
public:
    explicit BidiCache(size_t capacity = 2048) : m_capacity(capacity) {}

    struct Shown {
        std::string_view text; // as drawn; valid until trim()
        bool rightToLeft = false;
    };
    // Text that needs no bidi is returned as it is (a view of `logical`).
    [[nodiscard]] Shown get(std::string_view logical, Direction direction = Direction::Auto);
    // Between frames, never while a frame holds views into the cache.
    void trim();
    [[nodiscard]] size_t size() const { return m_entries.size(); }

private:
    // Looked up by string_view: no allocation for a string already shown.
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    size_t m_capacity;
    std::unordered_map<std::string, VisualText, Hash, std::equal_to<>>
        m_entries; // nodes never move: views stay valid
};

} // namespace rk::app::text
