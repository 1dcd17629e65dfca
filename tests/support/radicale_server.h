#pragma once
#include "tests/support/temp_dir.h"

#include <sys/types.h>

#include <string>

namespace rk::test {

// A real Radicale (Debian's `radicale`) for the sync tests: its own port on
// 127.0.0.1, a temp folder for its storage, htpasswd users alice (password
// "secret") and bob ("hunter2"), each allowed only their own collections.
// Started by the constructor (throws if it doesn't answer within 15 s),
// stopped by the destructor; stop() and start() let a test take it away
// mid-sync and bring it back with the same storage and port.
class RadicaleServer {
public:
    // What each user may do. AddressBooksOnly: their address book called
    // "rekindle" and nothing else, so no task list can be found or made
    // (a server that keeps contacts but no calendars, as some do).
    enum class Rights { OwnerOnly, AddressBooksOnly };

    explicit RadicaleServer(Rights rights = Rights::OwnerOnly);
    ~RadicaleServer();
    RadicaleServer(const RadicaleServer&) = delete;
    RadicaleServer& operator=(const RadicaleServer&) = delete;

    void start();
    void stop();
    [[nodiscard]] std::string url() const; // http://127.0.0.1:PORT/
    [[nodiscard]] int port() const { return m_port; }
    // What Radicale wrote to its log, for a failing test to show.
    [[nodiscard]] std::string log() const;

private:
    TempDir m_dir;
    int m_port = 0;
    pid_t m_pid = -1;
};

} // namespace rk::test
