#include "core/sync/task_state.h"

#include "core/db/database.h"
#include "core/db/statement.h"
#include "core/sync/sync_state.h"

namespace rk {

namespace {

const char* statusKey(TaskStatus s) {
    switch (s) {
    case TaskStatus::Open: return "open";
    case TaskStatus::Done: return "done";
    case TaskStatus::Gone: return "gone";
    }
    return "open";
}

TaskStatus statusOf(const std::string& key) {
    if (key == "done") return TaskStatus::Done;
    if (key == "gone") return TaskStatus::Gone;
    return TaskStatus::Open;
}

} // namespace

std::string TaskState::taskList() { return syncSetting(m_db, "task_list"); }

void TaskState::setTaskList(const std::string& url) {
    if (url == taskList()) return;
    m_db.exec("DELETE FROM sync_tasks; DELETE FROM sync_settings WHERE key = 'task_token'");
    setSyncSetting(m_db, "task_list", url);
}

std::string TaskState::token() { return syncSetting(m_db, "task_token"); }
void TaskState::setToken(const std::string& token) { setSyncSetting(m_db, "task_token", token); }

std::vector<SyncedTask> TaskState::tasks() {
    std::vector<SyncedTask> out;
    Statement q(m_db, "SELECT href, uid, source, item_id, since, due, state, etag FROM sync_tasks ORDER BY uid");
    while (q.step()) {
        SyncedTask t;
        t.href = q.text(0);
        t.uid = q.text(1);
        t.source = q.text(2) == "reminder" ? FollowUpTodo::Source::Reminder : FollowUpTodo::Source::Contact;
        t.itemId = q.int64(3);
        t.since = q.int64(4);
        t.due = q.text(5);
        t.status = statusOf(q.text(6));
        t.etag = q.text(7);
        out.push_back(std::move(t));
    }
    return out;
}

void TaskState::save(const SyncedTask& t) {
    // A task keeps its UID; it moves to another href only when re-created.
    Statement drop(m_db, "DELETE FROM sync_tasks WHERE uid = ? AND href <> ?");
    drop.bind(1, t.uid).bind(2, t.href).run();
    Statement q(m_db, "INSERT INTO sync_tasks(href, uid, source, item_id, since, due, state, etag) "
                      "VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(href) DO UPDATE SET uid = excluded.uid, "
                      "source = excluded.source, item_id = excluded.item_id, since = excluded.since, "
                      "due = excluded.due, state = excluded.state, etag = excluded.etag");
    q.bind(1, t.href)
        .bind(2, t.uid)
        .bind(3, t.source == FollowUpTodo::Source::Reminder ? "reminder" : "contact")
        .bind(4, t.itemId)
        .bind(5, t.since)
        .bind(6, t.due)
        .bind(7, statusKey(t.status))
        .bind(8, t.etag)
        .run();
}

void TaskState::forget(const std::string& uid) {
    Statement q(m_db, "DELETE FROM sync_tasks WHERE uid = ?");
    q.bind(1, uid).run();
}

} // namespace rk
