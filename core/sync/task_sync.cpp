#include "core/sync/task_sync.h"

#include "core/commands/triage.h"
#include "core/db/statement.h"
#include "core/io/export/followup_todos.h"
#include "core/io/vcard/content_line.h"
#include "core/repo/reminder_repo.h"
#include "core/store/store.h"
#include "core/sync/sync_state.h"
#include "core/sync/task_list.h"
#include "core/sync/task_state.h"
#include "core/sync/vtodo_reader.h"

#include <map>
#include <optional>
#include <set>
#include <unordered_map>

namespace rk {

namespace {

// A write refused with 412 is read again and tried again; a server that
// changes the task under every write this often is left for the next sync.
constexpr int kTries = 3;
// Fewer new tasks than this go one request each, as usual (the address
// book's threshold, for the same reason).
constexpr std::size_t kBulkMinimum = 20;

// What the person did on their phone, done here after the server is done with.
struct Effect {
    enum class Kind { Done, Move };
    Kind kind = Kind::Done;
    FollowUpTodo todo;                   // as it is here
    std::string due;                     // Move: the server's date
    std::optional<std::int64_t> at;      // Done: when the phone completed it
};

// A contact's task names the person and the round it is for (a log starts a
// new one). A person on the address book is named by their card's UID, so
// every computer syncing that book names the round's task alike (their
// histories, and so their rounds, converge through the cards) and they share
// one task: the second computer's write meets the first's task (412) and
// adopts it. Anything else (a person not on the book, a reminder, which
// stays on its computer) is named from this database's own seed, so two
// computers never write over each other's.
std::string taskUid(const FollowUpTodo& t, const std::string& seed,
                    const std::unordered_map<ContactId, std::string>& cardUids) {
    if (t.source == FollowUpTodo::Source::Contact) {
        const std::string round = "-since-" + std::to_string(t.since);
        if (auto card = cardUids.find(t.itemId); card != cardUids.end())
            return stableUuid("rekindle-task/" + card->second + round);
        return stableUuid(seed + "/follow-up/contact-" + std::to_string(t.itemId) + round);
    }
    return stableUuid(seed + "/follow-up/reminder-" + std::to_string(t.itemId));
}

std::string plural(std::size_t n, const char* what) { return std::to_string(n) + " " + what; }

class TaskSyncRun {
public:
    TaskSyncRun(Store& store, TaskList& list, const TaskSyncOptions& options)
        : m_store(store), m_list(list), m_options(options) {
        m_report.dryRun = options.dryRun;
    }

    TaskSyncReport run() {
        SyncState cards(m_store.db());
        m_seed = cards.deviceSeed();
        for (const auto& [href, card] : cards.cards()) m_cardUids.emplace(card.contactId, card.uid);
        for (SyncedTask& t : TaskState(m_store.db()).tasks()) m_rows.emplace(t.uid, std::move(t));
        loadDesired();
        pull();
        push();
        if (m_options.dryRun) return m_report;
        applyHere();
        if (!m_effects.empty()) {
            // A follow-up done from the phone starts a new round here, due a
            // cadence later, and may have settled a reminder: send those now.
            loadDesired();
            push();
            m_store.change("Synced tasks", [&] { saveState(); }); // sync state only: no undo step
        }
        return m_report;
    }

private:
    void loadDesired() {
        m_desired.clear();
        for (FollowUpTodo& t : upcomingFollowUps(m_store.db())) {
            std::string uid = taskUid(t, m_seed, m_cardUids);
            m_desired.emplace(std::move(uid), std::move(t));
        }
    }

    void pull() {
        const RemoteChanges changes = m_list.changesSince(TaskState(m_store.db()).token());
        m_token = changes.token;
        m_listEmpty = changes.complete && changes.present.empty();
        std::map<std::string, std::string> uidByHref;
        for (const auto& [uid, row] : m_rows) uidByHref[row.href] = uid;

        std::vector<std::string> goneHrefs = changes.gone;
        if (changes.complete) {
            std::set<std::string> present;
            for (const auto& v : changes.present) present.insert(v.href);
            for (const auto& [href, uid] : uidByHref)
                if (!present.contains(href)) goneHrefs.push_back(href);
        }
        for (const std::string& href : goneHrefs) {
            auto it = uidByHref.find(href);
            if (it != uidByHref.end()) deletedOnServer(m_rows.at(it->second));
        }

        std::vector<std::string> toFetch;
        for (const RemoteVersion& v : changes.present) {
            auto it = uidByHref.find(v.href);
            if (it == uidByHref.end() || m_rows.at(it->second).etag != v.etag) toFetch.push_back(v.href);
        }
        if (toFetch.empty()) return;
        for (const RemoteTask& task : m_list.fetch(toFetch)) takeRemote(task);
    }

    void deletedOnServer(SyncedTask& row) {
        if (row.status == TaskStatus::Open) m_report.deletedThere.push_back(nameOf(row));
        row.status = TaskStatus::Gone;
        m_dirty.insert(row.uid);
    }

    // The rules for a task as the server holds it now.
    void takeRemote(const RemoteTask& task) {
        const TaskRead read = readTask(task.text);
        if (!read.facts) {
            // An event or a note in a calendar shared with other apps is not
            // a task to read; a task that can't be read is worth saying.
            if (task.text.find("BEGIN:VTODO") != std::string::npos)
                m_report.skipped.push_back(task.href + ": " + read.problem);
            return;
        }
        const TaskFacts& f = *read.facts;
        auto want = m_desired.find(f.uid);
        auto row = m_rows.find(f.uid);
        if (row == m_rows.end()) {
            if (want == m_desired.end()) return; // another app's task: not ours to touch
            // Ours, written by a sync that stopped before it could remember it.
            const FollowUpTodo& t = want->second;
            row = m_rows.emplace(f.uid, SyncedTask{task.href, f.uid, t.source, t.itemId, t.since, t.due,
                                                   TaskStatus::Open, task.etag})
                      .first;
        }
        SyncedTask& r = row->second;
        r.href = task.href;
        r.etag = task.etag;
        m_dirty.insert(r.uid);
        if (f.completed) {
            if (r.status == TaskStatus::Open && want != m_desired.end()) {
                m_effects.push_back({Effect::Kind::Done, want->second, {}, f.completedAt});
                m_report.doneHere.push_back(want->second.summary);
                m_handled.insert(r.uid);
            }
            r.status = TaskStatus::Done;
            if (!f.due.empty()) r.due = f.due;
            return;
        }
        // Reopened on the phone: what was done here stays done (a log can't be taken back from there).
        if (r.status == TaskStatus::Done) return;
        if (r.status == TaskStatus::Gone) r.status = TaskStatus::Open; // it is back on the server
        if (!f.due.empty() && f.due != r.due) {
            if (want != m_desired.end() && want->second.due == r.due) {
                m_effects.push_back({Effect::Kind::Move, want->second, f.due, {}});
                m_report.movedHere.push_back(want->second.summary + " to " + f.due);
                want->second.due = f.due; // both sides have it now
            }
            r.due = f.due; // moved on both sides: ours goes out in push()
        }
    }

    // Reads one task again after a 412; false when it is gone.
    bool reread(const std::string& href) {
        const std::vector<std::string> one{href};
        const std::vector<RemoteTask> got = m_list.fetch(one);
        if (got.empty()) return false;
        takeRemote(got.front());
        return true;
    }

    void push() {
        if (!m_options.dryRun) sendAllAtOnce();
        for (auto& [uid, todo] : m_desired)
            if (!m_handled.contains(uid)) pushOne(uid, todo);
        std::vector<std::string> settle;
        for (const auto& [uid, row] : m_rows)
            if (row.status == TaskStatus::Open && !m_desired.contains(uid) && !m_handled.contains(uid))
                settle.push_back(uid);
        for (const std::string& uid : settle) settleOne(uid);
    }

    // A first sync into an empty task list: every task in one request where
    // the server takes it; any the answer leaves out go one by one after.
    void sendAllAtOnce() {
        if (!m_rows.empty() || !m_listEmpty || m_desired.size() < kBulkMinimum) return;
        m_listEmpty = false;
        std::vector<std::string> todos;
        const std::int64_t now = m_store.clock().now();
        for (const auto& [uid, todo] : m_desired) appendVTodo(todos.emplace_back(), todo, uid, now);
        std::optional<BulkWrite> written = m_list.putAllNew(todos);
        if (!written) return;
        m_token = written->token;
        for (const RemoteTask& task : written->cards) {
            const TaskRead read = readTask(task.text);
            auto want = read.facts ? m_desired.find(read.facts->uid) : m_desired.end();
            if (want == m_desired.end()) continue;
            const FollowUpTodo& t = want->second;
            m_rows[want->first] = SyncedTask{task.href, want->first, t.source, t.itemId, t.since, t.due,
                                             TaskStatus::Open, task.etag};
            m_dirty.insert(want->first);
            m_report.sent.push_back(t.summary);
        }
    }

    // Sends a follow-up that is new here or whose date moved here (or came
    // back, an undo of "done").
    void pushOne(const std::string& uid, const FollowUpTodo& todo) {
        for (int attempt = 0; attempt < kTries; ++attempt) {
            auto it = m_rows.find(uid);
            const bool isNew = it == m_rows.end();
            if (!isNew) {
                const SyncedTask& r = it->second;
                if (m_handled.contains(uid) || r.status == TaskStatus::Gone) return;
                if (r.status == TaskStatus::Open && r.due == todo.due) return; // in step
            }
            const std::string href = isNew ? m_list.hrefFor(uid) : it->second.href;
            auto& said = isNew ? m_report.sent : m_report.updatedThere;
            if (m_options.dryRun) {
                said.push_back(todo.summary);
                return;
            }
            const WriteResult w = m_list.put(href, vtodoObject(todo, uid, m_store.clock().now()),
                                             isNew ? std::string() : it->second.etag);
            if (w.outcome == WriteOutcome::Written) {
                m_rows[uid] = SyncedTask{href, uid, todo.source, todo.itemId, todo.since, todo.due,
                                         TaskStatus::Open, w.etag};
                m_dirty.insert(uid);
                said.push_back(todo.summary);
                if (w.etag.empty()) reread(href); // the next write needs its version
                return;
            }
            if (w.outcome == WriteOutcome::Missing) {
                if (!isNew) deletedOnServer(it->second);
                return;
            }
            // 412: changed (or, for a new one, made) meanwhile. Read what the
            // server holds and apply the rules to it before trying again.
            if (!reread(href) && !isNew) {
                deletedOnServer(m_rows.at(uid));
                return;
            }
        }
    }

    // A task that stands for no upcoming follow-up here any more: completed
    // there when it was done here, else taken off the server.
    void settleOne(const std::string& uid) {
        for (int attempt = 0; attempt < kTries; ++attempt) {
            SyncedTask& r = m_rows.at(uid);
            if (r.status != TaskStatus::Open) return; // the server settled it meanwhile
            const bool done = doneHere(r);
            if (m_options.dryRun) {
                (done ? m_report.completedThere : m_report.removedThere).push_back(nameOf(r));
                return;
            }
            if (done) {
                const std::vector<std::string> one{r.href};
                const std::vector<RemoteTask> got = m_list.fetch(one);
                if (got.empty()) {
                    deletedOnServer(r);
                    return;
                }
                takeRemote(got.front());
                if (r.status != TaskStatus::Open) return;
                const auto text = completedTask(got.front().text, m_store.clock().now());
                if (!text) {
                    m_report.skipped.push_back(r.href + ": the server's task holds no VTODO.");
                    return;
                }
                const WriteResult w = m_list.put(r.href, *text, r.etag);
                if (w.outcome == WriteOutcome::Written) {
                    r.status = TaskStatus::Done;
                    r.etag = w.etag;
                    m_dirty.insert(uid);
                    m_report.completedThere.push_back(nameOf(r));
                    return;
                }
                if (w.outcome == WriteOutcome::Missing) {
                    deletedOnServer(r);
                    return;
                }
                continue; // 412: fetched again at the top
            }
            const WriteResult w = m_list.remove(r.href, r.etag);
            if (w.outcome == WriteOutcome::Changed) {
                if (!reread(r.href)) {
                    forget(uid);
                    return;
                }
                continue;
            }
            if (w.outcome == WriteOutcome::Written) m_report.removedThere.push_back(nameOf(r));
            forget(uid);
            return;
        }
    }

    // Logged since the task's round began, or a reminder marked done.
    bool doneHere(const SyncedTask& r) {
        if (r.source == FollowUpTodo::Source::Reminder) {
            Statement q(m_store.db(), "SELECT status FROM reminders WHERE id = ?");
            q.bind(1, r.itemId);
            return q.step() && q.int32(0) == static_cast<int>(FollowUpStatus::Done);
        }
        Statement q(m_store.db(), "SELECT last_contact_at FROM contacts WHERE id = ?");
        q.bind(1, r.itemId);
        if (!q.step()) return false;
        const auto last = q.optInt64(0);
        return last && *last > r.since; // not an undo of the log that began it
    }

    // The task's title as the report names it, from what is here now.
    std::string nameOf(const SyncedTask& r) {
        if (r.source == FollowUpTodo::Source::Reminder) {
            Statement q(m_store.db(), "SELECT c.display_name, r.note FROM reminders r JOIN contacts c ON "
                                      "c.id = r.contact_id WHERE r.id = ?");
            q.bind(1, r.itemId);
            if (!q.step()) return "A reminder deleted here";
            const std::string note = q.text(1);
            return "Reminder: " + q.text(0) + (note.empty() ? "" : " — " + note);
        }
        Statement q(m_store.db(), "SELECT display_name FROM contacts WHERE id = ?");
        q.bind(1, r.itemId);
        return q.step() ? "Follow up with " + q.text(0) : std::string("A follow-up deleted here");
    }

    void forget(const std::string& uid) {
        m_rows.erase(uid);
        m_dirty.erase(uid);
        m_forgotten.insert(uid);
    }

    void applyHere() {
        m_store.change(m_report.summary(), [&] {
            for (const Effect& e : m_effects) apply(e);
            saveState();
            TaskState(m_store.db()).setToken(m_token);
        });
    }

    void apply(const Effect& e) {
        Database& db = m_store.db();
        const std::int64_t now = m_store.clock().now();
        if (e.kind == Effect::Kind::Done) {
            if (e.todo.source == FollowUpTodo::Source::Reminder) {
                ReminderRepo(db).setStatus(e.todo.itemId, FollowUpStatus::Done);
                return;
            }
            Interaction done;
            done.contactId = e.todo.itemId;
            done.kind = InteractionKind::Other;
            done.direction = Direction::Out;
            // When the phone says it was done, if it says so believably.
            done.at = e.at && *e.at > e.todo.since && *e.at <= now ? *e.at : now;
            done.note = "Done from your task list";
            markDoneWithinChange(m_store, done);
            return;
        }
        const auto date = CivilDate::parse(e.due);
        if (!date) return;
        if (e.todo.source == FollowUpTodo::Source::Reminder) {
            ReminderRepo(db).reschedule(e.todo.itemId, e.due);
            return;
        }
        Statement q(db, "SELECT next_due FROM contacts WHERE id = ?");
        q.bind(1, e.todo.itemId);
        const std::string nextDue = q.step() ? q.text(0) : std::string();
        if (*date > m_store.clock().today() && e.due > nextDue) snoozeWithinChange(m_store, e.todo.itemId, *date);
        else dueOnWithinChange(m_store, e.todo.itemId, *date);
    }

    void saveState() {
        TaskState state(m_store.db());
        for (const std::string& uid : m_forgotten) state.forget(uid);
        for (const std::string& uid : m_dirty) state.save(m_rows.at(uid));
        m_forgotten.clear();
        m_dirty.clear();
    }

    Store& m_store;
    TaskList& m_list;
    TaskSyncOptions m_options;
    TaskSyncReport m_report;
    std::string m_seed;
    std::unordered_map<ContactId, std::string> m_cardUids; // by person, for task UIDs
    std::string m_token;
    bool m_listEmpty = false; // the server's list held nothing when this sync began
    std::map<std::string, SyncedTask> m_rows;      // by UID, as last agreed (and as this sync goes)
    std::map<std::string, FollowUpTodo> m_desired; // by UID: the follow-ups here now
    std::set<std::string> m_dirty;                 // rows to save
    std::set<std::string> m_forgotten;             // rows to drop
    std::set<std::string> m_handled;               // settled by the server in this sync
    std::vector<Effect> m_effects;
};

} // namespace

bool TaskSyncReport::nothingChanged() const {
    return sent.empty() && updatedThere.empty() && completedThere.empty() && removedThere.empty() &&
           doneHere.empty() && movedHere.empty() && deletedThere.empty();
}

std::string TaskSyncReport::summary() const {
    std::vector<std::string> parts;
    if (!sent.empty()) parts.push_back(plural(sent.size(), "sent"));
    if (!updatedThere.empty()) parts.push_back(plural(updatedThere.size(), "updated on the server"));
    if (!completedThere.empty()) parts.push_back(plural(completedThere.size(), "completed on the server"));
    if (!removedThere.empty()) parts.push_back(plural(removedThere.size(), "taken off the server"));
    if (!doneHere.empty()) parts.push_back(plural(doneHere.size(), "done from your phone"));
    if (!movedHere.empty()) parts.push_back(plural(movedHere.size(), "moved from your phone"));
    if (!deletedThere.empty()) parts.push_back(plural(deletedThere.size(), "deleted on your phone, left alone here"));
    if (parts.empty()) return "Tasks: nothing changed";
    std::string out = "Tasks: ";
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
    return out;
}

TaskSyncReport syncTaskList(Store& store, TaskList& list, const TaskSyncOptions& options) {
    return TaskSyncRun(store, list, options).run();
}

} // namespace rk
