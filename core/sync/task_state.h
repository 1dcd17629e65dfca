#pragma once
#include "core/io/export/followup_todos.h"

#include <cstdint>
#include <string>
#include <vector>

namespace rk {

class Database;

enum class TaskStatus {
    Open, // both sides agree it is still to do
    Done, // completed, here or on the server
    Gone, // deleted on the server: left alone here, not sent again
};

// One task Rekindle put in the task list, as both sides last agreed on it.
struct SyncedTask {
    std::string href;
    std::string uid;
    FollowUpTodo::Source source = FollowUpTodo::Source::Contact;
    std::int64_t itemId = 0; // the contact or the reminder
    std::int64_t since = 0;  // contact: the round of keeping in touch it is for
    std::string due;         // YYYY-MM-DD
    TaskStatus status = TaskStatus::Open;
    std::string etag;
};

// The task sync's tables (schema v8: sync_tasks, and its keys in
// sync_settings). Plain SQL; the engine (task_sync.h) wraps writes in
// Store::change, and undo never records them (core/undo).
class TaskState {
public:
    explicit TaskState(Database& db) : m_db(db) {}

    // The task list's full URL; "" until sync is set up with one.
    [[nodiscard]] std::string taskList();
    // Another task list than before: forgets the tasks and the token, so the
    // next sync sends every follow-up there.
    void setTaskList(const std::string& url);

    [[nodiscard]] std::string token();
    void setToken(const std::string& token);

    [[nodiscard]] std::vector<SyncedTask> tasks();
    void save(const SyncedTask& task);
    void forget(const std::string& uid);

private:
    Database& m_db;
};

} // namespace rk
