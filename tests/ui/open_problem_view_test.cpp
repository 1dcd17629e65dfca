// Issue 16: a database that can't be opened gets a screen that explains it
// and offers what can be done (app/views/start/open_problem_view), drawn
// headless here for each bad-file kind.
#include "app/views/start/open_problem_view.h"
#include "app/widgets/item_probe.h"
#include "core/open/open_problem.h"
#include "tests/support/bad_files.h"
#include "tests/support/temp_store.h"
#include "tests/support/ui_harness.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <variant>

using namespace rk;
using app::OpenProblemChoice;

namespace {

// Where each labelled button was drawn in the last frame.
struct Buttons final : app::widgets::ItemProbe {
    Buttons() { app::widgets::setItemProbe(this); }
    ~Buttons() override { app::widgets::setItemProbe(nullptr); }
    void drawn(const char* label, ImVec2 min, ImVec2 max) override {
        std::string text = label;
        // Drop the icon and its two spaces in front: "Quit", not "\xef… Quit".
        if (const auto at = text.find("  "); at != std::string::npos) text = text.substr(at + 2);
        rects[text] = {min, max};
    }
    std::map<std::string, std::pair<ImVec2, ImVec2>> rects;
};

struct ProblemScreen : test::TempStore {
    test::UiHarness ui{store, clock};
    app::OpenProblemView view;
    Buttons buttons;
    std::optional<OpenProblemChoice> choice;

    ProblemScreen() : TempStore(1'795'000'000) {}

    void show(const OpenProblem& problem) { view.show(problem, dir.file("backups")); }
    std::string frame() {
        buttons.rects.clear();
        std::string text;
        ui.frameWith([&] {
            ImGui::LogToClipboard(0);
            if (auto c = view.draw(ui.theme(), ui.fonts())) choice = c;
            ImGui::LogFinish();
        });
        return ImGui::GetClipboardText();
    }
    void click(const std::string& label) {
        frame();
        REQUIRE(buttons.rects.count(label) == 1);
        const auto [min, max] = buttons.rects.at(label);
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2);
        frame();
        io.MouseDown[0] = true;
        frame();
        io.MouseDown[0] = false;
        frame();
    }
};

} // namespace

TEST_CASE("Each bad file's screen says what happened, that the file is unchanged, and offers a way on",
          "[ui][open-problem][bad-input]") {
    for (const test::BadFile& bad : test::kBadFiles) {
        DYNAMIC_SECTION(bad.name) {
            ProblemScreen s;
            test::TempDir files;
            const std::string path = bad.make(files);
            const auto problem = std::get<OpenProblem>(openOrExplain(path, s.clock));
            s.show(problem);
            const std::string text = s.frame();
            CHECK(text.find(problem.title) != std::string::npos);
            CHECK(text.find(problem.explanation.substr(0, 30)) != std::string::npos);
            CHECK(text.find("Rekindle has not changed this file.") != std::string::npos);
            CHECK(text.find("Restore from a backup") != std::string::npos);
            CHECK(s.buttons.rects.count("Open this file") == 1);
            CHECK(s.buttons.rects.count("Quit  (Ctrl+Q)") == 1);
            CHECK(s.buttons.rects.count("Open it read-only") == (problem.canOpenReadOnly ? 1u : 0u));
        }
    }
}

TEST_CASE("Quit, read-only and another file are each one click", "[ui][open-problem]") {
    ProblemScreen s;
    test::TempDir files;
    const std::string path = test::makeReadOnly(files);
    s.show(std::get<OpenProblem>(openOrExplain(path, s.clock)));

    SECTION("Quit") {
        s.click("Quit  (Ctrl+Q)");
        REQUIRE(s.choice);
        CHECK(s.choice->kind == OpenProblemChoice::Kind::Quit);
    }
    SECTION("read-only opens the same file read-only") {
        s.click("Open it read-only");
        REQUIRE(s.choice);
        CHECK(s.choice->kind == OpenProblemChoice::Kind::OpenReadOnly);
        CHECK(s.choice->path == path);
    }
    SECTION("typing another path and pressing Enter opens it") {
        for (int i = 0; i < 4; ++i) s.frame(); // the field takes the keyboard focus
        ImGuiIO& io = ImGui::GetIO();
        // The field holds the bad file's folder, selected: a typed path replaces it.
        CHECK(s.frame().find(files.path().string()) != std::string::npos);
        io.AddInputCharactersUTF8(files.file("other.db").c_str());
        s.frame();
        io.KeysDown[io.KeyMap[ImGuiKey_Enter]] = true;
        s.frame();
        io.KeysDown[io.KeyMap[ImGuiKey_Enter]] = false;
        s.frame();
        REQUIRE(s.choice);
        CHECK(s.choice->kind == OpenProblemChoice::Kind::OpenFile);
        CHECK(s.choice->path == files.file("other.db"));
    }
}

TEST_CASE("The newest daily backup is named and opens read-only", "[ui][open-problem]") {
    ProblemScreen s;
    test::TempDir files;
    const std::string path = test::makeTruncated(files);
    std::filesystem::create_directory(s.dir.file("backups"));
    for (const char* name : {"rekindle-2026-12-01.db", "rekindle-2026-12-03.db", "rekindle-2026-12-02.db"})
        std::ofstream(s.dir.file("backups/") + name) << "x";
    s.show(std::get<OpenProblem>(openOrExplain(path, s.clock)));
    CHECK(s.frame().find("The newest is rekindle-2026-12-03.db") != std::string::npos);
    s.click("Open the newest backup read-only");
    REQUIRE(s.choice);
    CHECK(s.choice->kind == OpenProblemChoice::Kind::OpenReadOnly);
    CHECK(s.choice->path == s.dir.file("backups/rekindle-2026-12-03.db"));
}
