#pragma once
#include "platform/services.h"

namespace rk::platform {

// Textures in the window's OpenGL 3.3 context: linear filtering (an avatar
// is drawn at a few sizes from one upload), clamped edges. The context must
// be current; the Window owns one and outlives the App that uses it.
class GlTextures final : public Textures {
public:
    [[nodiscard]] Id create(int width, int height, const unsigned char* rgba) override;
    void destroy(Id id) override;
};

} // namespace rk::platform
