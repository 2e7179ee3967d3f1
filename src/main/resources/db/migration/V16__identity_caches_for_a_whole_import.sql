-- Issue 19 (ninth session): V14's caches of 1,000 still made a 10,000-initiative import store the whole file
-- ~20 times mid-transaction (each time the initiative or submission sequence ran out, H2 wrote the new
-- limit in a system transaction, and with WRITE_DELAY=0 that commit stores every changed page, the import's
-- uncommitted rows included): 0.15 s of the cold import and dead space that the close then compacted away.
-- 20,000 covers the largest import measured (10,000 initiatives) with one reservation per sequence.
-- What it costs: after a crash, up to 19,999 values of a sequence are skipped (ids have gaps; a clean close
-- gives the unused ones back). Portable SQL; db/postgresql/V16_1 sets the server's caches back to 1 (as V14_1).
ALTER TABLE initiative ALTER COLUMN id SET CACHE 20000;
ALTER TABLE submission ALTER COLUMN id SET CACHE 20000;
ALTER TABLE audit_entry ALTER COLUMN id SET CACHE 20000;
