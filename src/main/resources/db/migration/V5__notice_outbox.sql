-- Phase openings still to be announced. A row is written in the same transaction that opens the phase, so an
-- opening is never recorded without its announcement, and the announcement is worked after commit (and retried by
-- a sweep): it lists the people with an acting role from Keycloak, writes their notices, and queues their emails.
CREATE TABLE notice_announcement (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    district_id     BIGINT        NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    message_key     VARCHAR(100)  NOT NULL,
    cycle_id        BIGINT        NOT NULL,
    cycle_title     VARCHAR(200)  NOT NULL,
    phase           VARCHAR(32)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(6)  NOT NULL,
    done_at         TIMESTAMP(6)  NULL,
    last_error      VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_announcement_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_announcement_due ON notice_announcement (district_id, done_at, next_attempt_at);

-- Each notice remembers the announcement it came from (one notice per person and announcement) and the state of
-- its email: NONE (not wanted or no address), PENDING, SENT, or FAILED after the last retry.
ALTER TABLE notice
    ADD COLUMN announcement_id BIGINT      NULL,
    ADD COLUMN mail_state      VARCHAR(16) NOT NULL DEFAULT 'NONE',
    ADD COLUMN mail_attempts   INT         NOT NULL DEFAULT 0,
    ADD COLUMN next_mail_at    TIMESTAMP(6) NULL,
    ADD COLUMN mailed_at       TIMESTAMP(6) NULL,
    ADD CONSTRAINT fk_notice_announcement FOREIGN KEY (announcement_id) REFERENCES notice_announcement (id),
    ADD CONSTRAINT uq_notice_announcement_participant UNIQUE (announcement_id, participant_id);

CREATE INDEX ix_notice_mail_due ON notice (district_id, mail_state, next_mail_at);
