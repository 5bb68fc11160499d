-- Files attached to input (issue 16, docs/decisions/026): a position paper (PDF) on a civil-rights group's or a
-- partner's comment, or a scan (PDF, PNG, JPEG) on an item received outside the portal. Kept in the database with
-- the rest of the record, never under the web root; served as a download with the type its content showed.
CREATE TABLE attachment (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    district_id  BIGINT        NOT NULL,
    comment_id   BIGINT        NULL,
    intake_id    BIGINT        NULL,
    file_name    VARCHAR(200)  NOT NULL,
    content_type VARCHAR(40)   NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    content      LONGBLOB      NOT NULL,
    added_by     VARCHAR(64)   NOT NULL,
    added_at     TIMESTAMP(6)  NOT NULL,
    removed_at   TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_attachment_district FOREIGN KEY (district_id) REFERENCES district (id),
    CONSTRAINT fk_attachment_comment FOREIGN KEY (comment_id) REFERENCES comment (id),
    CONSTRAINT fk_attachment_intake FOREIGN KEY (intake_id) REFERENCES intake_item (id),
    CONSTRAINT ck_attachment_owner CHECK ((comment_id IS NULL) <> (intake_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_attachment_comment ON attachment (district_id, comment_id);
CREATE INDEX ix_attachment_intake ON attachment (district_id, intake_id);
