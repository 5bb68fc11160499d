-- The public page of a section counts its comments (those shown, and students' kept for members) on every request:
-- with the role and the hidden / withdrawn marks in the index, both counts are read from the index alone.
CREATE INDEX ix_comment_public ON comment (district_id, section_id, depth, author_role, hidden_at, withdrawn_at);
