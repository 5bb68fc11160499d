-- The tenant: one row per school district.
CREATE TABLE district (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    slug           VARCHAR(63)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    keycloak_realm VARCHAR(100) NOT NULL,
    languages      VARCHAR(100) NOT NULL,
    time_zone      VARCHAR(64)  NOT NULL,
    enrolment      INT          NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_district_slug UNIQUE (slug),
    CONSTRAINT uk_district_realm UNIQUE (keycloak_realm),
    CONSTRAINT ck_district_enrolment CHECK (enrolment >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person who has signed in to a district. Names stay in Keycloak; the portal keeps a pseudonym.
CREATE TABLE participant (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    district_id BIGINT       NOT NULL,
    subject     VARCHAR(64)  NOT NULL,
    pseudonym   VARCHAR(64)  NOT NULL,
    locale      VARCHAR(16)  NULL,
    first_seen  TIMESTAMP(6) NOT NULL,
    last_seen   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_participant_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT uk_participant_subject UNIQUE (district_id, subject),
    CONSTRAINT uk_participant_pseudonym UNIQUE (district_id, pseudonym)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
