-- Comments carried to the next version (issue 16, docs/decisions/027). A comment of an earlier version is shown under
-- the matching section of a later one, computed when read (no copy); an author who still stands by it on the latest
-- version gets a comment row there that points at the original, so it counts as input on that version too.
ALTER TABLE comment
    ADD COLUMN stands_by_id      BIGINT NULL,
    ADD COLUMN stands_by_version INT    NULL,
    ADD CONSTRAINT fk_comment_stands_by FOREIGN KEY (stands_by_id) REFERENCES comment (id);

-- One stand-by per comment and version.
CREATE UNIQUE INDEX uq_comment_stands_by ON comment (stands_by_id, version_id);
-- The comments of a draft by clause, across its versions.
CREATE INDEX ix_comment_draft_key ON comment (district_id, draft_id, section_key, depth);

-- A notice may carry a detail of its own (e.g. a version number) and a link within the district (e.g. a redline).
ALTER TABLE notice
    ADD COLUMN detail_text VARCHAR(100) NULL,
    ADD COLUMN link        VARCHAR(300) NULL;
