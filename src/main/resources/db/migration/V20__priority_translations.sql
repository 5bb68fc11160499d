-- Priorities move onto the one translation model (docs/decisions/023): their English and Spanish titles and
-- explanations become rows of the translation table, one per language, and the fixed columns go. A Spanish text
-- left blank has no row (the reader then gets the English with a note), so nothing that was written is lost.
INSERT INTO translation (district_id, subject, subject_id, language, text, written_at, written_by)
SELECT district_id, subject, id, language, text, CURRENT_TIMESTAMP(6), 'migration V20'
FROM (SELECT district_id, 'priority.title' AS subject, id, 'en' AS language, title_en AS text FROM priority
      UNION ALL SELECT district_id, 'priority.title', id, 'es', title_es FROM priority
      UNION ALL SELECT district_id, 'priority.explanation', id, 'en', explanation_en FROM priority
      UNION ALL SELECT district_id, 'priority.explanation', id, 'es', explanation_es FROM priority) AS words
WHERE TRIM(text) <> '';

ALTER TABLE priority DROP COLUMN title_en, DROP COLUMN title_es, DROP COLUMN explanation_en, DROP COLUMN explanation_es;
