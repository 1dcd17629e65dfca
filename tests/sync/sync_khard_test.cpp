// The "done when": two Rekindle databases and a khard address book,
// all syncing with one Radicale, converge on the same people after edits on
// each side. khard keeps its cards in a folder; vdirsyncer (Debian's, as a
// khard user runs it) keeps that folder in step with the server.
#include "tests/sync/sync_world.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>

using namespace rk;
using namespace rk::test;

namespace {

class KhardClient {
public:
    explicit KhardClient(const std::string& bookUrl) {
        std::filesystem::create_directories(m_dir.path() / "vdir");
        std::filesystem::create_directories(m_dir.path() / "status");
        std::ofstream(m_dir.file("vdirsyncer.conf"))
            << "[general]\nstatus_path = \"" << m_dir.file("status") << "/\"\n\n"
            << "[pair contacts]\na = \"khard_folder\"\nb = \"radicale\"\ncollections = null\n\n"
            << "[storage khard_folder]\ntype = \"filesystem\"\npath = \"" << m_dir.file("vdir")
            << "/\"\nfileext = \".vcf\"\n\n"
            << "[storage radicale]\ntype = \"carddav\"\nurl = \"" << bookUrl
            << "\"\nusername = \"alice\"\npassword = \"secret\"\n";
        std::ofstream(m_dir.file("khard.conf")) << "[addressbooks]\n[[phone]]\npath = " << m_dir.file("vdir")
                                                << "/\n\n[general]\neditor = /bin/true\nmerge_editor = /bin/true\n";
    }

    // vdirsyncer: the folder and the server in step, both ways.
    void sync() {
        const std::string env = "env VDIRSYNCER_CONFIG=" + m_dir.file("vdirsyncer.conf") + " ";
        if (!m_discovered) run(env + "vdirsyncer -v WARNING discover");
        m_discovered = true;
        run(env + "vdirsyncer -v WARNING sync");
    }

    [[nodiscard]] std::vector<std::string> names() {
        std::vector<std::string> out;
        std::istringstream lines(khard("list --parsable"));
        for (std::string line; std::getline(lines, line);) {
            const auto a = line.find('\t');
            const auto b = line.find('\t', a + 1);
            if (a != std::string::npos) out.push_back(line.substr(a + 1, b - a - 1));
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    [[nodiscard]] std::string show(const std::string& name) { return khard("show \"" + name + "\""); }

    // As a khard user edits: the contact as YAML, one line changed, read back.
    void setTitle(const std::string& name, const std::string& title) {
        std::string yaml = khard("show --format yaml \"" + name + "\"");
        yaml = std::regex_replace(yaml, std::regex("(^|\n)Title *:[^\n]*"), "$1Title : " + title);
        std::ofstream(m_dir.file("edit.yaml")) << yaml;
        khard("edit -i " + m_dir.file("edit.yaml") + " \"" + name + "\"", "y"); // "Do you want to proceed?"
    }

    void add(const std::string& first, const std::string& last, const std::string& company) {
        std::ofstream(m_dir.file("new.yaml")) << "First name : " << first << "\nLast name : " << last
                                              << "\nOrganisation : " << company << "\n";
        khard("new -a phone -i " + m_dir.file("new.yaml"));
    }

private:
    std::string khard(const std::string& args, const std::string& answer = {}) {
        return run("khard -c " + m_dir.file("khard.conf") + " " + args, answer);
    }

    // Runs a command with `answer` (a line) as its input; its output, or the
    // test fails with it.
    static std::string run(const std::string& command, const std::string& answer = {}) {
        const std::string input = answer.empty() ? " </dev/null" : "";
        const std::string feed = answer.empty() ? "" : "echo " + answer + " | ";
        FILE* pipe = popen((feed + "timeout 60 " + command + input + " 2>&1").c_str(), "r");
        REQUIRE(pipe);
        std::string out;
        std::array<char, 4096> buffer{};
        while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe)) out.append(buffer.data(), n);
        const int status = pclose(pipe);
        INFO(command << "\n" << out);
        REQUIRE(status == 0);
        return out;
    }

    TempDir m_dir;
    bool m_discovered = false;
};

std::vector<std::string> namesIn(TempStore& device) {
    std::vector<std::string> out;
    Statement q(device.store.db(), "SELECT display_name FROM contacts WHERE deleted_at IS NULL ORDER BY display_name");
    while (q.step()) out.push_back(q.text(0));
    return out;
}

} // namespace

TEST_CASE("Two Rekindle databases and a khard address book converge through one Radicale", "[sync][khard]") {
    SyncWorld world;
    SyncWorld::add(world.laptop, SyncWorld::person("Ana Ruiz", "Northwind"));
    SyncWorld::add(world.desktop, SyncWorld::person("Ben Ode", "Fabrikam"));
    world.sync(world.laptop);
    world.sync(world.desktop);
    world.sync(world.laptop);

    KhardClient khard(world.bookUrl);
    khard.sync();
    CHECK(khard.names() == std::vector<std::string>{"Ana Ruiz", "Ben Ode"});

    // An edit on each side, and someone new on the phone.
    khard.setTitle("Ana Ruiz", "Director");
    khard.add("Chidi", "Okafor", "Initech");
    khard.sync();
    SyncWorld::edit(world.desktop, "Ben Ode", [](Contact& c) { c.company = "Contoso"; });
    SyncWorld::edit(world.laptop, "Ana Ruiz", [](Contact& c) { c.notes = "Prefers mornings."; });
    world.sync(world.desktop);
    world.sync(world.laptop);
    world.sync(world.desktop);
    khard.sync();

    const std::vector<std::string> everyone{"Ana Ruiz", "Ben Ode", "Chidi Okafor"};
    CHECK(namesIn(world.laptop) == everyone);
    CHECK(namesIn(world.desktop) == everyone);
    CHECK(khard.names() == everyone);
    CHECK(SyncWorld::everyoneAsCards(world.laptop) == SyncWorld::everyoneAsCards(world.desktop));
    auto ana = SyncWorld::byName(world.desktop, "Ana Ruiz");
    CHECK(ana->title == "Director");
    CHECK(ana->notes == "Prefers mornings.");
    CHECK(SyncWorld::byName(world.laptop, "Ben Ode")->company == "Contoso");
    CHECK(SyncWorld::byName(world.laptop, "Chidi Okafor")->company == "Initech");
    CHECK(khard.show("Ben Ode").find("Contoso") != std::string::npos);
    const std::string anaThere = khard.show("Ana Ruiz");
    CHECK(anaThere.find("Director") != std::string::npos);
    CHECK(anaThere.find("Prefers mornings.") != std::string::npos);
    // And nothing is left to do anywhere.
    CHECK(world.sync(world.laptop).nothingChanged());
    CHECK(world.sync(world.desktop).nothingChanged());
}
