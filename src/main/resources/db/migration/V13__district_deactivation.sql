-- A deactivated district: nobody signs in any more, its scheduled work stops, and everything it holds is kept as it
-- was, for the record. Reactivating clears both columns; the audit log keeps the history (docs/decisions/014).
ALTER TABLE district ADD COLUMN deactivated_at TIMESTAMP(6) NULL;
ALTER TABLE district ADD COLUMN deactivation_reason VARCHAR(1000) NULL;
