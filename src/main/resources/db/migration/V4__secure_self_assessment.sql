-- The district's SECURe self-assessment of a review cycle: a rating and evidence per action step (1-5) ...
CREATE TABLE rubric_rating (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    district_id BIGINT        NOT NULL,
    cycle_id    BIGINT        NOT NULL,
    action_step INT           NOT NULL,
    rating      VARCHAR(16)   NOT NULL,
    evidence    VARCHAR(4000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_rubric_rating_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_rubric_rating_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id),
    CONSTRAINT uk_rubric_rating_step UNIQUE (cycle_id, action_step),
    CONSTRAINT ck_rubric_rating_step CHECK (action_step BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ... and the district's own checklist items under each step, "to start" or "to improve", done or not.
CREATE TABLE rubric_item (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    district_id BIGINT       NOT NULL,
    cycle_id    BIGINT       NOT NULL,
    action_step INT          NOT NULL,
    checklist   VARCHAR(16)  NOT NULL,
    text        VARCHAR(500) NOT NULL,
    done        BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    CONSTRAINT fk_rubric_item_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_rubric_item_cycle FOREIGN KEY (cycle_id) REFERENCES review_cycle (id),
    CONSTRAINT ck_rubric_item_step CHECK (action_step BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_rubric_item_cycle ON rubric_item (district_id, cycle_id, action_step);
