#include "core/demo/demo_network.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/db/transaction.h"
#include "core/schedule/cadence.h"
#include "core/model/contact.h"
#include "core/model/enums.h"
#include "core/store/search_index.h"
#include "core/time/civil_date.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace rk {

namespace {

// SplitMix64: tiny, fast and identical on every platform (unlike std::
// distributions), so a seed means the same network everywhere.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <class C> const auto& pick(const C& c) { return c[static_cast<size_t>(below(static_cast<int>(c.size())))]; }

private:
    std::uint64_t m_state;
};

constexpr std::array<std::string_view, 64> kGiven = {
    "Ana", "José", "Priya", "Wei", "Fatima", "Liam", "Sofia", "Kenji", "Amara", "Mateo",
    "Chloé", "Arjun", "Ingrid", "Kwame", "Yuki", "Olivia", "Noah", "Zeynep", "Lucas", "Mei",
    "Omar", "Hannah", "Diego", "Aisha", "Björn", "Elena", "Tomás", "Nadia", "Ravi", "Grace",
    "Mohammed", "Camille", "Jonas", "Leila", "Santiago", "Emma", "Hiroshi", "Chiara", "Daniel",
    "Amélie", "Kofi", "Isabel", "Sven", "Ayesha", "Marco", "Julia", "Tariq", "Lena", "Pedro",
    "Sara", "Viktor", "Noor", "Ethan", "Léa", "Ibrahim", "Maya", "Felix", "Rosa", "Andrés",
    "Hana", "Samuel", "Zoë", "Dmitri", "Alice"};
constexpr std::array<std::string_view, 64> kFamily = {
    "García", "Okafor", "Sharma", "Chen", "Haddad", "Murphy", "Rossi", "Tanaka", "Mensah",
    "Fernández", "Dubois", "Patel", "Lindqvist", "Asante", "Sato", "Johnson", "Schmidt", "Yılmaz",
    "Silva", "Wang", "Hassan", "Becker", "López", "Khan", "Andersson", "Popescu", "Novák",
    "Rahman", "Iyer", "Kim", "Nguyen", "Moreau", "Weber", "Ahmadi", "Castillo", "Brown",
    "Suzuki", "Romano", "Cohen", "Lefèvre", "Boateng", "Ortega", "Nilsson", "Siddiqui", "Bianchi",
    "Müller", "Aziz", "Kowalski", "Santos", "Eriksen", "Volkov", "Farouk", "Taylor", "Martin",
    "Ali", "Park", "Wagner", "Costa", "Herrera", "Mori", "Adeyemi", "Øster", "Ivanova", "Walsh"};

struct CompanyInfo {
    std::string_view name;
    std::string_view industry;
};
constexpr std::array<CompanyInfo, 40> kCompanies = {{
    {"Stripe", "Fintech"}, {"Monzo", "Fintech"}, {"Adyen", "Fintech"}, {"Klarna", "Fintech"},
    {"Shopify", "E-commerce"}, {"Zalando", "E-commerce"}, {"Etsy", "E-commerce"},
    {"Spotify", "Media"}, {"The Guardian", "Media"}, {"Netflix", "Media"},
    {"Google", "Software"}, {"Microsoft", "Software"}, {"Atlassian", "Software"},
    {"GitLab", "Software"}, {"Canonical", "Software"}, {"Figma", "Design"}, {"IDEO", "Design"},
    {"Pentagram", "Design"}, {"McKinsey", "Consulting"}, {"Accenture", "Consulting"},
    {"Deloitte", "Consulting"}, {"Moderna", "Biotech"}, {"Novo Nordisk", "Healthcare"},
    {"NHS Digital", "Healthcare"}, {"Kaiser Permanente", "Healthcare"}, {"Siemens", "Industrial"},
    {"Tesla", "Automotive"}, {"Rivian", "Automotive"}, {"Ørsted", "Energy"}, {"Octopus Energy", "Energy"},
    {"Patagonia", "Retail"}, {"IKEA", "Retail"}, {"Airbnb", "Travel"}, {"Booking.com", "Travel"},
    {"Khan Academy", "Education"}, {"Coursera", "Education"}, {"UNICEF", "Non-profit"},
    {"Wellcome Trust", "Non-profit"}, {"Sequoia Capital", "Venture capital"},
    {"Index Ventures", "Venture capital"},
}};
constexpr std::array<std::string_view, 24> kTitles = {
    "Software Engineer", "Senior Engineer", "Engineering Manager", "VP Engineering", "CTO",
    "Product Manager", "Head of Product", "Product Designer", "Design Lead", "Data Scientist",
    "Recruiter", "Talent Partner", "Head of People", "Marketing Lead", "Growth Manager",
    "Account Executive", "VP Sales", "Founder", "CEO", "Consultant", "Partner", "Researcher",
    "Operations Manager", "Chief of Staff"};
constexpr std::array<std::string_view, 16> kCities = {
    "London", "Berlin", "Lisbon", "New York", "San Francisco", "Toronto", "Nairobi", "Lagos",
    "Bangalore", "Singapore", "Tokyo", "Sydney", "São Paulo", "Mexico City", "Stockholm", "Paris"};
constexpr std::array<std::string_view, 12> kHowMet = {
    "University classmate", "Former colleague", "Met at a conference", "School parent",
    "Introduced by a friend", "Meetup group", "Old manager", "Hackathon team", "Online community",
    "Neighbour", "Volunteering", "Bootcamp cohort"};
constexpr std::array<std::string_view, 12> kTags = {
    "mentor", "recruiter", "alumni", "investor", "hiring", "friend", "speaker", "open source",
    "design", "founder", "ex-colleague", "referral"};
constexpr std::array<std::string_view, 20> kTopics = {
    "kubernetes", "payments", "fundraising", "hiring", "machine learning", "UX research",
    "growth marketing", "pricing", "climate tech", "public speaking", "negotiation", "rust",
    "data engineering", "product strategy", "visa sponsorship", "remote work", "sales",
    "accessibility", "security", "career change"};
constexpr std::array<std::string_view, 10> kNotes = {
    "Loves trail running; ask about the marathon.",
    "Has two kids; the eldest just started school.",
    "Offered to review my CV any time.",
    "Thinking about moving to a startup next year.",
    "Great at explaining complicated things simply.",
    "Introduced me to half the design team at their company.",
    "Prefers a phone call to email.",
    "Is writing a book about leadership.",
    "Moved cities last spring.",
    "We disagree about tabs versus spaces, amiably."};
constexpr std::array<std::string_view, 12> kInteractionNotes = {
    "Caught up over coffee; they are hiring in the spring.",
    "Sent them the article we talked about.",
    "Asked for an intro to their head of product.",
    "Congratulated them on the new role.",
    "Quick call about the team's interview process.",
    "Shared my portfolio for feedback.",
    "They recommended two books on negotiation.",
    "Met at the meetup; talked about remote teams.",
    "Thanked them for the referral.",
    "Wished them a happy new year.",
    "Followed up on the job posting.",
    "Long lunch; talked about career changes."};
constexpr std::array<std::string_view, 10> kEvents = {
    "Product Camp", "DevOps Days", "Design Matters", "Women in Tech Summit", "Fintech Forum",
    "PyData", "Startup Grind", "Alumni Reunion", "Climate Week", "Leadership Breakfast"};

// The letters with marks that the name lists above use, spelt without them,
// so "Tomás Yılmaz" writes as tomas.yilmaz rather than losing letters.
constexpr std::array<std::pair<std::string_view, char>, 17> kPlainLetters = {{
    {"á", 'a'}, {"é", 'e'}, {"è", 'e'}, {"ë", 'e'}, {"í", 'i'}, {"ı", 'i'}, {"ó", 'o'}, {"ö", 'o'},
    {"ú", 'u'}, {"ü", 'u'}, {"ñ", 'n'}, {"ç", 'c'}, {"ã", 'a'}, {"ø", 'o'}, {"å", 'a'}, {"š", 's'},
    {"ž", 'z'}}};

// "José", "García" → "jose.garcia": the part of an e-mail address before the @.
std::string mailHandle(const std::string& given, const std::string& family) {
    const std::string name = given + "." + family;
    std::string handle;
    for (std::size_t i = 0; i < name.size();) {
        const auto c = static_cast<unsigned char>(name[i]);
        if (c < 0x80) {
            handle += static_cast<char>(std::tolower(c));
            ++i;
            continue;
        }
        std::size_t length = 1;
        while (i + length < name.size() && (static_cast<unsigned char>(name[i + length]) & 0xC0) == 0x80) ++length;
        const std::string_view letter(name.data() + i, length);
        for (const auto& [marked, plain] : kPlainLetters)
            if (letter == marked) handle += plain;
        i += length;
    }
    return handle;
}

} // namespace

DemoStats generateDemoNetwork(Database& db, const DemoOptions& opt) {
    Rng rng(opt.seed);
    DemoStats stats;
    const CivilDate today = localDateOf(opt.now);
    const std::int64_t day = 86400;

    Transaction tx(db);
    const CadencePolicy policy = CadencePolicy::load(db);

    Statement insContact(db, "INSERT INTO contacts(given_name, family_name, display_name, company, "
                             "title, industry, location, how_met, birthday, notes, circle, "
                             "created_at, updated_at) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?12)");
    Statement insMethod(db, "INSERT INTO contact_methods(contact_id, kind, label, value) VALUES(?1,?2,?3,?4)");
    Statement insTag(db, "INSERT INTO tags(name) VALUES(?1) ON CONFLICT(name) DO NOTHING");
    Statement linkTag(db, "INSERT OR IGNORE INTO contact_tags(contact_id, tag_id) SELECT ?1, id FROM tags WHERE name=?2");
    Statement insKnows(db, "INSERT OR IGNORE INTO contact_knows(contact_id, topic) VALUES(?1, ?2)");
    Statement insRole(db, "INSERT INTO past_roles(contact_id, company, title, until) VALUES(?1,?2,?3,?4)");
    Statement insInteraction(db, "INSERT INTO interactions(contact_id, kind, direction, at, note, asked_help, "
                                 "gave_help, awaiting_reply, created_at) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?4)");
    Statement setLast(db, "UPDATE contacts SET last_contact_at=?2, next_due=?3 WHERE id=?1");
    Statement insReminder(db, "INSERT INTO reminders(contact_id, due_date, note, status, created_at) VALUES(?1,?2,?3,0,?4)");

    std::vector<std::int64_t> ids;
    ids.reserve(static_cast<size_t>(opt.contacts));
    std::unordered_map<std::string, int> namesakes; // handle@domain → people so far
    std::unordered_set<int> phones;
    for (int n = 0; n < opt.contacts; ++n) {
        const std::string given(rng.pick(kGiven));
        const std::string family(rng.pick(kFamily));
        const CompanyInfo& company = rng.pick(kCompanies);
        const int circleRoll = rng.below(100);
        const Circle circle = circleRoll < 6 ? Circle::Inner
                              : circleRoll < 22 ? Circle::Close
                              : circleRoll < 70 ? Circle::Network
                                                : Circle::Acquaintance;
        std::string birthday;
        if (rng.chance(45)) {
            // A few birthdays land around today so the queue shows them.
            CivilDate b = rng.chance(3) ? today.addDays(rng.below(3))
                                        : CivilDate{2000, 1 + rng.below(12), 1 + rng.below(28)};
            const int year = 1960 + rng.below(40);
            birthday = rng.chance(20) ? "--" + b.iso().substr(5) : CivilDate{year, b.month, std::min(b.day, daysInMonth(year, b.month))}.iso();
        }
        const std::int64_t created = opt.now - (400 + rng.below(900)) * day;
        insContact.reset();
        insContact.bind(1, given).bind(2, family).bind(3, given + " " + family);
        insContact.bind(4, company.name).bind(5, rng.pick(kTitles)).bind(6, company.industry);
        insContact.bind(7, rng.pick(kCities)).bind(8, rng.pick(kHowMet)).bind(9, birthday);
        insContact.bind(10, rng.chance(50) ? std::string(rng.pick(kNotes)) : std::string());
        insContact.bind(11, static_cast<int>(circle)).bind(12, created);
        insContact.run();
        const std::int64_t id = db.lastInsertId();
        ids.push_back(id);

        std::string domain;
        for (char c : std::string(company.name))
            if (std::isalnum(static_cast<unsigned char>(c))) domain += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        // Namesakes at one company get their own addresses, as they would at
        // work: a shared address would make an import take them for one person.
        std::string handle = mailHandle(given, family);
        if (const int earlier = namesakes[handle + "@" + domain]++; earlier > 0) handle += std::to_string(earlier + 1);
        insMethod.reset();
        insMethod.bind(1, id).bind(2, 0).bind(3, "work").bind(4, handle + "@" + domain + ".example").run();
        if (rng.chance(60)) {
            insMethod.reset();
            int number = rng.below(89999);
            while (!phones.insert(number).second) number = (number + 1) % 89999; // one number per person
            insMethod.bind(1, id).bind(2, 1).bind(3, "mobile").bind(4, "+44 7700 9" + std::to_string(10000 + number)).run();
        }
        if (rng.chance(70)) {
            insMethod.reset();
            insMethod.bind(1, id).bind(2, 2).bind(3, "LinkedIn").bind(4, "https://www.linkedin.com/in/" + handle + std::to_string(n)).run();
        }
        for (int t = rng.below(3); t > 0; --t) {
            const std::string tag(rng.pick(kTags));
            insTag.reset();
            insTag.bind(1, tag).run();
            linkTag.reset();
            linkTag.bind(1, id).bind(2, tag).run();
        }
        for (int t = rng.below(4); t > 0; --t) {
            insKnows.reset();
            insKnows.bind(1, id).bind(2, rng.pick(kTopics)).run();
        }
        if (rng.chance(35)) {
            insRole.reset();
            insRole.bind(1, id).bind(2, rng.pick(kCompanies).name).bind(3, rng.pick(kTitles));
            insRole.bind(4, std::to_string(2015 + rng.below(8))).run();
        }

        // History: closer circles talk more; about a fifth of people have gone quiet.
        const bool dormant = rng.chance(circle == Circle::Inner ? 2 : 15);
        const int count = circle == Circle::Inner ? 14 + rng.below(10)
                          : circle == Circle::Close ? 9 + rng.below(8)
                          : circle == Circle::Network ? 6 + rng.below(8)
                                                        : 3 + rng.below(6);
        const int cadence = policy.daysFor(circle, std::nullopt);
        // Most people are on schedule; a few are a little overdue, as in real life.
        const int sinceLast = rng.chance(7) ? cadence + 1 + rng.below(cadence / 4 + 2) : rng.below(cadence);
        const std::int64_t newest = dormant ? opt.now - (200 + rng.below(500)) * day
                                            : opt.now - sinceLast * day - rng.below(36000);
        const std::int64_t firstMet = std::min(created, newest - 30 * day);
        std::int64_t at = newest;
        std::int64_t last = 0;
        for (int k = 0; k < count && at > firstMet; ++k) {
            const bool isNewest = k == 0;
            const Direction dir = rng.chance(55) ? Direction::Out : Direction::In;
            insInteraction.reset();
            insInteraction.bind(1, id).bind(2, rng.below(kInteractionKindCount));
            insInteraction.bind(3, static_cast<int>(dir)).bind(4, at);
            insInteraction.bind(5, rng.chance(70) ? std::string(rng.pick(kInteractionNotes)) : std::string());
            insInteraction.bind(6, rng.chance(12)).bind(7, rng.chance(15));
            insInteraction.bind(8, isNewest && dir == Direction::Out && !dormant && rng.chance(6));
            insInteraction.run();
            ++stats.interactions;
            if (last == 0) last = at;
            at -= (cadence / 2 + rng.below(cadence + 1)) * day + rng.below(30000);
        }
        setLast.reset();
        setLast.bind(1, id);
        if (last) setLast.bind(2, last);
        else setLast.bindNull(2);
        setLast.bind(3, cadenceDueDate(cadence, last ? std::optional<std::int64_t>(last) : std::nullopt, created));
        setLast.run();

        if (rng.chance(2)) {
            insReminder.reset();
            insReminder.bind(1, id).bind(2, today.addDays(rng.below(10) - 3).iso());
            insReminder.bind(3, rng.chance(50) ? "Send the article about hiring" : "Ask how the new job is going");
            insReminder.bind(4, opt.now).run();
        }
        ++stats.contacts;
    }

    // A handful of events, with some of the people met there.
    Statement insEvent(db, "INSERT INTO events(name, date, location) VALUES(?1, ?2, ?3)");
    Statement insAttendee(db, "INSERT OR IGNORE INTO event_attendees(event_id, contact_id) VALUES(?1, ?2)");
    const int eventCount = ids.empty() ? 0 : std::min<int>(10, 2 + static_cast<int>(ids.size()) / 20);
    for (int e = 0; e < eventCount; ++e) {
        insEvent.reset();
        insEvent.bind(1, std::string(kEvents[static_cast<size_t>(e) % kEvents.size()]) + " " + std::to_string(today.year - e % 3));
        insEvent.bind(2, today.addDays(-30 - 40 * e).iso()).bind(3, rng.pick(kCities)).run();
        const std::int64_t eventId = db.lastInsertId();
        for (int a = 3 + rng.below(8); a > 0; --a) {
            insAttendee.reset();
            insAttendee.bind(1, eventId).bind(2, ids[static_cast<size_t>(rng.below(static_cast<int>(ids.size())))]).run();
        }
        ++stats.events;
    }

    Statement insGoal(db, "INSERT INTO goals(title, metric, target, period_days, created_at) "
                          "SELECT ?1, ?2, ?3, ?4, ?5 WHERE NOT EXISTS (SELECT 1 FROM goals WHERE title = ?1)");
    insGoal.bind(1, "Reach out to 5 people a week").bind(2, 0).bind(3, 5).bind(4, 7).bind(5, opt.now).run();
    insGoal.reset();
    insGoal.bind(1, "Help 2 people a month").bind(2, 3).bind(3, 2).bind(4, 30).bind(5, opt.now).run();

    reindexContacts(db, ids); // once, for everyone (see search_index.h)
    tx.commit();
    return stats;
}

} // namespace rk
