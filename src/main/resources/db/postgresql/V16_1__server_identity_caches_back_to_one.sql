-- Issue 19: V16 raised the identity caches again for H2's file; the server keeps cache 1, for the reason
-- V14_1 gives (ids follow time across sessions; the history orders the audit trail by id).
ALTER TABLE initiative ALTER COLUMN id SET CACHE 1;
ALTER TABLE submission ALTER COLUMN id SET CACHE 1;
ALTER TABLE audit_entry ALTER COLUMN id SET CACHE 1;
