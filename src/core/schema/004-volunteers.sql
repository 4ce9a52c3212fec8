-- Volunteers: auto-fill runs, so that applying an auto-fill can be undone
-- exactly (the assignments it created, and only those).

CREATE TABLE auto_fill (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE,
  n_created   INTEGER NOT NULL DEFAULT 0,
  undone_at   TEXT,
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);

ALTER TABLE assignment ADD COLUMN auto_fill_id INTEGER REFERENCES auto_fill (id) ON DELETE SET NULL;
CREATE INDEX assignment_auto_fill ON assignment (auto_fill_id) WHERE auto_fill_id IS NOT NULL;
CREATE INDEX assignment_slot ON assignment (slot_id);
CREATE INDEX slot_language_slot ON slot_language (slot_id);
CREATE INDEX volunteer_skill_volunteer ON volunteer_skill (volunteer_id);
CREATE INDEX volunteer_training_volunteer ON volunteer_training (volunteer_id);
CREATE INDEX unavailable_date_volunteer ON unavailable_date (volunteer_id);
CREATE INDEX person_language_person ON person_language (person_id);
