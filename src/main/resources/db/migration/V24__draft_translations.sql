-- Official translations of published versions (issue 15, docs/decisions/024): per version and language the whole
-- Markdown as the admin gave it (and the draft's title in that language, if given), and per section of the version
-- its heading and text in that language, matched one to one by position. The published original never changes.
CREATE TABLE version_translation (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    district_id BIGINT        NOT NULL,
    version_id  BIGINT        NOT NULL,
    language    VARCHAR(12)   NOT NULL,
    title       VARCHAR(200)  NULL,
    source      MEDIUMTEXT    NOT NULL,
    written_at  TIMESTAMP(6)  NOT NULL,
    written_by  VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_version_translation UNIQUE (district_id, version_id, language),
    CONSTRAINT fk_version_translation_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_version_translation_version FOREIGN KEY (version_id) REFERENCES draft_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE section_translation (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    district_id BIGINT        NOT NULL,
    version_id  BIGINT        NOT NULL,
    section_id  BIGINT        NOT NULL,
    language    VARCHAR(12)   NOT NULL,
    heading     VARCHAR(300)  NOT NULL,
    body        MEDIUMTEXT    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_section_translation UNIQUE (district_id, section_id, language),
    CONSTRAINT fk_section_translation_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_section_translation_section FOREIGN KEY (section_id) REFERENCES draft_section (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_section_translation_version ON section_translation (district_id, version_id, language);

-- The language a comment's quote is in: the section's text in the comment's language, or the binding original.
ALTER TABLE comment ADD COLUMN quote_language VARCHAR(12) NULL;
