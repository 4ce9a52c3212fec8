-- One rule for what counts as a participation.
--
-- Until now the rule was written in the triggers of 005-targets.sql, in the
-- from-scratch check and the figures (tomoni-store-targets.c) and in the XML
-- export's summary, and the last one alone left out cancelled assignments.
-- From here on the view participation is the rule, and every one of them
-- reads it:
--   kind 1, learners: an attendance row with status 'present' or 'late'; the
--           programme is the session's class, the day session.date.
--   kind 2, volunteers: an assignment checked in 'present' that is not
--           cancelled; the programme is the shift's activity, the day
--           shift.date. A checked-in assignment cancelled later (the API
--           refuses it, an import or an older file may hold one) does not
--           count.
-- fy is the fiscal year of the day (April–March); record_id the attendance
-- or assignment row, so that a trigger can ask the view about the row it
-- was fired for.
--
-- The triggers of target_participation are recreated to read the view,
-- filtered by the changed row: an insert adds to a row if the view holds the
-- new record; every other change recounts the (programme, fiscal year) rows
-- it may touch, for one person or for everyone (target_recount below). They only say which rows a change can touch; what
-- counts is the view's business. The summary triggers (on
-- target_participation itself) are unchanged.
--
-- Standard SQL where possible (CASE rather than SQLite's boolean arithmetic
-- and two-argument min/max), so that the same text can serve PostgreSQL.

CREATE VIEW participation (kind, programme_id, person_id, day, fy, record_id) AS
SELECT 1, s.class_id, a.person_id, s.date, CAST (substr (s.date, 1, 4) AS INTEGER) - CASE WHEN substr (s.date, 6, 2) < '04' THEN 1 ELSE 0 END, a.id
  FROM attendance a JOIN session s ON s.id = a.session_id
 WHERE a.status IN ('present', 'late')
UNION ALL
SELECT 2, sh.activity_id, a.person_id, sh.date, CAST (substr (sh.date, 1, 4) AS INTEGER) - CASE WHEN substr (sh.date, 6, 2) < '04' THEN 1 ELSE 0 END, a.id
  FROM assignment a JOIN slot sl ON sl.id = a.slot_id JOIN shift sh ON sh.id = sl.shift_id
 WHERE a.checkin = 'present' AND a.status <> 'cancelled';

DROP TRIGGER target_attendance_insert;
DROP TRIGGER target_attendance_delete;
DROP TRIGGER target_attendance_update;
DROP TRIGGER target_session_update;
DROP TRIGGER target_session_delete;
DROP TRIGGER target_assignment_insert;
DROP TRIGGER target_assignment_delete;
DROP TRIGGER target_assignment_update;
DROP TRIGGER target_shift_update;
DROP TRIGGER target_shift_delete;
DROP TRIGGER target_slot_change;
DROP TRIGGER target_slot_delete;

-- Checked-in assignments that were cancelled: their rows now count less.
DELETE FROM target_participation
 WHERE kind = 2
   AND (programme_id, person_id, fy, n) NOT IN (SELECT programme_id, person_id, fy, count (*)
                                                  FROM participation WHERE kind = 2
                                                 GROUP BY programme_id, person_id, fy);
INSERT INTO target_participation (kind, programme_id, person_id, fy, first_date, last_date, n, nationality)
SELECT p.kind, p.programme_id, p.person_id, p.fy, min (p.day), max (p.day), count (*),
       (SELECT nationality FROM person WHERE id = p.person_id)
  FROM participation p
 WHERE p.kind = 2
 GROUP BY p.kind, p.programme_id, p.person_id, p.fy
ON CONFLICT (kind, programme_id, person_id, fy) DO NOTHING;

-- --- recounts -----------------------------------------------------------------
--
-- A row inserted here recounts (kind, programme, fiscal year) from the view,
-- for one person or (person_id NULL) for everyone; the trigger empties the
-- table again. The values arrive as NEW.*, constants that SQLite pushes into
-- each branch of the view, where they meet the indexes (a subquery would not
-- be pushed, and every recount would read the whole view).

CREATE TABLE target_recount (
  kind          INTEGER NOT NULL,
  programme_id  INTEGER NOT NULL,
  fy            INTEGER NOT NULL,
  person_id     INTEGER
);

CREATE TRIGGER target_recount_person AFTER INSERT ON target_recount
WHEN NEW.person_id IS NOT NULL
BEGIN
  DELETE FROM target_participation
   WHERE kind = NEW.kind AND programme_id = NEW.programme_id AND fy = NEW.fy AND person_id = NEW.person_id;
  INSERT INTO target_participation (kind, programme_id, person_id, fy, first_date, last_date, n, nationality)
  SELECT p.kind, p.programme_id, p.person_id, p.fy, min (p.day), max (p.day), count (*),
         (SELECT nationality FROM person WHERE id = p.person_id)
    FROM participation p
   WHERE p.kind = NEW.kind AND p.programme_id = NEW.programme_id AND p.fy = NEW.fy AND p.person_id = NEW.person_id
   GROUP BY p.kind, p.programme_id, p.person_id, p.fy;
  DELETE FROM target_recount;
END;

CREATE TRIGGER target_recount_programme AFTER INSERT ON target_recount
WHEN NEW.person_id IS NULL
BEGIN
  DELETE FROM target_participation
   WHERE kind = NEW.kind AND programme_id = NEW.programme_id AND fy = NEW.fy;
  INSERT INTO target_participation (kind, programme_id, person_id, fy, first_date, last_date, n, nationality)
  SELECT p.kind, p.programme_id, p.person_id, p.fy, min (p.day), max (p.day), count (*),
         (SELECT nationality FROM person WHERE id = p.person_id)
    FROM participation p
   WHERE p.kind = NEW.kind AND p.programme_id = NEW.programme_id AND p.fy = NEW.fy
   GROUP BY p.kind, p.programme_id, p.person_id, p.fy;
  DELETE FROM target_recount;
END;

-- --- learners: attendance ---------------------------------------------------

CREATE TRIGGER target_attendance_insert AFTER INSERT ON attendance
BEGIN
  INSERT INTO target_participation (kind, programme_id, person_id, fy, first_date, last_date, n, nationality)
  SELECT p.kind, p.programme_id, p.person_id, p.fy, p.day, p.day, 1,
         (SELECT nationality FROM person WHERE id = p.person_id)
    FROM participation p
   WHERE p.kind = 1 AND p.record_id = NEW.id
  ON CONFLICT (kind, programme_id, person_id, fy) DO UPDATE
     SET n = target_participation.n + 1,
         first_date = CASE WHEN excluded.first_date < target_participation.first_date
                           THEN excluded.first_date ELSE target_participation.first_date END,
         last_date = CASE WHEN excluded.last_date > target_participation.last_date
                          THEN excluded.last_date ELSE target_participation.last_date END;
END;

-- The session may be gone (a cascade from session or class): then the
-- session trigger recounts instead.
CREATE TRIGGER target_attendance_delete AFTER DELETE ON attendance
BEGIN
  INSERT INTO target_recount (kind, programme_id, fy, person_id)
  SELECT 1, class_id, CAST (substr (date, 1, 4) AS INTEGER) - CASE WHEN substr (date, 6, 2) < '04' THEN 1 ELSE 0 END, OLD.person_id FROM session WHERE id = OLD.session_id;
END;

CREATE TRIGGER target_attendance_update AFTER UPDATE OF status, session_id, person_id ON attendance
WHEN OLD.status IS NOT NEW.status OR OLD.session_id IS NOT NEW.session_id OR OLD.person_id IS NOT NEW.person_id
BEGIN
  INSERT INTO target_recount (kind, programme_id, fy, person_id)
  SELECT 1, class_id, CAST (substr (date, 1, 4) AS INTEGER) - CASE WHEN substr (date, 6, 2) < '04' THEN 1 ELSE 0 END, OLD.person_id FROM session WHERE id = OLD.session_id
  UNION ALL
  SELECT 1, class_id, CAST (substr (date, 1, 4) AS INTEGER) - CASE WHEN substr (date, 6, 2) < '04' THEN 1 ELSE 0 END, NEW.person_id FROM session WHERE id = NEW.session_id;
END;

-- A session that moves to another day or class, or disappears: recount the
-- whole (class, fiscal year) before and after.
CREATE TRIGGER target_session_update AFTER UPDATE OF date, class_id ON session
WHEN OLD.date IS NOT NEW.date OR OLD.class_id IS NOT NEW.class_id
BEGIN
  INSERT INTO target_recount (kind, programme_id, fy)
  VALUES (1, OLD.class_id, CAST (substr (OLD.date, 1, 4) AS INTEGER) - CASE WHEN substr (OLD.date, 6, 2) < '04' THEN 1 ELSE 0 END), (1, NEW.class_id, CAST (substr (NEW.date, 1, 4) AS INTEGER) - CASE WHEN substr (NEW.date, 6, 2) < '04' THEN 1 ELSE 0 END);
END;

CREATE TRIGGER target_session_delete AFTER DELETE ON session
BEGIN
  INSERT INTO target_recount (kind, programme_id, fy) VALUES (1, OLD.class_id, CAST (substr (OLD.date, 1, 4) AS INTEGER) - CASE WHEN substr (OLD.date, 6, 2) < '04' THEN 1 ELSE 0 END);
END;

-- --- volunteers: check-ins --------------------------------------------------

CREATE TRIGGER target_assignment_insert AFTER INSERT ON assignment
BEGIN
  INSERT INTO target_participation (kind, programme_id, person_id, fy, first_date, last_date, n, nationality)
  SELECT p.kind, p.programme_id, p.person_id, p.fy, p.day, p.day, 1,
         (SELECT nationality FROM person WHERE id = p.person_id)
    FROM participation p
   WHERE p.kind = 2 AND p.record_id = NEW.id
  ON CONFLICT (kind, programme_id, person_id, fy) DO UPDATE
     SET n = target_participation.n + 1,
         first_date = CASE WHEN excluded.first_date < target_participation.first_date
                           THEN excluded.first_date ELSE target_participation.first_date END,
         last_date = CASE WHEN excluded.last_date > target_participation.last_date
                          THEN excluded.last_date ELSE target_participation.last_date END;
END;

CREATE TRIGGER target_assignment_delete AFTER DELETE ON assignment
BEGIN
  INSERT INTO target_recount (kind, programme_id, fy, person_id)
  SELECT 2, sh.activity_id, CAST (substr (sh.date, 1, 4) AS INTEGER) - CASE WHEN substr (sh.date, 6, 2) < '04' THEN 1 ELSE 0 END, OLD.person_id
    FROM slot sl JOIN shift sh ON sh.id = sl.shift_id WHERE sl.id = OLD.slot_id;
END;

CREATE TRIGGER target_assignment_update AFTER UPDATE OF checkin, status, slot_id, person_id ON assignment
WHEN OLD.checkin IS NOT NEW.checkin OR OLD.status IS NOT NEW.status
     OR OLD.slot_id IS NOT NEW.slot_id OR OLD.person_id IS NOT NEW.person_id
BEGIN
  INSERT INTO target_recount (kind, programme_id, fy, person_id)
  SELECT 2, sh.activity_id, CAST (substr (sh.date, 1, 4) AS INTEGER) - CASE WHEN substr (sh.date, 6, 2) < '04' THEN 1 ELSE 0 END, OLD.person_id
    FROM slot sl JOIN shift sh ON sh.id = sl.shift_id WHERE sl.id = OLD.slot_id
  UNION ALL
  SELECT 2, sh.activity_id, CAST (substr (sh.date, 1, 4) AS INTEGER) - CASE WHEN substr (sh.date, 6, 2) < '04' THEN 1 ELSE 0 END, NEW.person_id
    FROM slot sl JOIN shift sh ON sh.id = sl.shift_id WHERE sl.id = NEW.slot_id;
END;

-- A shift or a slot that moves or disappears: recount every check-in of the
-- (activity, fiscal year) before and after.
CREATE TRIGGER target_shift_update AFTER UPDATE OF date, activity_id ON shift
WHEN OLD.date IS NOT NEW.date OR OLD.activity_id IS NOT NEW.activity_id
BEGIN
  INSERT INTO target_recount (kind, programme_id, fy)
  VALUES (2, OLD.activity_id, CAST (substr (OLD.date, 1, 4) AS INTEGER) - CASE WHEN substr (OLD.date, 6, 2) < '04' THEN 1 ELSE 0 END), (2, NEW.activity_id, CAST (substr (NEW.date, 1, 4) AS INTEGER) - CASE WHEN substr (NEW.date, 6, 2) < '04' THEN 1 ELSE 0 END);
END;

CREATE TRIGGER target_shift_delete AFTER DELETE ON shift
BEGIN
  INSERT INTO target_recount (kind, programme_id, fy) VALUES (2, OLD.activity_id, CAST (substr (OLD.date, 1, 4) AS INTEGER) - CASE WHEN substr (OLD.date, 6, 2) < '04' THEN 1 ELSE 0 END);
END;

-- A removed slot's shift may itself be gone (then the shift trigger
-- recounts).
CREATE TRIGGER target_slot_change AFTER UPDATE OF shift_id ON slot
WHEN OLD.shift_id IS NOT NEW.shift_id
BEGIN
  INSERT INTO target_recount (kind, programme_id, fy)
  SELECT 2, activity_id, CAST (substr (date, 1, 4) AS INTEGER) - CASE WHEN substr (date, 6, 2) < '04' THEN 1 ELSE 0 END FROM shift WHERE id IN (OLD.shift_id, NEW.shift_id);
END;

CREATE TRIGGER target_slot_delete AFTER DELETE ON slot
BEGIN
  INSERT INTO target_recount (kind, programme_id, fy)
  SELECT 2, activity_id, CAST (substr (date, 1, 4) AS INTEGER) - CASE WHEN substr (date, 6, 2) < '04' THEN 1 ELSE 0 END FROM shift WHERE id = OLD.shift_id;
END;
