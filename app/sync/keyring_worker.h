#pragma once
#include "core/sync/password_keeper.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace rk::app {

// The keyring's calls, one at a time on a thread of their own: a keyring may
// be slow to answer (a locked one asks its unlock question first), and a
// frame must never wait for it. Answers come back in the order asked.
class KeyringWorker {
public:
    enum class Call { Lookup, Store, Forget };
    struct Request {
        Call call = Call::Lookup;
        std::string server;
        std::string user;
        std::string password; // Store only
    };
    struct Reply {
        Request request; // without the password
        KeyringAnswer answer;
    };

    explicit KeyringWorker(PasswordKeeper& keeper);
    // Stops the call under way (PasswordKeeper::stop) and waits for the thread.
    ~KeyringWorker();
    KeyringWorker(const KeyringWorker&) = delete;
    KeyringWorker& operator=(const KeyringWorker&) = delete;

    void ask(Request request);
    [[nodiscard]] std::optional<Reply> take();
    // Something asked and not yet taken.
    [[nodiscard]] bool busy() const;

private:
    void run();

    PasswordKeeper& m_keeper;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Request> m_requests;
    std::deque<Reply> m_replies;
    int m_unanswered = 0;
    bool m_closing = false;
    std::thread m_thread; // last: starts once the rest is built
};

} // namespace rk::app
