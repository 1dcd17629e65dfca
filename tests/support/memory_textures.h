#pragma once
#include "platform/services.h"

#include <cstddef>
#include <map>
#include <vector>

namespace rk::test {

// Textures kept in memory: the headless harness has no GL, but what the app
// uploads is the real pixels, which tests can count and look at.
class MemoryTextures final : public platform::Textures {
public:
    struct Texture {
        int width = 0;
        int height = 0;
        std::vector<unsigned char> rgba;
    };

    [[nodiscard]] Id create(int width, int height, const unsigned char* rgba) override {
        if (width <= 0 || height <= 0 || rgba == nullptr) return 0;
        const Id id = m_next++;
        const auto bytes = static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4;
        m_live[id] = Texture{width, height, std::vector<unsigned char>(rgba, rgba + bytes)};
        ++created;
        return id;
    }
    void destroy(Id id) override {
        if (m_live.erase(id) != 0) ++destroyed;
    }

    [[nodiscard]] const Texture* find(Id id) const {
        auto it = m_live.find(id);
        return it == m_live.end() ? nullptr : &it->second;
    }
    [[nodiscard]] std::size_t live() const { return m_live.size(); }

    int created = 0;
    int destroyed = 0;

private:
    std::map<Id, Texture> m_live;
    Id m_next = 1;
};

} // namespace rk::test
