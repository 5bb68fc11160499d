-- When the person last signed in. last_seen could not say: a record made because the realm listed someone for a
-- notice has a last_seen without any sign-in. Until now both were set together at sign-in, so last_seen is the best
-- value there is for the rows already here.
ALTER TABLE participant ADD COLUMN last_sign_in TIMESTAMP(6) NULL;
UPDATE participant SET last_sign_in = last_seen;

-- Raised whenever a district admin changes the person's roles or disables them: a session that signed in under an
-- older value is ended at its next request, so the change takes effect then (docs/decisions/013).
ALTER TABLE participant ADD COLUMN access_version INT NOT NULL DEFAULT 0;
