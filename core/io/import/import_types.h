#pragma once
#include "core/model/contact.h"
#include "core/model/contact_link.h"
#include "core/model/followup.h"
#include "core/model/interaction.h"

#include <cstddef>
#include <string>
#include <vector>

namespace rk {

// Hostile or broken files must not make a reader allocate without bound: every
// reader stops at these sizes and says so, rather than trusting the file.
struct ReadLimits {
    std::size_t maxFileBytes = 256u << 20;  // a 10k-card file with photos is ~30 MB
    std::size_t maxLineBytes = 16u << 20;   // one unfolded vCard line (a photo)
    std::size_t maxFieldBytes = 1u << 20;   // one CSV field
    std::size_t maxPhotoBytes = 8u << 20;   // decoded photo
    std::size_t maxNotesBytes = 64u << 10;  // notes gathered for one card
    std::size_t maxCards = 1'000'000;
    std::size_t maxPropertiesPerCard = 2000;
    std::size_t maxFieldsPerRow = 1000;
    std::size_t maxProblems = 1000;         // further problems are only counted
    // A vCard property with no field of its own (NICKNAME, X-SOCIALPROFILE…)
    // becomes a line of the notes, so an import keeps it. A sync reads
    // without: the property stays on the server's card (core/sync/sync_card).
    bool extrasInNotes = true;
};

enum class ProblemSeverity {
    Warning, // the card was imported, but something in it was dropped or kept as a note
    Error,   // the card (or row) was rejected
};

struct ImportProblem {
    ProblemSeverity severity = ProblemSeverity::Error;
    int line = 0; // 1-based line in the file; 0 for the file as a whole
    std::string message;

    friend bool operator==(const ImportProblem&, const ImportProblem&) = default;
};

// "contacts.vcf:12: message" — the form every UI and the CLI show.
[[nodiscard]] std::string describeProblem(const std::string& file, const ImportProblem& problem);

// Someone a card names as related to its person (vCard RELATED, Apple's
// X-ABRELATEDNAMES), before the import knows whether they are in the
// network: if they are, it becomes a link; if not, a line of the notes.
struct CardRelation {
    LinkKind kind = LinkKind::Knows;
    // The named person is the link's `from`: this card's person's manager,
    // or who introduced the user to them. Only directional kinds care.
    bool otherIsFrom = false;
    std::string uid;   // "urn:uuid:…" in lower case, when the card named them by UID
    std::string name;  // their full name, when the card gave one
    std::string label; // what the file called them ("co-worker", "manager", "Mentor")
    int line = 0;

    friend bool operator==(const CardRelation&, const CardRelation&) = default;
};

// One person read from a file, before anything is matched or written.
struct ImportCard {
    Contact contact;                       // id 0 unless it came from a backup
    std::vector<Interaction> interactions; // contactId unset; e.g. LinkedIn "Connected On"
    std::vector<Reminder> reminders;       // only from JSON backups
    int line = 0;                          // where the card or row starts
    // The exporter's own id for this record (vCard UID), when it gave one. Two
    // cards with different uids are different records, however alike.
    std::string uid;
    std::vector<CardRelation> relations;

    friend bool operator==(const ImportCard&, const ImportCard&) = default;
};

// What a reader returns: the cards it could read and what went wrong, by line.
struct ParseResult {
    std::string file; // the name shown in messages
    std::vector<ImportCard> cards;
    std::vector<ImportProblem> problems;
    std::size_t droppedProblems = 0; // past ReadLimits::maxProblems
    std::size_t errorCount = 0;      // every Error, kept or dropped
    // Entries left out on purpose because they hold no one to import (the
    // empty rows LinkedIn leaves for members who closed their account):
    // neither imported nor rejected, only counted.
    std::size_t skippedCount = 0;
    std::string skippedReason; // why, in a clause: "LinkedIn keeps an empty row for …"
    // Set when the file as a whole could not be read (wrong format, too big):
    // nothing from it may be imported.
    std::string fatal;

    [[nodiscard]] bool ok() const { return fatal.empty(); }
    [[nodiscard]] std::size_t rejectedCount() const { return errorCount; }
    void addProblem(ProblemSeverity severity, int line, std::string message,
                    std::size_t limit = ReadLimits{}.maxProblems);

    friend bool operator==(const ParseResult&, const ParseResult&) = default;
};

} // namespace rk
