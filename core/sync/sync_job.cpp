#include "core/sync/sync_job.h"

#include "core/db/store_error.h"
#include "core/store/store.h"
#include "core/sync/sync_server.h"
#include "core/sync/task_state.h"

namespace rk {

SyncJob::~SyncJob() {
    m_stop.store(true, std::memory_order_relaxed);
    if (m_thread.joinable()) m_thread.join();
}

void SyncJob::start(SyncRequest request) {
    if (running()) return;
    m_stop.store(false, std::memory_order_relaxed);
    m_finished.store(false, std::memory_order_relaxed);
    m_thread = std::thread([this, request = std::move(request)] {
        m_outcome = work(request);
        m_finished.store(true, std::memory_order_release);
    });
}

std::optional<SyncOutcome> SyncJob::take() {
    if (!m_thread.joinable() || !m_finished.load(std::memory_order_acquire)) return std::nullopt;
    m_thread.join();
    return std::move(m_outcome);
}

SyncOutcome SyncJob::work(const SyncRequest& request) {
    SyncOutcome out;
    out.account = request.account;
    try {
        // A connection of its own: the App's stays free for drawing and edits.
        Store store(m_path, m_clock, {.mode = OpenMode::ReadWrite, .backupBeforeMigrating = false});
        SyncState state(store.db());
        const bool settingUp = !out.account.configured();
        if (settingUp) {
            const SyncServer::FoundBook found =
                m_server.findAddressBook(out.account, request.password, true, &m_stop);
            out.account.addressBook = found.url;
            out.account.cardVersion = found.cardVersion; // saved below, read by every card sync
            const bool moved = out.account.addressBook != state.account().addressBook;
            // Sync state is no undo matter (core/undo): this records no step.
            store.change("Set up sync", [&] {
                if (moved) state.forgetCards();
                state.setAccount(out.account);
            });
        } else if (!state.cardVersionAsked()) {
            // Set up before Rekindle asked: once, now (sync state, no undo step).
            out.account.cardVersion = m_server.askCardVersion(out.account, request.password, &m_stop);
            store.change("Set up sync", [&] { state.setCardVersion(out.account.cardVersion); });
        }
        std::unique_ptr<AddressBook> book = m_server.openAddressBook(out.account, request.password, &m_stop);
        out.planned = planAddressBookSync(store, *book, false);
        if (request.tasks) planTasks(store, request, settingUp, out);
    } catch (const PasswordRefused& e) {
        out.error = e.what();
        out.passwordRefused = true;
    } catch (const SyncError& e) {
        out.error = e.what();
    } catch (const StoreError& e) {
        out.error = std::string("Your data could not be read for the sync: ") + e.what();
    } catch (const std::exception& e) {
        out.error = std::string("The sync stopped: ") + e.what();
    }
    return out;
}

void SyncJob::planTasks(Store& store, const SyncRequest& request, bool settingUp, SyncOutcome& out) {
    TaskState state(store.db());
    std::string url = state.taskList();
    try {
        if (url.empty() || settingUp) {
            url = m_server.findTaskList(out.account, request.password, true, &m_stop);
            if (url.empty()) throw SyncError("The server did not make one when asked.");
            store.change("Set up task sync", [&] { state.setTaskList(url); }); // no undo step
        }
    } catch (const SyncError& e) {
        out.noTaskList = true;
        out.tasksProblem = std::string("Your follow-ups stay here: no task list was found on the server. ") + e.what();
        return;
    }
    try {
        // The people's plan is not applied yet: their tasks are named by the
        // cards it agreed on, as they will be once it is.
        ComingCards coming;
        for (const LocalStep& step : out.planned->plan.steps)
            if (step.save && step.id != 0) coming[step.id] = step.save->uid;
        std::unique_ptr<TaskList> list = m_server.openTaskList(out.account, url, request.password, &m_stop);
        out.tasks = planTaskSync(store, *list, false, coming);
    } catch (const SyncError& e) {
        out.tasksProblem = std::string("Your follow-ups did not sync this time: ") + e.what();
    } catch (const StoreError& e) {
        out.tasksProblem = std::string("Your follow-ups could not be read for the sync: ") + e.what();
    }
}

} // namespace rk
