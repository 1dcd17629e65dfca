#pragma once
// One Rekindle database, a real Radicale with a task list for its follow-ups,
// and a phone: another CalDAV client that reads and writes the same tasks
// the way a phone's task app would (If-Match on every write).
#include "core/commands/history_commands.h"
#include "core/db/statement.h"
#include "core/repo/contact_repo.h"
#include "core/store/store.h"
#include "core/sync/sync_state.h"
#include "core/sync/task_state.h"
#include "core/sync/task_sync.h"
#include "platform/dav/caldav_tasks.h"
#include "platform/dav/http_client.h"
#include "tests/support/radicale_server.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace rk::test {

// A task list that passes everything on to the real one, after a hook the
// test sets: to change a task on the server just before a write (a race).
class HookedTaskList : public TaskList {
public:
    explicit HookedTaskList(TaskList& real) : m_real(real) {}
    std::function<void(const std::string& href)> beforeWrite;
    // What the server "sends": a test turns a task into text no client
    // should have to read (a server validates what it is given, not what it
    // hands out after a disk or a proxy mangled it).
    std::function<void(RemoteTask&)> onFetch;
    int writes = 0;

    RemoteChanges changesSince(const std::string& token) override { return m_real.changesSince(token); }
    std::vector<RemoteTask> fetch(std::span<const std::string> hrefs) override {
        std::vector<RemoteTask> got = m_real.fetch(hrefs);
        if (onFetch)
            for (RemoteTask& t : got) onFetch(t);
        return got;
    }
    [[nodiscard]] std::string hrefFor(const std::string& uid) const override { return m_real.hrefFor(uid); }
    WriteResult put(const std::string& href, const std::string& text, const std::string& ifMatch) override {
        if (beforeWrite) beforeWrite(href);
        ++writes;
        return m_real.put(href, text, ifMatch);
    }
    WriteResult remove(const std::string& href, const std::string& ifMatch) override {
        if (beforeWrite) beforeWrite(href);
        ++writes;
        return m_real.remove(href, ifMatch);
    }

private:
    TaskList& m_real;
};

class TaskWorld {
public:
    TaskWorld() {
        HttpClient http("alice", "secret");
        listUrl = discoverTaskList(http, server.url());
        SyncState sync(here.store.db());
        // The device seed comes with the account, as `rekindle sync` sets it up.
        here.store.change("Set up sync", [&] {
            sync.setAccount({server.url(), "alice", ""});
            TaskState(here.store.db()).setTaskList(listUrl);
        });
    }

    ScopedTimeZone tz{"Europe/Paris"}; // before the store: "today" is a local date
    RadicaleServer server;
    // Tuesday 1 December 2026, 13:00 in Paris.
    TempStore here{localTime(2026, 12, 1, 13)};
    std::string listUrl;

    TaskSyncReport sync(TaskSyncOptions options = {}, std::function<void(const std::string&)> beforeWrite = {},
                        std::function<void(RemoteTask&)> onFetch = {}) {
        HttpClient http("alice", "secret");
        CalDavTasks list(http, listUrl);
        HookedTaskList hooked(list);
        hooked.beforeWrite = std::move(beforeWrite);
        hooked.onFetch = std::move(onFetch);
        return syncTaskList(here.store, hooked, options);
    }

    // ---- Here ------------------------------------------------------------------

    ContactId person(const std::string& name, Circle circle, std::int64_t lastContact) {
        Contact c;
        c.displayName = name;
        c.circle = circle;
        c.lastContactAt = lastContact;
        ContactId id = 0;
        here.store.change("Add " + name, [&] { id = ContactRepo(here.store.db()).insert(c, here.clock.now()); });
        return id;
    }

    std::int64_t reminder(ContactId who, const std::string& due, const std::string& note) {
        Reminder r;
        r.contactId = who;
        r.dueDate = due;
        r.note = note;
        static_cast<void>(addReminder(here.store, r));
        return r.id;
    }

    std::string text(const std::string& sql) {
        Statement q(here.store.db(), sql);
        return q.step() ? q.text(0) : std::string("(no row)");
    }
    std::int64_t count(const std::string& sql) {
        Statement q(here.store.db(), sql);
        return q.step() ? q.int64(0) : -1;
    }

    // ---- The phone ---------------------------------------------------------------

    std::vector<RemoteTask> serverTasks() {
        HttpClient http("alice", "secret");
        CalDavTasks list(http, listUrl);
        std::vector<std::string> hrefs;
        for (const auto& v : list.changesSince("").present) hrefs.push_back(v.href);
        return list.fetch(hrefs);
    }

    // The tasks holding every one of `parts` (a SUMMARY, a DUE line…).
    std::vector<RemoteTask> tasksWith(const std::vector<std::string>& parts) {
        std::vector<RemoteTask> out;
        for (auto& t : serverTasks()) {
            bool all = true;
            for (const auto& p : parts) all = all && t.text.find(p) != std::string::npos;
            if (all) out.push_back(std::move(t));
        }
        return out;
    }

    // The phone's edit of the one task holding `which` and `from`: `from`
    // becomes `to`, written over the version it read.
    void phoneEdits(const std::string& which, const std::string& from, const std::string& to) {
        auto found = tasksWith({which, from});
        if (found.size() != 1) throw std::runtime_error("not one task on the server holds " + which + " and " + from);
        RemoteTask task = found.front();
        task.text.replace(task.text.find(from), from.size(), to);
        HttpClient http("alice", "secret");
        CalDavTasks list(http, listUrl);
        if (list.put(task.href, task.text, task.etag).outcome != WriteOutcome::Written)
            throw std::runtime_error("the server refused the phone's edit");
    }

    // Ticking the task off, the way phones write it.
    void phoneCompletes(const std::string& summary) {
        phoneEdits(summary, "STATUS:NEEDS-ACTION",
                   "STATUS:COMPLETED\r\nCOMPLETED:20261201T080000Z\r\nPERCENT-COMPLETE:100");
    }

    void phoneDeletes(const std::string& summary) {
        auto found = tasksWith({summary});
        if (found.size() != 1) throw std::runtime_error("not one task on the server holds " + summary);
        HttpClient http("alice", "secret");
        CalDavTasks list(http, listUrl);
        if (list.remove(found.front().href, found.front().etag).outcome != WriteOutcome::Written)
            throw std::runtime_error("the server refused the phone's deletion");
    }
};

} // namespace rk::test
