-- Reusable moderation reasons (docs/decisions/023): a moderator hides a comment with a reason chosen from a list, in
-- every language the district offers, or writes one. The deployment's own reasons come from its translation bundles
-- (key "default.<code>"); a district's own are rows here (key "district.<id>"), their words in the translation table
-- (subject moderation.reason). A hidden comment and each moderation act keep the key beside the reason's words in
-- the district's first language, so that readers get the reason in theirs and the public log counts it once.
CREATE TABLE moderation_reason (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    district_id BIGINT        NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    created_by  VARCHAR(255)  NOT NULL,
    retired_at  TIMESTAMP(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_moderation_reason_district FOREIGN KEY (district_id) REFERENCES district (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE comment ADD COLUMN hidden_reason_key VARCHAR(60) NULL;
ALTER TABLE moderation_act ADD COLUMN reason_key VARCHAR(60) NULL;
