// png_check FILE WIDTH HEIGHT: exits 0 when FILE is a PNG of that size that
// shows a real screen (not blank, not one flat colour), else prints why.
#include <stb_image.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: png_check FILE WIDTH HEIGHT\n");
        return 2;
    }
    int w = 0, h = 0, n = 0;
    unsigned char* px = stbi_load(argv[1], &w, &h, &n, 4);
    if (!px) {
        std::fprintf(stderr, "%s: not a readable PNG (%s)\n", argv[1], stbi_failure_reason());
        return 1;
    }
    const int wantW = std::atoi(argv[2]), wantH = std::atoi(argv[3]);
    int status = 0;
    if (w != wantW || h != wantH) {
        std::fprintf(stderr, "%s: %dx%d, expected %dx%d\n", argv[1], w, h, wantW, wantH);
        status = 1;
    }
    std::set<unsigned> colours;
    double sum = 0, sumSq = 0;
    const long count = static_cast<long>(w) * h;
    for (long i = 0; i < count; ++i) {
        const unsigned char* p = px + i * 4;
        colours.insert((unsigned(p[0]) << 16) | (unsigned(p[1]) << 8) | p[2]);
        const double lum = 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2];
        sum += lum;
        sumSq += lum * lum;
    }
    const double mean = sum / count;
    const double stddev = std::sqrt(sumSq / count - mean * mean);
    if (colours.size() < 64 || stddev < 4.0) {
        std::fprintf(stderr, "%s looks blank: %zu colours, contrast %.1f\n", argv[1], colours.size(), stddev);
        status = 1;
    } else {
        std::printf("%s: %dx%d, %zu colours, contrast %.1f\n", argv[1], w, h, colours.size(), stddev);
    }
    stbi_image_free(px);
    return status;
}
