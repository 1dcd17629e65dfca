// "Who can introduce me?" on small hand-built networks with known answers.
#include "core/commands/link_commands.h"
#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/db/store_error.h"
#include "core/intro/intro_paths.h"
#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/repo/link_repo.h"
#include "tests/support/temp_store.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

using namespace rk;

namespace {

constexpr std::int64_t kNow = 1'796'400'000; // 2026-12-05
constexpr std::int64_t kDay = 86400;

struct Network : test::TempStore {
    Network() : TempStore(kNow) {}
    std::map<std::string, ContactId> id;

    ContactId person(const std::string& name, const std::string& company = "") {
        Contact c;
        c.displayName = name;
        c.company = company;
        store.change("add", [&] { ContactRepo(store.db()).insert(c, kNow - 400 * kDay); });
        return id[name] = c.id;
    }
    // A conversation `daysAgo` (two-way by nature: a call).
    void talked(const std::string& name, int daysAgo, Direction direction = Direction::Out,
                InteractionKind kind = InteractionKind::Call) {
        store.change("log", [&] {
            Interaction i;
            i.contactId = id.at(name);
            i.kind = kind;
            i.direction = direction;
            i.at = kNow - daysAgo * kDay;
            InteractionRepo(store.db()).add(i, i.at);
            Statement st(store.db(), "UPDATE contacts SET last_contact_at = max(coalesce(last_contact_at, 0), ?2) WHERE id = ?1");
            st.bind(1, i.contactId).bind(2, i.at).run();
        });
    }
    void link(const std::string& a, const std::string& b, LinkKind kind = LinkKind::Knows) {
        linkPeople(store, id.at(a), id.at(b), kind);
    }
    std::vector<IntroPath> paths(const std::string& target, IntroOptions options = {}) {
        const IntroTarget t = resolveIntroTarget(store.db(), target);
        REQUIRE(t.problem.empty());
        return findIntroPaths(store.db(), LinkGraph::load(store.db()), t, kNow, options);
    }
    std::string names(const IntroPath& p) {
        std::string out;
        for (ContactId c : p.people)
            for (const auto& [name, cid] : id)
                if (cid == c) out += (out.empty() ? "" : " > ") + name;
        return out;
    }
};

} // namespace

TEST_CASE("A warm first hop beats a cold one, and a colleague beats an acquaintance", "[intro]") {
    Network n;
    n.person("Ana");
    n.person("Ben");
    n.person("Cleo");
    n.person("Dev", "Stripe");
    n.talked("Ana", 10);
    n.talked("Ana", 20, Direction::In);
    n.talked("Ben", 400);
    n.talked("Cleo", 12);
    n.talked("Cleo", 25, Direction::In);
    n.link("Ben", "Dev", LinkKind::WorksWith);
    n.link("Ana", "Dev", LinkKind::Knows);
    n.link("Cleo", "Dev", LinkKind::WorksWith);

    const auto paths = n.paths("at:stripe");
    REQUIRE(paths.size() == 3);
    CHECK(n.names(paths[0]) == "Cleo > Dev"); // warm and a colleague
    CHECK(n.names(paths[1]) == "Ana > Dev");  // warm, a weaker link
    CHECK(n.names(paths[2]) == "Ben > Dev");  // a colleague, but cold to you
    CHECK(paths[0].firstWarmth.level == WarmthLevel::Warm);
    CHECK(paths[2].firstWarmth.level == WarmthLevel::Cold);
    CHECK(paths[0].links[0].kind == LinkKind::WorksWith);
}

TEST_CASE("Paths go up to three hops and no further", "[intro]") {
    Network n;
    for (const char* name : {"Ana", "Ben", "Cleo", "Dan"}) n.person(name);
    n.person("Eve", "Monzo");
    n.talked("Ana", 5);
    n.link("Ana", "Ben");
    n.link("Ben", "Cleo");
    n.link("Cleo", "Eve");
    // me > Ana > Ben > Cleo > Eve is four hops: too far. Ben > Cleo > Eve is three.
    auto paths = n.paths("at:Monzo");
    REQUIRE(paths.size() == 2);
    CHECK(n.names(paths[0]) == "Cleo > Eve");
    CHECK(n.names(paths[1]) == "Ben > Cleo > Eve");
    for (const auto& p : paths) CHECK(p.hops() <= 3);

    CHECK(n.paths("at:Monzo", {.maxHops = 2}).size() == 1);
}

TEST_CASE("Cycles do not repeat anyone, and each first person appears once", "[intro]") {
    Network n;
    for (const char* name : {"Ana", "Ben", "Cleo"}) n.person(name);
    n.person("Tom", "Figma");
    n.link("Ana", "Ben");
    n.link("Ben", "Cleo");
    n.link("Cleo", "Ana");
    n.link("Ana", "Tom");
    n.link("Ben", "Tom");
    const auto paths = n.paths("at:figma");
    std::map<ContactId, int> firsts;
    for (const auto& p : paths) {
        ++firsts[p.people.front()];
        std::set<ContactId> seen(p.people.begin(), p.people.end());
        CHECK(seen.size() == p.people.size());
    }
    for (const auto& [first, count] : firsts) CHECK(count == 1);
    CHECK(firsts.size() == 3); // Ana and Ben directly, Cleo through either
    CHECK(n.names(paths.back()) .find("Cleo > ") == 0);
    CHECK(paths.back().hops() == 3);
}

TEST_CASE("Archived and trashed people are never on a path, and a removed link is gone", "[intro]") {
    Network n;
    for (const char* name : {"Ana", "Ben"}) n.person(name);
    n.person("Tom", "Figma");
    n.link("Ana", "Tom");
    n.link("Ben", "Tom");
    REQUIRE(n.paths("at:figma").size() == 2);

    n.store.db().exec("UPDATE contacts SET archived_at = 1 WHERE id = " + std::to_string(n.id["Ana"]));
    auto paths = n.paths("at:figma");
    REQUIRE(paths.size() == 1);
    CHECK(n.names(paths[0]) == "Ben > Tom");

    n.store.db().exec("UPDATE contacts SET deleted_at = 1 WHERE id = " + std::to_string(n.id["Ben"]));
    CHECK(n.paths("at:figma").empty());

    n.store.db().exec("UPDATE contacts SET deleted_at = NULL, archived_at = NULL");
    const auto links = LinkRepo(n.store.db()).forContact(n.id["Ben"]);
    REQUIRE(links.size() == 1);
    unlinkPeople(n.store, links[0].id);
    paths = n.paths("at:figma");
    REQUIRE(paths.size() == 1);
    CHECK(n.names(paths[0]) == "Ana > Tom");
}

TEST_CASE("Directional links read the right way from either end", "[intro]") {
    Network n;
    n.person("Ana");
    n.person("Ben", "Stripe");
    n.person("Cleo", "Stripe");
    n.link("Ana", "Ben", LinkKind::ManagerOf);      // Ana manages Ben
    n.link("Cleo", "Ana", LinkKind::IntroducedMeTo); // Cleo introduced me to Ana
    const auto paths = n.paths("Ben");
    REQUIRE_FALSE(paths.empty());
    const IntroPath* viaAna = nullptr;
    for (const auto& p : paths)
        if (p.people.front() == n.id["Ana"]) viaAna = &p;
    REQUIRE(viaAna);
    CHECK(linkPhrase(viaAna->links[0].kind, viaAna->links[0].forward) == "is the manager of");

    // From Ben's side the same link reads "reports to".
    const auto toAna = n.paths("Ana", {.directWhenWarm = false});
    const IntroPath* viaBen = nullptr;
    const IntroPath* viaCleo = nullptr;
    for (const auto& p : toAna) {
        if (p.people.front() == n.id["Ben"]) viaBen = &p;
        if (p.people.front() == n.id["Cleo"]) viaCleo = &p;
    }
    REQUIRE(viaBen);
    REQUIRE(viaCleo);
    CHECK(linkPhrase(viaBen->links[0].kind, viaBen->links[0].forward) == "reports to");
    CHECK(linkPhrase(viaCleo->links[0].kind, viaCleo->links[0].forward) == "introduced you to");
}

TEST_CASE("Someone you are warm with at the target is a path of one", "[intro]") {
    Network n;
    n.person("Ana", "Stripe");
    n.person("Ben", "Stripe");
    n.person("Cleo");
    n.talked("Ana", 3);
    n.talked("Ben", 300);
    n.link("Cleo", "Ben");
    const auto paths = n.paths("at:Stripe");
    REQUIRE(paths.size() == 2);
    CHECK(paths[0].direct());
    CHECK(n.names(paths[0]) == "Ana");
    CHECK(n.names(paths[1]) == "Cleo > Ben"); // Ben is cold: he needs a way in, not a path of his own
}

TEST_CASE("Targets: companies, industries, roles, topics and people, with plain problems", "[intro]") {
    Network n;
    n.person("Ana García", "Stripe");
    n.store.db().exec("UPDATE contacts SET industry = 'Fintech', title = 'Staff Recruiter' WHERE id = " +
                      std::to_string(n.id["Ana García"]));
    n.store.db().exec("INSERT INTO contact_knows(contact_id, topic) VALUES(" + std::to_string(n.id["Ana García"]) +
                      ", 'kubernetes')");
    for (const char* text : {"at:STRIPE", "in:fintech", "role:recruiter", "knows:kubernetes", "Ana García", "garc"}) {
        INFO(text);
        const auto t = resolveIntroTarget(n.store.db(), text);
        CHECK(t.problem.empty());
        CHECK(t.people == std::vector<ContactId>{n.id["Ana García"]});
    }
    CHECK(resolveIntroTarget(n.store.db(), "Ana García").isPerson);
    CHECK(resolveIntroTarget(n.store.db(), "at:Monzo").problem == "No one in your network is someone at Monzo yet.");
    CHECK(resolveIntroTarget(n.store.db(), "zed").problem.find("No one in your network is called \"zed\"") == 0);
    CHECK(resolveIntroTarget(n.store.db(), "bogus:x").problem.find("is not something Rekindle can look for") != std::string::npos);
    CHECK_FALSE(resolveIntroTarget(n.store.db(), "  ").problem.empty());
}

TEST_CASE("Linking is one undoable step, and refuses what makes no sense", "[intro][undo]") {
    Network n;
    n.person("Ana");
    n.person("Ben");
    const auto done = linkPeople(n.store, n.id["Ana"], n.id["Ben"], LinkKind::WorksWith, "Same team at Monzo");
    CHECK(done.label == "Linked Ana and Ben (works with)");
    const auto links = LinkRepo(n.store.db()).forContact(n.id["Ben"]);
    REQUIRE(links.size() == 1);
    CHECK(links[0].note == "Same team at Monzo");
    CHECK_THROWS_WITH(linkPeople(n.store, n.id["Ben"], n.id["Ana"], LinkKind::WorksWith),
                      "Ben and Ana are already linked that way.");
    CHECK_THROWS_AS(linkPeople(n.store, n.id["Ana"], n.id["Ana"], LinkKind::Knows), StoreError);
    // A directional kind the other way round is a different link.
    CHECK_NOTHROW(linkPeople(n.store, n.id["Ben"], n.id["Ana"], LinkKind::ManagerOf));

    REQUIRE_FALSE(n.store.undo().empty());
    REQUIRE_FALSE(n.store.undo().empty());
    CHECK(LinkRepo(n.store.db()).forContact(n.id["Ana"]).empty());
    REQUIRE_FALSE(n.store.redo().empty());
    CHECK(LinkRepo(n.store.db()).forContact(n.id["Ana"]).size() == 1);
}

TEST_CASE("Deleting a person for good takes their links, and undo brings them back", "[intro][undo]") {
    Network n;
    n.person("Ana");
    n.person("Ben");
    n.link("Ana", "Ben");
    n.store.db().exec("UPDATE contacts SET deleted_at = 1 WHERE id = " + std::to_string(n.id["Ben"]));
    n.store.change("delete", [&] {
        n.store.db().exec("DELETE FROM contacts WHERE id = " + std::to_string(n.id["Ben"]));
    });
    CHECK(LinkRepo(n.store.db()).forContact(n.id["Ana"]).empty());
    REQUIRE_FALSE(n.store.undo().empty());
    CHECK(LinkRepo(n.store.db()).forContact(n.id["Ana"]).size() == 1);
}

TEST_CASE("The intro request draft names the target and the person in between", "[intro]") {
    CHECK(introRequestDraft("Ana", "", "Dev Patel at Stripe") ==
          "Hi Ana, I hope you're well. Would you be open to introducing me to Dev Patel at Stripe? I'd love to "
          "learn about their work. Happy to send a short note you can forward. Thank you!");
    CHECK(introRequestDraft("Ana", "Ben", "someone at Stripe").find("I believe you know Ben.") != std::string::npos);
}
