#pragma once
#include <span>
#include <string_view>

namespace rk {

// Each entry upgrades the schema from version i to i + 1 (index 0 makes v1).
// Forward-only: a shipped entry is never edited, only appended to.
[[nodiscard]] std::span<const std::string_view> schemaMigrations();
[[nodiscard]] int latestSchemaVersion();

// Written to PRAGMA application_id so a foreign SQLite file is recognised.
inline constexpr int kApplicationId = 0x524B444C; // "RKDL"

} // namespace rk
