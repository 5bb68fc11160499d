-- Comments on the sections of a published draft version, and replies to them (two levels deep). Nothing here is
-- ever deleted: an author's withdrawal and a moderator's hiding are marks on the row, and every earlier wording of an
-- edited comment is kept in comment_edit.
CREATE TABLE comment (
    id                  BIGINT        NOT NULL AUTO_INCREMENT,
    district_id         BIGINT        NOT NULL,
    cycle_id            BIGINT        NOT NULL,
    draft_id            BIGINT        NOT NULL,
    version_id          BIGINT        NOT NULL,
    section_id          BIGINT        NOT NULL,
    section_key         CHAR(36)      NOT NULL,
    parent_id           BIGINT        NULL,
    root_id             BIGINT        NULL,
    depth               INT           NOT NULL,
    author_id           BIGINT        NOT NULL,
    -- The role the author spoke in, as at posting; their name only if they are not a student.
    author_role         VARCHAR(32)   NOT NULL,
    author_name         VARCHAR(200)  NULL,
    author_organisation VARCHAR(200)  NULL,
    stance              VARCHAR(16)   NULL,
    body                TEXT          NOT NULL,
    quote               VARCHAR(1000) NULL,
    language            VARCHAR(16)   NOT NULL,
    created_at          TIMESTAMP(6)  NOT NULL,
    edited_at           TIMESTAMP(6)  NULL,
    withdrawn_at        TIMESTAMP(6)  NULL,
    hidden_at           TIMESTAMP(6)  NULL,
    hidden_reason       VARCHAR(500)  NULL,
    version             BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_comment_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_comment_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id),
    CONSTRAINT fk_comment_draft FOREIGN KEY (draft_id) REFERENCES draft (id),
    CONSTRAINT fk_comment_version FOREIGN KEY (version_id) REFERENCES draft_version (id),
    CONSTRAINT fk_comment_section FOREIGN KEY (section_id) REFERENCES draft_section (id),
    CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES comment (id),
    CONSTRAINT fk_comment_root FOREIGN KEY (root_id) REFERENCES comment (id),
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES participant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_comment_section ON comment (district_id, section_id, depth, created_at);
CREATE INDEX ix_comment_root ON comment (district_id, root_id, created_at);
CREATE INDEX ix_comment_cycle ON comment (district_id, cycle_id, section_key);

CREATE TABLE comment_edit (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    district_id BIGINT        NOT NULL,
    comment_id  BIGINT        NOT NULL,
    stance      VARCHAR(16)   NULL,
    body        TEXT          NOT NULL,
    quote       VARCHAR(1000) NULL,
    written_at  TIMESTAMP(6)  NOT NULL,
    replaced_at TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_comment_edit_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_comment_edit_comment FOREIGN KEY (comment_id) REFERENCES comment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE comment_cosign (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    district_id    BIGINT       NOT NULL,
    comment_id     BIGINT       NOT NULL,
    participant_id BIGINT       NOT NULL,
    organisation   VARCHAR(200) NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_cosign_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_cosign_comment FOREIGN KEY (comment_id) REFERENCES comment (id),
    CONSTRAINT fk_cosign_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT uq_cosign_once UNIQUE (comment_id, participant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE comment_flag (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    district_id    BIGINT       NOT NULL,
    comment_id     BIGINT       NOT NULL,
    participant_id BIGINT       NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    handled_at     TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_flag_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_flag_comment FOREIGN KEY (comment_id) REFERENCES comment (id),
    CONSTRAINT fk_flag_participant FOREIGN KEY (participant_id) REFERENCES participant (id),
    CONSTRAINT uq_flag_once UNIQUE (comment_id, participant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_flag_open ON comment_flag (district_id, handled_at, comment_id);

-- Each hiding and restoring, with its public reason: the public moderation log counts these, never the text.
CREATE TABLE moderation_act (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    district_id   BIGINT       NOT NULL,
    cycle_id      BIGINT       NOT NULL,
    comment_id    BIGINT       NOT NULL,
    act           VARCHAR(16)  NOT NULL,
    public_reason VARCHAR(500) NOT NULL,
    actor_subject VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_moderation_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_moderation_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id),
    CONSTRAINT fk_moderation_comment FOREIGN KEY (comment_id) REFERENCES comment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_moderation_cycle ON moderation_act (district_id, cycle_id, act);
