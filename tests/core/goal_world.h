#pragma once
// A database for goal tests: a zone, a clock, people and a log written
// straight through the repos, and a goal's status read the way the Goals tab
// reads it.
#include "core/db/statement.h"
#include "core/goals/goal_status.h"
#include "core/model/enums.h"
#include "core/model/interaction.h"
#include "core/repo/contact_repo.h"
#include "core/repo/goal_repo.h"
#include "core/repo/interaction_repo.h"
#include "core/time/civil_date.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"

#include <catch2/catch.hpp>

#include <string>

namespace rk::test {

inline constexpr std::int64_t kDay = 86400;

// A local time in the current zone: at("2026-12-03", 15) is 15:00 that day.
inline std::int64_t at(const char* date, int hour, int minute = 0) {
    return localMidnight(*CivilDate::parse(date)) + hour * 3600 + minute * 60;
}

struct GoalWorld : private ScopedTimeZone, TempStore {
    GoalWorld(const char* zone, const char* date, int hour)
        : ScopedTimeZone(zone), TempStore(0) {
        clock.set(at(date, hour));
    }

    ContactId person(const std::string& given, std::int64_t added = 0) {
        Contact c;
        c.givenName = given;
        c.familyName = "Test";
        store.change("Add", [&] { ContactRepo(store.db()).insert(c, added ? added : clock.now() - 400 * kDay); });
        return c.id;
    }
    void log(ContactId id, Direction direction, std::int64_t when, bool gaveHelp = false,
             InteractionKind kind = InteractionKind::Email) {
        Interaction i;
        i.contactId = id;
        i.direction = direction;
        i.kind = kind;
        i.at = when;
        i.gaveHelp = gaveHelp;
        store.change("Log", [&] { InteractionRepo(store.db()).add(i, clock.now()); });
    }
    void cleared(const char* day) {
        store.change("Cleared", [&] {
            Statement st(store.db(), "INSERT INTO cleared_days(day) VALUES(?1)");
            st.bind(1, day).run();
        });
    }
    // The only goal: made `madeDaysAgo` days before now.
    GoalStatus status(GoalKind kind, int target, GoalPer per, int weekStart = 0, int madeDaysAgo = 0,
                      int dormantDays = 180) {
        Goal g;
        g.kind = kind;
        g.target = target;
        g.per = per;
        store.change("Goal", [&] {
            store.db().exec("DELETE FROM goals");
            GoalRepo(store.db()).add(g, clock.now() - madeDaysAgo * kDay);
        });
        auto all = goalStatuses(store.db(), clock.now(), weekStart, dormantDays);
        REQUIRE(all.size() == 1);
        return all[0];
    }
};

} // namespace rk::test
