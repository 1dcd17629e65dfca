#include "core/io/export/ics_writer.h"
#include "core/io/text/text_util.h"
#include "tests/io/network_fixture.h"
#include "tests/support/temp_dir.h"
#include "tests/support/temp_store.h"
#include "tests/support/test_clock.h"

#include <catch2/catch.hpp>

using namespace rk;

namespace {

// Physical lines as written (each must end in CRLF).
std::vector<std::string> physicalLines(const std::string& ics) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < ics.size()) {
        const std::size_t end = ics.find("\r\n", start);
        if (end == std::string::npos) {
            lines.push_back("<no CRLF>" + ics.substr(start));
            break;
        }
        lines.push_back(ics.substr(start, end - start));
        start = end + 2;
    }
    return lines;
}

// Content lines after unfolding.
std::vector<std::string> contentLines(const std::string& ics) {
    std::vector<std::string> out;
    for (const auto& l : physicalLines(ics)) {
        if (!l.empty() && l[0] == ' ') out.back() += l.substr(1);
        else out.push_back(l);
    }
    return out;
}

std::size_t countOf(const std::vector<std::string>& lines, const std::string& line) {
    return static_cast<std::size_t>(std::count(lines.begin(), lines.end(), line));
}

} // namespace

TEST_CASE("The iCalendar export puts follow-ups, reminders and birthdays in RFC 5545 form", "[io][ics]") {
    test::ScopedTimeZone tz("Europe/Paris");
    test::TempStore t(test::localTime(2024, 3, 1));
    test::seedRichNetwork(t.store);
    t.store.change("Long name", [&] {
        Contact c = test::person("Maximiliane-Antonia", "von Hohenzollern-Sigmaringen-Württemberg", "", "");
        c.notes = "x";
        const auto id = ContactRepo(t.store.db()).insert(c, t.clock.now());
        refreshNextDue(t.store.db(), CadencePolicy::load(t.store.db()), id);
    });
    const std::string ics = writeICalendar(t.store.db(), t.clock.now());

    for (const auto& l : physicalLines(ics)) {
        INFO(l);
        CHECK(l.find("<no CRLF>") == std::string::npos);
        CHECK(l.size() <= 75);
        CHECK(isValidUtf8(l));
    }
    const auto lines = contentLines(ics);
    CHECK(lines.front() == "BEGIN:VCALENDAR");
    CHECK(lines.back() == "END:VCALENDAR");
    CHECK(countOf(lines, "VERSION:2.0") == 1);
    CHECK(countOf(lines, "PRODID:-//Rekindle//Rekindle follow-ups//EN") == 1);

    // 9 active people with a cadence (the 0-day one has none) + 1 open reminder.
    CHECK(countOf(lines, "BEGIN:VTODO") == 8 + 1);
    CHECK(countOf(lines, "END:VTODO") == 9);
    CHECK(countOf(lines, "DTSTAMP:20240301T110000Z") == 9 + 2);
    CHECK(countOf(lines, "SUMMARY:Follow up with Дмитрий Волков") == 1);
    CHECK(countOf(lines, "UID:contact-1-followup@rekindle.invalid") == 1);
    // Zoë: inner circle with her own 21 days, last contact 10 days ago.
    CHECK(countOf(lines, "DUE;VALUE=DATE:20240312") == 1);
    CHECK(std::count_if(lines.begin(), lines.end(), [](const std::string& l) {
              return l == "DESCRIPTION:Keep in touch every 21 days (Inner circle). Last contact 2024-02-20.";
          }) == 1);
    CHECK(countOf(lines, "SUMMARY:Reminder: Дмитрий Волков — Send the article\\, the one about Go\\; ask about Kazan") == 1);
    // The reminder, and Дмитрий's cadence (close circle set to 25 days, last contact 11 days ago).
    CHECK(countOf(lines, "DUE;VALUE=DATE:20240315") == 2);

    // Birthdays: one with a year on a leap day, one without a year.
    CHECK(countOf(lines, "BEGIN:VEVENT") == 2);
    CHECK(countOf(lines, "SUMMARY:Birthday: Zoë Ørsted-Lefèvre") == 1);
    CHECK(countOf(lines, "DTSTART;VALUE=DATE:19840229") == 1);
    CHECK(countOf(lines, "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1") == 1);
    CHECK(countOf(lines, "DTSTART;VALUE=DATE:20001107") == 1);
    CHECK(countOf(lines, "DTEND;VALUE=DATE:20001108") == 1);
    CHECK(countOf(lines, "RRULE:FREQ=YEARLY") == 1);

    // Stable: the same data gives the same UIDs and lines, whatever the time of export.
    const std::string later = writeICalendar(t.store.db(), t.clock.now() + 3600);
    CHECK(contentLines(later).size() == lines.size());
    std::vector<std::string> uids, laterUids;
    for (const auto& l : lines) if (l.starts_with("UID:")) uids.push_back(l);
    for (const auto& l : contentLines(later)) if (l.starts_with("UID:")) laterUids.push_back(l);
    CHECK(uids == laterUids);
}

TEST_CASE("An empty network gives a valid empty calendar", "[io][ics]") {
    test::TempStore t(0);
    const auto lines = contentLines(writeICalendar(t.store.db(), 0));
    CHECK(lines == std::vector<std::string>{"BEGIN:VCALENDAR", "VERSION:2.0",
                                            "PRODID:-//Rekindle//Rekindle follow-ups//EN", "CALSCALE:GREGORIAN",
                                            "X-WR-CALNAME:Rekindle follow-ups", "END:VCALENDAR"});
}
