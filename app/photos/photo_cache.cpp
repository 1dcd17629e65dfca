#include "app/photos/photo_cache.h"

#include "core/image/avatar_pixels.h"
#include "core/read/contact_photo.h"

#include <algorithm>

namespace rk::app {

PhotoCache::~PhotoCache() {
    for (auto& [id, entry] : m_entries)
        if (entry.texture != 0) m_textures.destroy(entry.texture);
}

platform::Textures::Id PhotoCache::photo(ContactId id) {
    auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        if (std::find(m_wanted.begin(), m_wanted.end(), id) == m_wanted.end())
            m_wanted.push_back(id);
        return 0;
    }
    it->second.lastUsed = m_frame;
    return it->second.texture;
}

void PhotoCache::drop(std::unordered_map<ContactId, Entry>::iterator it) {
    if (it->second.texture != 0) {
        m_textures.destroy(it->second.texture);
        --m_textureCount;
    }
    m_entries.erase(it);
}

void PhotoCache::revalidate(PhotoReader& reader) {
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        auto next = std::next(it);
        if (reader.stamp(it->first) != it->second.stamp) drop(it);
        it = next;
    }
}

void PhotoCache::load(PhotoReader& reader) {
    int loaded = 0;
    auto it = m_wanted.begin();
    for (; it != m_wanted.end() && loaded < kLoadsPerFrame; ++it) {
        const ContactId id = *it;
        if (m_entries.count(id) != 0) continue;
        Entry entry;
        entry.lastUsed = m_frame;
        entry.stamp = reader.stamp(id);
        if (entry.stamp != 0) {
            ++loaded;
            // Bytes that do not decode (or are too big) leave the initials.
            if (auto pixels = image::decodeAvatar(reader.bytes(id))) {
                entry.texture =
                    m_textures.create(pixels->width, pixels->height, pixels->rgba.data());
                if (entry.texture != 0) ++m_textureCount;
            }
        }
        m_entries.emplace(id, entry);
    }
    m_wanted.erase(m_wanted.begin(), it);
    evict();
}

void PhotoCache::evict() {
    // Oldest first; what the last frame drew may still be in the GPU's hands.
    auto oldest = [&](bool withTexture) {
        auto found = m_entries.end();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (withTexture && it->second.texture == 0) continue;
            if (it->second.lastUsed + 1 >= m_frame) continue;
            if (found == m_entries.end() || it->second.lastUsed < found->second.lastUsed)
                found = it;
        }
        return found;
    };
    while (m_textureCount > kCapacity) {
        auto it = oldest(true);
        if (it == m_entries.end()) break; // all on screen: over the cap until they scroll away
        drop(it);
    }
    while (m_entries.size() > kMaxEntries) {
        auto it = oldest(false);
        if (it == m_entries.end()) break;
        drop(it);
    }
}

} // namespace rk::app
