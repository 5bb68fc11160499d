-- The board's figures (docs/decisions/010) at 100,000 comments and 250,000 ballots in a cycle, counted from
-- indexes alone: comments per section, group and view; distinct people per group; whether a commenter also voted.
CREATE INDEX ix_comment_board ON comment (district_id, cycle_id, depth, section_id, author_role, stance, withdrawn_at,
                                          hidden_at, version_id);
CREATE INDEX ix_comment_people ON comment (district_id, cycle_id, author_role, author_id);
CREATE INDEX ix_ballot_voter_group ON ballot (district_id, cycle_id, voter_id, voter_group);
