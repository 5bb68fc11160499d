-- Input received outside the portal (issue 16, docs/decisions/025): testimony at a board meeting, paper forms,
-- letters, emails, phone calls, entered by district staff. The item keeps what staff entered; it speaks through
-- ordinary comment rows (one per section it concerns, or one on the draft as a whole), so that every count, export
-- and suppression treats it as it treats input typed online. Each item has its own participant record (a voice with
-- a pseudonym and no account): it counts as one person of the group the speaker declared, or of "not stated".
CREATE TABLE intake_item (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    district_id    BIGINT        NOT NULL,
    cycle_id       BIGINT        NOT NULL,
    draft_id       BIGINT        NOT NULL,
    version_id     BIGINT        NOT NULL,
    voice_id       BIGINT        NOT NULL,
    channel        VARCHAR(16)   NOT NULL,
    received_on    DATE          NOT NULL,
    declared_role  VARCHAR(32)   NOT NULL,
    -- Kept for the district's own records; never shown on any page, export or packet.
    given_name     VARCHAR(200)  NULL,
    whole_draft    BOOLEAN       NOT NULL,
    stance         VARCHAR(16)   NOT NULL,
    body           TEXT          NOT NULL,
    text_kind      VARCHAR(16)   NOT NULL,
    language       VARCHAR(16)   NOT NULL,
    entered_by     VARCHAR(64)   NOT NULL,
    entered_at     TIMESTAMP(6)  NOT NULL,
    edited_at      TIMESTAMP(6)  NULL,
    withdrawn_at   TIMESTAMP(6)  NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_intake_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_intake_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id),
    CONSTRAINT fk_intake_draft FOREIGN KEY (draft_id) REFERENCES draft (id),
    CONSTRAINT fk_intake_version FOREIGN KEY (version_id) REFERENCES draft_version (id),
    CONSTRAINT fk_intake_voice FOREIGN KEY (voice_id) REFERENCES participant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_intake_draft ON intake_item (district_id, draft_id, entered_at);

-- A comment row says how it reached the district; input from outside the portal names its item, and the draft as a
-- whole is a comment with no section.
ALTER TABLE comment
    ADD COLUMN channel     VARCHAR(16) NOT NULL DEFAULT 'ONLINE',
    ADD COLUMN received_on DATE        NULL,
    ADD COLUMN text_kind   VARCHAR(16) NULL,
    ADD COLUMN intake_id   BIGINT      NULL,
    MODIFY section_id  BIGINT   NULL,
    MODIFY section_key CHAR(36) NULL,
    ADD CONSTRAINT fk_comment_intake FOREIGN KEY (intake_id) REFERENCES intake_item (id);

CREATE INDEX ix_comment_whole_draft ON comment (district_id, version_id, section_id, depth, created_at);
CREATE INDEX ix_comment_channel ON comment (district_id, cycle_id, channel);
