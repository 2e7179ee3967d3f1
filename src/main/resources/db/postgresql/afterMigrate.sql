-- Server mode (issue 14): the grants of the three group roles, re-applied by Flyway after every
-- migration (so that tables a later migration adds are covered). Run by the database's owner.
-- What a role may change within a table (rows, fields, workflow moves) is in V11__server_rights.sql.

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO sikkerby_admin, sikkerby_reviewer, sikkerby_coordinator;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO sikkerby_admin, sikkerby_reviewer, sikkerby_coordinator;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO sikkerby_admin, sikkerby_reviewer, sikkerby_coordinator;

-- Everyone reads everything (which rows a coordinator is shown is the app's choice).
GRANT SELECT ON ALL TABLES IN SCHEMA public TO sikkerby_admin, sikkerby_reviewer, sikkerby_coordinator;

-- Submissions: the fields of the work, never the keys; nobody deletes one.
GRANT INSERT ON submission TO sikkerby_admin, sikkerby_reviewer, sikkerby_coordinator;
GRANT UPDATE (goals_met, goals_total, not_relevant, department_note, assessment, version, updated_at,
              state, state_changed_at, state_changed_by)
    ON submission TO sikkerby_admin, sikkerby_reviewer, sikkerby_coordinator;

-- Append-only trails and logs that every role's work writes.
GRANT INSERT ON audit_entry, submission_comment, offline_import, offline_import_row, app_meta
    TO sikkerby_admin, sikkerby_reviewer, sikkerby_coordinator;
GRANT INSERT ON user_audit_entry TO sikkerby_admin, sikkerby_reviewer, sikkerby_coordinator;

-- The year's set-up, the old appendices' import, and the users: the administrator only.
GRANT INSERT, UPDATE ON department, report_year, category, initiative, year_initiative, traffic_light_threshold,
    import_run, import_finding, app_user TO sikkerby_admin;
GRANT INSERT, UPDATE, DELETE ON imported_submission, user_department TO sikkerby_admin;

-- The success criteria (V7): the department's and the administrator's (rows: V12__server_rights_criteria.sql).
GRANT INSERT, UPDATE, DELETE ON success_criterion TO sikkerby_admin, sikkerby_coordinator;
-- Links between renamed initiatives (V8): set-up. Failed sign-ins (V9): only file mode signs in by password.
GRANT INSERT, UPDATE, DELETE ON initiative_predecessor TO sikkerby_admin;
GRANT INSERT, UPDATE, DELETE ON sign_in_failure TO sikkerby_admin, sikkerby_reviewer, sikkerby_coordinator;

-- A user's own password change writes their hash (file mode only; on a server the server keeps passwords).
-- Nothing else: no TRUNCATE, REFERENCES, TRIGGER, no DELETE of a trail, no DDL (only the owner).
