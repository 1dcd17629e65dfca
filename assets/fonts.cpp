#include "assets/fonts.h"

extern "C" {
extern const unsigned char rk_font_inter_regular[];
extern const unsigned long rk_font_inter_regular_size;
extern const unsigned char rk_font_inter_semibold[];
extern const unsigned long rk_font_inter_semibold_size;
extern const unsigned char rk_font_icons[];
extern const unsigned long rk_font_icons_size;
}

namespace rk::assets {

std::span<const unsigned char> interRegular() {
    return {rk_font_inter_regular, rk_font_inter_regular_size};
}
std::span<const unsigned char> interSemiBold() {
    return {rk_font_inter_semibold, rk_font_inter_semibold_size};
}
std::span<const unsigned char> iconFont() {
    return {rk_font_icons, rk_font_icons_size};
}

} // namespace rk::assets
