#include "app/photos/photo_cache.h"
#include "core/image/avatar_pixels.h"
#include "core/read/contact_photo.h"
#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "tests/support/memory_textures.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_images.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

using namespace rk;
using app::PhotoCache;
using app::Tab;
using test::Rgba;

namespace {

constexpr std::int64_t kNow = 1'795'000'000; // mid November 2026

// A 96 x 96 photo in one colour.
std::vector<unsigned char> photoOf(Rgba colour) {
    return test::encodePng(96, 96, test::makePixels(96, 96, [&](int, int) { return colour; }));
}

// `count` people named Person 000…, each with a photo of their own colour,
// except `broken` (bytes that are no image) and `none` (no photo).
struct PhotoDeck : test::TempStore {
    std::vector<ContactId> ids;
    ContactId broken = 0;
    ContactId none = 0;

    explicit PhotoDeck(int count) : TempStore(kNow) {
        store.change("setup", [&] {
            ContactRepo contacts(store.db());
            for (int i = 0; i < count; ++i) {
                Contact c;
                char name[32];
                std::snprintf(name, sizeof name, "Person %03d", i);
                c.displayName = name;
                c.photo = photoOf({static_cast<unsigned char>(i), 120, 200, 255});
                ids.push_back(contacts.insert(c, kNow - 86400));
            }
            Contact b;
            b.displayName = "Zed Broken";
            b.photo = {0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00};
            broken = contacts.insert(b, kNow - 86400);
            Contact n;
            n.displayName = "Zoe Nophoto";
            none = contacts.insert(n, kNow - 86400);
        });
        store.history().clear();
    }
};

// One frame of views asking for `ids`, then the App's load before the next.
void drawAndLoad(PhotoCache& cache, PhotoReader& reader, const std::vector<ContactId>& ids) {
    cache.beginFrame();
    for (ContactId id : ids)
        (void)cache.photo(id);
    while (cache.loading()) {
        cache.beginFrame();
        for (ContactId id : ids)
            (void)cache.photo(id);
        cache.load(reader);
    }
}

// The textures the last rendered frame drew with, other than the font atlas.
std::vector<ImTextureID> imagesDrawn() {
    std::vector<ImTextureID> out;
    const ImDrawData* data = ImGui::GetDrawData();
    const ImTextureID font = ImGui::GetIO().Fonts->TexID;
    for (int l = 0; l < data->CmdListsCount; ++l)
        for (const ImDrawCmd& cmd : data->CmdLists[l]->CmdBuffer)
            if (cmd.TextureId != font && cmd.ElemCount > 0) out.push_back(cmd.TextureId);
    return out;
}

} // namespace

TEST_CASE("The photo cache keeps at most 64 textures, the least recently drawn going first",
          "[ui][photos]") {
    PhotoDeck deck(150);
    test::MemoryTextures textures;
    PhotoReader reader(deck.store.db());
    {
        PhotoCache cache(textures);
        // Scroll through the deck ten people at a time.
        for (size_t first = 0; first + 10 <= deck.ids.size(); first += 10) {
            const std::vector<ContactId> screen(deck.ids.begin() + static_cast<long>(first),
                                                deck.ids.begin() + static_cast<long>(first) + 10);
            drawAndLoad(cache, reader, screen);
            for (ContactId id : screen)
                REQUIRE(cache.photo(id) != 0); // everyone on screen has their photo
            REQUIRE(cache.textureCount() <= PhotoCache::kCapacity);
            REQUIRE(textures.live() == cache.textureCount());
        }
        CHECK(textures.created == 150);
        CHECK(textures.destroyed == 150 - static_cast<int>(PhotoCache::kCapacity));

        // The last screens are still there; the first ones went and come back on demand.
        cache.beginFrame();
        CHECK(cache.photo(deck.ids.back()) != 0);
        CHECK(cache.photo(deck.ids.front()) == 0);
        CHECK(cache.loading());
        drawAndLoad(cache, reader, {deck.ids.front()});
        CHECK(cache.photo(deck.ids.front()) != 0);
        CHECK(textures.created == 151);

        // Each texture is the photo, scaled once: 96 px stays 96, in its own colour.
        const auto* tex = textures.find(cache.photo(deck.ids[149]));
        REQUIRE(tex != nullptr);
        CHECK(tex->width == 96);
        CHECK(tex->height == 96);
        CHECK(tex->rgba[0] == 149);
        CHECK(tex->rgba[1] == 120);
    }
    CHECK(textures.live() == 0); // the cache lets every texture go when it goes
}

TEST_CASE("A photo that does not decode, or none, costs no texture and no retry", "[ui][photos]") {
    PhotoDeck deck(1);
    test::MemoryTextures textures;
    PhotoReader reader(deck.store.db());
    PhotoCache cache(textures);
    CHECK(reader.stamp(deck.none) == 0);
    CHECK(reader.stamp(deck.broken) != 0);
    drawAndLoad(cache, reader, {deck.broken, deck.none});
    cache.beginFrame();
    CHECK(cache.photo(deck.broken) == 0);
    CHECK(cache.photo(deck.none) == 0);
    CHECK_FALSE(cache.loading()); // remembered: not asked for again every frame
    CHECK(textures.created == 0);
}

TEST_CASE("A changed photo replaces the cached one", "[ui][photos]") {
    PhotoDeck deck(2);
    test::MemoryTextures textures;
    PhotoReader reader(deck.store.db());
    PhotoCache cache(textures);
    drawAndLoad(cache, reader, deck.ids);
    const auto before = cache.photo(deck.ids[0]);
    REQUIRE(before != 0);
    deck.clock.advance(60);
    deck.store.change("new photo", [&] {
        ContactRepo contacts(deck.store.db());
        auto c = contacts.get(deck.ids[0]);
        REQUIRE(c);
        c->photo = photoOf({10, 250, 10, 255});
        contacts.update(*c, deck.clock.now());
    });
    cache.revalidate(reader);
    CHECK(textures.find(before) == nullptr);
    CHECK(cache.photo(deck.ids[1]) != 0); // untouched
    drawAndLoad(cache, reader, {deck.ids[0]});
    const auto* tex = textures.find(cache.photo(deck.ids[0]));
    REQUIRE(tex != nullptr);
    CHECK(tex->rgba[1] == 250);
}

TEST_CASE("A person with a photo is drawn with it, others with initials", "[ui][photos]") {
    PhotoDeck deck(3);
    test::UiHarness ui(deck.store, deck.clock);
    auto& textures = ui.services().memoryTextures;
    ui.app().setTab(Tab::Deck);
    ui.frames(4);

    // Only the people on screen with a photo got a texture; the broken photo
    // and the missing one show initials.
    CHECK(textures.live() == 3);
    CHECK(ui.app().photos().textureCount() == 3);
    const std::vector<ImTextureID> drawn = imagesDrawn();
    CHECK(drawn.size() == 3);
    for (ImTextureID id : drawn)
        CHECK(textures.find(reinterpret_cast<platform::Textures::Id>(id)) != nullptr);

    SECTION("the contact page shows the photo too") {
        ui.app().openContact(deck.ids[1]);
        ui.frames(3);
        const std::vector<ImTextureID> page = imagesDrawn();
        REQUIRE(page.size() == 1);
        const auto* tex = textures.find(reinterpret_cast<platform::Textures::Id>(page[0]));
        REQUIRE(tex != nullptr);
        CHECK(tex->rgba[0] == 1);
    }
    SECTION("nothing is loaded while nothing new is drawn") {
        const int created = textures.created;
        ui.frames(5);
        CHECK(textures.created == created);
    }
}
