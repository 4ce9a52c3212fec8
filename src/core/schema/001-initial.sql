-- Tomoni schema, version 1.
-- Conventions (docs/data-model.md): every table has an integer key `id`, a stable `uuid`
-- (export, import and merging between sites), and `created_at`/`updated_at` (UTC, ISO 8601).
-- Local dates are 'YYYY-MM-DD' and local times are minutes after midnight, Asia/Tokyo (+09:00,
-- no daylight saving). Enumerations are short ASCII keys checked here; their labels live in C.

CREATE TABLE person (
  id               INTEGER PRIMARY KEY,
  uuid             TEXT NOT NULL UNIQUE,
  family_name      TEXT,                      -- NULL when the name has no family/given split
  given_name       TEXT NOT NULL DEFAULT '',
  reading          TEXT NOT NULL DEFAULT '',  -- katakana, normalised
  latin_name       TEXT NOT NULL DEFAULT '',  -- as on the residence card
  alias            TEXT NOT NULL DEFAULT '',  -- 通称
  nationality      TEXT NOT NULL DEFAULT '',  -- ISO 3166-1 alpha-2, '' unknown
  birth_date       TEXT,
  age_band         TEXT NOT NULL DEFAULT '',
  gender           TEXT NOT NULL DEFAULT '',
  ward             TEXT NOT NULL DEFAULT '',  -- chuo, higashi, nishi, minami, kita, outside
  email            TEXT NOT NULL DEFAULT '',
  phone            TEXT NOT NULL DEFAULT '',
  contact_language TEXT NOT NULL DEFAULT '',  -- ISO 639
  consent          INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
  consent_date     TEXT,
  notes            TEXT NOT NULL DEFAULT '',
  sort_key         TEXT NOT NULL DEFAULT '',  -- normalised reading, then name
  search_text      TEXT NOT NULL DEFAULT '',  -- normalised names and readings for search
  pseudonym        TEXT NOT NULL UNIQUE,      -- stable, for pseudonymised exports
  deleted_at       TEXT,                      -- deleted, undo still possible
  erased_at        TEXT,                      -- personal data erased; counts kept
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL,
  CHECK (family_name IS NULL OR family_name <> '' ),
  CHECK (given_name <> '' OR family_name IS NOT NULL OR latin_name <> '' OR erased_at IS NOT NULL)
);
CREATE INDEX person_sort ON person (sort_key, id) WHERE deleted_at IS NULL;
CREATE INDEX person_nationality ON person (nationality);

CREATE TABLE person_language (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  code        TEXT NOT NULL,                  -- ISO 639-1 (or -3)
  level       TEXT NOT NULL CHECK (level IN ('native', 'fluent', 'business', 'conversational', 'basic')),
  jlpt        TEXT CHECK (jlpt IS NULL OR jlpt IN ('N1', 'N2', 'N3', 'N4', 'N5')),
  proof       TEXT NOT NULL DEFAULT '',       -- e.g. Eiken 1, TOEIC 900
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  UNIQUE (person_id, code)
);

-- A learner is a role of a person.
CREATE TABLE learner (
  id                INTEGER PRIMARY KEY,
  uuid              TEXT NOT NULL UNIQUE,
  person_id         INTEGER NOT NULL UNIQUE REFERENCES person (id) ON DELETE CASCADE,
  attribute         TEXT NOT NULL DEFAULT '',  -- worker, technical-intern, student, spouse, child, …
  residence_status  TEXT NOT NULL DEFAULT '',
  arrival_date      TEXT,
  level             TEXT NOT NULL DEFAULT '',  -- pre-A1, A1 … C2
  jlpt              TEXT,
  purpose           TEXT NOT NULL DEFAULT '',
  availability      TEXT NOT NULL DEFAULT '',
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL
);

CREATE TABLE venue (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,                  -- as staff write it (Japanese)
  name_en     TEXT NOT NULL DEFAULT '',
  ward        TEXT NOT NULL DEFAULT '',
  address     TEXT NOT NULL DEFAULT '',
  notes       TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE room (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  venue_id    INTEGER NOT NULL REFERENCES venue (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  capacity    INTEGER NOT NULL DEFAULT 0 CHECK (capacity >= 0),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  UNIQUE (venue_id, name)
);

-- Closure days: venue_id NULL means the whole Center. The year-end closure
-- (29 Dec – 3 Jan) is a rule in C, not rows.
CREATE TABLE closure (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  venue_id    INTEGER REFERENCES venue (id) ON DELETE CASCADE,
  start_date  TEXT NOT NULL,
  end_date    TEXT NOT NULL,
  reason      TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK (end_date >= start_date)
);
CREATE INDEX closure_dates ON closure (start_date, end_date);

CREATE TABLE class (
  id                 INTEGER PRIMARY KEY,
  uuid               TEXT NOT NULL UNIQUE,
  title_ja           TEXT NOT NULL,
  title_en           TEXT NOT NULL DEFAULT '',
  level              TEXT NOT NULL DEFAULT '' CHECK (level IN ('', 'pre-A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
  target_group       TEXT NOT NULL DEFAULT 'adults',
  format             TEXT NOT NULL DEFAULT 'in-person' CHECK (format IN ('in-person', 'online', 'hybrid')),
  venue_id           INTEGER REFERENCES venue (id),
  room_id            INTEGER REFERENCES room (id),
  capacity           INTEGER NOT NULL DEFAULT 20 CHECK (capacity > 0),
  meets_on_holidays  INTEGER NOT NULL DEFAULT 0 CHECK (meets_on_holidays IN (0, 1)),
  notes              TEXT NOT NULL DEFAULT '',
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
);

-- Teachers and volunteer assistants of a class.
CREATE TABLE class_staff (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  class_id    INTEGER NOT NULL REFERENCES class (id) ON DELETE CASCADE,
  person_id   INTEGER NOT NULL REFERENCES person (id),
  role        TEXT NOT NULL CHECK (role IN ('teacher', 'assistant')),
  employment  TEXT NOT NULL DEFAULT 'volunteer' CHECK (employment IN ('full-time', 'part-time', 'volunteer')),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  UNIQUE (class_id, person_id)
);

CREATE TABLE term (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  class_id    INTEGER NOT NULL REFERENCES class (id) ON DELETE CASCADE,
  name        TEXT NOT NULL DEFAULT '',
  start_date  TEXT NOT NULL,
  end_date    TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK (end_date >= start_date)
);
CREATE INDEX term_class ON term (class_id, start_date);

-- Weekly recurrence: one row per weekday (1 = Monday … 7 = Sunday).
CREATE TABLE schedule (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  term_id       INTEGER NOT NULL REFERENCES term (id) ON DELETE CASCADE,
  weekday       INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_minute  INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
  end_minute    INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  CHECK (end_minute > start_minute)
);

-- Sessions of a term. Skipped dates are kept as rows with status 'skipped' and their reason,
-- so every skipped date can be listed.
CREATE TABLE session (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  class_id        INTEGER NOT NULL REFERENCES class (id) ON DELETE CASCADE,
  term_id         INTEGER NOT NULL REFERENCES term (id) ON DELETE CASCADE,
  date            TEXT NOT NULL,
  start_minute    INTEGER NOT NULL,
  end_minute      INTEGER NOT NULL,
  room_id         INTEGER REFERENCES room (id),
  status          TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'cancelled', 'skipped', 'moved')),
  reason          TEXT NOT NULL DEFAULT '',
  extra           INTEGER NOT NULL DEFAULT 0 CHECK (extra IN (0, 1)),
  moved_to_id     INTEGER REFERENCES session (id),
  room_override   TEXT NOT NULL DEFAULT '',  -- why a known room conflict was accepted
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  CHECK (end_minute > start_minute)
);
CREATE INDEX session_class ON session (class_id, date, start_minute);
CREATE INDEX session_date ON session (date, start_minute);
CREATE INDEX session_room ON session (room_id, date);

CREATE TABLE enrolment (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  class_id      INTEGER NOT NULL REFERENCES class (id) ON DELETE CASCADE,
  term_id       INTEGER NOT NULL REFERENCES term (id) ON DELETE CASCADE,
  person_id     INTEGER NOT NULL REFERENCES person (id),
  status        TEXT NOT NULL CHECK (status IN ('enrolled', 'waiting', 'withdrawn')),
  position      INTEGER,                    -- order on the waiting list
  enrolled_on   TEXT NOT NULL,
  withdrawn_on  TEXT,
  promoted_on   TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  UNIQUE (term_id, person_id)
);
CREATE INDEX enrolment_person ON enrolment (person_id);

-- One row per person and session: learners of a class (kind enrolled, trial or walk-in).
CREATE TABLE attendance (
  id           INTEGER PRIMARY KEY,
  uuid         TEXT NOT NULL UNIQUE,
  session_id   INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
  person_id    INTEGER NOT NULL REFERENCES person (id),
  status       TEXT NOT NULL CHECK (status IN ('present', 'late', 'excused', 'absent')),
  kind         TEXT NOT NULL DEFAULT 'enrolled' CHECK (kind IN ('enrolled', 'trial', 'walk-in')),
  minutes      INTEGER,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  UNIQUE (session_id, person_id)
);
CREATE INDEX attendance_person ON attendance (person_id);

-- A volunteer is a role of a person.
CREATE TABLE volunteer (
  id             INTEGER PRIMARY KEY,
  uuid           TEXT NOT NULL UNIQUE,
  person_id      INTEGER NOT NULL UNIQUE REFERENCES person (id) ON DELETE CASCADE,
  status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'retired')),
  registered_on  TEXT NOT NULL,
  expires_on     TEXT NOT NULL,            -- 31 March of a fiscal year
  monthly_cap    INTEGER NOT NULL DEFAULT 4 CHECK (monthly_cap >= 0),
  notes          TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  CHECK (expires_on >= registered_on)
);

-- Editable lists of skills and trainings.
CREATE TABLE skill (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  key         TEXT NOT NULL UNIQUE,
  name_ja     TEXT NOT NULL,
  name_en     TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE training (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  key         TEXT NOT NULL UNIQUE,
  name_ja     TEXT NOT NULL,
  name_en     TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE volunteer_skill (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  volunteer_id  INTEGER NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
  skill_id      INTEGER NOT NULL REFERENCES skill (id),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  UNIQUE (volunteer_id, skill_id)
);

CREATE TABLE volunteer_training (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  volunteer_id  INTEGER NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
  training_id   INTEGER NOT NULL REFERENCES training (id),
  completed_on  TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  UNIQUE (volunteer_id, training_id)
);

CREATE TABLE availability (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  volunteer_id  INTEGER NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
  weekday       INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  start_minute  INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
  end_minute    INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  CHECK (end_minute > start_minute)
);
CREATE INDEX availability_volunteer ON availability (volunteer_id);

CREATE TABLE unavailable_date (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  volunteer_id  INTEGER NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
  date          TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  UNIQUE (volunteer_id, date)
);

-- A school, hospital or city office asking for help.
CREATE TABLE requester (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  kind        TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('school', 'hospital', 'city-office', 'other')),
  contact     TEXT NOT NULL DEFAULT '',
  notes       TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE activity (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  title         TEXT NOT NULL,
  title_en      TEXT NOT NULL DEFAULT '',
  kind          TEXT NOT NULL CHECK (kind IN ('class-assistance', 'interpretation', 'exchange-event',
                                              'conference', 'youth-exchange', 'disaster-support', 'other')),
  venue_id      INTEGER REFERENCES venue (id),
  requester_id  INTEGER REFERENCES requester (id),
  confidential  INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
  notes         TEXT NOT NULL DEFAULT '',
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);

CREATE TABLE shift (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE,
  activity_id   INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
  date          TEXT NOT NULL,
  start_minute  INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
  end_minute    INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
  room_id       INTEGER REFERENCES room (id),
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  CHECK (end_minute > start_minute)
);
CREATE INDEX shift_activity ON shift (activity_id, date);
CREATE INDEX shift_date ON shift (date, start_minute);

CREATE TABLE slot (
  id                    INTEGER PRIMARY KEY,
  uuid                  TEXT NOT NULL UNIQUE,
  shift_id              INTEGER NOT NULL REFERENCES shift (id) ON DELETE CASCADE,
  role                  TEXT NOT NULL,
  needed                INTEGER NOT NULL DEFAULT 1 CHECK (needed >= 1),
  required_skill_id     INTEGER REFERENCES skill (id),
  required_training_id  INTEGER REFERENCES training (id),
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL
);
CREATE INDEX slot_shift ON slot (shift_id);

CREATE TABLE slot_language (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  slot_id     INTEGER NOT NULL REFERENCES slot (id) ON DELETE CASCADE,
  code        TEXT NOT NULL,
  min_level   TEXT NOT NULL CHECK (min_level IN ('native', 'fluent', 'business', 'conversational', 'basic')),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  UNIQUE (slot_id, code)
);

-- A volunteer in a slot. Check-in is on the assignment.
CREATE TABLE assignment (
  id               INTEGER PRIMARY KEY,
  uuid             TEXT NOT NULL UNIQUE,
  slot_id          INTEGER NOT NULL REFERENCES slot (id) ON DELETE CASCADE,
  person_id        INTEGER NOT NULL REFERENCES person (id),
  status           TEXT NOT NULL DEFAULT 'assigned' CHECK (status IN ('assigned', 'confirmed', 'cancelled')),
  source           TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'auto', 'import')),
  score            INTEGER,
  override_reason  TEXT NOT NULL DEFAULT '',  -- a hard constraint knowingly broken
  cancel_reason    TEXT NOT NULL DEFAULT '',
  checkin          TEXT CHECK (checkin IS NULL OR checkin IN ('present', 'no-show')),
  minutes          INTEGER,                  -- NULL: from the shift times
  checked_in_at    TEXT,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX assignment_slot_person ON assignment (slot_id, person_id) WHERE status <> 'cancelled';
CREATE INDEX assignment_person ON assignment (person_id);

-- Targets are data: the strategy's two, and any indicator the Center adds.
CREATE TABLE target (
  id              INTEGER PRIMARY KEY,
  uuid            TEXT NOT NULL UNIQUE,
  key             TEXT NOT NULL UNIQUE,
  title_ja        TEXT NOT NULL,
  title_en        TEXT NOT NULL,
  baseline_value  INTEGER NOT NULL CHECK (baseline_value >= 0),
  baseline_date   TEXT NOT NULL,
  target_value    INTEGER NOT NULL CHECK (target_value >= 0),
  target_date     TEXT NOT NULL,
  counts_classes     INTEGER NOT NULL DEFAULT 0 CHECK (counts_classes IN (0, 1)),
  counts_activities  INTEGER NOT NULL DEFAULT 0 CHECK (counts_activities IN (0, 1)),
  counting_rule   TEXT NOT NULL DEFAULT 'per-programme'
                  CHECK (counting_rule IN ('per-programme', 'every-attendance', 'per-fiscal-year')),
  position        INTEGER NOT NULL DEFAULT 0,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  CHECK (target_date > baseline_date)
);

CREATE TABLE target_milestone (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  target_id   INTEGER NOT NULL REFERENCES target (id) ON DELETE CASCADE,
  date        TEXT NOT NULL,
  value       INTEGER NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

CREATE TABLE target_change (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  target_id   INTEGER NOT NULL REFERENCES target (id) ON DELETE CASCADE,
  changed_by  TEXT NOT NULL,
  field       TEXT NOT NULL,
  old_value   TEXT,
  new_value   TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

-- Participation not recorded person by person (a partner reports 35 participants).
CREATE TABLE external_count (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  target_id   INTEGER NOT NULL REFERENCES target (id) ON DELETE CASCADE,
  date        TEXT NOT NULL,
  programme   TEXT NOT NULL,
  venue_id    INTEGER REFERENCES venue (id),
  count       INTEGER NOT NULL CHECK (count > 0),
  source      TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
CREATE INDEX external_count_target ON external_count (target_id, date);

-- Key/value settings that belong to the database rather than to one desk.
CREATE TABLE meta (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);
