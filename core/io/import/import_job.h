#pragma once
#include "core/io/csv/column_mapping.h"
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

// What an import job is doing, as a snapshot the screens draw from.
struct ImportJobStatus {
    bool running = false;    // a worker owns the store's connection
    bool committing = false; // the step under way writes (else it reads a file)
    bool cancelling = false;
    float fraction = -1.f; // 0…1 while writing; negative while reading, with nothing to count
    std::size_t done = 0;
    std::size_t total = 0;
};

// What a finished step of an import hands back.
struct ImportJobResult {
    bool committed = false;                 // the step was a commit (else a preview)
    bool discarded = false;                 // the sheet went away while it ran: show nothing
    std::shared_ptr<const ImportPlan> plan; // after a preview
    std::optional<ImportOutcome> outcome;   // after a commit
    std::string error;                      // plain English; the step failed as a whole
};

// Runs the slow steps of an import (reading and previewing a file, or
// committing a plan): right away for small files, or on a worker thread for
// large ones so the window keeps drawing a progress bar. It keeps the file's
// bytes between a preview and the next, so a corrected CSV mapping previews
// again without reading the file twice.
//
// While a worker runs it owns the store's SQLite connection, which is opened
// without SQLite's own mutex: nothing else may touch the store until
// collect() has joined the worker; status().running says so, and the App
// then only draws. The frame that started a worker was laid out before it
// was running (shortcuts read, intents about to be applied), so a worker
// waits for release(), which the next frame gives once the App has seen it.
// Above these sizes an import's step runs on a worker behind a progress bar;
// below, it runs between two frames (about 30 ms at most).
struct ImportJobThresholds {
    std::size_t fileBytes = 1u << 20;
    std::size_t entries = 1500;
};

class ImportJob {
public:
    using Thresholds = ImportJobThresholds;

    explicit ImportJob(Thresholds thresholds = {}) : m_thresholds(thresholds) {}
    ~ImportJob(); // asks a running worker to stop (a commit rolls back) and waits for it
    ImportJob(const ImportJob&) = delete;
    ImportJob& operator=(const ImportJob&) = delete;

    // Reads `path` and plans its import.
    void preview(Store& store, const std::string& path);
    // Plans the last file again with a corrected CSV mapping.
    void remap(Store& store, const ColumnMapping& mapping);
    // Writes the plan as one undoable change.
    void commit(Store& store, std::shared_ptr<const ImportPlan> plan);
    // A commit stops at its next progress report and rolls back; a preview
    // runs to its end and its result is dropped.
    void cancel() { m_cancel.store(true, std::memory_order_relaxed); }
    // The sheet is gone: drop a result still coming and the file's bytes.
    void discard();

    // Lets a waiting worker begin; call at the start of each frame.
    void release();

    [[nodiscard]] bool idle() const { return !m_started; }
    [[nodiscard]] bool running() const { return m_thread.joinable(); }
    [[nodiscard]] bool finished() const {
        return m_started && m_finished.load(std::memory_order_acquire);
    }
    [[nodiscard]] ImportJobStatus status() const;

    // Joins the worker and hands over the result. Only once finished().
    [[nodiscard]] ImportJobResult collect();

private:
    void start(std::function<ImportJobResult()> work, bool background);
    void startPreview(Store& store, std::optional<std::string> path, ImportSource source,
                      bool background);

    Thresholds m_thresholds;
    ImportSource m_source; // the last file's bytes, kept for a new mapping
    std::size_t m_sourceBytes = 0;
    std::thread m_thread;
    bool m_started = false;
    bool m_committing = false;
    bool m_discard = false;
    std::atomic<bool> m_released{false};
    std::atomic<bool> m_finished{false};
    std::atomic<bool> m_cancel{false};
    std::atomic<std::size_t> m_done{0};
    std::atomic<std::size_t> m_total{0};
    ImportJobResult m_result; // written by the worker, read only after the join
    ImportSource m_returned;  // the bytes a preview hands back, likewise
};

} // namespace rk
