-- Searching a draft's comments by words (issue 17, docs/decisions/029): InnoDB's full-text index, which MySQL 8.4 and
-- MariaDB both have and both query with MATCH ... AGAINST.
ALTER TABLE comment ADD FULLTEXT INDEX ft_comment_body (body);
