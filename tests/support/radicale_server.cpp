#include "tests/support/radicale_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace rk::test {

namespace {

// A port nobody listens on now: the kernel picks one for a socket bound to
// port 0, which is closed again for Radicale to take.
int freeLoopbackPort() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
        throw std::runtime_error("no free loopback port");
    close(fd);
    return ntohs(addr.sin_port);
}

bool answers(int port) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    const bool ok = connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    close(fd);
    return ok;
}

} // namespace

RadicaleServer::RadicaleServer(Rights rights) : m_port(freeLoopbackPort()) {
    std::ofstream(m_dir.file("users")) << "alice:secret\nbob:hunter2\n";
    // Radicale's rights file: the first section whose user and collection
    // patterns match gives the permissions (R/W the principal, r/w the book).
    std::ofstream(m_dir.file("rights")) << "[root]\nuser: .+\ncollection:\npermissions: R\n"
                                        << "[principal]\nuser: .+\ncollection: {user}\npermissions: RW\n"
                                        << "[book]\nuser: .+\ncollection: {user}/rekindle(/.*)?\npermissions: rw\n";
    std::ofstream(m_dir.file("config")) << "[server]\nhosts = 127.0.0.1:" << m_port
                                        << "\n[auth]\ntype = htpasswd\nhtpasswd_filename = " << m_dir.file("users")
                                        << "\nhtpasswd_encryption = plain\ndelay = 0\n"
                                        << (rights == Rights::OwnerOnly
                                                ? "[rights]\ntype = owner_only\n"
                                                : "[rights]\ntype = from_file\nfile = " + m_dir.file("rights") + "\n")
                                        << "[storage]\nfilesystem_folder = " << m_dir.file("collections")
                                        << "\n[web]\ntype = none\n[logging]\nlevel = warning\n";
    start();
}

RadicaleServer::~RadicaleServer() { stop(); }

void RadicaleServer::start() {
    if (m_pid > 0) return;
    const std::string config = m_dir.file("config");
    const std::string logFile = m_dir.file("radicale.log");
    m_pid = fork();
    if (m_pid < 0) throw std::runtime_error("could not fork for radicale");
    if (m_pid == 0) {
        const int log = open(logFile.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (log >= 0) {
            dup2(log, STDOUT_FILENO);
            dup2(log, STDERR_FILENO);
        }
        execlp("radicale", "radicale", "--config", config.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
    while (!answers(m_port)) {
        int status = 0;
        if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_pid = -1;
            throw std::runtime_error("radicale stopped at start:\n" + log());
        }
        if (std::chrono::steady_clock::now() > deadline) {
            stop();
            throw std::runtime_error("radicale did not answer within 15 s:\n" + log());
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

void RadicaleServer::stop() {
    if (m_pid <= 0) return;
    kill(m_pid, SIGTERM);
    // Radicale finishes what it is writing and goes; a stuck one is killed.
    for (int i = 0; i < 100; ++i) {
        if (waitpid(m_pid, nullptr, WNOHANG) == m_pid) {
            m_pid = -1;
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    kill(m_pid, SIGKILL);
    waitpid(m_pid, nullptr, 0);
    m_pid = -1;
}

std::string RadicaleServer::url() const { return "http://127.0.0.1:" + std::to_string(m_port) + "/"; }

std::string RadicaleServer::log() const {
    std::ifstream in(m_dir.file("radicale.log"));
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace rk::test
