-- Cycle titles move onto the one translation model (docs/decisions/023): each cycle's title becomes its row in the
-- district's first language; other languages are added by district admins. The column stays, holding the title in
-- the first language, by which staff pages and the audit log name the cycle.
INSERT INTO translation (district_id, subject, subject_id, language, text, written_at, written_by)
SELECT c.district_id, 'cycle.title', c.id,
       LOWER(TRIM(SUBSTRING_INDEX(SUBSTRING_INDEX(d.languages, ',', 1), '-', 1))), c.title, CURRENT_TIMESTAMP(6),
       'migration V21'
FROM review_cycle c JOIN district d ON d.id = c.district_id;
