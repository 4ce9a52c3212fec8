-- Targets: a maintained aggregate of participations, so that every target and
-- breakdown is computed from tens of thousands of rows instead of millions.
--
-- target_participation holds one row per (kind, programme, person, fiscal year)
-- in which the person took part at least once:
--   kind 1: learners. A participation is an attendance row with status
--           'present' or 'late'; the programme is the session's class, the day
--           is session.date.
--   kind 2: volunteers. A participation is an assignment with checkin
--           'present'; the programme is the shift's activity, the day is
--           shift.date.
-- first_date/last_date are the first and last participation days in that
-- fiscal year (April–March, local dates), n the number of participations.
-- nationality is copied from person (kept in step by a trigger) so that the
-- breakdowns need no join. Erasure keeps the person row and nationality, so
-- it never lowers a count; nothing here looks at erased_at or deleted_at.
--
-- It is derived data, rebuilt from attendance and assignment at any time, so
-- it has no uuid or timestamps. Triggers keep it equal to a count from
-- scratch: inserts add to a row, every other change recomputes the affected
-- rows from the source tables (tests/test-targets.c compares both).
--
-- Fiscal year of a 'YYYY-MM-DD' day: the year, minus one for January–March.

CREATE TABLE target_participation (
  kind          INTEGER NOT NULL CHECK (kind IN (1, 2)),
  programme_id  INTEGER NOT NULL,
  person_id     INTEGER NOT NULL,
  fy            INTEGER NOT NULL,
  first_date    TEXT NOT NULL,
  last_date     TEXT NOT NULL,
  n             INTEGER NOT NULL CHECK (n > 0),
  nationality   TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (kind, programme_id, person_id, fy)
) WITHOUT ROWID;
CREATE INDEX target_participation_person ON target_participation (person_id);

-- Check-ins of a slot (the existing unique index covers live assignments only).
CREATE INDEX target_assignment_slot ON assignment (slot_id) WHERE checkin = 'present';

-- --- learners: attendance ---------------------------------------------------

INSERT INTO target_participation (kind, programme_id, person_id, fy, first_date, last_date, n, nationality)
SELECT 1, s.class_id, a.person_id,
       CAST (substr (s.date, 1, 4) AS INTEGER) - (substr (s.date, 6, 2) < '04'),
       min (s.date), max (s.date), count (*),
       (SELECT nationality FROM person WHERE id = a.person_id)
  FROM attendance a JOIN session s ON s.id = a.session_id
 WHERE a.status IN ('present', 'late')
 GROUP BY 1, 2, 3, 4;

CREATE TRIGGER target_attendance_insert AFTER INSERT ON attendance
WHEN NEW.status IN ('present', 'late')
BEGIN
  INSERT INTO target_participation (kind, programme_id, person_id, fy, first_date, last_date, n, nationality)
  SELECT 1, s.class_id, NEW.person_id,
         CAST (substr (s.date, 1, 4) AS INTEGER) - (substr (s.date, 6, 2) < '04'),
         s.date, s.date, 1,
         (SELECT nationality FROM person WHERE id = NEW.person_id)
    FROM session s WHERE s.id = NEW.session_id
  ON CONFLICT (kind, programme_id, person_id, fy) DO UPDATE
     SET n = n + 1,
         first_date = min (first_date, excluded.first_date),
         last_date = max (last_date, excluded.last_date);
END;

-- Recomputes (class of the session, person, fiscal year) from attendance.
-- The session may be gone (a cascade from session or class): then the session
-- trigger below recomputes instead.
CREATE TRIGGER target_attendance_delete AFTER DELETE ON attendance
WHEN OLD.status IN ('present', 'late')
BEGIN
  DELETE FROM target_participation
   WHERE kind = 1 AND person_id = OLD.person_id
     AND (programme_id, fy) IN (SELECT class_id, CAST (substr (date, 1, 4) AS INTEGER) - (substr (date, 6, 2) < '04')
                                  FROM session WHERE id = OLD.session_id);
  INSERT INTO target_participation (kind, programme_id, person_id, fy, first_date, last_date, n, nationality)
  SELECT 1, s.class_id, a.person_id,
         CAST (substr (s.date, 1, 4) AS INTEGER) - (substr (s.date, 6, 2) < '04') AS y,
         min (s.date), max (s.date), count (*),
         (SELECT nationality FROM person WHERE id = a.person_id)
    FROM attendance a JOIN session s ON s.id = a.session_id
   WHERE a.person_id = OLD.person_id AND a.status IN ('present', 'late')
     AND (s.class_id, CAST (substr (s.date, 1, 4) AS INTEGER) - (substr (s.date, 6, 2) < '04'))
         IN (SELECT class_id, CAST (substr (date, 1, 4) AS INTEGER) - (substr (date, 6, 2) < '04')
               FROM session WHERE id = OLD.session_id)
   GROUP BY s.class_id, y;
END;

CREATE TRIGGER target_attendance_update AFTER UPDATE OF status, session_id, person_id ON attendance
WHEN OLD.status IN ('present', 'late') OR NEW.status IN ('present', 'late')
BEGIN
  DELETE FROM target_participation
   WHERE kind = 1
     AND ((person_id = OLD.person_id
           AND (programme_id, fy) IN (SELECT class_id, CAST (substr (date, 1, 4) AS INTEGER) - (substr (date, 6, 2) < '04')
                                        FROM session WHERE id = OLD.session_id))
          OR (person_id = NEW.person_id
              AND (programme_id, fy) IN (SELECT class_id, CAST (substr (date, 1, 4) AS INTEGER) - (substr (date, 6, 2) < '04')
                                           FROM session WHERE id = NEW.session_id)));
  INSERT INTO target_participation (kind, programme_id, person_id, fy, first_date, last_date, n, nationality)
  SELECT 1, s.class_id, a.person_id,
         CAST (substr (s.date, 1, 4) AS INTEGER) - (substr (s.date, 6, 2) < '04') AS y,
         min (s.date), max (s.date), count (*),
         (SELECT nationality FROM person WHERE id = a.person_id)
    FROM attendance a JOIN session s ON s.id = a.session_id
   WHERE a.person_id IN (OLD.person_id, NEW.person_id) AND a.status IN ('present', 'late')
     AND ((a.person_id = OLD.person_id
           AND (s.class_id, CAST (substr (s.date, 1, 4) AS INTEGER) - (substr (s.date, 6, 2) < '04'))
               IN (SELECT class_id, CAST (substr (date, 1, 4) AS INTEGER) - (substr (date, 6, 2) < '04')
                     FROM session WHERE id = OLD.session_id))
          OR (a.person_id = NEW.person_id
              AND (s.class_id, CAST (substr (s.date, 1, 4) AS INTEGER) - (substr (s.date, 6, 2) < '04'))
                  IN (SELECT class_id, CAST (substr (date, 1, 4) AS INTEGER) - (substr (date, 6, 2) < '04')
                        FROM session WHERE id = NEW.session_id)))
   GROUP BY s.class_id, a.person_id, y;
END;

-- A session that moves to another day or class, or disappears: recompute the
-- whole (class, fiscal year) before and after.
CREATE TRIGGER target_session_update AFTER UPDATE OF date, class_id ON session
BEGIN
  DELETE FROM target_participation
   WHERE kind = 1
     AND ((programme_id = OLD.class_id
           AND fy = CAST (substr (OLD.date, 1, 4) AS INTEGER) - (substr (OLD.date, 6, 2) < '04'))
          OR (programme_id = NEW.class_id
              AND fy = CAST (substr (NEW.date, 1, 4) AS INTEGER) - (substr (NEW.date, 6, 2) < '04')));
  INSERT INTO target_participation (kind, programme_id, person_id, fy, first_date, last_date, n, nationality)
  SELECT 1, s.class_id, a.person_id,
         CAST (substr (s.date, 1, 4) AS INTEGER) - (substr (s.date, 6, 2) < '04') AS y,
         min (s.date), max (s.date), count (*),
         (SELECT nationality FROM person WHERE id = a.person_id)
    FROM session s JOIN attendance a ON a.session_id = s.id
   WHERE a.status IN ('present', 'late')
     AND ((s.class_id = OLD.class_id
           AND s.date >= printf ('%04d-04-01', CAST (substr (OLD.date, 1, 4) AS INTEGER) - (substr (OLD.date, 6, 2) < '04'))
           AND s.date < printf ('%04d-04-01', CAST (substr (OLD.date, 1, 4) AS INTEGER) - (substr (OLD.date, 6, 2) < '04') + 1))
          OR (s.class_id = NEW.class_id
              AND s.date >= printf ('%04d-04-01', CAST (substr (NEW.date, 1, 4) AS INTEGER) - (substr (NEW.date, 6, 2) < '04'))
              AND s.date < printf ('%04d-04-01', CAST (substr (NEW.date, 1, 4) AS INTEGER) - (substr (NEW.date, 6, 2) < '04') + 1)))
   GROUP BY s.class_id, a.person_id, y;
END;

CREATE TRIGGER target_session_delete AFTER DELETE ON session
BEGIN
  DELETE FROM target_participation
   WHERE kind = 1 AND programme_id = OLD.class_id
     AND fy = CAST (substr (OLD.date, 1, 4) AS INTEGER) - (substr (OLD.date, 6, 2) < '04');
  INSERT INTO target_participation (kind, programme_id, person_id, fy, first_date, last_date, n, nationality)
  SELECT 1, s.class_id, a.person_id,
         CAST (substr (s.date, 1, 4) AS INTEGER) - (substr (s.date, 6, 2) < '04') AS y,
         min (s.date), max (s.date), count (*),
         (SELECT nationality FROM person WHERE id = a.person_id)
    FROM session s JOIN attendance a ON a.session_id = s.id
   WHERE a.status IN ('present', 'late') AND s.class_id = OLD.class_id
     AND s.date >= printf ('%04d-04-01', CAST (substr (OLD.date, 1, 4) AS INTEGER) - (substr (OLD.date, 6, 2) < '04'))
     AND s.date < printf ('%04d-04-01', CAST (substr (OLD.date, 1, 4) AS INTEGER) - (substr (OLD.date, 6, 2) < '04') + 1)
   GROUP BY s.class_id, a.person_id, y;
END;

-- --- volunteers: check-ins --------------------------------------------------

INSERT INTO target_participation (kind, programme_id, person_id, fy, first_date, last_date, n, nationality)
SELECT 2, sh.activity_id, a.person_id,
       CAST (substr (sh.date, 1, 4) AS INTEGER) - (substr (sh.date, 6, 2) < '04'),
       min (sh.date), max (sh.date), count (*),
       (SELECT nationality FROM person WHERE id = a.person_id)
  FROM assignment a JOIN slot sl ON sl.id = a.slot_id JOIN shift sh ON sh.id = sl.shift_id
 WHERE a.checkin = 'present'
 GROUP BY 1, 2, 3, 4;

CREATE TRIGGER target_assignment_insert AFTER INSERT ON assignment
WHEN NEW.checkin = 'present'
BEGIN
  INSERT INTO target_participation (kind, programme_id, person_id, fy, first_date, last_date, n, nationality)
  SELECT 2, sh.activity_id, NEW.person_id,
         CAST (substr (sh.date, 1, 4) AS INTEGER) - (substr (sh.date, 6, 2) < '04'),
         sh.date, sh.date, 1,
         (SELECT nationality FROM person WHERE id = NEW.person_id)
    FROM slot sl JOIN shift sh ON sh.id = sl.shift_id WHERE sl.id = NEW.slot_id
  ON CONFLICT (kind, programme_id, person_id, fy) DO UPDATE
     SET n = n + 1,
         first_date = min (first_date, excluded.first_date),
         last_date = max (last_date, excluded.last_date);
END;

CREATE TRIGGER target_assignment_delete AFTER DELETE ON assignment
WHEN OLD.checkin = 'present'
BEGIN
  DELETE FROM target_participation
   WHERE kind = 2 AND person_id = OLD.person_id
     AND (programme_id, fy) IN (SELECT sh.activity_id, CAST (substr (sh.date, 1, 4) AS INTEGER) - (substr (sh.date, 6, 2) < '04')
                                  FROM slot sl JOIN shift sh ON sh.id = sl.shift_id WHERE sl.id = OLD.slot_id);
  INSERT INTO target_participation (kind, programme_id, person_id, fy, first_date, last_date, n, nationality)
  SELECT 2, sh.activity_id, a.person_id,
         CAST (substr (sh.date, 1, 4) AS INTEGER) - (substr (sh.date, 6, 2) < '04') AS y,
         min (sh.date), max (sh.date), count (*),
         (SELECT nationality FROM person WHERE id = a.person_id)
    FROM assignment a JOIN slot sl ON sl.id = a.slot_id JOIN shift sh ON sh.id = sl.shift_id
   WHERE a.person_id = OLD.person_id AND a.checkin = 'present'
     AND (sh.activity_id, CAST (substr (sh.date, 1, 4) AS INTEGER) - (substr (sh.date, 6, 2) < '04'))
         IN (SELECT sh2.activity_id, CAST (substr (sh2.date, 1, 4) AS INTEGER) - (substr (sh2.date, 6, 2) < '04')
               FROM slot sl2 JOIN shift sh2 ON sh2.id = sl2.shift_id WHERE sl2.id = OLD.slot_id)
   GROUP BY sh.activity_id, y;
END;

CREATE TRIGGER target_assignment_update AFTER UPDATE OF checkin, slot_id, person_id ON assignment
WHEN OLD.checkin = 'present' OR NEW.checkin = 'present'
BEGIN
  DELETE FROM target_participation
   WHERE kind = 2
     AND ((person_id = OLD.person_id
           AND (programme_id, fy) IN (SELECT sh.activity_id, CAST (substr (sh.date, 1, 4) AS INTEGER) - (substr (sh.date, 6, 2) < '04')
                                        FROM slot sl JOIN shift sh ON sh.id = sl.shift_id WHERE sl.id = OLD.slot_id))
          OR (person_id = NEW.person_id
              AND (programme_id, fy) IN (SELECT sh.activity_id, CAST (substr (sh.date, 1, 4) AS INTEGER) - (substr (sh.date, 6, 2) < '04')
                                           FROM slot sl JOIN shift sh ON sh.id = sl.shift_id WHERE sl.id = NEW.slot_id)));
  INSERT INTO target_participation (kind, programme_id, person_id, fy, first_date, last_date, n, nationality)
  SELECT 2, sh.activity_id, a.person_id,
         CAST (substr (sh.date, 1, 4) AS INTEGER) - (substr (sh.date, 6, 2) < '04') AS y,
         min (sh.date), max (sh.date), count (*),
         (SELECT nationality FROM person WHERE id = a.person_id)
    FROM assignment a JOIN slot sl ON sl.id = a.slot_id JOIN shift sh ON sh.id = sl.shift_id
   WHERE a.person_id IN (OLD.person_id, NEW.person_id) AND a.checkin = 'present'
     AND ((a.person_id = OLD.person_id
           AND (sh.activity_id, CAST (substr (sh.date, 1, 4) AS INTEGER) - (substr (sh.date, 6, 2) < '04'))
               IN (SELECT sh2.activity_id, CAST (substr (sh2.date, 1, 4) AS INTEGER) - (substr (sh2.date, 6, 2) < '04')
                     FROM slot sl2 JOIN shift sh2 ON sh2.id = sl2.shift_id WHERE sl2.id = OLD.slot_id))
          OR (a.person_id = NEW.person_id
              AND (sh.activity_id, CAST (substr (sh.date, 1, 4) AS INTEGER) - (substr (sh.date, 6, 2) < '04'))
                  IN (SELECT sh2.activity_id, CAST (substr (sh2.date, 1, 4) AS INTEGER) - (substr (sh2.date, 6, 2) < '04')
                        FROM slot sl2 JOIN shift sh2 ON sh2.id = sl2.shift_id WHERE sl2.id = NEW.slot_id)))
   GROUP BY sh.activity_id, a.person_id, y;
END;

-- Recomputes every check-in of (activity, fiscal year): used when a shift or a
-- slot moves or disappears.
CREATE TRIGGER target_shift_update AFTER UPDATE OF date, activity_id ON shift
BEGIN
  DELETE FROM target_participation
   WHERE kind = 2
     AND ((programme_id = OLD.activity_id
           AND fy = CAST (substr (OLD.date, 1, 4) AS INTEGER) - (substr (OLD.date, 6, 2) < '04'))
          OR (programme_id = NEW.activity_id
              AND fy = CAST (substr (NEW.date, 1, 4) AS INTEGER) - (substr (NEW.date, 6, 2) < '04')));
  INSERT INTO target_participation (kind, programme_id, person_id, fy, first_date, last_date, n, nationality)
  SELECT 2, sh.activity_id, a.person_id,
         CAST (substr (sh.date, 1, 4) AS INTEGER) - (substr (sh.date, 6, 2) < '04') AS y,
         min (sh.date), max (sh.date), count (*),
         (SELECT nationality FROM person WHERE id = a.person_id)
    FROM shift sh JOIN slot sl ON sl.shift_id = sh.id JOIN assignment a ON a.slot_id = sl.id
   WHERE a.checkin = 'present'
     AND ((sh.activity_id = OLD.activity_id
           AND sh.date >= printf ('%04d-04-01', CAST (substr (OLD.date, 1, 4) AS INTEGER) - (substr (OLD.date, 6, 2) < '04'))
           AND sh.date < printf ('%04d-04-01', CAST (substr (OLD.date, 1, 4) AS INTEGER) - (substr (OLD.date, 6, 2) < '04') + 1))
          OR (sh.activity_id = NEW.activity_id
              AND sh.date >= printf ('%04d-04-01', CAST (substr (NEW.date, 1, 4) AS INTEGER) - (substr (NEW.date, 6, 2) < '04'))
              AND sh.date < printf ('%04d-04-01', CAST (substr (NEW.date, 1, 4) AS INTEGER) - (substr (NEW.date, 6, 2) < '04') + 1)))
   GROUP BY sh.activity_id, a.person_id, y;
END;

CREATE TRIGGER target_shift_delete AFTER DELETE ON shift
BEGIN
  DELETE FROM target_participation
   WHERE kind = 2 AND programme_id = OLD.activity_id
     AND fy = CAST (substr (OLD.date, 1, 4) AS INTEGER) - (substr (OLD.date, 6, 2) < '04');
  INSERT INTO target_participation (kind, programme_id, person_id, fy, first_date, last_date, n, nationality)
  SELECT 2, sh.activity_id, a.person_id,
         CAST (substr (sh.date, 1, 4) AS INTEGER) - (substr (sh.date, 6, 2) < '04') AS y,
         min (sh.date), max (sh.date), count (*),
         (SELECT nationality FROM person WHERE id = a.person_id)
    FROM shift sh JOIN slot sl ON sl.shift_id = sh.id JOIN assignment a ON a.slot_id = sl.id
   WHERE a.checkin = 'present' AND sh.activity_id = OLD.activity_id
     AND sh.date >= printf ('%04d-04-01', CAST (substr (OLD.date, 1, 4) AS INTEGER) - (substr (OLD.date, 6, 2) < '04'))
     AND sh.date < printf ('%04d-04-01', CAST (substr (OLD.date, 1, 4) AS INTEGER) - (substr (OLD.date, 6, 2) < '04') + 1)
   GROUP BY sh.activity_id, a.person_id, y;
END;

-- A slot moved to another shift or removed: recompute by the shifts' (activity,
-- fiscal year). A removed slot's shift may itself be gone (then the shift
-- trigger recomputes).
CREATE TRIGGER target_slot_change AFTER UPDATE OF shift_id ON slot
BEGIN
  DELETE FROM target_participation
   WHERE kind = 2
     AND (programme_id, fy) IN (SELECT activity_id, CAST (substr (date, 1, 4) AS INTEGER) - (substr (date, 6, 2) < '04')
                                  FROM shift WHERE id IN (OLD.shift_id, NEW.shift_id));
  INSERT INTO target_participation (kind, programme_id, person_id, fy, first_date, last_date, n, nationality)
  SELECT 2, sh.activity_id, a.person_id,
         CAST (substr (sh.date, 1, 4) AS INTEGER) - (substr (sh.date, 6, 2) < '04') AS y,
         min (sh.date), max (sh.date), count (*),
         (SELECT nationality FROM person WHERE id = a.person_id)
    FROM shift sh JOIN slot sl ON sl.shift_id = sh.id JOIN assignment a ON a.slot_id = sl.id
   WHERE a.checkin = 'present'
     AND (sh.activity_id, CAST (substr (sh.date, 1, 4) AS INTEGER) - (substr (sh.date, 6, 2) < '04'))
         IN (SELECT activity_id, CAST (substr (date, 1, 4) AS INTEGER) - (substr (date, 6, 2) < '04')
               FROM shift WHERE id IN (OLD.shift_id, NEW.shift_id))
   GROUP BY sh.activity_id, a.person_id, y;
END;

CREATE TRIGGER target_slot_delete AFTER DELETE ON slot
BEGIN
  DELETE FROM target_participation
   WHERE kind = 2
     AND (programme_id, fy) IN (SELECT activity_id, CAST (substr (date, 1, 4) AS INTEGER) - (substr (date, 6, 2) < '04')
                                  FROM shift WHERE id = OLD.shift_id);
  INSERT INTO target_participation (kind, programme_id, person_id, fy, first_date, last_date, n, nationality)
  SELECT 2, sh.activity_id, a.person_id,
         CAST (substr (sh.date, 1, 4) AS INTEGER) - (substr (sh.date, 6, 2) < '04') AS y,
         min (sh.date), max (sh.date), count (*),
         (SELECT nationality FROM person WHERE id = a.person_id)
    FROM shift sh JOIN slot sl ON sl.shift_id = sh.id JOIN assignment a ON a.slot_id = sl.id
   WHERE a.checkin = 'present'
     AND (sh.activity_id, CAST (substr (sh.date, 1, 4) AS INTEGER) - (substr (sh.date, 6, 2) < '04'))
         IN (SELECT activity_id, CAST (substr (date, 1, 4) AS INTEGER) - (substr (date, 6, 2) < '04')
               FROM shift WHERE id = OLD.shift_id)
   GROUP BY sh.activity_id, a.person_id, y;
END;

-- --- people -------------------------------------------------------------------

CREATE TRIGGER target_person_nationality AFTER UPDATE OF nationality ON person
WHEN OLD.nationality IS NOT NEW.nationality
BEGIN
  UPDATE target_participation SET nationality = NEW.nationality WHERE person_id = NEW.id;
END;

-- --- summaries of target_participation ----------------------------------------
--
-- For the usual case (a baseline on 31 March, nothing recorded after the
-- as-of day) the per-programme and every-attendance counts and their
-- breakdowns come from these small tables instead of a pass over
-- target_participation. prev_fy is the fiscal year of the same person's
-- previous row in the same programme (0: none), so "first counted in fiscal
-- year Y after a baseline in fiscal year B" is "a row of Y with prev_fy <= B".
-- Breakdowns are marginal, so programmes and nationalities are summarised
-- apart. rows counts target_participation rows, n sums their participations.

CREATE TABLE target_summary_programme (
  kind          INTEGER NOT NULL,
  programme_id  INTEGER NOT NULL,
  fy            INTEGER NOT NULL,
  prev_fy       INTEGER NOT NULL,
  rows          INTEGER NOT NULL,
  n             INTEGER NOT NULL,
  PRIMARY KEY (kind, fy, prev_fy, programme_id)
) WITHOUT ROWID;

CREATE TABLE target_summary_nationality (
  kind          INTEGER NOT NULL,
  nationality   TEXT NOT NULL,
  fy            INTEGER NOT NULL,
  prev_fy       INTEGER NOT NULL,
  rows          INTEGER NOT NULL,
  n             INTEGER NOT NULL,
  PRIMARY KEY (kind, fy, prev_fy, nationality)
) WITHOUT ROWID;

-- Finds rows recorded after an as-of day quickly.
CREATE INDEX target_participation_last ON target_participation (kind, fy, last_date);

INSERT INTO target_summary_programme (kind, programme_id, fy, prev_fy, rows, n)
SELECT kind, programme_id, fy, prev_fy, count (*), sum (n)
  FROM (SELECT kind, programme_id, fy, n,
               coalesce (lag (fy) OVER (PARTITION BY kind, programme_id, person_id ORDER BY fy), 0) AS prev_fy
          FROM target_participation)
 GROUP BY kind, programme_id, fy, prev_fy;

INSERT INTO target_summary_nationality (kind, nationality, fy, prev_fy, rows, n)
SELECT kind, nationality, fy, prev_fy, count (*), sum (n)
  FROM (SELECT kind, nationality, fy, n,
               coalesce (lag (fy) OVER (PARTITION BY kind, programme_id, person_id ORDER BY fy), 0) AS prev_fy
          FROM target_participation)
 GROUP BY kind, nationality, fy, prev_fy;

-- A row arrives: count it under its previous year; the next row of the same
-- person and programme now follows it instead of that previous year.
CREATE TRIGGER target_summary_insert AFTER INSERT ON target_participation
BEGIN
  INSERT INTO target_summary_programme (kind, programme_id, fy, prev_fy, rows, n)
  VALUES (NEW.kind, NEW.programme_id, NEW.fy,
          coalesce ((SELECT max (fy) FROM target_participation WHERE kind = NEW.kind AND programme_id = NEW.programme_id
                     AND person_id = NEW.person_id AND fy < NEW.fy), 0), 1, NEW.n)
  ON CONFLICT DO UPDATE SET rows = rows + 1, n = n + excluded.n;
  INSERT INTO target_summary_nationality (kind, nationality, fy, prev_fy, rows, n)
  VALUES (NEW.kind, NEW.nationality, NEW.fy,
          coalesce ((SELECT max (fy) FROM target_participation WHERE kind = NEW.kind AND programme_id = NEW.programme_id
                     AND person_id = NEW.person_id AND fy < NEW.fy), 0), 1, NEW.n)
  ON CONFLICT DO UPDATE SET rows = rows + 1, n = n + excluded.n;

  -- the next row: from (next, previous year) to (next, NEW.fy)
  UPDATE target_summary_programme SET rows = rows - 1, n = target_summary_programme.n - nx.n
    FROM (SELECT fy, n FROM target_participation WHERE kind = NEW.kind AND programme_id = NEW.programme_id
           AND person_id = NEW.person_id AND fy > NEW.fy ORDER BY fy LIMIT 1) AS nx
   WHERE kind = NEW.kind AND programme_id = NEW.programme_id AND target_summary_programme.fy = nx.fy
     AND prev_fy = coalesce ((SELECT max (fy) FROM target_participation WHERE kind = NEW.kind
                              AND programme_id = NEW.programme_id AND person_id = NEW.person_id AND fy < NEW.fy), 0);
  INSERT INTO target_summary_programme (kind, programme_id, fy, prev_fy, rows, n)
  SELECT NEW.kind, NEW.programme_id, fy, NEW.fy, 1, n FROM target_participation
   WHERE kind = NEW.kind AND programme_id = NEW.programme_id AND person_id = NEW.person_id AND fy > NEW.fy
   ORDER BY fy LIMIT 1
  ON CONFLICT DO UPDATE SET rows = rows + 1, n = n + excluded.n;
  UPDATE target_summary_nationality SET rows = rows - 1, n = target_summary_nationality.n - nx.n
    FROM (SELECT fy, n, nationality FROM target_participation WHERE kind = NEW.kind AND programme_id = NEW.programme_id
           AND person_id = NEW.person_id AND fy > NEW.fy ORDER BY fy LIMIT 1) AS nx
   WHERE kind = NEW.kind AND target_summary_nationality.nationality = nx.nationality
     AND target_summary_nationality.fy = nx.fy
     AND prev_fy = coalesce ((SELECT max (fy) FROM target_participation WHERE kind = NEW.kind
                              AND programme_id = NEW.programme_id AND person_id = NEW.person_id AND fy < NEW.fy), 0);
  INSERT INTO target_summary_nationality (kind, nationality, fy, prev_fy, rows, n)
  SELECT NEW.kind, nationality, fy, NEW.fy, 1, n FROM target_participation
   WHERE kind = NEW.kind AND programme_id = NEW.programme_id AND person_id = NEW.person_id AND fy > NEW.fy
   ORDER BY fy LIMIT 1
  ON CONFLICT DO UPDATE SET rows = rows + 1, n = n + excluded.n;

END;

-- A row leaves: the reverse.
CREATE TRIGGER target_summary_delete AFTER DELETE ON target_participation
BEGIN
  UPDATE target_summary_programme SET rows = rows - 1, n = n - OLD.n
   WHERE kind = OLD.kind AND programme_id = OLD.programme_id AND fy = OLD.fy
     AND prev_fy = coalesce ((SELECT max (fy) FROM target_participation WHERE kind = OLD.kind
                              AND programme_id = OLD.programme_id AND person_id = OLD.person_id AND fy < OLD.fy), 0);
  UPDATE target_summary_nationality SET rows = rows - 1, n = n - OLD.n
   WHERE kind = OLD.kind AND nationality = OLD.nationality AND fy = OLD.fy
     AND prev_fy = coalesce ((SELECT max (fy) FROM target_participation WHERE kind = OLD.kind
                              AND programme_id = OLD.programme_id AND person_id = OLD.person_id AND fy < OLD.fy), 0);

  UPDATE target_summary_programme SET rows = rows - 1, n = target_summary_programme.n - nx.n
    FROM (SELECT fy, n FROM target_participation WHERE kind = OLD.kind AND programme_id = OLD.programme_id
           AND person_id = OLD.person_id AND fy > OLD.fy ORDER BY fy LIMIT 1) AS nx
   WHERE kind = OLD.kind AND programme_id = OLD.programme_id AND target_summary_programme.fy = nx.fy
     AND prev_fy = OLD.fy;
  INSERT INTO target_summary_programme (kind, programme_id, fy, prev_fy, rows, n)
  SELECT OLD.kind, OLD.programme_id, fy,
         coalesce ((SELECT max (fy) FROM target_participation WHERE kind = OLD.kind
                    AND programme_id = OLD.programme_id AND person_id = OLD.person_id AND fy < OLD.fy), 0), 1, n
    FROM target_participation
   WHERE kind = OLD.kind AND programme_id = OLD.programme_id AND person_id = OLD.person_id AND fy > OLD.fy
   ORDER BY fy LIMIT 1
  ON CONFLICT DO UPDATE SET rows = rows + 1, n = n + excluded.n;
  UPDATE target_summary_nationality SET rows = rows - 1, n = target_summary_nationality.n - nx.n
    FROM (SELECT fy, n, nationality FROM target_participation WHERE kind = OLD.kind AND programme_id = OLD.programme_id
           AND person_id = OLD.person_id AND fy > OLD.fy ORDER BY fy LIMIT 1) AS nx
   WHERE kind = OLD.kind AND target_summary_nationality.nationality = nx.nationality
     AND target_summary_nationality.fy = nx.fy AND prev_fy = OLD.fy;
  INSERT INTO target_summary_nationality (kind, nationality, fy, prev_fy, rows, n)
  SELECT OLD.kind, nationality, fy,
         coalesce ((SELECT max (fy) FROM target_participation WHERE kind = OLD.kind
                    AND programme_id = OLD.programme_id AND person_id = OLD.person_id AND fy < OLD.fy), 0), 1, n
    FROM target_participation
   WHERE kind = OLD.kind AND programme_id = OLD.programme_id AND person_id = OLD.person_id AND fy > OLD.fy
   ORDER BY fy LIMIT 1
  ON CONFLICT DO UPDATE SET rows = rows + 1, n = n + excluded.n;

END;

-- More participations in a row (the insert path of attendance).
CREATE TRIGGER target_summary_update_n AFTER UPDATE OF n ON target_participation
WHEN OLD.n <> NEW.n AND OLD.nationality IS NEW.nationality
BEGIN
  UPDATE target_summary_programme SET n = n + NEW.n - OLD.n
   WHERE kind = NEW.kind AND programme_id = NEW.programme_id AND fy = NEW.fy
     AND prev_fy = coalesce ((SELECT max (fy) FROM target_participation WHERE kind = NEW.kind
                              AND programme_id = NEW.programme_id AND person_id = NEW.person_id AND fy < NEW.fy), 0);
  UPDATE target_summary_nationality SET n = n + NEW.n - OLD.n
   WHERE kind = NEW.kind AND nationality = NEW.nationality AND fy = NEW.fy
     AND prev_fy = coalesce ((SELECT max (fy) FROM target_participation WHERE kind = NEW.kind
                              AND programme_id = NEW.programme_id AND person_id = NEW.person_id AND fy < NEW.fy), 0);
END;

-- A new nationality (person.nationality changed): the row moves.
CREATE TRIGGER target_summary_update_nationality AFTER UPDATE OF nationality ON target_participation
WHEN OLD.nationality IS NOT NEW.nationality
BEGIN
  UPDATE target_summary_programme SET n = n + NEW.n - OLD.n
   WHERE kind = NEW.kind AND programme_id = NEW.programme_id AND fy = NEW.fy
     AND prev_fy = coalesce ((SELECT max (fy) FROM target_participation WHERE kind = NEW.kind
                              AND programme_id = NEW.programme_id AND person_id = NEW.person_id AND fy < NEW.fy), 0);
  UPDATE target_summary_nationality SET rows = rows - 1, n = n - OLD.n
   WHERE kind = OLD.kind AND nationality = OLD.nationality AND fy = OLD.fy
     AND prev_fy = coalesce ((SELECT max (fy) FROM target_participation WHERE kind = OLD.kind
                              AND programme_id = OLD.programme_id AND person_id = OLD.person_id AND fy < OLD.fy), 0);
  INSERT INTO target_summary_nationality (kind, nationality, fy, prev_fy, rows, n)
  VALUES (NEW.kind, NEW.nationality, NEW.fy,
          coalesce ((SELECT max (fy) FROM target_participation WHERE kind = NEW.kind AND programme_id = NEW.programme_id
                     AND person_id = NEW.person_id AND fy < NEW.fy), 0), 1, NEW.n)
  ON CONFLICT DO UPDATE SET rows = rows + 1, n = n + excluded.n;
END;
