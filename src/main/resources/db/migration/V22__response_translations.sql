-- District responses move onto the one translation model (docs/decisions/023): each response's text becomes its row
-- in the district's first language; admins give the others. The body column keeps the first language's text, the
-- answer as it was sent, which does not change.
INSERT INTO translation (district_id, subject, subject_id, language, text, written_at, written_by)
SELECT r.district_id, 'response.body', r.id,
       LOWER(TRIM(SUBSTRING_INDEX(SUBSTRING_INDEX(d.languages, ',', 1), '-', 1))), r.body, r.created_at,
       r.created_by_name
FROM district_response r JOIN district d ON d.id = r.district_id;
