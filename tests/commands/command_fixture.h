#pragma once
// A Rekindle database in a temp dir on a clock that stands still at noon on
// Friday 4 December 2026 in London, with a helper to add people the way the
// form does (one command).
#include "core/commands/contact_commands.h"
#include "core/repo/contact_repo.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"

#include <string>

namespace rk::test {

struct CommandWorld {
    ScopedTimeZone tz{"Europe/London"};
    TempStore t{localTime(2026, 12, 4)};
    Store& store = t.store;
    FixedClock& clock = t.clock;

    ContactId add(const std::string& name, Circle circle = Circle::Network) {
        Contact c;
        c.displayName = name;
        c.circle = circle;
        return addContact(store, c).contactId;
    }
    [[nodiscard]] Contact get(ContactId id) { return *ContactRepo(store.db()).get(id); }
    [[nodiscard]] std::int64_t count(Shelf shelf = Shelf::Active) {
        return ContactRepo(store.db()).count(shelf);
    }
};

} // namespace rk::test
