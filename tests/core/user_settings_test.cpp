#include "core/repo/settings_repo.h"
#include "core/schedule/cadence.h"
#include "core/schedule/user_settings.h"
#include "core/store/store.h"
#include "tests/support/temp_store.h"

#include <catch2/catch.hpp>

using namespace rk;

TEST_CASE("User settings have the brief's defaults", "[core][settings]") {
    const UserSettings s;
    CHECK(s.cadenceDays(Circle::Inner) == 14);
    CHECK(s.cadenceDays(Circle::Close) == 30);
    CHECK(s.cadenceDays(Circle::Network) == 90);
    CHECK(s.cadenceDays(Circle::Acquaintance) == 180);
    CHECK(s.awaitingDays() == 5);
    CHECK(s.dormantDays() == 180);
    CHECK(s.rekindleBatch() == 3);
    CHECK(s.weekStart() == 0);
    CHECK_FALSE(s.darkTheme());
}

TEST_CASE("Stored settings are read back, and bad values keep the default", "[core][settings]") {
    test::TempStore t{1'795'000'000};
    auto set = [&](const char* key, const char* value) {
        t.store.change("set", [&] { SettingsRepo(t.store.db()).set(key, value); });
    };
    set("followup.awaiting_days", "7");
    set("followup.dormant_days", "365");
    set("calendar.week_start", "6");
    set("ui.theme", "dark");
    set("cadence.close", "21");
    set("followup.rekindle_batch", "many"); // not a number
    set("cadence.inner", "0");              // out of range
    const UserSettings s = UserSettings::load(t.store.db());
    CHECK(s.awaitingDays() == 7);
    CHECK(s.dormantDays() == 365);
    CHECK(s.weekStart() == 6);
    CHECK(s.darkTheme());
    CHECK(s.cadenceDays(Circle::Close) == 21);
    CHECK(s.rekindleBatch() == 3);
    CHECK(s.cadenceDays(Circle::Inner) == 14);
    CHECK(CadencePolicy::load(t.store.db()).daysFor(Circle::Close, std::nullopt) == 21);
}

TEST_CASE("Each setting checks its range and says so in words", "[core][settings]") {
    struct Row {
        Setting setting;
        int value;
        const char* problem; // nullptr: fine
    };
    for (const Row& row : {
             Row{Setting::AwaitingDays, 7, nullptr},
             Row{Setting::AwaitingDays, 0, "The awaiting-reply wait can be from 1 day to 60 days."},
             Row{Setting::DormantDays, 20,
                 "The dormant threshold can be from 1 month to 36 months."},
             Row{Setting::DormantDays, 1080, nullptr},
             Row{Setting::RekindleBatch, 0, nullptr},
             Row{Setting::RekindleBatch, 21,
                 "The daily rekindle batch can be from 0 people to 20 people."},
             Row{Setting::WeekStart, 7, "The first day of the week can be from Monday to Sunday."},
             Row{Setting::CadenceInner, 731, "Inner circle can be from 1 day to 730 days."},
         }) {
        INFO(settingName(row.setting) << " = " << row.value);
        const auto problem = checkSetting(row.setting, row.value);
        if (row.problem) {
            REQUIRE(problem);
            CHECK(*problem == row.problem);
        } else {
            CHECK_FALSE(problem);
        }
    }
}

TEST_CASE("A setting change reads as a sentence", "[core][settings]") {
    CHECK(describeChange(Setting::AwaitingDays, 7) == "Set the awaiting-reply wait to 7 days");
    CHECK(describeChange(Setting::AwaitingDays, 1) == "Set the awaiting-reply wait to 1 day");
    CHECK(describeChange(Setting::DormantDays, 270) == "Set the dormant threshold to 9 months");
    CHECK(describeChange(Setting::DormantDays, 200) == "Set the dormant threshold to 200 days");
    CHECK(describeChange(Setting::RekindleBatch, 1) == "Set the daily rekindle batch to 1 person");
    CHECK(describeChange(Setting::WeekStart, 6) == "Start the week on Sunday");
    CHECK(describeChange(Setting::DarkTheme, 1) == "Switch to the dark theme");
    CHECK(describeChange(Setting::CadenceNetwork, 60) ==
          "Set the Network cadence to every 60 days");
}

TEST_CASE("Next week starts on the first day of the week the person chose", "[core][settings]") {
    const CivilDate wednesday{2026, 1, 7};
    const CivilDate monday{2026, 1, 5};
    CHECK(nextWeekStart(wednesday, 0) == CivilDate{2026, 1, 12});
    CHECK(nextWeekStart(wednesday, 6) == CivilDate{2026, 1, 11}); // Sunday
    CHECK(nextWeekStart(wednesday, 2) == CivilDate{2026, 1, 14}); // a week on from today
    CHECK(nextWeekStart(monday, 0) == CivilDate{2026, 1, 12});
    CHECK(nextWeekStart(monday, 1) == CivilDate{2026, 1, 6});
}
