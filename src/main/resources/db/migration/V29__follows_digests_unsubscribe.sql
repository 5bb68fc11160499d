-- Following a section or a whole draft (issue 17): a person is told once a day of the new comments on what they
-- follow. A whole draft is followed with an empty section key, so that one person follows a thing once.
CREATE TABLE follow (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    district_id    BIGINT       NOT NULL,
    participant_id BIGINT       NOT NULL,
    draft_id       BIGINT       NOT NULL,
    section_key    VARCHAR(36)  NOT NULL DEFAULT '',
    created_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_follow_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_follow_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT fk_follow_draft FOREIGN KEY (draft_id) REFERENCES draft (id),
    CONSTRAINT uq_follow UNIQUE (participant_id, draft_id, section_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_follow_draft ON follow (district_id, draft_id, section_key);

-- Email as each notice comes (EACH), or gathered in one email a day (DAILY) or a week (WEEKLY).
ALTER TABLE participant
    ADD COLUMN email_digest VARCHAR(16) NOT NULL DEFAULT 'EACH';

-- A digest email: one person's notices of one period, an outbox row of its own. A notice waiting for its person's
-- digest has mail_state DIGEST; once gathered, IN_DIGEST and the digest's id.
CREATE TABLE notice_digest (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    district_id    BIGINT       NOT NULL,
    participant_id BIGINT       NOT NULL,
    period         VARCHAR(16)  NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    mail_state     VARCHAR(16)  NOT NULL,
    mail_attempts  INT          NOT NULL DEFAULT 0,
    next_mail_at   TIMESTAMP(6) NULL,
    mailed_at      TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_digest_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_digest_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT uq_digest_period UNIQUE (participant_id, period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_digest_mail_due ON notice_digest (district_id, mail_state, next_mail_at);

ALTER TABLE notice
    ADD COLUMN digest_id BIGINT NULL,
    ADD CONSTRAINT fk_notice_digest FOREIGN KEY (digest_id) REFERENCES notice_digest (id);

CREATE INDEX ix_notice_digest_wait ON notice (district_id, mail_state, participant_id);

-- Work done once per district and key, whatever the number of portal instances: the instance whose insert of the
-- key succeeds does the work in the same transaction (e.g. 'followed:2026-12-03', 'closing:12:PRIORITY_VOTE').
CREATE TABLE notice_run (
    district_id BIGINT       NOT NULL,
    run_key     VARCHAR(100) NOT NULL,
    done_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (district_id, run_key),
    CONSTRAINT fk_notice_run_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The district's key for signing the unsubscribe links of its emails, made at first use; never shown.
CREATE TABLE signing_key (
    district_id BIGINT       NOT NULL,
    secret      VARBINARY(64) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (district_id),
    CONSTRAINT fk_signing_key_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
