#pragma once

namespace rk {

class Database;

// Begins IMMEDIATE in the constructor (so a writer waits for the lock up front
// rather than failing half-way); rolls back in the destructor unless committed.
// Inside an open transaction it becomes a savepoint, so building blocks that
// need atomicity (a bulk insert) compose with Store::change. Never throws
// from the destructor.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_nested = false;
    bool m_done = false;
};

} // namespace rk
