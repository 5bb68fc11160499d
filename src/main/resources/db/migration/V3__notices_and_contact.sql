-- What notifications need about a participant: their realm roles and email as of their last sign-in, and whether
-- they want email at all. Names stay in Keycloak.
ALTER TABLE participant
    ADD COLUMN email VARCHAR(254) NULL,
    ADD COLUMN roles VARCHAR(200) NOT NULL DEFAULT '',
    ADD COLUMN email_notices BOOLEAN NOT NULL DEFAULT TRUE;

-- In-app notices, one per person and event; read_at is set when the person has seen it.
CREATE TABLE notice (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    district_id    BIGINT       NOT NULL,
    participant_id BIGINT       NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    message_key    VARCHAR(100) NOT NULL,
    cycle_id       BIGINT       NULL,
    cycle_title    VARCHAR(200) NULL,
    phase          VARCHAR(32)  NULL,
    read_at        TIMESTAMP(6) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_notice_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_notice_participant FOREIGN KEY (participant_id) REFERENCES participant (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_notice_participant ON notice (district_id, participant_id, created_at);
