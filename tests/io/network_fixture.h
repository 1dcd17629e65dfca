#pragma once
// A small network in many scripts, with everything an export must carry.
#include "core/repo/contact_loader.h"
#include "core/repo/contact_repo.h"
#include "core/repo/event_repo.h"
#include "core/repo/goal_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/repo/reminder_repo.h"
#include "core/repo/settings_repo.h"
#include "core/schedule/cadence.h"
#include "core/store/store.h"
#include "tests/io/io_fixtures.h"

#include <algorithm>
#include <string>
#include <vector>

namespace rk::test {

inline Contact person(std::string given, std::string family, std::string company, std::string title) {
    Contact c;
    c.givenName = std::move(given);
    c.familyName = std::move(family);
    c.displayName = c.givenName + (c.familyName.empty() ? "" : " " + c.familyName);
    c.company = std::move(company);
    c.title = std::move(title);
    return c;
}

inline std::vector<Contact> richPeople() {
    std::vector<Contact> people;
    Contact a = person("Zoë", "Ørsted-Lefèvre", "Café Société, S.A.", "Directrice; \"Opérations\"");
    a.methods = {{0, MethodKind::Email, "work", "zoe@cafe.example"},
                 {0, MethodKind::Email, "home", "zoe.o@mail.example"},
                 {0, MethodKind::Phone, "mobile", "+33 6 12 34 56 78"},
                 {0, MethodKind::Phone, "fax", "+33 1 23 45 67 89"},
                 {0, MethodKind::Url, "LinkedIn", "https://www.linkedin.com/in/zoe"}};
    a.tags = {"mentor", "paris"};
    a.knows = {"coffee roasting", "supply chain"};
    a.pastRoles = {{0, "Nestlé", "Buyer", "2019"}, {0, "Danone", "Analyst; junior", "2015"}};
    a.birthday = "1984-02-29";
    a.notes = "Met at VivaTech, stand B12.\nAsk about: the Lyon office, hiring; \"green\" beans.\nPath C:\\temp stays.";
    a.industry = "Food & beverage";
    a.location = "Paris, Île-de-France, France";
    a.howMet = "Introduced by Léa";
    a.circle = Circle::Inner;
    a.cadenceDays = 21;
    a.photo = tinyJpeg();
    people.push_back(a);

    Contact b = person("Дмитрий", "Волков", "Яндекс", "Ведущий разработчик");
    b.methods = {{0, MethodKind::Email, "", "dmitry@yandex.example"}, {0, MethodKind::Phone, "Assistant", "+7 495 123-45-67"}};
    b.tags = {"москва"};
    b.birthday = "--11-07";
    b.circle = Circle::Close;
    people.push_back(b);

    Contact c = person("Ελένη", "Παπαδοπούλου", "Ωμέγα Α.Ε.", "Σύμβουλος");
    c.knows = {"ναυτιλία"};
    c.notes = "Καλημέρα, τι κάνεις;";
    c.photo = tinyPng();
    people.push_back(c);

    Contact d = person("伟", "王", "腾讯", "产品经理");
    d.displayName = "王伟";
    d.methods = {{0, MethodKind::Url, "", "https://weibo.example/wangwei"}};
    d.location = "深圳";
    people.push_back(d);

    Contact e = person("健", "佐藤", "ソニー", "エンジニア");
    e.displayName = "佐藤 健";
    e.tags = {"日本"};
    e.circle = Circle::Acquaintance;
    e.cadenceDays = 0;
    people.push_back(e);

    Contact f = person("Sam", "Lee 🚀", "Rocket Labs 🛰️", "Founder");
    f.notes = "Loves 🍕 and 🎸; family 👨‍👩‍👧";
    f.tags = {"🚀 founders"};
    people.push_back(f);

    Contact g = person("محمد", "الحسن", "أرامكو", "مهندس");
    g.methods = {{0, MethodKind::Email, "work", "m.alhassan@example.sa"}};
    g.howMet = "مؤتمر الطاقة";
    people.push_back(g);

    Contact h = person("נועה", "כהן", "", "");
    h.notes = "שלום (hello) — mixed RTL and LTR";
    people.push_back(h);
    return people;
}

struct SeededNetwork {
    std::vector<ContactId> ids;
};

// Adds richPeople() plus history, reminders, an event, a goal, settings, an
// archived and a trashed contact.
inline SeededNetwork seedRichNetwork(Store& store) {
    SeededNetwork s;
    const std::int64_t now = store.clock().now();
    store.change("Seed", [&] {
        ContactRepo repo(store.db());
        for (auto c : richPeople()) s.ids.push_back(repo.insert(c, now));
        Contact archived = person("Old", "Friend", "Gone Inc", "");
        const ContactId a = repo.insert(archived, now);
        repo.archive(a, now);
        Contact trashed = person("Deleted", "Person", "", "");
        const ContactId t = repo.insert(trashed, now);
        repo.moveToTrash(t, now);

        InteractionRepo interactions(store.db());
        for (int k = 0; k < 3; ++k) {
            Interaction i;
            i.contactId = s.ids[static_cast<std::size_t>(k)];
            i.kind = static_cast<InteractionKind>(k);
            i.direction = k % 2 ? Direction::In : Direction::Out;
            i.at = now - 86400 * (10 + k);
            i.note = "Coffee ☕ #" + std::to_string(k);
            i.askedHelp = k == 1;
            i.gaveHelp = k == 2;
            i.awaitingReply = k == 0;
            interactions.add(i, now);
        }
        ReminderRepo reminders(store.db());
        Reminder r;
        r.contactId = s.ids[1];
        r.dueDate = "2024-03-15";
        r.note = "Send the article, the one about Go; ask about Kazan";
        reminders.add(r, now);
        Reminder done;
        done.contactId = s.ids[2];
        done.dueDate = "2024-01-01";
        done.note = "done already";
        done.status = FollowUpStatus::Done;
        reminders.add(done, now);

        EventRepo events(store.db());
        Event ev;
        ev.name = "VivaTech 2023";
        ev.date = "2023-06-14";
        ev.location = "Paris";
        ev.attendeeIds = {s.ids[0], s.ids[5]};
        events.add(ev);
        GoalRepo goals(store.db());
        Goal g;
        g.title = "Rekindle 3 people a week";
        g.kind = GoalKind::Reconnect;
        g.target = 3;
        goals.add(g, now);
        SettingsRepo settings(store.db());
        settings.set("cadence.close", "25");
        settings.set("theme", "dark");
        const CadencePolicy policy = CadencePolicy::load(store.db());
        for (auto id : s.ids) refreshNextDue(store.db(), policy, id);
    });
    return s;
}

// One canonical line per contact with the fields a format carries, sorted, so
// two databases can be compared as networks (ids and timestamps aside).
struct NetworkView {
    bool labels = true;
    bool photos = true;
    bool pastRoles = true;
};

inline std::vector<std::string> networkOf(Database& db, NetworkView view = {}) {
    std::vector<std::string> out;
    for (auto c : loadAllContacts(db)) {
        if (c.archivedAt) continue;
        std::string line = c.displayName + "|" + c.givenName + "|" + c.familyName + "|" + c.company + "|" +
                           c.title + "|" + c.industry + "|" + c.location + "|" + c.howMet + "|" +
                           c.birthday + "|" + c.notes + "|" + std::to_string(static_cast<int>(c.circle)) + "|" +
                           (c.cadenceDays ? std::to_string(*c.cadenceDays) : "-") + "|";
        if (view.photos) line += std::to_string(c.photo.size()) + ":" + base64Encode(c.photo) + "|";
        std::vector<std::string> methods;
        for (const auto& m : c.methods)
            methods.push_back(std::to_string(static_cast<int>(m.kind)) + (view.labels ? "/" + m.label : "") + "/" + m.value);
        std::sort(methods.begin(), methods.end());
        std::sort(c.tags.begin(), c.tags.end());
        std::sort(c.knows.begin(), c.knows.end());
        for (const auto& m : methods) line += m + ",";
        line += "|";
        for (const auto& t : c.tags) line += t + ",";
        line += "|";
        for (const auto& k : c.knows) line += k + ",";
        if (view.pastRoles)
            for (const auto& r : c.pastRoles) line += "|" + r.company + "/" + r.title + "/" + r.until;
        out.push_back(line);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace rk::test
