#include "app/views/import_task.h"

#include "core/db/store_error.h"
#include "core/store/store.h"

#include <new>
#include <utility>

namespace rk::app {

namespace {

// The worker must never let an exception escape (std::terminate), and the
// person needs a sentence, not a type name.
ImportTaskResult guarded(const std::function<ImportTaskResult()>& work) {
    try {
        return work();
    } catch (const StoreError& e) {
        ImportTaskResult r;
        r.error = e.what();
        return r;
    } catch (const std::bad_alloc&) {
        ImportTaskResult r;
        r.error = "There is not enough memory to import this file";
        return r;
    } catch (const std::exception& e) {
        ImportTaskResult r;
        r.error = std::string("Something went wrong: ") + e.what();
        return r;
    }
}

} // namespace

ImportTask::~ImportTask() {
    if (m_thread.joinable()) {
        cancel();
        release();
        m_thread.join();
    }
}

void ImportTask::release() {
    if (m_released.exchange(true)) return;
    m_released.notify_all();
}

float ImportTask::progress() const {
    const std::size_t total = m_total.load(std::memory_order_relaxed);
    if (!m_committing || total == 0) return -1.f;
    return static_cast<float>(m_done.load(std::memory_order_relaxed)) / static_cast<float>(total);
}

void ImportTask::start(std::function<ImportTaskResult()> work, bool background) {
    m_result = {};
    m_started = true;
    m_finished.store(false);
    m_cancel.store(false);
    m_done.store(0);
    m_released.store(!background);
    if (!background) {
        m_result = guarded(work);
        m_finished.store(true, std::memory_order_release);
        return;
    }
    m_thread = std::thread([this, work = std::move(work)] {
        m_released.wait(false);
        if (m_cancel.load() && !m_committing) { // closed before it began: nothing to read
            m_finished.store(true, std::memory_order_release);
            return;
        }
        m_result = guarded(work);
        m_finished.store(true, std::memory_order_release);
    });
}

void ImportTask::preview(Store& store, std::optional<std::string> path, ImportSource source, bool background) {
    m_committing = false;
    m_total.store(0);
    start(
        [&store, path = std::move(path), source = std::move(source)]() mutable {
            ImportTaskResult r;
            if (path) {
                FileBytes file = readFileBytes(*path);
                if (!file.error.empty()) {
                    r.error = file.error;
                    return r;
                }
                source.bytes = std::move(file.bytes);
            }
            r.plan = std::make_shared<const ImportPlan>(previewImport(store.db(), source));
            r.source = std::move(source);
            return r;
        },
        background);
}

void ImportTask::commit(Store& store, std::shared_ptr<const ImportPlan> plan, bool background) {
    m_committing = true;
    m_total.store(plan ? plan->entries.size() : 0);
    start(
        [this, &store, plan = std::move(plan)] {
            ImportTaskResult r;
            r.plan = plan;
            r.outcome = commitImport(store, *plan, [this](std::size_t done, std::size_t total) {
                m_done.store(done, std::memory_order_relaxed);
                m_total.store(total, std::memory_order_relaxed);
                return !m_cancel.load(std::memory_order_relaxed);
            });
            return r;
        },
        background);
}

ImportTaskResult ImportTask::collect() {
    if (m_thread.joinable()) m_thread.join();
    m_started = false;
    return std::exchange(m_result, {});
}

} // namespace rk::app
