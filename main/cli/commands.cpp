#include "main/cli/commands.h"

#include <array>

namespace rk::cli {

std::span<const CommandRegistrar> allCommands() {
    static constexpr std::array kCommands = {
        &registerDemoCommand,
        &registerCheckCommand,
        &registerScreenshotCommand,
        &registerFindCommand,
        &registerAddCommand,
        &registerTodayCommand,
        &registerLogCommand,
        &registerImportCommand,
        &registerExportCommand,
        &registerBackupCommand,
        &registerLinkCommand,
        &registerIntroCommand,
        &registerGoalsCommand,
        &registerGoalCommand,
        &registerEventCommand,
        &registerMetCommand,
        &registerEventsCommand,
        &registerSyncCommand,
    };
    return kCommands;
}

} // namespace rk::cli
