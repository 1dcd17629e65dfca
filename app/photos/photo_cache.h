#pragma once
#include "app/view_context.h"
#include "core/model/contact.h"
#include "platform/services.h"

#include <cstddef>
#include <cstdint>
#include <imgui.h>
#include <unordered_map>
#include <vector>

namespace rk {
class PhotoReader;
}

namespace rk::app {

// The avatars' photos on the GPU, only for the people being drawn. A view
// asks for a person's texture while it draws (photo(): a map lookup, no
// database, no decoding); the App loads what was missing before the next
// frame (load(): read the bytes, decode and scale once to 128 px in core,
// upload), a few per frame so scrolling stays smooth. At most kCapacity
// textures stay, the least recently drawn going first: a 10k deck with a
// photo each costs 64 x 64 KB of textures, whichever part is on screen.
class PhotoCache {
public:
    // Three columns of deck cards on a tall screen, with room to scroll back.
    static constexpr std::size_t kCapacity = 64;
    // People known to have no usable photo are remembered too (no retry each
    // frame); all entries together stay under this.
    static constexpr std::size_t kMaxEntries = 2 * kCapacity;
    // Decoding and scaling a 720 px JPEG takes ~3 ms here (ASan build ~10):
    // six a frame fill a screen of cards within a few frames.
    static constexpr int kLoadsPerFrame = 6;

    explicit PhotoCache(platform::Textures& textures) : m_textures(textures) {}
    ~PhotoCache();
    PhotoCache(const PhotoCache&) = delete;
    PhotoCache& operator=(const PhotoCache&) = delete;

    // A new frame is about to be drawn.
    void beginFrame() { ++m_frame; }
    // The texture of `id`'s photo, or 0 (draw initials): not loaded yet (it
    // is asked for), or they have no photo that decodes.
    [[nodiscard]] platform::Textures::Id photo(ContactId id);
    // Something asked for is not loaded yet: draw another frame.
    [[nodiscard]] bool loading() const { return !m_wanted.empty(); }

    // Before a frame draws: the store moved, so photos may have changed or
    // gone (an undo, an import): entries whose photo's stamp moved are dropped.
    void revalidate(PhotoReader& reader);
    // Before a frame draws: loads up to kLoadsPerFrame of the photos asked
    // for, then lets the least recently drawn go beyond the capacity (never
    // one drawn in this frame or the last, which the GPU may still use).
    void load(PhotoReader& reader);

    [[nodiscard]] std::size_t textureCount() const { return m_textureCount; }
    [[nodiscard]] std::size_t entryCount() const { return m_entries.size(); }

private:
    struct Entry {
        platform::Textures::Id texture = 0; // 0: no photo, or it did not decode
        std::int64_t stamp = 0;             // PhotoReader::stamp when loaded
        std::uint64_t lastUsed = 0;         // the frame that last drew it
    };
    void evict();
    void drop(std::unordered_map<ContactId, Entry>::iterator it);

    platform::Textures& m_textures;
    std::unordered_map<ContactId, Entry> m_entries;
    std::vector<ContactId> m_wanted; // asked for while drawing, not loaded
    std::size_t m_textureCount = 0;
    std::uint64_t m_frame = 1;
};

// What an avatar shows for `id`: their photo's texture, or null for the
// initials. Only people known to have a photo (ContactCard::hasPhoto) are
// asked for, so nobody else costs a lookup.
[[nodiscard]] inline ImTextureID avatarPhoto(ViewContext& ctx, ContactId id, bool hasPhoto) {
    if (!hasPhoto || ctx.photos == nullptr) return nullptr;
    // ImGui's OpenGL backend reads its ImTextureID as the GL texture name.
    return reinterpret_cast<ImTextureID>(
        ctx.photos->photo(id)); // NOLINT(performance-no-int-to-ptr)
}

} // namespace rk::app
