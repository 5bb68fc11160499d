-- Whom a reader contacts about the accessibility of a district's pages and documents (issue 18): shown on the
-- district's accessibility statement. Null: the district has not named anyone yet.
ALTER TABLE public_setting ADD COLUMN accessibility_contact VARCHAR(200) NULL;
