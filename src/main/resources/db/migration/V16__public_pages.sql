-- What a district shows on its public pages (docs/decisions/021). No row: the defaults (students' comments kept for
-- signed-in members, no other website may embed the card).
CREATE TABLE public_setting (
    district_id              BIGINT        NOT NULL,
    students_comments_public BOOLEAN       NOT NULL DEFAULT FALSE,
    embedding_origins        VARCHAR(1000) NOT NULL DEFAULT '',
    updated_at               TIMESTAMP(6)  NULL,
    PRIMARY KEY (district_id),
    CONSTRAINT fk_public_setting_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
