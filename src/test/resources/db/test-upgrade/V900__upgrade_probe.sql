-- Only for DatabaseOpenTest: a migration the test database has not seen yet.
CREATE TABLE upgrade_probe (id INTEGER PRIMARY KEY);
INSERT INTO upgrade_probe (id) VALUES (1);
