-- Classes: indexes for the queries of tomoni-store-classes.c (schema version 3).
-- Sessions of a term (lists, the attendance grid, regeneration).
CREATE INDEX session_term ON session (term_id, date, start_minute);
-- A teacher's other classes (conflict checks).
CREATE INDEX class_staff_person ON class_staff (person_id, role);
-- Enrolments of a term by status (capacity, the waiting list).
CREATE INDEX enrolment_term ON enrolment (term_id, status, position);
-- Volunteer shifts that book a room (room conflicts).
CREATE INDEX shift_room ON shift (room_id, date) WHERE room_id IS NOT NULL;
-- Closures of a venue.
CREATE INDEX closure_venue ON closure (venue_id, start_date);
-- The session a moved one points to (kept when a term is regenerated).
CREATE INDEX session_moved_to ON session (moved_to_id) WHERE moved_to_id IS NOT NULL;
