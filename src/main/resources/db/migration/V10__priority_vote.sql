-- The priorities of a cycle's vote, in English and Spanish; the cycle's point budget and per-priority cap; and the
-- ballots. A ballot's points are kept one row per priority, with the cycle and the voter's group copied in, so that
-- the results are one GROUP BY over a covering index. No view or export ever reads a single ballot but its voter's.
CREATE TABLE priority (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    district_id    BIGINT        NOT NULL,
    cycle_id       BIGINT        NOT NULL,
    position       INT           NOT NULL,
    title_en       VARCHAR(200)  NOT NULL,
    title_es       VARCHAR(200)  NOT NULL,
    explanation_en VARCHAR(1000) NOT NULL,
    explanation_es VARCHAR(1000) NOT NULL,
    action_step    INT           NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_priority_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_priority_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_priority_cycle ON priority (district_id, cycle_id, position);

CREATE TABLE vote_setup (
    id          BIGINT NOT NULL AUTO_INCREMENT,
    district_id BIGINT NOT NULL,
    cycle_id    BIGINT NOT NULL,
    budget      INT    NOT NULL,
    cap         INT    NOT NULL,
    version     BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_vote_setup_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_vote_setup_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id),
    CONSTRAINT uq_vote_setup_cycle UNIQUE (cycle_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ballot (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    district_id BIGINT       NOT NULL,
    cycle_id    BIGINT       NOT NULL,
    voter_id    BIGINT       NOT NULL,
    voter_group VARCHAR(32)  NOT NULL,
    saved_at    TIMESTAMP(6) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_ballot_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_ballot_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id),
    CONSTRAINT fk_ballot_voter FOREIGN KEY (voter_id) REFERENCES participant (id),
    -- One ballot per person per cycle, whatever the number of tabs or portal instances.
    CONSTRAINT uq_ballot_voter UNIQUE (cycle_id, voter_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_ballot_group ON ballot (district_id, cycle_id, voter_group);

CREATE TABLE ballot_points (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    district_id BIGINT      NOT NULL,
    ballot_id   BIGINT      NOT NULL,
    cycle_id    BIGINT      NOT NULL,
    voter_group VARCHAR(32) NOT NULL,
    priority_id BIGINT      NOT NULL,
    points      INT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_points_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_points_ballot FOREIGN KEY (ballot_id) REFERENCES ballot (id),
    CONSTRAINT fk_points_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id),
    CONSTRAINT fk_points_priority FOREIGN KEY (priority_id) REFERENCES priority (id),
    CONSTRAINT uq_points_ballot_priority UNIQUE (ballot_id, priority_id),
    CONSTRAINT ck_points_positive CHECK (points > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Covers the results query: everything it reads is in the index.
CREATE INDEX ix_points_tally ON ballot_points (district_id, cycle_id, priority_id, voter_group, points);
