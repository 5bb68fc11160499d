-- The district's answers to comments ("you said, we did"): a text and a disposition, for one comment or a group.
CREATE TABLE district_response (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    district_id     BIGINT       NOT NULL,
    cycle_id        BIGINT       NOT NULL,
    draft_id        BIGINT       NOT NULL,
    version_id      BIGINT       NOT NULL,
    body            TEXT         NOT NULL,
    disposition     VARCHAR(20)  NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    created_by      VARCHAR(64)  NOT NULL,
    created_by_name VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_response_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_response_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id),
    CONSTRAINT fk_response_draft FOREIGN KEY (draft_id) REFERENCES draft (id),
    CONSTRAINT fk_response_version FOREIGN KEY (version_id) REFERENCES draft_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_response_cycle ON district_response (district_id, cycle_id, created_at);

CREATE TABLE response_comment (
    id          BIGINT NOT NULL AUTO_INCREMENT,
    district_id BIGINT NOT NULL,
    response_id BIGINT NOT NULL,
    comment_id  BIGINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_response_comment_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_response_comment_response FOREIGN KEY (response_id) REFERENCES district_response (id),
    CONSTRAINT fk_response_comment_comment FOREIGN KEY (comment_id) REFERENCES comment (id),
    CONSTRAINT uq_response_comment UNIQUE (response_id, comment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_response_comment_comment ON response_comment (district_id, comment_id);

-- A notice's second detail, as a translation key: a phase's name for a phase opening, a disposition for a response.
ALTER TABLE notice ADD COLUMN detail_key VARCHAR(100) NULL;
