#include "app/sync/keyring_worker.h"

#include <utility>

namespace rk::app {

KeyringWorker::KeyringWorker(PasswordKeeper& keeper)
    : m_keeper(keeper), m_thread([this] { run(); }) {}

KeyringWorker::~KeyringWorker() {
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_keeper.stop();
    m_wake.notify_one();
    m_thread.join();
}

void KeyringWorker::ask(Request request) {
    {
        std::lock_guard lock(m_mutex);
        m_requests.push_back(std::move(request));
        ++m_unanswered;
    }
    m_wake.notify_one();
}

std::optional<KeyringWorker::Reply> KeyringWorker::take() {
    std::lock_guard lock(m_mutex);
    if (m_replies.empty()) return std::nullopt;
    Reply reply = std::move(m_replies.front());
    m_replies.pop_front();
    --m_unanswered;
    return reply;
}

bool KeyringWorker::busy() const {
    std::lock_guard lock(m_mutex);
    return m_unanswered > 0;
}

void KeyringWorker::run() {
    for (;;) {
        Request request;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_closing || !m_requests.empty(); });
            if (m_closing) return;
            request = std::move(m_requests.front());
            m_requests.pop_front();
        }
        KeyringAnswer answer;
        switch (request.call) {
        case Call::Lookup:
            answer = m_keeper.lookup(request.server, request.user);
            break;
        case Call::Store:
            answer = m_keeper.store(request.server, request.user, request.password);
            break;
        case Call::Forget:
            answer = m_keeper.forget(request.server, request.user);
            break;
        }
        request.password.clear();
        std::lock_guard lock(m_mutex);
        m_replies.push_back({std::move(request), std::move(answer)});
    }
}

} // namespace rk::app
