-- The SECURe release has two rubrics on the same five action steps: State and Local Policy, and Local
-- Implementation (issue 18, docs/decisions/033). Each cycle has a self-assessment for each. The ratings and checklist
-- items recorded before were made against the Local Implementation rubric, and stay with it.
ALTER TABLE rubric_rating
    ADD COLUMN rubric VARCHAR(32) NOT NULL DEFAULT 'LOCAL_IMPLEMENTATION',
    ADD CONSTRAINT uk_rubric_rating_rubric_step UNIQUE (cycle_id, rubric, action_step),
    ADD CONSTRAINT ck_rubric_rating_rubric CHECK (rubric IN ('STATE_AND_LOCAL_POLICY', 'LOCAL_IMPLEMENTATION'));
-- The new unique key starts with cycle_id, so the cycle's foreign key keeps an index when the old key goes.
ALTER TABLE rubric_rating DROP INDEX uk_rubric_rating_step;

ALTER TABLE rubric_item
    ADD COLUMN rubric VARCHAR(32) NOT NULL DEFAULT 'LOCAL_IMPLEMENTATION',
    ADD CONSTRAINT ck_rubric_item_rubric CHECK (rubric IN ('STATE_AND_LOCAL_POLICY', 'LOCAL_IMPLEMENTATION'));
CREATE INDEX ix_rubric_item_rubric ON rubric_item (district_id, cycle_id, rubric, action_step);
DROP INDEX ix_rubric_item_cycle ON rubric_item;
