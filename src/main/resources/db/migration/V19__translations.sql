-- Every text a district writes for participants, in each of its languages (docs/decisions/023): one row per text
-- and language. The subject says what the text is (public.introduction, ...) and subject_id which one.
CREATE TABLE translation (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    district_id BIGINT        NOT NULL,
    subject     VARCHAR(40)   NOT NULL,
    subject_id  BIGINT        NOT NULL,
    language    VARCHAR(12)   NOT NULL,
    text        TEXT          NOT NULL,
    written_at  TIMESTAMP(6)  NOT NULL,
    written_by  VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_translation UNIQUE (district_id, subject, subject_id, language),
    CONSTRAINT fk_translation_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
