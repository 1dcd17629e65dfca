#include "core/demo/demo_network.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/db/transaction.h"
#include "core/model/contact.h"
#include "core/model/contact_link.h"
#include "core/model/enums.h"
#include "core/schedule/cadence.h"
#include "core/schedule/user_settings.h"
#include "core/store/search_index.h"
#include "core/store/search_index_fold.h"
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

constexpr std::int64_t kDay = 86400;

// Roughly how many people one person keeps up with (Dunbar's ~150): the demo
// puts them on a cadence. Everyone after them is someone on file, the long
// tail of a LinkedIn export: an acquaintance with no cadence and a thin,
// older history, offered a few a day by the rekindle batch rather than all
// due at once. That keeps a large demo's first day and week like a real
// person's (a handful due, a dozen interactions a week), not one per contact.
constexpr int kKeptUpWith = 150;

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

// The letters with marks that the name and company lists above use, spelt
// without them, so "Tomás Yılmaz" writes as tomas.yilmaz rather than losing
// letters. Letters that do not decompose (ø, ı, ß) come from the search
// index's table first (foldSearchLetters), so "Ørsted" mails from orsted.
constexpr std::array<std::pair<std::string_view, char>, 24> kPlainLetters = {
    {{"á", 'a'}, {"é", 'e'}, {"è", 'e'}, {"ë", 'e'}, {"í", 'i'}, {"ó", 'o'},
     {"ö", 'o'}, {"ú", 'u'}, {"ü", 'u'}, {"ñ", 'n'}, {"ç", 'c'}, {"ã", 'a'},
     {"å", 'a'}, {"š", 's'}, {"ž", 'z'}, {"ê", 'e'}, {"Á", 'a'}, {"É", 'e'},
     {"Í", 'i'}, {"Ó", 'o'}, {"Ö", 'o'}, {"Ú", 'u'}, {"Ü", 'u'}, {"Å", 'a'}}};

// Lower-case ASCII: marks dropped, other letters spelt plainly; anything
// else that is not ASCII is left out.
std::string plainAscii(std::string_view text) {
    const std::string folded = foldSearchLetters(text);
    std::string out;
    for (std::size_t i = 0; i < folded.size();) {
        const auto c = static_cast<unsigned char>(folded[i]);
        if (c < 0x80) {
            out += static_cast<char>(std::tolower(c));
            ++i;
            continue;
        }
        std::size_t length = 1;
        while (i + length < folded.size() &&
               (static_cast<unsigned char>(folded[i + length]) & 0xC0) == 0x80)
            ++length;
        const std::string_view letter(folded.data() + i, length);
        for (const auto& [marked, plain] : kPlainLetters)
            if (letter == marked) {
                out += plain;
                break;
            }
        i += length;
    }
    return out;
}

// "José", "García" → "jose.garcia": the part of an e-mail address before the @.
std::string mailHandle(const std::string& given, const std::string& family) {
    return plainAscii(given + "." + family);
}

// "Index Ventures" → "indexventures", "Ørsted" → "orsted": a company's mail domain.
std::string mailDomain(std::string_view company) {
    std::string domain;
    for (char c : plainAscii(company))
        if (std::isalnum(static_cast<unsigned char>(c))) domain += c;
    return domain;
}

// A note that fits its day: "happy new year" only from 20 December to the
// end of January; otherwise the next note in the list (no extra draw, so
// the seed keeps its people).
std::string_view noteFor(std::size_t pick, std::int64_t at) {
    const CivilDate day = localDateOf(at);
    const bool newYear = (day.month == 12 && day.day >= 20) || day.month == 1;
    std::string_view note = kInteractionNotes[pick];
    if (note.find("new year") != std::string_view::npos && !newYear)
        note = kInteractionNotes[(pick + 1) % kInteractionNotes.size()];
    return note;
}

// The statements every person is written through, prepared once.
struct PersonStatements {
    explicit PersonStatements(Database& db)
        : contact(db, "INSERT INTO contacts(given_name, family_name, display_name, company, "
                      "title, industry, location, how_met, birthday, notes, circle, "
                      "created_at, updated_at, cadence_days) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?12,?13)"),
          method(db, "INSERT INTO contact_methods(contact_id, kind, label, value) VALUES(?1,?2,?3,?4)"),
          tag(db, "INSERT INTO tags(name) VALUES(?1) ON CONFLICT(name) DO NOTHING"),
          linkTag(db, "INSERT OR IGNORE INTO contact_tags(contact_id, tag_id) SELECT ?1, id FROM tags WHERE name=?2"),
          knows(db, "INSERT OR IGNORE INTO contact_knows(contact_id, topic) VALUES(?1, ?2)"),
          role(db, "INSERT INTO past_roles(contact_id, company, title, until) VALUES(?1,?2,?3,?4)"),
          interaction(db, "INSERT INTO interactions(contact_id, kind, direction, at, note, asked_help, "
                          "gave_help, awaiting_reply, created_at) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?4)"),
          setLast(db, "UPDATE contacts SET last_contact_at=?2, next_due=?3 WHERE id=?1"),
          reminder(db, "INSERT INTO reminders(contact_id, due_date, note, status, created_at) VALUES(?1,?2,?3,0,?4)") {}

    Statement contact, method, tag, linkTag, knows, role, interaction, setLast, reminder;
};

// What the later phases need to know about a person just written.
struct Person {
    std::int64_t id = 0;
    std::string given, family;
    const CompanyInfo* company = nullptr;
    Circle circle = Circle::Network;
    bool onFile = false; // beyond the people kept up with: no cadence (see kKeptUpWith)
    std::int64_t created = 0;
};

// Addresses and numbers handed out so far: each person gets their own.
struct Handed {
    std::unordered_map<std::string, int> namesakes; // handle@domain → people so far
    std::unordered_set<int> phones;
};

// About half of people have a birthday on file; a few of the people kept up
// with land around today so the queue shows them.
std::string drawBirthday(Rng& rng, const CivilDate& today, bool nearTodayAllowed) {
    if (!rng.chance(45)) return {};
    CivilDate b = rng.below(200) < 3 && nearTodayAllowed ? today.addDays(rng.below(3))
                                : CivilDate{2000, 1 + rng.below(12), 1 + rng.below(28)};
    const int year = 1960 + rng.below(40);
    return rng.chance(20) ? "--" + b.iso().substr(5) : CivilDate{year, b.month, std::min(b.day, daysInMonth(year, b.month))}.iso();
}

// The contact row: name, company, role, circle, birthday, notes.
Person insertContact(Rng& rng, PersonStatements& st, Database& db, const CivilDate& today, std::int64_t now,
                     bool onFile) {
    Person p;
    p.onFile = onFile;
    p.given = rng.pick(kGiven);
    p.family = rng.pick(kFamily);
    p.company = &rng.pick(kCompanies);
    const int circleRoll = rng.below(100);
    p.circle = circleRoll < 6 ? Circle::Inner
               : circleRoll < 22 ? Circle::Close
               : circleRoll < 70 ? Circle::Network
                                 : Circle::Acquaintance;
    if (onFile) p.circle = Circle::Acquaintance;
    const std::string birthday = drawBirthday(rng, today, !onFile);
    p.created = now - (400 + rng.below(900)) * kDay;
    Statement& ins = st.contact;
    ins.reset();
    ins.bind(1, p.given).bind(2, p.family).bind(3, p.given + " " + p.family);
    ins.bind(4, p.company->name).bind(5, rng.pick(kTitles)).bind(6, p.company->industry);
    ins.bind(7, rng.pick(kCities)).bind(8, rng.pick(kHowMet)).bind(9, birthday);
    ins.bind(10, rng.chance(50) ? std::string(rng.pick(kNotes)) : std::string());
    ins.bind(11, static_cast<int>(p.circle)).bind(12, p.created);
    if (onFile) ins.bind(13, 0);
    else ins.bindNull(13);
    ins.run();
    p.id = db.lastInsertId();
    return p;
}

// A work address, and for many a mobile number and a LinkedIn page.
void insertMethods(Rng& rng, PersonStatements& st, const Person& p, int n, Handed& handed) {
    const std::string domain = mailDomain(p.company->name);
    // Namesakes at one company get their own addresses, as they would at
    // work: a shared address would make an import take them for one person.
    std::string handle = mailHandle(p.given, p.family);
    if (const int earlier = handed.namesakes[handle + "@" + domain]++; earlier > 0) handle += std::to_string(earlier + 1);
    st.method.reset();
    st.method.bind(1, p.id).bind(2, 0).bind(3, "work").bind(4, handle + "@" + domain + ".example").run();
    if (rng.chance(60)) {
        st.method.reset();
        int number = rng.below(89999);
        while (!handed.phones.insert(number).second) number = (number + 1) % 89999; // one number per person
        st.method.bind(1, p.id).bind(2, 1).bind(3, "mobile").bind(4, "+44 7700 9" + std::to_string(10000 + number)).run();
    }
    if (rng.chance(70)) {
        st.method.reset();
        st.method.bind(1, p.id).bind(2, 2).bind(3, "LinkedIn").bind(4, "https://www.linkedin.com/in/" + handle + std::to_string(n)).run();
    }
}

// Tags, "knows about" topics and sometimes an earlier job.
void insertProfile(Rng& rng, PersonStatements& st, std::int64_t id) {
    for (int t = rng.below(3); t > 0; --t) {
        const std::string tag(rng.pick(kTags));
        st.tag.reset();
        st.tag.bind(1, tag).run();
        st.linkTag.reset();
        st.linkTag.bind(1, id).bind(2, tag).run();
    }
    for (int t = rng.below(4); t > 0; --t) {
        st.knows.reset();
        st.knows.bind(1, id).bind(2, rng.pick(kTopics)).run();
    }
    if (rng.chance(35)) {
        st.role.reset();
        st.role.bind(1, id).bind(2, rng.pick(kCompanies).name).bind(3, rng.pick(kTitles));
        st.role.bind(4, std::to_string(2015 + rng.below(8))).run();
    }
}

// When the person was last in touch. The people kept up with are mostly on
// schedule: about one in a hundred slipped a few days past their cadence (today's
// handful of overdue cards). Those who went quiet (dormant) did so long
// enough ago that their cadence lapsed past the dormant threshold, so the
// rekindle batch offers them a few a day instead of all at once. People on
// file were last in touch months or years ago.
std::int64_t drawNewest(Rng& rng, const Person& p, int cadence, int dormantDays, bool dormant, std::int64_t now) {
    if (p.onFile) return now - (120 + rng.below(900)) * kDay - rng.below(36000);
    const int sinceLast = rng.chance(1) ? cadence + 1 + rng.below(4) : rng.below(cadence);
    if (dormant) return now - (cadence + dormantDays + 10 + rng.below(500)) * kDay;
    return now - sinceLast * kDay - rng.below(36000);
}

// The person's interactions, newest first, then their last contact and next
// due date. Closer circles talk more; about a sixth of the people kept up
// with have gone quiet; people on file have a thin history.
// Returns how many interactions were written.
int insertHistory(Rng& rng, PersonStatements& st, const Person& p, const CadencePolicy& policy,
                  int dormantDays, std::int64_t now) {
    const bool dormant = rng.chance(p.circle == Circle::Inner ? 2 : 15);
    const int count = p.onFile ? 1 + rng.below(3)
                      : p.circle == Circle::Inner ? 14 + rng.below(10)
                      : p.circle == Circle::Close ? 9 + rng.below(8)
                      : p.circle == Circle::Network ? 6 + rng.below(8)
                                                    : 3 + rng.below(6);
    const int circleCadence = policy.daysFor(p.circle, std::nullopt);
    // People on file are spaced like acquaintances, but nothing is due.
    const int cadence = p.onFile ? 0 : circleCadence;
    const std::int64_t newest = drawNewest(rng, p, circleCadence, dormantDays, dormant, now);
    const std::int64_t firstMet = std::min(p.created, newest - 30 * kDay);
    std::int64_t at = newest;
    std::int64_t last = 0;
    int written = 0;
    for (int k = 0; k < count && at > firstMet; ++k) {
        const bool isNewest = k == 0;
        const Direction dir = rng.chance(55) ? Direction::Out : Direction::In;
        Statement& ins = st.interaction;
        ins.reset();
        ins.bind(1, p.id).bind(2, rng.below(kInteractionKindCount));
        ins.bind(3, static_cast<int>(dir)).bind(4, at);
        ins.bind(5, rng.chance(70)
                        ? std::string(noteFor(static_cast<std::size_t>(rng.below(
                                                  static_cast<int>(kInteractionNotes.size()))),
                                              at))
                        : std::string());
        // Asks and gives are the exception, not every other message: a few a month.
        ins.bind(6, rng.chance(4)).bind(7, rng.chance(5));
        // A message still waiting for its answer: one in a hundred of the people kept up with.
        ins.bind(8, isNewest && dir == Direction::Out && !dormant && !p.onFile && rng.chance(1));
        ins.run();
        ++written;
        if (last == 0) last = at;
        at -= (circleCadence / 2 + rng.below(circleCadence + 1)) * kDay + rng.below(30000);
    }
    st.setLast.reset();
    st.setLast.bind(1, p.id);
    if (last) st.setLast.bind(2, last);
    else st.setLast.bindNull(2);
    st.setLast.bind(3, cadenceDueDate(cadence, last ? std::optional<std::int64_t>(last) : std::nullopt, p.created));
    st.setLast.run();
    return written;
}

// One person in a hundred kept up with has a reminder within a few days of today.
void maybeInsertReminder(Rng& rng, PersonStatements& st, const Person& p, const CivilDate& today,
                         std::int64_t now) {
    if (!rng.chance(1) || p.onFile) return;
    const std::int64_t id = p.id;
    st.reminder.reset();
    st.reminder.bind(1, id).bind(2, today.addDays(rng.below(10) - 3).iso());
    st.reminder.bind(3, rng.chance(50) ? "Send the article about hiring" : "Ask how the new job is going");
    st.reminder.bind(4, now).run();
}

// A handful of events, with some of the people met there. Returns how many.
int insertEvents(Rng& rng, Database& db, const std::vector<std::int64_t>& ids, const CivilDate& today) {
    Statement insEvent(db, "INSERT INTO events(name, date, location) VALUES(?1, ?2, ?3)");
    Statement insAttendee(db, "INSERT OR IGNORE INTO event_attendees(event_id, contact_id) VALUES(?1, ?2)");
    const int eventCount = ids.empty() ? 0 : std::min<int>(10, 2 + static_cast<int>(ids.size()) / 20);
    for (int e = 0; e < eventCount; ++e) {
        insEvent.reset();
        // The year in the name is the year it took place.
        const CivilDate date = today.addDays(-30 - 40 * e);
        insEvent.bind(1, std::string(kEvents[static_cast<size_t>(e) % kEvents.size()]) + " " +
                             std::to_string(date.year));
        insEvent.bind(2, date.iso()).bind(3, rng.pick(kCities)).run();
        const std::int64_t eventId = db.lastInsertId();
        for (int a = 3 + rng.below(8); a > 0; --a) {
            insAttendee.reset();
            insAttendee.bind(1, eventId).bind(2, ids[static_cast<size_t>(rng.below(static_cast<int>(ids.size())))]).run();
        }
    }
    return eventCount;
}

// Who knows whom, about two and a half links a person: colleagues at the
// same company (a few of them one's manager), friends who know each other,
// classmates, family, and a few people who introduced the user to someone.
// Returns how many links were written.
int insertLinks(Rng& rng, Database& db, const std::vector<Person>& people) {
    Statement ins(db, "INSERT OR IGNORE INTO contact_links(from_id, to_id, kind, note, created_at) "
                      "VALUES(?1, ?2, ?3, ?4, ?5)");
    int written = 0;
    auto link = [&](const Person& a, const Person& b, LinkKind kind, std::string_view note) {
        if (a.id == b.id) return;
        ins.reset();
        ins.bind(1, a.id).bind(2, b.id).bind(3, static_cast<int>(kind)).bind(4, std::string(note));
        ins.bind(5, std::max(a.created, b.created)).run();
        written += db.changes() > 0 ? 1 : 0;
    };
    // Colleagues: each person and the one before them at the same company.
    std::unordered_map<const CompanyInfo*, const Person*> lastAt;
    for (const Person& p : people) {
        if (const auto it = lastAt.find(p.company); it != lastAt.end() && rng.chance(75))
            link(*it->second, p, rng.chance(15) ? LinkKind::ManagerOf : LinkKind::WorksWith, "");
        lastAt[p.company] = &p;
    }
    if (people.size() < 2) return written;
    const int n = static_cast<int>(people.size());
    for (const Person& p : people) {
        for (int k = rng.below(4); k > 0; --k) link(p, people[static_cast<size_t>(rng.below(n))], LinkKind::Knows, "");
        if (rng.chance(10)) link(p, people[static_cast<size_t>(rng.below(n))], LinkKind::SchoolWith, "Same university");
        if (rng.chance(2)) link(p, people[static_cast<size_t>(rng.below(n))], LinkKind::Family, "");
        if (rng.chance(4))
            link(p, people[static_cast<size_t>(rng.below(n))], LinkKind::IntroducedMeTo, "Introduced us over email");
    }
    return written;
}

// Two goals, unless a goal of that title is already there.
void insertGoals(Database& db, std::int64_t now) {
    Statement insGoal(db, "INSERT INTO goals(title, kind, target, per, created_at) "
                          "SELECT ?1, ?2, ?3, ?4, ?5 WHERE NOT EXISTS (SELECT 1 FROM goals WHERE title = ?1)");
    insGoal.bind(1, "Reach out to 5 people a week").bind(2, 0).bind(3, 5).bind(4, "week").bind(5, now).run();
    insGoal.reset();
    insGoal.bind(1, "Give help twice a month").bind(2, 3).bind(3, 2).bind(4, "month").bind(5, now).run();
}

} // namespace

std::int64_t countDemoPeople(Database& db) {
    return db.queryInt("SELECT count(DISTINCT m.contact_id) FROM contact_methods m JOIN contacts c "
                       "ON c.id = m.contact_id WHERE m.kind = 0 AND m.value LIKE '%_@%_.example' "
                       "AND c.deleted_at IS NULL");
}

// Each phase draws from the one Rng in this order (people, then events), so
// a seed keeps meaning the same network: reorder a draw and every later
// person changes.
DemoStats generateDemoNetwork(Database& db, const DemoOptions& opt) {
    Rng rng(opt.seed);
    DemoStats stats;
    const CivilDate today = localDateOf(opt.now);

    Transaction tx(db);
    const CadencePolicy policy = CadencePolicy::load(db);
    const int dormantDays = UserSettings::load(db).dormantDays();
    PersonStatements statements(db);
    Handed handed;
    std::vector<std::int64_t> ids;
    std::vector<Person> people;
    people.reserve(static_cast<size_t>(opt.contacts));
    ids.reserve(static_cast<size_t>(opt.contacts));
    for (int n = 0; n < opt.contacts; ++n) {
        const bool onFile = !opt.everyoneKeptUp && n >= kKeptUpWith;
        const Person person = insertContact(rng, statements, db, today, opt.now, onFile);
        ids.push_back(person.id);
        people.push_back(person);
        insertMethods(rng, statements, person, n, handed);
        insertProfile(rng, statements, person.id);
        stats.interactions += insertHistory(rng, statements, person, policy, dormantDays, opt.now);
        maybeInsertReminder(rng, statements, person, today, opt.now);
        ++stats.contacts;
    }
    stats.events = insertEvents(rng, db, ids, today);
    stats.links = insertLinks(rng, db, people);
    insertGoals(db, opt.now);

    reindexContacts(db, ids); // once, for everyone (see search_index.h)
    tx.commit();
    return stats;
}

} // namespace rk
