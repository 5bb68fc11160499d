-- Abuse limits (docs/decisions/018). How many times each person did each limited action in each fixed window (this
-- minute, this day, UTC), shared by every portal instance. A row is counted up in the action's own transaction, so
-- an action that is refused or fails does not count. Rows older than two days are deleted by a daily sweep.
CREATE TABLE usage_count (
    district_id  BIGINT       NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    action       VARCHAR(32)  NOT NULL,
    window_kind  VARCHAR(8)   NOT NULL,
    window_start TIMESTAMP(6) NOT NULL,
    count        INT          NOT NULL,
    PRIMARY KEY (district_id, actor, action, window_kind, window_start),
    CONSTRAINT fk_usage_count_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_usage_count_window ON usage_count (window_start);

-- Who reached a limit, for the moderators' queue: one row per person and action, with how often and when last.
-- actor_label is how the comment pages show that person (a student by pseudonym), never more.
CREATE TABLE limit_hit (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    district_id  BIGINT       NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    actor_label  VARCHAR(200) NOT NULL,
    action       VARCHAR(32)  NOT NULL,
    hits         INT          NOT NULL,
    first_hit_at TIMESTAMP(6) NOT NULL,
    last_hit_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_limit_hit UNIQUE (district_id, actor, action),
    CONSTRAINT fk_limit_hit_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_limit_hit_recent ON limit_hit (district_id, last_hit_at);
