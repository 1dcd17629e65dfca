#pragma once
#include "core/io/import/import_file.h"
#include "core/io/import/import_plan.h"

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>

namespace rk {
class Store;
}

namespace rk::app {

// What a finished step of an import hands back.
struct ImportTaskResult {
    ImportSource source;                    // the file's bytes, kept to preview again after a mapping change
    std::shared_ptr<const ImportPlan> plan; // after a preview
    std::optional<ImportOutcome> outcome;   // after a commit
    std::string error;                      // plain English; the step failed as a whole
};

// Runs one slow step of an import (reading and previewing a file, or
// committing a plan) either right away, for small files, or on a worker
// thread so the window keeps drawing a progress bar, for large ones.
//
// While a worker runs it owns the store's SQLite connection, which is opened
// without SQLite's own mutex: nothing else may touch the store until
// collect() has joined the worker. running() says so; the More view reports
// it as busy() and the App then only draws. The rest of the frame that
// started the worker was laid out before it was busy (shortcuts already read,
// intents about to be applied), so a worker waits for release(), which the
// next frame gives once the App has seen busy().
class ImportTask {
public:
    ImportTask() = default;
    ~ImportTask(); // asks a running worker to stop (a commit rolls back) and waits for it
    ImportTask(const ImportTask&) = delete;
    ImportTask& operator=(const ImportTask&) = delete;

    // Reads `path` (when given, else uses source.bytes) and plans the import.
    void preview(Store& store, std::optional<std::string> path, ImportSource source, bool background);
    // Writes the plan as one undoable change.
    void commit(Store& store, std::shared_ptr<const ImportPlan> plan, bool background);

    // Lets a waiting worker begin; call at the start of each frame's update.
    void release();

    [[nodiscard]] bool idle() const { return !m_started; }
    [[nodiscard]] bool running() const { return m_thread.joinable(); }
    [[nodiscard]] bool finished() const { return m_started && m_finished.load(std::memory_order_acquire); }
    [[nodiscard]] bool committing() const { return m_committing; }
    // 0…1 while committing; negative while reading, where there is nothing to count.
    [[nodiscard]] float progress() const;
    [[nodiscard]] std::size_t done() const { return m_done.load(std::memory_order_relaxed); }
    [[nodiscard]] std::size_t total() const { return m_total.load(std::memory_order_relaxed); }

    // A commit stops at its next progress report and rolls back; a preview
    // runs to its end and its result is dropped by the caller.
    void cancel() { m_cancel.store(true, std::memory_order_relaxed); }
    [[nodiscard]] bool cancelling() const { return m_cancel.load(std::memory_order_relaxed); }

    // Joins the worker and hands over the result. Only once finished().
    [[nodiscard]] ImportTaskResult collect();

private:
    void start(std::function<ImportTaskResult()> work, bool background);

    std::thread m_thread;
    bool m_started = false;
    bool m_committing = false;
    std::atomic<bool> m_released{false};
    std::atomic<bool> m_finished{false};
    std::atomic<bool> m_cancel{false};
    std::atomic<std::size_t> m_done{0};
    std::atomic<std::size_t> m_total{0};
    ImportTaskResult m_result; // written by the worker, read only after the join
};

} // namespace rk::app
