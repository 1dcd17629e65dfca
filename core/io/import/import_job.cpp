#include "core/io/import/import_job.h"

#include "core/db/store_problem.h"
#include "core/store/store.h"

#include <algorithm>
#include <filesystem>
#include <new>
#include <utility>

namespace rk {

namespace {

// The worker must never let an exception escape (std::terminate), and the
// person needs a sentence, not a type name.
ImportJobResult guarded(const std::function<ImportJobResult()>& work) {
    ImportJobResult r;
    try {
        return work();
    } catch (const StoreError& e) {
        r.error = explainStoreError(e);
    } catch (const std::bad_alloc&) {
        r.error = "There is not enough memory to import this file";
    } catch (const std::exception& e) {
        r.error = std::string("Something went wrong: ") + e.what();
    }
    return r;
}

// The app waits only a moment for another program's write lock (it retries
// between frames); an import's worker can wait as long as the command line does.
class PatientWrites {
public:
    explicit PatientWrites(Store& store) : m_store(store), m_was(store.busyTimeout()) {
        m_store.setBusyTimeout(std::max(m_was, Store::kDefaultBusyTimeoutMs));
    }
    ~PatientWrites() { m_store.setBusyTimeout(m_was); }
    PatientWrites(const PatientWrites&) = delete;
    PatientWrites& operator=(const PatientWrites&) = delete;

private:
    Store& m_store;
    int m_was;
};

} // namespace

ImportJob::~ImportJob() {
    if (m_thread.joinable()) {
        cancel();
        release();
        m_thread.join();
    }
}

void ImportJob::release() {
    if (m_released.exchange(true)) return;
    m_released.notify_all();
}

ImportJobStatus ImportJob::status() const {
    ImportJobStatus s;
    s.running = running();
    s.committing = m_started && m_committing;
    s.cancelling = m_cancel.load(std::memory_order_relaxed);
    s.done = m_done.load(std::memory_order_relaxed);
    s.total = m_total.load(std::memory_order_relaxed);
    if (s.committing && s.total > 0)
        s.fraction = static_cast<float>(s.done) / static_cast<float>(s.total);
    return s;
}

void ImportJob::discard() {
    if (m_started) {
        m_discard = true;
        cancel();
    }
    m_source = {}; // a large file's bytes are not kept once the sheet is gone
}

void ImportJob::start(std::function<ImportJobResult()> work, bool background) {
    m_result = {};
    m_started = true;
    m_discard = false;
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
        if (m_cancel.load() && !m_committing) { // dropped before it began: nothing to read
            m_finished.store(true, std::memory_order_release);
            return;
        }
        m_result = guarded(work);
        m_finished.store(true, std::memory_order_release);
    });
}

void ImportJob::startPreview(Store& store, std::optional<std::string> path, ImportSource source,
                             bool background) {
    m_committing = false;
    m_total.store(0);
    start(
        [this, &store, path = std::move(path), source = std::move(source)]() mutable {
            ImportJobResult r;
            if (path) {
                FileBytes file = readFileBytes(*path);
                if (!file.error.empty()) {
                    r.error = file.error;
                    return r;
                }
                source.bytes = std::move(file.bytes);
            }
            r.plan = std::make_shared<const ImportPlan>(previewImport(store.db(), source));
            m_returned = std::move(source);
            return r;
        },
        background);
}

void ImportJob::preview(Store& store, const std::string& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    m_sourceBytes = ec ? 0 : static_cast<std::size_t>(size);
    ImportSource source;
    const std::string name = std::filesystem::path(path).filename().string();
    source.fileName = name.empty() ? path : name;
    m_source = {};
    startPreview(store, path, std::move(source), m_sourceBytes > m_thresholds.fileBytes);
}

void ImportJob::remap(Store& store, const ColumnMapping& mapping) {
    ImportSource source = std::move(m_source);
    source.mapping = mapping;
    startPreview(store, std::nullopt, std::move(source), m_sourceBytes > m_thresholds.fileBytes);
}

void ImportJob::commit(Store& store, std::shared_ptr<const ImportPlan> plan) {
    m_committing = true;
    m_total.store(plan ? plan->entries.size() : 0);
    const bool background = plan && plan->entries.size() > m_thresholds.entries;
    start(
        [this, &store, plan = std::move(plan)] {
            ImportJobResult r;
            r.committed = true;
            r.plan = plan;
            const PatientWrites patient(store);
            r.outcome = commitImport(store, *plan, [this](std::size_t done, std::size_t total) {
                m_done.store(done, std::memory_order_relaxed);
                m_total.store(total, std::memory_order_relaxed);
                return !m_cancel.load(std::memory_order_relaxed);
            });
            return r;
        },
        background);
}

ImportJobResult ImportJob::collect() {
    if (m_thread.joinable()) m_thread.join();
    m_started = false;
    ImportJobResult r = std::exchange(m_result, {});
    r.committed = m_committing;
    if (!m_committing && !m_returned.bytes.empty()) m_source = std::exchange(m_returned, {});
    r.discarded = std::exchange(m_discard, false);
    if (r.discarded) m_source = {};
    return r;
}

} // namespace rk
