-- One round of a district's review, e.g. "2026-27 SRO policy review".
CREATE TABLE review_cycle (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    district_id            BIGINT        NOT NULL,
    title                  VARCHAR(200)  NOT NULL,
    school_year            VARCHAR(20)   NOT NULL,
    description            VARCHAR(4000) NULL,
    starts_on              DATE          NOT NULL,
    ends_on                DATE          NOT NULL,
    first_reading_on       DATE          NULL,
    first_reading_outcome  VARCHAR(500)  NULL,
    second_reading_on      DATE          NULL,
    second_reading_outcome VARCHAR(500)  NULL,
    adoption_vote_on       DATE          NULL,
    adoption_vote_outcome  VARCHAR(500)  NULL,
    takes_effect_on        DATE          NULL,
    next_review_due_on     DATE          NULL,
    adopted_at             TIMESTAMP(6)  NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    created_at             TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_review_cycle_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT ck_review_cycle_dates CHECK (starts_on <= ends_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_review_cycle_district_start ON review_cycle (district_id, starts_on);

-- The phases of a cycle, each a window of whole days in the district's time zone. opened_at / closed_at record
-- when the phase actually opened and closed (by the scheduler at its dates, or early by an admin with a reason).
CREATE TABLE review_phase (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    district_id  BIGINT       NOT NULL,
    cycle_id     BIGINT       NOT NULL,
    kind         VARCHAR(32)  NOT NULL,
    opens_on     DATE         NOT NULL,
    closes_on    DATE         NULL,
    opened_at    TIMESTAMP(6) NULL,
    closed_at    TIMESTAMP(6) NULL,
    early_reason VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_review_phase_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_review_phase_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id),
    CONSTRAINT uk_review_phase_kind UNIQUE (cycle_id, kind),
    CONSTRAINT ck_review_phase_dates CHECK (closes_on IS NULL OR opens_on <= closes_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every admin action: who, what, when, the values before and after. Rows are only ever inserted.
CREATE TABLE audit_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    district_id   BIGINT        NOT NULL,
    occurred_at   TIMESTAMP(6)  NOT NULL,
    actor_subject VARCHAR(64)   NOT NULL,
    actor_name    VARCHAR(200)  NOT NULL,
    action        VARCHAR(64)   NOT NULL,
    cycle_id      BIGINT        NULL,
    before_value  TEXT          NULL,
    after_value   TEXT          NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_audit_event_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_event_cycle ON audit_event (district_id, cycle_id, occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (district_id, actor_subject, occurred_at);
