#pragma once
// The command line run in-process: one command through its registrar, wired
// as main.cpp wires it (--db, one subcommand, runReportingErrors), against a
// real SQLite file in a temp dir, with a fixed clock and both streams captured.
#include "core/commands/triage.h"
#include "core/model/contact.h"
#include "core/repo/contact_repo.h"
#include "core/schedule/cadence.h"
#include "core/store/store.h"
#include "main/cli/commands.h"
#include "tests/support/temp_dir.h"
#include "tests/support/test_clock.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

namespace rk::test {

struct CliRun {
    int code = 0;
    std::string out;
    std::string err;
};

class CliWorld {
public:
    // Noon on Monday 2 March 2026, London time.
    CliWorld() : m_tz("Europe/London"), clock(localTime(2026, 3, 2)) {}

    // `rekindle --db <db> ARGS...`, with only `command` registered.
    CliRun run(cli::CommandRegistrar command, const std::vector<std::string>& args) {
        std::ostringstream out, err;
        cli::CliContext ctx{.dbPath = db, .clock = clock, .out = out, .err = err};
        CLI::App app{"Rekindle, under test", "rekindle"};
        app.add_option("--db", ctx.dbPath, "The database file");
        app.require_subcommand(0, 1);
        command(app, ctx);
        std::vector<const char*> argv{"rekindle"};
        for (const auto& arg : args)
            argv.push_back(arg.c_str());
        const int code = cli::runReportingErrors(
            app, ctx, [&] { app.parse(static_cast<int>(argv.size()), argv.data()); });
        return {code, out.str(), err.str()};
    }

    // A person created `daysAgo` days before now, as the contact editor saves one.
    ContactId person(const std::string& name, Circle circle = Circle::Network,
                     const std::string& company = {}, int daysAgo = 400) {
        Store store(db, clock);
        Contact c;
        c.displayName = name;
        c.circle = circle;
        c.company = company;
        store.change("Add " + name, [&] {
            ContactRepo(store.db()).insert(c, clock.now() - daysAgo * 86400);
            refreshNextDue(store.db(), CadencePolicy::load(store.db()), c.id);
        });
        return c.id;
    }

    // An interaction at noon, `daysAgo` days before now, as the app logs one.
    void logged(ContactId id, int daysAgo, Direction direction = Direction::Out,
                bool awaiting = false) {
        Store store(db, clock);
        Interaction i;
        i.contactId = id;
        i.direction = direction;
        i.at = clock.now() - daysAgo * 86400;
        i.awaitingReply = awaiting;
        logInteraction(store, i);
    }

    // Reads the database without writing to it.
    [[nodiscard]] std::int64_t count(const std::string& sql) const {
        Store store(db, clock, {.mode = OpenMode::ReadOnly});
        return store.db().queryInt(sql);
    }
    [[nodiscard]] std::string text(const std::string& sql) const {
        Store store(db, clock, {.mode = OpenMode::ReadOnly});
        return store.db().queryText(sql);
    }

    [[nodiscard]] std::string file(const std::string& name) const { return dir.file(name); }
    void write(const std::string& name, const std::string& bytes) const {
        std::ofstream(dir.file(name), std::ios::binary) << bytes;
    }
    [[nodiscard]] std::string read(const std::string& path) const {
        std::ifstream in(path, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }

private:
    ScopedTimeZone m_tz;

public:
    TempDir dir;
    FixedClock clock;
    std::string db = dir.file("rekindle.db");
};

} // namespace rk::test
