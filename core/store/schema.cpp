#include "core/store/schema.h"

#include <array>

namespace rk {

namespace {

// v1: the whole model. Derived columns (last_contact_at, next_due) are kept by
// C++ code inside the same transaction, not by triggers, so that undo (which
// replays SQLite session changesets) restores them exactly. The only triggers
// keep the full-text index in step; the index is not part of undo data.
constexpr std::string_view kV1 = R"SQL(
CREATE TABLE settings(
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE events(
  id       INTEGER PRIMARY KEY,
  name     TEXT NOT NULL,
  date     TEXT NOT NULL DEFAULT '',
  location TEXT NOT NULL DEFAULT '',
  notes    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE contacts(
  id              INTEGER PRIMARY KEY,
  given_name      TEXT NOT NULL DEFAULT '',
  family_name     TEXT NOT NULL DEFAULT '',
  display_name    TEXT NOT NULL,
  company         TEXT NOT NULL DEFAULT '',
  title           TEXT NOT NULL DEFAULT '',
  industry        TEXT NOT NULL DEFAULT '',
  location        TEXT NOT NULL DEFAULT '',
  how_met         TEXT NOT NULL DEFAULT '',
  met_event_id    INTEGER REFERENCES events(id) ON DELETE SET NULL,
  birthday        TEXT NOT NULL DEFAULT '',
  notes           TEXT NOT NULL DEFAULT '',
  circle          INTEGER NOT NULL DEFAULT 2 CHECK (circle BETWEEN 0 AND 3),
  cadence_days    INTEGER CHECK (cadence_days IS NULL OR cadence_days >= 0),
  photo           BLOB,
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  archived_at     INTEGER,
  deleted_at      INTEGER,
  last_contact_at INTEGER,
  next_due        TEXT NOT NULL DEFAULT '',
  snoozed_until   TEXT NOT NULL DEFAULT '',
  snooze_count    INTEGER NOT NULL DEFAULT 0,
  skip_until      TEXT NOT NULL DEFAULT '',
  rekindle_after  TEXT NOT NULL DEFAULT ''
);
-- The deck walks contacts_by_name and contacts_by_last_contact in display order.
-- They carry the columns its filters test (shelf, circle, overdue, dormant…),
-- so a filtered page is read from the index alone: ~0.2 µs a row instead of
-- ~2 µs for a table lookup at 100k contacts.
CREATE INDEX contacts_by_name ON contacts(display_name COLLATE NOCASE, circle, deleted_at,
  archived_at, next_due, last_contact_at, created_at, company, industry);
-- The follow-up planner reads today's queue in order straight from these
-- indexes (due date, then circle, then name), so it stops after the first
-- cards instead of sorting everyone who is due.
CREATE INDEX contacts_by_next_due ON contacts(next_due, circle, display_name COLLATE NOCASE) WHERE next_due <> '' AND deleted_at IS NULL AND archived_at IS NULL;
CREATE INDEX contacts_by_birthday ON contacts(substr(birthday, -5), circle, display_name COLLATE NOCASE) WHERE birthday <> '' AND deleted_at IS NULL AND archived_at IS NULL;
-- Quiet since: the last interaction, or the day the contact was added.
CREATE INDEX contacts_by_quiet ON contacts(coalesce(last_contact_at, created_at)) WHERE deleted_at IS NULL AND archived_at IS NULL;
CREATE INDEX contacts_by_last_contact ON contacts(last_contact_at, circle, deleted_at, archived_at,
  next_due, created_at);
CREATE INDEX contacts_by_company ON contacts(company COLLATE NOCASE);
-- The archive and the trash are small: the deck lists them from these rather
-- than by walking every contact.
CREATE INDEX contacts_archived ON contacts(archived_at) WHERE archived_at IS NOT NULL;
CREATE INDEX contacts_trashed ON contacts(deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE contact_methods(
  id         INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  kind       INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 2),
  label      TEXT NOT NULL DEFAULT '',
  value      TEXT NOT NULL
);
CREATE INDEX contact_methods_by_contact ON contact_methods(contact_id);
CREATE INDEX contact_methods_by_value ON contact_methods(value COLLATE NOCASE);

CREATE TABLE tags(
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE contact_tags(
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY(contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tags_by_tag ON contact_tags(tag_id);

CREATE TABLE contact_knows(
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  topic      TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY(contact_id, topic)
) WITHOUT ROWID;

CREATE TABLE past_roles(
  id         INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  company    TEXT NOT NULL DEFAULT '',
  title      TEXT NOT NULL DEFAULT '',
  until      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX past_roles_by_contact ON past_roles(contact_id);

CREATE TABLE interactions(
  id             INTEGER PRIMARY KEY,
  contact_id     INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  kind           INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 6),
  direction      INTEGER NOT NULL CHECK (direction IN (0, 1)),
  at             INTEGER NOT NULL,
  note           TEXT NOT NULL DEFAULT '',
  asked_help     INTEGER NOT NULL DEFAULT 0,
  gave_help      INTEGER NOT NULL DEFAULT 0,
  awaiting_reply INTEGER NOT NULL DEFAULT 0,
  created_at     INTEGER NOT NULL
);
-- direction and kind ride along so warmth (latest in / out per person) is read
-- from the index alone for a whole page of cards.
CREATE INDEX interactions_by_contact ON interactions(contact_id, at, direction, kind);
CREATE INDEX interactions_by_time ON interactions(at);
CREATE INDEX interactions_awaiting ON interactions(contact_id) WHERE awaiting_reply = 1;
CREATE INDEX interactions_awaiting_by_time ON interactions(at) WHERE awaiting_reply = 1;

CREATE TABLE reminders(
  id         INTEGER PRIMARY KEY,
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  due_date   TEXT NOT NULL,
  note       TEXT NOT NULL DEFAULT '',
  status     INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 2),
  created_at INTEGER NOT NULL
);
CREATE INDEX reminders_open_by_due ON reminders(due_date) WHERE status = 0;
CREATE INDEX reminders_open_by_contact ON reminders(contact_id) WHERE status = 0;

CREATE TABLE event_attendees(
  event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  PRIMARY KEY(event_id, contact_id)
) WITHOUT ROWID;

CREATE TABLE goals(
  id          INTEGER PRIMARY KEY,
  title       TEXT NOT NULL,
  metric      INTEGER NOT NULL CHECK (metric BETWEEN 0 AND 3),
  target      INTEGER NOT NULL CHECK (target > 0),
  period_days INTEGER NOT NULL CHECK (period_days > 0),
  created_at  INTEGER NOT NULL,
  archived_at INTEGER
);

-- Full-text search over everything a person might be remembered by.
-- Diacritics are folded ("jose" finds "José"). 1- to 3-letter prefixes are indexed: search
-- as you type starts at the first letter, and an unindexed 1-letter prefix costs
-- ~30 ms at 100k contacts (it merges every word with that letter) against ~0.3 ms.
CREATE VIRTUAL TABLE contacts_fts USING fts5(
  name, company, title, industry, location, how_met, notes, tags, knows, methods, past_roles,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);

CREATE VIEW contact_search_doc AS
SELECT c.id AS id,
       c.display_name || ' ' || c.given_name || ' ' || c.family_name AS name,
       c.company, c.title, c.industry, c.location, c.how_met, c.notes,
       (SELECT group_concat(t.name, ' ') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
         WHERE ct.contact_id = c.id) AS tags,
       (SELECT group_concat(k.topic, ' ') FROM contact_knows k WHERE k.contact_id = c.id) AS knows,
       (SELECT group_concat(m.value, ' ') FROM contact_methods m WHERE m.contact_id = c.id) AS methods,
       (SELECT group_concat(r.company || ' ' || r.title, ' ') FROM past_roles r
         WHERE r.contact_id = c.id) AS past_roles
FROM contacts c;

-- Bulk writers (import, demo) set this flag inside their transaction, then
-- rebuild the index once for the rows they touched.
CREATE TABLE fts_pause(paused INTEGER PRIMARY KEY);

CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts WHEN NOT EXISTS (SELECT 1 FROM fts_pause) BEGIN
  INSERT INTO contacts_fts(rowid, name, company, title, industry, location, how_met, notes, tags, knows, methods, past_roles)
  SELECT * FROM contact_search_doc WHERE id = NEW.id;
END;
CREATE TRIGGER contacts_fts_au AFTER UPDATE OF display_name, given_name, family_name, company, title, industry, location, how_met, notes ON contacts
WHEN NOT EXISTS (SELECT 1 FROM fts_pause) BEGIN
  DELETE FROM contacts_fts WHERE rowid = NEW.id;
  INSERT INTO contacts_fts(rowid, name, company, title, industry, location, how_met, notes, tags, knows, methods, past_roles)
  SELECT * FROM contact_search_doc WHERE id = NEW.id;
END;
CREATE TRIGGER contacts_fts_ad AFTER DELETE ON contacts BEGIN
  DELETE FROM contacts_fts WHERE rowid = OLD.id;
END;

-- Names alone, so search can list "people whose name matches" first with an
-- index lookup; a {name} column filter on contacts_fts would read every row
-- that matches anywhere (all 100k for "ex", which every e-mail domain has).
-- Kept by its own triggers on contacts only, which fire once per contact, so
-- bulk writers need not pause them. The contacts_fts prefix keeps it out of undo.
CREATE VIRTUAL TABLE contacts_fts_names USING fts5(
  name, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
CREATE TRIGGER contacts_fts_names_ai AFTER INSERT ON contacts BEGIN
  INSERT INTO contacts_fts_names(rowid, name)
  VALUES (NEW.id, NEW.display_name || ' ' || NEW.given_name || ' ' || NEW.family_name);
END;
CREATE TRIGGER contacts_fts_names_au AFTER UPDATE OF display_name, given_name, family_name ON contacts BEGIN
  DELETE FROM contacts_fts_names WHERE rowid = NEW.id;
  INSERT INTO contacts_fts_names(rowid, name)
  VALUES (NEW.id, NEW.display_name || ' ' || NEW.given_name || ' ' || NEW.family_name);
END;
CREATE TRIGGER contacts_fts_names_ad AFTER DELETE ON contacts BEGIN
  DELETE FROM contacts_fts_names WHERE rowid = OLD.id;
END;
)SQL"
// The child tables share one shape of trigger: re-index the contact they belong to.
R"SQL(
CREATE TRIGGER contact_tags_fts_ai AFTER INSERT ON contact_tags WHEN NOT EXISTS (SELECT 1 FROM fts_pause) BEGIN
  DELETE FROM contacts_fts WHERE rowid = NEW.contact_id;
  INSERT INTO contacts_fts(rowid, name, company, title, industry, location, how_met, notes, tags, knows, methods, past_roles)
  SELECT * FROM contact_search_doc WHERE id = NEW.contact_id;
END;
CREATE TRIGGER contact_tags_fts_ad AFTER DELETE ON contact_tags WHEN NOT EXISTS (SELECT 1 FROM fts_pause) BEGIN
  DELETE FROM contacts_fts WHERE rowid = OLD.contact_id;
  INSERT INTO contacts_fts(rowid, name, company, title, industry, location, how_met, notes, tags, knows, methods, past_roles)
  SELECT * FROM contact_search_doc WHERE id = OLD.contact_id;
END;
CREATE TRIGGER contact_knows_fts_ai AFTER INSERT ON contact_knows WHEN NOT EXISTS (SELECT 1 FROM fts_pause) BEGIN
  DELETE FROM contacts_fts WHERE rowid = NEW.contact_id;
  INSERT INTO contacts_fts(rowid, name, company, title, industry, location, how_met, notes, tags, knows, methods, past_roles)
  SELECT * FROM contact_search_doc WHERE id = NEW.contact_id;
END;
CREATE TRIGGER contact_knows_fts_ad AFTER DELETE ON contact_knows WHEN NOT EXISTS (SELECT 1 FROM fts_pause) BEGIN
  DELETE FROM contacts_fts WHERE rowid = OLD.contact_id;
  INSERT INTO contacts_fts(rowid, name, company, title, industry, location, how_met, notes, tags, knows, methods, past_roles)
  SELECT * FROM contact_search_doc WHERE id = OLD.contact_id;
END;
CREATE TRIGGER contact_methods_fts_ai AFTER INSERT ON contact_methods WHEN NOT EXISTS (SELECT 1 FROM fts_pause) BEGIN
  DELETE FROM contacts_fts WHERE rowid = NEW.contact_id;
  INSERT INTO contacts_fts(rowid, name, company, title, industry, location, how_met, notes, tags, knows, methods, past_roles)
  SELECT * FROM contact_search_doc WHERE id = NEW.contact_id;
END;
CREATE TRIGGER contact_methods_fts_ad AFTER DELETE ON contact_methods WHEN NOT EXISTS (SELECT 1 FROM fts_pause) BEGIN
  DELETE FROM contacts_fts WHERE rowid = OLD.contact_id;
  INSERT INTO contacts_fts(rowid, name, company, title, industry, location, how_met, notes, tags, knows, methods, past_roles)
  SELECT * FROM contact_search_doc WHERE id = OLD.contact_id;
END;
CREATE TRIGGER past_roles_fts_ai AFTER INSERT ON past_roles WHEN NOT EXISTS (SELECT 1 FROM fts_pause) BEGIN
  DELETE FROM contacts_fts WHERE rowid = NEW.contact_id;
  INSERT INTO contacts_fts(rowid, name, company, title, industry, location, how_met, notes, tags, knows, methods, past_roles)
  SELECT * FROM contact_search_doc WHERE id = NEW.contact_id;
END;
CREATE TRIGGER past_roles_fts_ad AFTER DELETE ON past_roles WHEN NOT EXISTS (SELECT 1 FROM fts_pause) BEGIN
  DELETE FROM contacts_fts WHERE rowid = OLD.contact_id;
  INSERT INTO contacts_fts(rowid, name, company, title, industry, location, how_met, notes, tags, knows, methods, past_roles)
  SELECT * FROM contact_search_doc WHERE id = OLD.contact_id;
END;
)SQL";

// v2: the names index pauses with the other search triggers. Writing to any
// full-text table makes it part of the transaction, and from then on every
// later statement's savepoint flushes its pending terms to disk: a 10k-card
// import spent a third of its instructions there, one contact at a time.
// Bulk writers now index names once at the end, with everything else.
// FTS5 also writes its pending terms out whenever they pass `hashsize` (1 MB
// by default), and every write makes a segment that must later be merged:
// 16 MB lets a 10k-contact import go out as one segment (10% of its
// instructions). The memory is only held during such a bulk write.
constexpr std::string_view kV2 = R"SQL(
INSERT INTO contacts_fts(contacts_fts, rank) VALUES('hashsize', 16777216);
DROP TRIGGER contacts_fts_names_ai;
DROP TRIGGER contacts_fts_names_au;
CREATE TRIGGER contacts_fts_names_ai AFTER INSERT ON contacts WHEN NOT EXISTS (SELECT 1 FROM fts_pause) BEGIN
  INSERT INTO contacts_fts_names(rowid, name)
  VALUES (NEW.id, NEW.display_name || ' ' || NEW.given_name || ' ' || NEW.family_name);
END;
CREATE TRIGGER contacts_fts_names_au AFTER UPDATE OF display_name, given_name, family_name ON contacts
WHEN NOT EXISTS (SELECT 1 FROM fts_pause) BEGIN
  DELETE FROM contacts_fts_names WHERE rowid = NEW.id;
  INSERT INTO contacts_fts_names(rowid, name)
  VALUES (NEW.id, NEW.display_name || ' ' || NEW.given_name || ' ' || NEW.family_name);
END;
)SQL";

// v3: the search index is kept by the code that writes, not by triggers.
// Each trigger ran as a sub-program per written row, paused or not: about an
// eighth of a 10k-card import, and a bulk writer paused them anyway. Their
// bodies, each repeating the document view, were also most of the schema
// SQLite parses on every open. Deleting a contact still drops its index rows
// by trigger (contacts_fts_ad, contacts_fts_names_ad, from v1). See
// core/store/search_index.h.
// The name document no longer repeats a display name that is just "Given
// Family" (half the words to index); rows indexed before keep the longer
// document until the contact is next saved, which finds the same people.
// contact_methods_by_value is dropped: nothing looks methods up by value
// (the importer reads them all), and it was the costliest index to keep.
constexpr std::string_view kV3 = R"SQL(
DROP TRIGGER contacts_fts_ai;
DROP TRIGGER contacts_fts_au;
DROP TRIGGER contacts_fts_names_ai;
DROP TRIGGER contacts_fts_names_au;
DROP TRIGGER contact_tags_fts_ai;
DROP TRIGGER contact_tags_fts_ad;
DROP TRIGGER contact_knows_fts_ai;
DROP TRIGGER contact_knows_fts_ad;
DROP TRIGGER contact_methods_fts_ai;
DROP TRIGGER contact_methods_fts_ad;
DROP TRIGGER past_roles_fts_ai;
DROP TRIGGER past_roles_fts_ad;
DROP TABLE fts_pause;
DROP INDEX contact_methods_by_value;
DROP VIEW contact_search_doc;
CREATE VIEW contact_search_doc AS
SELECT c.id AS id,
       CASE WHEN c.display_name = trim(c.given_name || ' ' || c.family_name) THEN c.display_name
            ELSE c.display_name || ' ' || c.given_name || ' ' || c.family_name END AS name,
       c.company, c.title, c.industry, c.location, c.how_met, c.notes,
       (SELECT group_concat(t.name, ' ') FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id
         WHERE ct.contact_id = c.id) AS tags,
       (SELECT group_concat(k.topic, ' ') FROM contact_knows k WHERE k.contact_id = c.id) AS knows,
       (SELECT group_concat(m.value, ' ') FROM contact_methods m WHERE m.contact_id = c.id) AS methods,
       (SELECT group_concat(r.company || ' ' || r.title, ' ') FROM past_roles r
         WHERE r.contact_id = c.id) AS past_roles
FROM contacts c;
)SQL";

// v4 (issue 17, item 7): letters without a decomposition are folded to their
// Latin spelling before indexing (rk_search_fold, core/store/search_index_fold.h,
// registered on every connection the Store opens), so "orsted" finds Ørsted
// and "strasse" finds Straße. The indexes are rebuilt with the same statements
// core/store/search_index.cpp now writes with; no table changes.
constexpr std::string_view kV4 = R"SQL(
DELETE FROM contacts_fts;
INSERT INTO contacts_fts(rowid, name, company, title, industry, location, how_met, notes, tags, knows, methods, past_roles)
SELECT id, rk_search_fold(name), rk_search_fold(company), rk_search_fold(title), rk_search_fold(industry),
       rk_search_fold(location), rk_search_fold(how_met), rk_search_fold(notes), rk_search_fold(tags),
       rk_search_fold(knows), rk_search_fold(methods), rk_search_fold(past_roles)
FROM contact_search_doc;
DELETE FROM contacts_fts_names;
INSERT INTO contacts_fts_names(rowid, name) SELECT id, rk_search_fold(name) FROM contact_search_doc;
)SQL";

// v5 (issue 13): goals of seven kinds, per calendar week or month, that can
// be paused. SQLite cannot change a CHECK, so the table is rebuilt: `metric`
// (0..3) becomes `kind` with the same numbers (reach out, new people,
// reconnect, give help), and `period_days` becomes `per` (7 days: a week;
// anything longer was meant as a month).
// cleared_days records each day the Today queue was emptied (the "clear
// Today on N days" goal); before v5 only the latest run was kept, in the
// followup.streak setting ("2026-03-02 5"), so that run is carried over.
constexpr std::string_view kV5 = R"SQL(
CREATE TABLE goals_v5(
  id          INTEGER PRIMARY KEY,
  title       TEXT NOT NULL DEFAULT '',
  kind        INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 6),
  target      INTEGER NOT NULL CHECK (target BETWEEN 1 AND 9999),
  per         TEXT NOT NULL DEFAULT 'week' CHECK (per IN ('week', 'month')),
  created_at  INTEGER NOT NULL,
  paused_at   INTEGER,
  archived_at INTEGER
);
INSERT INTO goals_v5(id, title, kind, target, per, created_at, archived_at)
SELECT id, title, metric, min(target, 9999), CASE WHEN period_days <= 7 THEN 'week' ELSE 'month' END,
       created_at, archived_at
FROM goals;
DROP TABLE goals;
ALTER TABLE goals_v5 RENAME TO goals;

CREATE TABLE cleared_days(day TEXT PRIMARY KEY) WITHOUT ROWID;
WITH RECURSIVE run(day, left) AS (
  SELECT substr(value, 1, 10), min(CAST(substr(value, 12) AS INTEGER), 3660) FROM settings
  WHERE key = 'followup.streak' AND date(substr(value, 1, 10)) IS NOT NULL
  UNION ALL
  SELECT date(day, '-1 day'), left - 1 FROM run WHERE left > 1
)
INSERT OR IGNORE INTO cleared_days(day) SELECT day FROM run WHERE left >= 1;
)SQL";

// Version 6: who knows whom among the user's people, for warm introductions.
// One row per pair and kind; a directional kind reads from `from_id` to
// `to_id` ("Ana is Ben's manager", "Ana introduced me to Ben"); the others
// mean the same both ways. The intro search walks these in memory
// (core/intro/link_graph.h), loading them by the two indexes. Industry and
// "knows about" get indexes of their own so `in:` and `knows:` targets are
// found without a scan. (IF NOT EXISTS: a test that winds user_version back
// on a current file replays this safely.)
constexpr std::string_view kV6 = R"SQL(
CREATE TABLE IF NOT EXISTS contact_links(
  id         INTEGER PRIMARY KEY,
  from_id    INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  to_id      INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  kind       INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 5),
  note       TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  CHECK (from_id <> to_id),
  UNIQUE(from_id, to_id, kind)
);
CREATE INDEX IF NOT EXISTS contact_links_to ON contact_links(to_id);
CREATE INDEX IF NOT EXISTS contacts_by_industry ON contacts(industry COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS contact_knows_by_topic ON contact_knows(topic);
)SQL";

// The three triggers that mark a person when a row of theirs in `table`
// (methods, tags, topics, past roles) comes, changes or goes.
#define SYNC_DIRTY_CHILD(table) \
    "CREATE TRIGGER IF NOT EXISTS sync_dirty_" table "_new AFTER INSERT ON " table \
    " WHEN EXISTS (SELECT 1 FROM sync_settings WHERE key = 'address_book')" \
    " BEGIN INSERT OR IGNORE INTO sync_dirty VALUES(NEW.contact_id); END;\n" \
    "CREATE TRIGGER IF NOT EXISTS sync_dirty_" table "_edit AFTER UPDATE ON " table \
    " WHEN EXISTS (SELECT 1 FROM sync_settings WHERE key = 'address_book')" \
    " BEGIN INSERT OR IGNORE INTO sync_dirty VALUES(NEW.contact_id); END;\n" \
    "CREATE TRIGGER IF NOT EXISTS sync_dirty_" table "_gone AFTER DELETE ON " table \
    " WHEN EXISTS (SELECT 1 FROM sync_settings WHERE key = 'address_book')" \
    " BEGIN INSERT OR IGNORE INTO sync_dirty VALUES(OLD.contact_id); END;\n"

// Version 7: two-way sync with a CardDAV address book (core/sync). One row
// per person the server holds: where (`href`), which version (`etag`), the
// card's UID, and the card as both sides last agreed (`base`), so a sync
// tells a change made here from one made on the server, field by field.
// `contact_id` is no foreign key: a row outlives its person, so that a
// deletion here reaches the server. `sync_conflicts` keeps the server's value
// of a field that was changed on both sides (the local one won), to be taken
// instead with one click (core/commands/sync_commands). `sync_settings`
// holds the server, the user name and where the address book is (never a
// password). The state tables stay out of undo (core/undo): undoing a sync
// changes the people, and the next sync sends that back; the conflicts are
// the person's history and undo with their step.
constexpr std::string_view kV7 = R"SQL(
CREATE TABLE IF NOT EXISTS sync_cards(
  href       TEXT PRIMARY KEY,
  contact_id INTEGER NOT NULL,
  uid        TEXT NOT NULL,
  etag       TEXT NOT NULL DEFAULT '',
  base       TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX IF NOT EXISTS sync_cards_by_contact ON sync_cards(contact_id);
CREATE TABLE IF NOT EXISTS sync_conflicts(
  id           INTEGER PRIMARY KEY,
  contact_id   INTEGER NOT NULL,
  field        TEXT NOT NULL,
  local_value  TEXT NOT NULL,
  remote_value TEXT NOT NULL,
  at           INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sync_conflicts_by_contact ON sync_conflicts(contact_id);
CREATE TABLE IF NOT EXISTS sync_settings(
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sync_dirty(contact_id INTEGER PRIMARY KEY);
)SQL"
    // Once an address book is set up, every change to what a card carries
    // marks its person, so a sync with nothing changed here reads one small
    // table instead of comparing everyone. Follow-up state (last contact,
    // due, snooze) is no card field and marks no one.
    R"SQL(
CREATE TRIGGER IF NOT EXISTS sync_dirty_contact_new AFTER INSERT ON contacts
  WHEN EXISTS (SELECT 1 FROM sync_settings WHERE key = 'address_book')
  BEGIN INSERT OR IGNORE INTO sync_dirty VALUES(NEW.id); END;
CREATE TRIGGER IF NOT EXISTS sync_dirty_contact_edit AFTER UPDATE OF given_name, family_name,
  display_name, company, title, industry, location, how_met, birthday, notes, circle, cadence_days,
  photo, deleted_at ON contacts
  WHEN EXISTS (SELECT 1 FROM sync_settings WHERE key = 'address_book')
  BEGIN INSERT OR IGNORE INTO sync_dirty VALUES(NEW.id); END;
CREATE TRIGGER IF NOT EXISTS sync_dirty_contact_gone AFTER DELETE ON contacts
  WHEN EXISTS (SELECT 1 FROM sync_settings WHERE key = 'address_book')
  BEGIN INSERT OR IGNORE INTO sync_dirty VALUES(OLD.id); END;
)SQL"
    SYNC_DIRTY_CHILD("contact_methods") SYNC_DIRTY_CHILD("contact_tags")
    SYNC_DIRTY_CHILD("contact_knows") SYNC_DIRTY_CHILD("past_roles")
    R"SQL(
CREATE TRIGGER IF NOT EXISTS sync_dirty_tag_rename AFTER UPDATE OF name ON tags
  WHEN EXISTS (SELECT 1 FROM sync_settings WHERE key = 'address_book')
  BEGIN INSERT OR IGNORE INTO sync_dirty SELECT contact_id FROM contact_tags WHERE tag_id = NEW.id; END;
)SQL";

// Version 8: the follow-ups as tasks in a CalDAV task list (core/sync/task_sync).
// One row per task Rekindle put there: where (`href`), which version
// (`etag`), its UID, what it stands for (`source` 'contact' or 'reminder'
// and `item_id`, no foreign key: the row outlives a deleted reminder so the
// task can be taken off the server), the round of keeping in touch it is for
// (`since`: the contact's last contact when it was made; a log starts a new
// round, and so a new task), and the due date and `state` both sides last
// agreed on ('open', 'done', or 'gone': deleted on the server, not sent
// again). The task list's URL and token live in sync_settings. Out of undo
// like every sync_* table: undoing a sync reopens follow-ups here, and the
// next sync reopens their tasks.
constexpr std::string_view kV8 = R"SQL(
CREATE TABLE IF NOT EXISTS sync_tasks(
  href    TEXT PRIMARY KEY,
  uid     TEXT NOT NULL UNIQUE,
  source  TEXT NOT NULL CHECK (source IN ('contact', 'reminder')),
  item_id INTEGER NOT NULL,
  since   INTEGER NOT NULL DEFAULT 0,
  due     TEXT NOT NULL DEFAULT '',
  state   TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'gone')),
  etag    TEXT NOT NULL DEFAULT ''
);
)SQL";

// Version 9: a person's interactions travel on their card (core/sync/
// card_history.h), so logging, editing or deleting one marks the person like
// an edit of a field. People already on the server are marked once, so the
// next sync sends the history they have.
constexpr std::string_view kV9 = SYNC_DIRTY_CHILD("interactions") R"SQL(
INSERT OR IGNORE INTO sync_dirty SELECT DISTINCT contact_id FROM interactions
  WHERE EXISTS (SELECT 1 FROM sync_settings WHERE key = 'address_book');
)SQL";

// The three triggers that mark both ends of a link when it comes, changes
// or goes: which of the two cards carries it depends on the kind and on
// their UIDs (card_links.h), which the sync, not SQL, knows.
#define SYNC_DIRTY_LINK(event, row) \
    "CREATE TRIGGER IF NOT EXISTS sync_dirty_link_" event " AFTER " event " ON contact_links" \
    " WHEN EXISTS (SELECT 1 FROM sync_settings WHERE key = 'address_book')" \
    " BEGIN INSERT OR IGNORE INTO sync_dirty VALUES(" row ".from_id);" \
    " INSERT OR IGNORE INTO sync_dirty VALUES(" row ".to_id); END;\n"

// Version 10: the links between people travel on their cards (core/sync/
// card_links.h). Changing one marks both people; a sync finds a card's
// other person by UID, hence the index. People already on the server with
// links are marked once, so the next sync sends them.
constexpr std::string_view kV10 = SYNC_DIRTY_LINK("INSERT", "NEW") SYNC_DIRTY_LINK("UPDATE", "NEW")
    SYNC_DIRTY_LINK("DELETE", "OLD") R"SQL(
CREATE INDEX IF NOT EXISTS sync_cards_by_uid ON sync_cards(uid);
INSERT OR IGNORE INTO sync_dirty SELECT from_id FROM contact_links
  WHERE EXISTS (SELECT 1 FROM sync_settings WHERE key = 'address_book')
  UNION SELECT to_id FROM contact_links
  WHERE EXISTS (SELECT 1 FROM sync_settings WHERE key = 'address_book');
)SQL";

#undef SYNC_DIRTY_CHILD
#undef SYNC_DIRTY_LINK

constexpr std::array<std::string_view, 10> kMigrations = {kV1, kV2, kV3, kV4, kV5, kV6, kV7, kV8, kV9, kV10};

} // namespace

std::span<const std::string_view> schemaMigrations() { return kMigrations; }
int latestSchemaVersion() { return static_cast<int>(kMigrations.size()); }

} // namespace rk
