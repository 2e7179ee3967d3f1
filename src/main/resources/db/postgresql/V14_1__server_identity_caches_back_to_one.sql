-- Issue 19: V14 raised the identity caches for H2's file, where one process owns the sequence. On the
-- server each session caches its own block of values, so a later change in one session could get a lower
-- id than an earlier change in another, and the history (which orders the audit trail by id) would show
-- them out of order. PostgreSQL logs a sequence only every 32 values anyway, so the server keeps cache 1.
ALTER TABLE initiative ALTER COLUMN id SET CACHE 1;
ALTER TABLE submission ALTER COLUMN id SET CACHE 1;
ALTER TABLE audit_entry ALTER COLUMN id SET CACHE 1;
