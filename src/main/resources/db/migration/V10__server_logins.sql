-- Server mode (issue 14): on a PostgreSQL server each person signs in with their own server login, and
-- the server checks the password; the app stores none. A user made in server mode has no hash.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+ (decision 0005). The server's roles,
-- rights and triggers are PostgreSQL-only and live in db/postgresql, which H2 never runs.
ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL;
