-- Only for DatabaseOpenTest: the same version as db/test-upgrade, but it fails after its first statement,
-- which H2 has already committed (H2 commits every CREATE at once): half a migration.
CREATE TABLE upgrade_probe (id INTEGER PRIMARY KEY);
INSERT INTO no_such_table (id) VALUES (1);
