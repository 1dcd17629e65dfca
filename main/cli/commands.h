#pragma once
#include "main/cli/cli_context.h"

#include <span>

namespace rk::cli {

// Every subcommand's registrar, one per cmd_<name>.cpp. To add a command,
// declare its registrar here and list it in commands.cpp.
void registerDemoCommand(CLI::App& app, CliContext& ctx);
void registerCheckCommand(CLI::App& app, CliContext& ctx);
void registerScreenshotCommand(CLI::App& app, CliContext& ctx);
void registerFindCommand(CLI::App& app, CliContext& ctx);
void registerAddCommand(CLI::App& app, CliContext& ctx);
void registerTodayCommand(CLI::App& app, CliContext& ctx);
void registerLogCommand(CLI::App& app, CliContext& ctx);
void registerImportCommand(CLI::App& app, CliContext& ctx);
void registerExportCommand(CLI::App& app, CliContext& ctx);
void registerBackupCommand(CLI::App& app, CliContext& ctx);
void registerLinkCommand(CLI::App& app, CliContext& ctx);
void registerIntroCommand(CLI::App& app, CliContext& ctx);
// Goals (issue 13).
void registerGoalsCommand(CLI::App& app, CliContext& ctx);
void registerGoalCommand(CLI::App& app, CliContext& ctx);
// Events and the people you meet (issue 13).
void registerEventCommand(CLI::App& app, CliContext& ctx);
void registerMetCommand(CLI::App& app, CliContext& ctx);
void registerEventsCommand(CLI::App& app, CliContext& ctx);
// Two-way CardDAV sync (issue 15).
void registerSyncCommand(CLI::App& app, CliContext& ctx);

[[nodiscard]] std::span<const CommandRegistrar> allCommands();

} // namespace rk::cli
