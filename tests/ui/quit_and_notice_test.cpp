// Issue 16: Ctrl+Q (or the palette's "Quit Rekindle") ends the window loop,
// and a notice from outside the frame (the last run crashed) shows once as a toast.
#include "tests/support/temp_store.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>


using namespace rk;

namespace {
platform::FrameRequest frameRequest(test::UiHarness& ui) {
    platform::FrameRequest request;
    ui.frameWith([&] { request = ui.app().frame(); });
    return request;
}
} // namespace

TEST_CASE("Ctrl+Q asks the window to close, and nothing else does", "[ui][quit]") {
    test::TempStore t(1'795'000'000);
    test::UiHarness ui(t.store, t.clock);
    ui.frames(2);
    CHECK_FALSE(frameRequest(ui).quit);
    ui.press('Q'); // a plain Q is not Quit
    CHECK_FALSE(frameRequest(ui).quit);
    ui.press('Q', true);
    CHECK(frameRequest(ui).quit); // and it stays asked until the loop ends
}

TEST_CASE("A notice from outside the app shows as a toast with no Undo", "[ui][notice]") {
    test::TempStore t(1'795'000'000);
    test::UiHarness ui(t.store, t.clock);
    ui.app().notify("Rekindle closed unexpectedly last time (signal 11).");
    ui.frames(1);
    // The toast is drawn through the text pipeline, so it is witnessed by the toast itself.
    CHECK(ui.app().toast().text == "Rekindle closed unexpectedly last time (signal 11).");
    CHECK(ui.app().toast().visible(ImGui::GetTime()));
    CHECK_FALSE(ui.app().toast().isError);
    CHECK_FALSE(ui.app().toast().canUndo);
}
