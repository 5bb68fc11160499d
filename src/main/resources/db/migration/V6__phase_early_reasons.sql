-- A phase opened early and later closed early has two reasons; each gets its own column. The old single column
-- held the last one given: it is copied to the closing reason when the phase was closed before the end of its
-- scheduled last day (UTC, close enough to tell an early closing from one at its date), else to the opening reason.
ALTER TABLE review_phase
    ADD COLUMN opened_early_reason VARCHAR(1000) NULL,
    ADD COLUMN closed_early_reason VARCHAR(1000) NULL;

UPDATE review_phase
SET closed_early_reason = early_reason
WHERE early_reason IS NOT NULL
  AND closed_at IS NOT NULL
  AND closes_on IS NOT NULL
  AND closed_at < TIMESTAMP(closes_on) + INTERVAL 1 DAY;

UPDATE review_phase
SET opened_early_reason = early_reason
WHERE early_reason IS NOT NULL
  AND closed_early_reason IS NULL;

ALTER TABLE review_phase DROP COLUMN early_reason;
