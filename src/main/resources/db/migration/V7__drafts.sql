-- Drafts under review in a cycle (the SRO policy, the MOU), their versions and numbered sections. A published
-- version (published_at set) never changes; the one unpublished version per draft is the working version an admin
-- prepares from Markdown. Rows are never deleted once published: comments will point at their sections.
CREATE TABLE draft (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    district_id BIGINT       NOT NULL,
    cycle_id    BIGINT       NOT NULL,
    title       VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_draft_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_draft_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_draft_cycle ON draft (district_id, cycle_id);

CREATE TABLE draft_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    district_id  BIGINT       NOT NULL,
    draft_id     BIGINT       NOT NULL,
    number       INT          NOT NULL,
    source       MEDIUMTEXT   NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    published_at TIMESTAMP(6) NULL,
    published_by VARCHAR(64)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_draft_version_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_draft_version_draft FOREIGN KEY (draft_id) REFERENCES draft (id),
    CONSTRAINT uq_draft_version_number UNIQUE (draft_id, number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE draft_section (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    district_id  BIGINT       NOT NULL,
    version_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    section_key  CHAR(36)     NOT NULL,
    heading      VARCHAR(300) NOT NULL,
    body         MEDIUMTEXT   NOT NULL,
    -- SECURe action step numbers, comma-separated, e.g. '2,4'.
    action_steps VARCHAR(20)  NOT NULL DEFAULT '',
    PRIMARY KEY (id),
    CONSTRAINT fk_draft_section_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_draft_section_version FOREIGN KEY (version_id) REFERENCES draft_version (id),
    CONSTRAINT uq_draft_section_position UNIQUE (version_id, position),
    CONSTRAINT uq_draft_section_key UNIQUE (version_id, section_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
