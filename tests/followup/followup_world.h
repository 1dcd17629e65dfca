#pragma once
// A small world for follow-up tests: a real SQLite file in a temp dir, a fixed
// clock in a chosen time zone, and helpers that speak in calendar dates.
#include "core/db/statement.h"
#include "core/followup/followup_planner.h"
#include "core/commands/triage.h"
#include "core/repo/contact_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/repo/reminder_repo.h"
#include "core/repo/settings_repo.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"

#include <functional>
#include <string>
#include <vector>

namespace rk::test {

inline CivilDate day(const char* iso) {
    auto d = CivilDate::parse(iso);
    if (!d) throw std::runtime_error(std::string("bad test date ") + iso);
    return *d;
}

// The time zone is the first base: it is set before the clock reads local time
// and restored after the store has closed.
class World : private ScopedTimeZone, public TempStore {
public:
    explicit World(const char* tz = "Europe/London") : ScopedTimeZone(tz), TempStore(localTime(2026, 1, 1)) {}

    // "Now" becomes `hour`:`minute` local time on `date`.
    void setNow(const char* date, int hour = 12, int minute = 0) {
        const CivilDate d = day(date);
        clock.set(localTime(d.year, d.month, d.day, hour, minute));
    }
    [[nodiscard]] CivilDate today() const { return clock.today(); }

    // Adds a contact created at noon on `createdOn` (as the contact editor
    // would: next_due computed right away).
    ContactId add(const std::string& name, Circle circle, const char* createdOn,
                  const std::function<void(Contact&)>& edit = {}) {
        const auto saved = clock.now();
        setNow(createdOn);
        Contact c;
        c.displayName = name;
        c.circle = circle;
        if (edit) edit(c);
        store.change("Add " + name, [&] {
            ContactRepo(store.db()).insert(c, clock.now());
            refreshNextDue(store.db(), CadencePolicy::load(store.db()), c.id);
        });
        clock.set(saved);
        return c.id;
    }

    // Logs an interaction at noon on `on`, as if logged then.
    std::int64_t log(ContactId id, const char* on, Direction direction = Direction::Out,
                     bool awaiting = false, InteractionKind kind = InteractionKind::Email) {
        const auto saved = clock.now();
        setNow(on);
        Interaction i;
        i.contactId = id;
        i.kind = kind;
        i.direction = direction;
        i.awaitingReply = awaiting;
        logInteraction(store, i);
        clock.set(saved);
        return i.id;
    }

    std::int64_t remind(ContactId id, const char* due, const std::string& note) {
        Reminder r;
        r.contactId = id;
        r.dueDate = due;
        r.note = note;
        store.change("Remind", [&] { ReminderRepo(store.db()).add(r, clock.now()); });
        return r.id;
    }

    void setting(const std::string& key, const std::string& value) {
        store.change("Setting", [&] { SettingsRepo(store.db()).set(key, value); });
    }

    [[nodiscard]] TodayQueue queue(const QueueOptions& options = {.limit = QueueOptions::kAll,
                                                                 .countCap = QueueOptions::kAll}) {
        return FollowUpPlanner(store.db()).build(today(), options);
    }
    [[nodiscard]] TodayQueue queueOn(const char* date) {
        return FollowUpPlanner(store.db()).build(day(date), {.limit = QueueOptions::kAll,
                                                             .countCap = QueueOptions::kAll});
    }
    [[nodiscard]] std::vector<std::string> names(const TodayQueue& q) const {
        std::vector<std::string> out;
        for (const auto& item : q.items) out.push_back(item.name);
        return out;
    }
    [[nodiscard]] const QueueItem* find(const TodayQueue& q, ContactId id) const {
        for (const auto& item : q.items)
            if (item.contactId == id) return &item;
        return nullptr;
    }
    [[nodiscard]] std::string text(const char* sql) { return store.db().queryText(sql); }

    // Every row of the tables follow-up commands touch, for exact undo checks.
    [[nodiscard]] std::string dump() {
        std::string out;
        for (const char* table : {"contacts", "interactions", "reminders", "settings"}) {
            std::vector<std::string> cols;
            Statement info(store.db(), "SELECT name FROM pragma_table_info(?1)");
            info.bind(1, table);
            while (info.step()) cols.push_back(info.text(0));
            std::string expr;
            for (const auto& c : cols) expr += (expr.empty() ? "" : " || '|' || ") + ("quote(" + c + ")");
            Statement rows(store.db(), "SELECT " + expr + " FROM " + table + " ORDER BY 1");
            out += std::string("## ") + table + "\n";
            while (rows.step()) out += rows.text(0) + "\n";
        }
        return out;
    }
};

} // namespace rk::test
