#include "tests/search/search_fixture.h"

#include <catch2/catch.hpp>

using namespace rk;
using namespace rk::test;

namespace {

// The plans ContactSearch picks between, forced on a small database:
// 0 = defaults (rank or sort everything), 1 = broad (name first, walk the
// sort order), 2 = a walk that gives up at once and sorts the matches.
SearchOptions plan(int which) {
    SearchOptions options;
    if (which == 1) {
        options.rankLimit = 0;
        options.sortLimit = 0;
    } else if (which == 2) {
        options.rankLimit = 0;
        options.walkBudget = 1;
    }
    return options;
}

Contact person(const std::string& given, const std::string& family) {
    Contact c;
    c.givenName = given;
    c.familyName = family;
    return c;
}

} // namespace

TEST_CASE("Search as you type folds case and diacritics both ways", "[search][diacritics]") {
    SearchFixture f;
    f.add("José", "García");
    f.add("Chloé", "Lefèvre");
    f.add("Björn", "Müller");
    f.add("Jonas", "Weber");
    ContactSearch search(f.store.db(), f.clock);
    auto find = [&](const std::string& text) {
        return sorted(names(search.search({.text = text})));
    };

    CHECK(find("j") == std::vector<std::string>{"Jonas Weber", "José García"});
    CHECK(find("jos") == std::vector<std::string>{"José García"});
    CHECK(find("jose") == std::vector<std::string>{"José García"});
    CHECK(find("JOSÉ") == std::vector<std::string>{"José García"});
    CHECK(find("garcia") == std::vector<std::string>{"José García"});
    CHECK(find("chloe lefe") == std::vector<std::string>{"Chloé Lefèvre"});
    CHECK(find("bjorn muller") == std::vector<std::string>{"Björn Müller"});
    CHECK(find("jose weber").empty()); // every word must match
    CHECK(find("").size() == 4);       // no text: everyone
}

TEST_CASE("Few matches are ranked: name first, then job, then what is merely mentioned",
          "[search][rank]") {
    SearchFixture f;
    Contact notes = person("Dana", "Cole");
    notes.notes = "Used to work with someone at Monzo.";
    f.add(notes);
    Contact past = person("Eli", "Ward");
    past.pastRoles = {{0, "Monzo", "Analyst", "2018"}};
    f.add(past);
    Contact current = person("Fay", "Lin");
    current.company = "Monzo";
    f.add(current);
    f.add(person("Monzo", "Jones"));

    ContactSearch search(f.store.db(), f.clock);
    const auto page = search.search({.text = "monzo"});
    CHECK(page.ranked);
    CHECK(page.total == 4);
    CHECK_FALSE(page.hasMore);
    CHECK(names(page) ==
          std::vector<std::string>{"Monzo Jones", "Fay Lin", "Eli Ward", "Dana Cole"});
}

TEST_CASE("Each hit says which field matched", "[search][match]") {
    SearchFixture f;
    Contact c = person("José", "García");
    c.company = "Stripe";
    c.title = "VP Sales";
    c.industry = "Fintech";
    c.location = "Lisbon";
    c.howMet = "University classmate";
    c.notes =
        "Loves trail running; ask him about the Berlin marathon next time we meet for coffee.";
    c.tags = {"mentor", "open source"};
    c.knows = {"kubernetes", "machine learning"};
    c.methods = {{0, MethodKind::Email, "work", "jg@pay.example"},
                 {0, MethodKind::Phone, "", "+44 7700 900123"}};
    c.pastRoles = {{0, "Monzo", "Senior Engineer", "2019"}};
    f.add(c);

    ContactSearch search(f.store.db(), f.clock);
    auto label = [&](const std::string& text) {
        const auto page = search.search({.text = text});
        REQUIRE(page.hits.size() == 1);
        return page.hits[0].matchLabel();
    };
    CHECK(label("jos") == "name");
    CHECK(label("stri") == "company: Stripe");
    CHECK(label("vp") == "role: VP Sales");
    CHECK(label("fintech") == "industry: Fintech");
    CHECK(label("men") == "tag: mentor");
    CHECK(label("\"open source\"") == "tag: open source");
    CHECK(label("kube") == "knows: kubernetes");
    CHECK(label("knows:machine") == "knows: machine learning");
    CHECK(label("monzo") == "past role at Monzo");
    CHECK(label("role:senior") == "past role: Senior Engineer at Monzo");
    CHECK(label("lisbon") == "location: Lisbon");
    CHECK(label("classmate") == "met: University classmate");
    CHECK(label("jg") == "email: jg@pay.example");
    CHECK(label("7700") == "phone: +44 7700 900123");
    CHECK(label("marathon") ==
          "notes: …him about the Berlin marathon next time we meet for coffee.");
    CHECK(label("knows:trail") == "notes: Loves trail running; ask him about the Berlin…");

    // Several fields: the most telling comes first, and all are listed.
    const auto page = search.search({.text = "jose monzo"});
    REQUIRE(page.hits.size() == 1);
    REQUIRE(page.hits[0].matches.size() == 2);
    CHECK(page.hits[0].matches[0].field == MatchField::Name);
    CHECK(page.hits[0].matches[1].field == MatchField::PastCompany);
    CHECK(page.hits[0].matchedIndirectly() == false);
    CHECK(search.search({.text = "monzo"}).hits[0].matchedIndirectly());
    // No text, no reasons.
    CHECK(search.search({}).hits[0].matches.empty());
}

TEST_CASE("Prefixes look only where they say", "[search][query]") {
    SearchFixture f;
    Contact a = person("Ana", "Silva");
    a.company = "Stripe";
    a.title = "Recruiter";
    f.add(a);
    Contact b = person("Ben", "Stripe"); // a name, not a company
    b.company = "Etsy";
    b.knows = {"payments"};
    f.add(b);
    Contact c = person("Cleo", "Park");
    c.pastRoles = {{0, "Stripe", "VP Payments", "2021"}};
    c.industry = "Fintech";
    f.add(c);

    ContactSearch search(f.store.db(), f.clock);
    auto find = [&](const std::string& text) {
        return sorted(names(search.search({.text = text})));
    };
    CHECK(find("at:stripe") == std::vector<std::string>{"Ana Silva", "Cleo Park"});
    CHECK(find("stripe") == std::vector<std::string>{"Ana Silva", "Ben Stripe", "Cleo Park"});
    CHECK(find("role:vp") == std::vector<std::string>{"Cleo Park"});
    CHECK(find("knows:payments") == std::vector<std::string>{"Ben Stripe"});
    CHECK(find("in:fintech role:vp") == std::vector<std::string>{"Cleo Park"});
    CHECK(find("at:stripe at:etsy") ==
          std::vector<std::string>{"Ana Silva", "Ben Stripe", "Cleo Park"});
    CHECK(find("at:\"Stripe\" ana") == std::vector<std::string>{"Ana Silva"});
    CHECK(find("circle:close").empty());
}

TEST_CASE("Broad searches list people whose name matches first, unranked", "[search][rank]") {
    SearchFixture f;
    Contact n1 = person("Mara", "Quinn");
    n1.notes = "x";
    Contact t1 = person("Ola", "Berg");
    t1.title = "Marketing Lead";
    Contact n2 = person("Marco", "Rossi");
    Contact t2 = person("Pia", "Holm");
    t2.notes = "Ran a marathon.";
    f.add(t1);
    f.add(n1);
    f.add(t2);
    f.add(n2);
    ContactSearch search(f.store.db(), f.clock, plan(1));

    const auto page = search.search({.text = "mar", .limit = 10});
    CHECK_FALSE(page.ranked);
    REQUIRE(page.hits.size() == 4);
    CHECK(sorted({names(page)[0], names(page)[1]}) ==
          std::vector<std::string>{"Mara Quinn", "Marco Rossi"});
    CHECK(sorted({names(page)[2], names(page)[3]}) ==
          std::vector<std::string>{"Ola Berg", "Pia Holm"});

    // Pages continue across the two parts without repeats or gaps.
    std::vector<std::string> paged;
    for (int offset = 0; offset < 6; ++offset) {
        const auto one = search.search({.text = "mar", .offset = offset, .limit = 1});
        CHECK(one.hasMore == (offset < 3));
        if (!one.hits.empty()) paged.push_back(one.hits[0].card.displayName);
    }
    CHECK(paged == names(page));
    // Starting beyond the name matches counts them to know where to resume.
    CHECK(names(search.search({.text = "mar", .offset = 3, .limit = 5})) ==
          std::vector<std::string>{names(page)[3]});
    CHECK(search.count("mar", {}) == 4);

    // Every free word must be in the name to come first.
    CHECK(names(search.search({.text = "mar r"})) ==
          std::vector<std::string>{"Marco Rossi", "Pia Holm"});

    // With a prefix too, the name still decides who comes first.
    f.exec("UPDATE contacts SET company = 'Acme' WHERE given_name IN ('Ola', 'Marco')");
    CHECK(names(search.search({.text = "at:acme mar"})) ==
          std::vector<std::string>{"Marco Rossi", "Ola Berg"});
}

TEST_CASE("Filters narrow the deck and combine with search", "[search][filter]") {
    SearchFixture f;
    Contact inner = person("Ivy", "Stone");
    inner.circle = Circle::Inner;
    inner.company = "Stripe";
    inner.industry = "Fintech";
    inner.tags = {"mentor"};
    inner.nextDue = "2025-06-10"; // before today (2025-06-15): overdue
    const ContactId ivy = f.add(inner);
    Contact close = person("Cal", "Reyes");
    close.circle = Circle::Close;
    close.company = "stripe";
    close.industry = "Media";
    close.nextDue = "2025-06-20";
    const ContactId cal = f.add(close);
    Contact quiet = person("Quin", "Hale");
    quiet.circle = Circle::Acquaintance;
    quiet.tags = {"Mentor"};
    const ContactId quin = f.add(quiet);
    f.exec("UPDATE contacts SET created_at = created_at - 400 * 86400"); // all added long ago

    f.log(ivy, Direction::Out, 3);
    f.log(cal, Direction::Out, 10, InteractionKind::Email, false, false, true); // awaiting reply
    f.log(quin, Direction::In, 300);                                            // dormant
    Contact replied = person("Rae", "Moss");
    const ContactId rae = f.add(replied);
    f.log(rae, Direction::Out, 20, InteractionKind::Email, false, false, true);
    f.log(rae, Direction::In, 18); // answered: no longer awaiting

    const auto opts = plan(GENERATE(0, 1, 2));
    ContactSearch search(f.store.db(), f.clock, opts);
    auto find = [&](const std::string& text, SearchFilters filters) {
        return sorted(names(search.search({.text = text, .filters = filters})));
    };
    using V = std::vector<std::string>;
    CHECK(find("", {.circles = {Circle::Inner, Circle::Close}}) == V{"Cal Reyes", "Ivy Stone"});
    CHECK(find("", {.tag = "MENTOR"}) == V{"Ivy Stone", "Quin Hale"});
    CHECK(find("", {.company = "Stripe"}) == V{"Cal Reyes", "Ivy Stone"});
    CHECK(find("", {.industry = "fintech"}) == V{"Ivy Stone"});
    CHECK(find("", {.overdue = true}) == V{"Ivy Stone"});
    CHECK(find("", {.dormant = true}) == V{"Quin Hale"});
    CHECK(find("", {.awaitingReply = true}) == V{"Cal Reyes"});
    CHECK(find("", {.tag = "mentor", .dormant = true}) == V{"Quin Hale"});
    CHECK(find("st", {.company = "stripe"}) == V{"Cal Reyes", "Ivy Stone"});
    CHECK(find("stripe", {.circles = {Circle::Close}}) == V{"Cal Reyes"});
    CHECK(find("circle:inner stripe", {}) == V{"Ivy Stone"});
    CHECK(find("circle:inner", {.circles = {Circle::Close}}).empty()); // both must hold
    CHECK(find("", {.tag = "nobody"}).empty());

    f.store.change("Archive", [&] { f.contacts.archive(cal, f.clock.now()); });
    CHECK(find("", {}) == V{"Ivy Stone", "Quin Hale", "Rae Moss"});
    CHECK(find("", {.shelf = Shelf::Archived}) == V{"Cal Reyes"});
    CHECK(find("cal", {.shelf = Shelf::Archived}) == V{"Cal Reyes"});
    CHECK(find("cal", {}).empty());
}

TEST_CASE("The deck sorts by name, last contact and next due, with or without text",
          "[search][sort]") {
    SearchFixture f;
    Contact a = person("Ann", "Zed");
    a.nextDue = "2025-07-01";
    Contact b = person("Bea", "Young");
    b.nextDue = "2025-06-01";
    Contact c = person("Cat", "Xu"); // no due date, never contacted
    Contact d = person("Dee", "Wu");
    d.nextDue = "2025-06-20";
    for (auto* p : {&a, &b, &c, &d}) {
        p->company = "Acme";
        p->id = f.add(*p);
    }
    f.log(a.id, Direction::In, 40);
    f.log(b.id, Direction::Out, 5);
    f.log(d.id, Direction::Out, 90);

    const auto opts = plan(GENERATE(0, 1, 2));
    const std::string text = GENERATE(std::string(""), std::string("acme"));
    INFO("plan " << opts.rankLimit << "/" << opts.walkBudget << " text '" << text << "'");
    ContactSearch search(f.store.db(), f.clock, opts);
    using V = std::vector<std::string>;
    auto list = [&](SearchSort sort) { return names(search.search({.text = text, .sort = sort})); };
    CHECK(list(SearchSort::Name) == V{"Ann Zed", "Bea Young", "Cat Xu", "Dee Wu"});
    CHECK(list(SearchSort::LastContact) == V{"Bea Young", "Ann Zed", "Dee Wu", "Cat Xu"});
    CHECK(list(SearchSort::NextDue) == V{"Bea Young", "Dee Wu", "Ann Zed", "Cat Xu"});

    // Paging walks the same order.
    V paged;
    for (int offset = 0; offset < 4; ++offset)
        for (const auto& hit :
             search
                 .search({.text = text, .sort = SearchSort::NextDue, .offset = offset, .limit = 1})
                 .hits)
            paged.push_back(hit.card.displayName);
    CHECK(paged == list(SearchSort::NextDue));
    const auto last =
        search.search({.text = text, .sort = SearchSort::LastContact, .offset = 3, .limit = 2});
    CHECK(names(last) == V{"Cat Xu"});
    CHECK_FALSE(last.hasMore);
    CHECK(last.total == 4);
}

TEST_CASE("Pages report whether more follow", "[search][paging]") {
    SearchFixture f;
    for (int i = 0; i < 7; ++i)
        f.add("Person", std::to_string(i));
    ContactSearch search(f.store.db(), f.clock);
    const auto first = search.search({.offset = 0, .limit = 3});
    CHECK(first.hits.size() == 3);
    CHECK(first.hasMore);
    CHECK_FALSE(first.total);
    const auto end = search.search({.offset = 6, .limit = 3});
    CHECK(end.hits.size() == 1);
    CHECK_FALSE(end.hasMore);
    CHECK(end.total == 7);
    CHECK(search.search({.offset = 50, .limit = 3}).hits.empty());
    CHECK(search.search({.limit = 0}).hits.empty());
    CHECK(search.count("", {}) == 7);
    CHECK(search.count("person", {.circles = {Circle::Inner}}) == 0);
    // Counting can stop early, for "1000+ matches" while typing.
    CHECK(search.count("person", {}, 5) == 5);
    CHECK(search.count("person", {}, 50) == 7);
    CHECK(search.count("", {}, 3) == 3);
}

TEST_CASE("Hits carry the card and the warmth the deck shows", "[search][warmth]") {
    SearchFixture f;
    Contact c = person("Ana", "Lima");
    c.company = "Etsy";
    c.title = "PM";
    c.tags = {"zeta", "Alpha", "mid", "beta"};
    const ContactId id = f.add(c);
    f.log(id, Direction::Out, 10);
    f.log(id, Direction::In, 9);

    ContactSearch search(f.store.db(), f.clock);
    const auto page = search.search({.text = "ana"});
    REQUIRE(page.hits.size() == 1);
    const auto& hit = page.hits[0];
    CHECK(hit.card.id == id);
    CHECK(hit.card.company == "Etsy");
    CHECK(hit.card.title == "PM");
    CHECK(hit.card.tags == "Alpha, beta, mid");
    CHECK(hit.card.lastContactAt == f.clock.now() - 9 * kDay);
    CHECK(hit.warmth.level == WarmthLevel::Warm);
    CHECK(hit.warmth.twoWay);
}

TEST_CASE("Hostile search text never throws and never matches as syntax", "[search][security]") {
    SearchFixture f;
    f.add("Ana", "Near");
    f.add("Bob", "Or");
    const auto opts = plan(GENERATE(0, 1, 2));
    ContactSearch search(f.store.db(), f.clock, opts);
    for (const std::string text :
         {"\"", "ana OR bob", "NEAR(ana bob)", "name:bob", "{name}:ana", "*", "^", "(", "at:\"",
          "ana\" OR \"bob", "'; DROP TABLE contacts; --", "\xff\xfe\xfd", "at:", "circle:x", "- -",
          "AND OR NOT"}) {
        INFO(text);
        SearchPage page;
        REQUIRE_NOTHROW(page = search.search({.text = text}));
        // Nothing searchable left (only syntax or a problem): the whole deck.
        CHECK(page.hits.size() <= (page.query.terms.empty() ? 2u : 1u));
    }
    CHECK(f.store.db().queryInt("SELECT count(*) FROM contacts") == 2);
}
