-- Issue 19: the identity columns that a big import or a returned workbook fills draw their values from a
-- cache of 1,000 instead of H2's default 32. On a file (WRITE_DELAY=0) H2 stores the whole file each time
-- a sequence passes its cached limit, the transaction's uncommitted rows included: a 10,000-initiative
-- import drew ~60,000 ids and stored the file ~1,900 times; now ~60 (docs/benchmarks.md, issue 19).
-- What it costs: after a crash, the values cached but not used are skipped (ids have gaps; nothing reads
-- meaning into an id beyond its order, which stays increasing on a file: one process owns it).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+ (decision 0005). On a server each session
-- would cache its own block, so ids would stop following time across sessions (the history orders the
-- audit trail by id): db/postgresql/V14_1 sets the server's caches back to 1.
ALTER TABLE initiative ALTER COLUMN id SET CACHE 1000;
ALTER TABLE submission ALTER COLUMN id SET CACHE 1000;
ALTER TABLE audit_entry ALTER COLUMN id SET CACHE 1000;
