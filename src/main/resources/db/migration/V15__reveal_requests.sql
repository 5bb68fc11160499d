-- Revealing who wrote a student's comment takes two district admins (docs/decisions/020): one asks, with a reason;
-- another approves or declines; only then may the one who asked see who it is. Every step is audited too.
CREATE TABLE reveal_request (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    district_id       BIGINT        NOT NULL,
    cycle_id          BIGINT        NOT NULL,
    comment_id        BIGINT        NOT NULL,
    reason            VARCHAR(500)  NOT NULL,
    requested_by      VARCHAR(64)   NOT NULL,
    requested_by_name VARCHAR(200)  NOT NULL,
    requested_at      TIMESTAMP(6)  NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    decided_by        VARCHAR(64)   NULL,
    decided_by_name   VARCHAR(200)  NULL,
    decided_at        TIMESTAMP(6)  NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_reveal_request_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_reveal_request_comment FOREIGN KEY (comment_id) REFERENCES comment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_reveal_request_state ON reveal_request (district_id, state, requested_at);
