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

#include <algorithm>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

namespace rk {

namespace {

// A write refused with 412 is read again and tried again; a server that
// changes the task under every write this often is left for the next sync.
constexpr int kTries = 3;
// Fewer new tasks than this go one request each, as usual (the address
// book's threshold, for the same reason).
constexpr std::size_t kBulkMinimum = 20;

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
    TaskSyncRun(Store& store, TaskList& list, const TaskSyncOptions& options, const ComingCards& comingCards = {})
        : m_store(store), m_list(list), m_options(options), m_cardUids(comingCards) {
        m_report.dryRun = options.dryRun;
    }

    TaskPlan plan() {
        SyncState cards(m_store.db());
        m_seed = cards.deviceSeed();
        for (const auto& [href, card] : cards.cards()) m_cardUids.emplace(card.contactId, card.uid); // a coming card stays
        for (SyncedTask& t : TaskState(m_store.db()).tasks()) m_rows.emplace(t.uid, std::move(t));
        loadDesired();
        pull();
        push();
        TaskPlan out;
        out.effects = std::move(m_effects);
        for (const std::string& uid : m_dirty) out.save.push_back(m_rows.at(uid));
        out.forget.assign(m_forgotten.begin(), m_forgotten.end());
        out.token = m_token;
        out.report = std::move(m_report);
        return out;
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
                m_effects.push_back({TaskEffect::Kind::Done, r.uid, want->second, {}, f.completedAt});
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
                m_effects.push_back({TaskEffect::Kind::Move, r.uid, want->second, f.due, {}});
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
    std::vector<TaskEffect> m_effects;
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

namespace {

// Does on this side what the phone did.
void apply(Store& store, const TaskEffect& e) {
    Database& db = store.db();
    const std::int64_t now = store.clock().now();
    if (e.kind == TaskEffect::Kind::Done) {
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
        markDoneWithinChange(store, done);
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
    if (*date > store.clock().today() && e.due > nextDue) snoozeWithinChange(store, e.todo.itemId, *date);
    else dueOnWithinChange(store, e.todo.itemId, *date);
}

using FollowUpKey = std::pair<FollowUpTodo::Source, std::int64_t>;

// The follow-ups here now, by what they are for.
std::map<FollowUpKey, FollowUpTodo> followUpsNow(Database& db) {
    std::map<FollowUpKey, FollowUpTodo> now;
    for (FollowUpTodo& t : upcomingFollowUps(db)) {
        const FollowUpKey key{t.source, t.itemId};
        now.emplace(key, std::move(t));
    }
    return now;
}

// Whether the follow-up still reads as the plan read it: the same round,
// due the same day. Anything else was done here since, and wins.
bool unchangedSincePlanned(const std::map<FollowUpKey, FollowUpTodo>& now, const FollowUpTodo& planned) {
    auto it = now.find({planned.source, planned.itemId});
    return it != now.end() && it->second.since == planned.since && it->second.due == planned.due;
}

} // namespace

TaskPlan planTaskSync(Store& store, TaskList& list, bool dryRun, const ComingCards& comingCards) {
    return TaskSyncRun(store, list, {.dryRun = dryRun}, comingCards).plan();
}

std::vector<std::string> applyTaskPlanWithinChange(Store& store, const TaskPlan& plan) {
    Database& db = store.db();
    std::vector<std::string> leftAlone;
    std::set<std::string> overtaken; // UIDs whose rows stay as they were
    if (!plan.effects.empty()) {
        // Read once for all: an effect done first (a "done" begins a new
        // round) must not make the next one look overtaken.
        const auto now = followUpsNow(db);
        for (const TaskEffect& e : plan.effects) {
            if (unchangedSincePlanned(now, e.todo)) continue;
            overtaken.insert(e.uid);
            Statement name(db, "SELECT display_name FROM contacts WHERE id = ?");
            name.bind(1, e.todo.contactId);
            const std::string who = name.step() ? name.text(0) : e.todo.summary;
            if (std::find(leftAlone.begin(), leftAlone.end(), who) == leftAlone.end()) leftAlone.push_back(who);
        }
        for (const TaskEffect& e : plan.effects)
            if (!overtaken.contains(e.uid)) apply(store, e);
    }
    TaskState state(db);
    for (const std::string& uid : plan.forget) state.forget(uid);
    for (const SyncedTask& row : plan.save)
        if (!overtaken.contains(row.uid)) state.save(row);
    // The changes since the old token include the overtaken tasks: the next
    // sync reads them again.
    if (overtaken.empty()) state.setToken(plan.token);
    return leftAlone;
}

namespace {

void append(std::vector<std::string>& to, std::vector<std::string>& from) {
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

void append(TaskSyncReport& to, TaskSyncReport& from) {
    append(to.sent, from.sent);
    append(to.updatedThere, from.updatedThere);
    append(to.completedThere, from.completedThere);
    append(to.removedThere, from.removedThere);
    append(to.doneHere, from.doneHere);
    append(to.movedHere, from.movedHere);
    append(to.deletedThere, from.deletedThere);
    append(to.skipped, from.skipped);
}

} // namespace

TaskSyncReport syncTaskList(Store& store, TaskList& list, const TaskSyncOptions& options) {
    TaskPlan plan = planTaskSync(store, list, options.dryRun);
    if (options.dryRun) return std::move(plan.report);
    store.change(plan.report.summary(), [&] { applyTaskPlanWithinChange(store, plan); });
    TaskSyncReport report = std::move(plan.report);
    if (!plan.effects.empty()) {
        // A follow-up done from the phone starts a new round here, due a
        // cadence later, and may have settled a reminder: send those now.
        TaskPlan next = planTaskSync(store, list);
        store.change(next.report.summary(), [&] { applyTaskPlanWithinChange(store, next); });
        append(report, next.report);
    }
    return report;
}

} // namespace rk
