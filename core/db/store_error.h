#pragma once
#include <stdexcept>
#include <string>

namespace rk {

// The one exception type that core/ throws for storage problems. The app turns
// it into a friendly message; `code` is the SQLite result code (or 0).
class StoreError : public std::runtime_error {
public:
    explicit StoreError(const std::string& message, int code = 0)
        : std::runtime_error(message), m_code(code) {}
    [[nodiscard]] int code() const { return m_code; }

private:
    int m_code;
};

} // namespace rk
