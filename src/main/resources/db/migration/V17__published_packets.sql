-- A board packet a district admin published to the public pages: the PDF as it was at that moment, never changed.
-- A corrected packet is a new edition beside the earlier ones, saying what it corrects (docs/decisions/021).
CREATE TABLE published_packet (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    district_id       BIGINT       NOT NULL,
    cycle_id          BIGINT       NOT NULL,
    edition           INT          NOT NULL,
    language          VARCHAR(16)  NOT NULL,
    correction        VARCHAR(500) NULL,
    published_at      TIMESTAMP(6) NOT NULL,
    published_by      VARCHAR(64)  NOT NULL,
    published_by_name VARCHAR(200) NOT NULL,
    size_bytes        INT          NOT NULL,
    content           LONGBLOB     NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_published_packet UNIQUE (district_id, cycle_id, edition, language),
    CONSTRAINT fk_published_packet_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_published_packet_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
