// Issue 17, item 11: the settings travel in the JSON backup and come back.
#include "core/commands/settings_commands.h"
#include "core/io/export/export_file.h"
#include "core/io/import/import_file.h"
#include "core/schedule/user_settings.h"
#include "tests/io/network_fixture.h"
#include "tests/support/temp_dir.h"

#include <catch2/catch.hpp>

using namespace rk;

TEST_CASE("Settings are exported in the JSON backup and restored from it", "[io][json][settings]") {
    test::TempDir dir;
    FixedClock clock{1'709'294'400};
    Store source{dir.file("source.db"), clock};
    Store target{dir.file("target.db"), clock};
    test::seedRichNetwork(source);
    changeSetting(source, Setting::AwaitingDays, 9);
    changeSetting(source, Setting::DormantDays, 270);
    changeSetting(source, Setting::RekindleBatch, 5);
    changeSetting(source, Setting::WeekStart, 6);
    changeSetting(source, Setting::DarkTheme, 1);
    changeSetting(source, Setting::CadenceInner, 21);

    const std::string json = exportNetwork(source.db(), ExportFormat::Json, clock.now());
    CHECK_THAT(json, Catch::Contains("followup.awaiting_days"));
    CHECK_THAT(json, Catch::Contains("calendar.week_start"));

    const ImportPlan plan =
        previewImport(target.db(), {"backup.json", json, std::nullopt, std::nullopt});
    REQUIRE(plan.fatal.empty());
    REQUIRE(plan.restore);
    REQUIRE(commitImport(target, plan).committed);

    const UserSettings restored = UserSettings::load(target.db());
    CHECK(restored == UserSettings::load(source.db()));
    CHECK(restored.awaitingDays() == 9);
    CHECK(restored.dormantDays() == 270);
    CHECK(restored.rekindleBatch() == 5);
    CHECK(restored.weekStart() == 6);
    CHECK(restored.darkTheme());
    CHECK(restored.cadenceDays(Circle::Inner) == 21);
}
