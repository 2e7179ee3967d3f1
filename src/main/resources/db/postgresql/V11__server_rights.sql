-- Server mode (issue 14): the rights the server itself enforces, so that a person who connects with psql
-- under their own login can do no more than the app lets them (decision 1400). PostgreSQL 13+ only: this
-- folder is one of Flyway's locations only on a server (ServerOpening.LOCATIONS); H2 never runs it.
--
-- Who someone is: their server login (session_user, which SET ROLE cannot change), matched to an active
-- row of app_user with the same login, whose role must agree with the group role the login belongs to.
-- The database's owner (IT, server-init) is outside these rules: it owns the tables and could drop them.
-- The grants themselves are in afterMigrate.sql, re-applied after every migration, so tables that later
-- migrations add are covered too.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sikkerby_admin') THEN
        CREATE ROLE sikkerby_admin NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sikkerby_reviewer') THEN
        CREATE ROLE sikkerby_reviewer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sikkerby_coordinator') THEN
        CREATE ROLE sikkerby_coordinator NOLOGIN;
    END IF;
END
$$;

-- The audit rows a transaction writes are known by its id, which a client cannot choose.
ALTER TABLE audit_entry ADD COLUMN tx_id BIGINT DEFAULT txid_current() NOT NULL;
CREATE INDEX audit_entry_tx_idx ON audit_entry (tx_id);

-- Whether the session's login owns the tables (or is a superuser): IT, not a user of the app.
CREATE FUNCTION sikkerby_is_owner() RETURNS BOOLEAN LANGUAGE sql STABLE
    SET search_path = pg_catalog, public AS $$
    SELECT pg_has_role(session_user, c.relowner, 'MEMBER') FROM pg_class c WHERE c.oid = 'public.submission'::regclass
$$;

-- The app role of the session's login: its active app_user row, confirmed by its group role; else NULL.
CREATE FUNCTION sikkerby_session_role() RETURNS VARCHAR LANGUAGE sql STABLE
    SET search_path = pg_catalog, public AS $$
    SELECT u.user_role FROM app_user u
     WHERE u.login = session_user::text AND u.active
       AND pg_has_role(session_user, CASE u.user_role WHEN 'ADMINISTRATOR' THEN 'sikkerby_admin'
                                                      WHEN 'REVIEWER' THEN 'sikkerby_reviewer'
                                                      ELSE 'sikkerby_coordinator' END, 'MEMBER')
$$;

-- Whether the session's login reports for the department of an initiative.
CREATE FUNCTION sikkerby_reports_for(p_initiative INTEGER) RETURNS BOOLEAN LANGUAGE sql STABLE
    SET search_path = pg_catalog, public AS $$
    SELECT EXISTS (SELECT 1 FROM app_user u
                     JOIN user_department ud ON ud.user_id = u.id
                     JOIN initiative i ON i.department_id = ud.department_id
                    WHERE u.login = session_user::text AND u.active AND i.id = p_initiative)
$$;

CREATE FUNCTION sikkerby_year_open(p_year INTEGER) RETURNS BOOLEAN LANGUAGE sql STABLE
    SET search_path = pg_catalog, public AS $$
    SELECT NOT EXISTS (SELECT 1 FROM report_year y WHERE y.report_year = p_year AND y.locked)
$$;

-- The score as the audit trail writes it (AuditField.scoreValue): "2/3", "NR", or "" for none.
CREATE FUNCTION sikkerby_score_value(p_met INTEGER, p_total INTEGER, p_not_relevant BOOLEAN) RETURNS VARCHAR
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_not_relevant THEN 'NR' WHEN p_met IS NULL THEN '' ELSE p_met || '/' || p_total END
$$;

-- Rows: everyone reads; a coordinator writes only their own departments' rows, everyone only in an open year.
ALTER TABLE submission ENABLE ROW LEVEL SECURITY;
CREATE POLICY submission_read ON submission FOR SELECT USING (true);
CREATE POLICY submission_insert ON submission FOR INSERT
    WITH CHECK (sikkerby_year_open(report_year)
                AND (sikkerby_session_role() IN ('ADMINISTRATOR', 'REVIEWER')
                     OR (sikkerby_session_role() = 'COORDINATOR' AND sikkerby_reports_for(initiative_id))));
CREATE POLICY submission_update ON submission FOR UPDATE
    USING (sikkerby_year_open(report_year)
           AND (sikkerby_session_role() IN ('ADMINISTRATOR', 'REVIEWER')
                OR (sikkerby_session_role() = 'COORDINATOR' AND sikkerby_reports_for(initiative_id))))
    WITH CHECK (sikkerby_year_open(report_year)
           AND (sikkerby_session_role() IN ('ADMINISTRATOR', 'REVIEWER')
                OR (sikkerby_session_role() = 'COORDINATOR' AND sikkerby_reports_for(initiative_id))));

ALTER TABLE submission_comment ENABLE ROW LEVEL SECURITY;
CREATE POLICY comment_read ON submission_comment FOR SELECT USING (true);
CREATE POLICY comment_insert ON submission_comment FOR INSERT
    WITH CHECK (sikkerby_session_role() IN ('ADMINISTRATOR', 'REVIEWER')
                OR (sikkerby_session_role() = 'COORDINATOR' AND sikkerby_reports_for(initiative_id)));

-- Fields and states: which of a row's values each role may change, and the moves of the workflow
-- (Rights and WorkflowService in the app). The owner is not checked.
CREATE FUNCTION sikkerby_submission_guard() RETURNS TRIGGER LANGUAGE plpgsql
    SET search_path = pg_catalog, public AS $$
DECLARE
    app_role    VARCHAR := sikkerby_session_role();
    old_state   VARCHAR := 'NOT_STARTED';
    old_score   VARCHAR := '';
    old_note    VARCHAR := '';
    old_assess  VARCHAR := '';
    score_moved BOOLEAN;
    note_moved  BOOLEAN;
    assess_moved BOOLEAN;
    move        VARCHAR;
BEGIN
    IF sikkerby_is_owner() THEN
        RETURN NEW;
    END IF;
    IF app_role IS NULL THEN
        RAISE EXCEPTION 'sikkerby: % is not an active user of this database', session_user USING ERRCODE = '42501';
    END IF;
    IF TG_OP = 'UPDATE' THEN
        old_state := OLD.state;
        old_score := sikkerby_score_value(OLD.goals_met, OLD.goals_total, OLD.not_relevant);
        old_note := OLD.department_note;
        old_assess := OLD.assessment;
        IF NEW.id <> OLD.id OR NEW.report_year <> OLD.report_year OR NEW.initiative_id <> OLD.initiative_id THEN
            RAISE EXCEPTION 'sikkerby: a submission keeps its year and initiative' USING ERRCODE = '42501';
        END IF;
    END IF;
    score_moved := old_score IS DISTINCT FROM sikkerby_score_value(NEW.goals_met, NEW.goals_total, NEW.not_relevant);
    note_moved := old_note IS DISTINCT FROM NEW.department_note;
    assess_moved := old_assess IS DISTINCT FROM NEW.assessment;
    move := old_state || '>' || NEW.state;
    IF (score_moved OR note_moved) AND app_role = 'REVIEWER' THEN
        RAISE EXCEPTION 'sikkerby: a reviewer does not change the score or the note' USING ERRCODE = '42501';
    END IF;
    IF assess_moved AND app_role = 'COORDINATOR' THEN
        RAISE EXCEPTION 'sikkerby: a coordinator does not change the assessment' USING ERRCODE = '42501';
    END IF;
    IF app_role <> 'ADMINISTRATOR' THEN
        IF (score_moved OR note_moved) AND old_state NOT IN ('NOT_STARTED', 'DRAFT', 'RETURNED') THEN
            RAISE EXCEPTION 'sikkerby: the score and note are closed in state %', old_state USING ERRCODE = '42501';
        END IF;
        IF assess_moved AND old_state = 'APPROVED' THEN
            RAISE EXCEPTION 'sikkerby: an approved submission is reopened before it is changed' USING ERRCODE = '42501';
        END IF;
    END IF;
    IF NEW.state IS DISTINCT FROM old_state THEN
        IF NOT ((app_role IN ('COORDINATOR', 'ADMINISTRATOR')
                    AND move IN ('NOT_STARTED>DRAFT', 'DRAFT>SUBMITTED', 'RETURNED>SUBMITTED', 'RETURNED>DRAFT'))
                OR (app_role = 'REVIEWER'
                    AND move IN ('NOT_STARTED>DRAFT', 'SUBMITTED>RETURNED', 'SUBMITTED>APPROVED', 'APPROVED>RETURNED'))) THEN
            RAISE EXCEPTION 'sikkerby: % may not move a submission from % to %', lower(app_role), old_state, NEW.state
                USING ERRCODE = '42501';
        END IF;
        NEW.state_changed_by := session_user::text;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER submission_guard BEFORE INSERT OR UPDATE ON submission
    FOR EACH ROW EXECUTE FUNCTION sikkerby_submission_guard();

-- The audit trail: who wrote a row is the login, not what the row claims; rows are never changed or deleted.
CREATE FUNCTION sikkerby_audit_stamp() RETURNS TRIGGER LANGUAGE plpgsql
    SET search_path = pg_catalog, public AS $$
BEGIN
    NEW.tx_id := txid_current();
    IF NOT sikkerby_is_owner() THEN
        NEW.actor_login := session_user::text;
        NEW.actor_name := COALESCE((SELECT full_name FROM app_user WHERE login = session_user::text), session_user::text);
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER audit_entry_stamp BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION sikkerby_audit_stamp();

CREATE FUNCTION sikkerby_comment_stamp() RETURNS TRIGGER LANGUAGE plpgsql
    SET search_path = pg_catalog, public AS $$
BEGIN
    IF NOT sikkerby_is_owner() THEN
        NEW.author_login := session_user::text;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER submission_comment_stamp BEFORE INSERT ON submission_comment
    FOR EACH ROW EXECUTE FUNCTION sikkerby_comment_stamp();

-- Every change to a submission leaves its audit rows (AuditTrail), also one made outside the app: at
-- commit, each changed field's newest audit row of this transaction must name the value the row now has.
-- A change without them is rolled back whole.
CREATE FUNCTION sikkerby_submission_audited() RETURNS TRIGGER LANGUAGE plpgsql
    SET search_path = pg_catalog, public AS $$
DECLARE
    cur submission%ROWTYPE;
    field VARCHAR;
    was VARCHAR;
    became VARCHAR;
    now_value VARCHAR;
    audited VARCHAR;
    found_row BOOLEAN;
BEGIN
    IF sikkerby_is_owner() THEN
        RETURN NULL;
    END IF;
    SELECT * INTO cur FROM submission WHERE id = NEW.id;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    FOREACH field IN ARRAY ARRAY['SCORE', 'DEPARTMENT_NOTE', 'ASSESSMENT', 'STATE'] LOOP
        IF field = 'SCORE' THEN
            was := CASE WHEN TG_OP = 'INSERT' THEN '' ELSE sikkerby_score_value(OLD.goals_met, OLD.goals_total, OLD.not_relevant) END;
            became := sikkerby_score_value(NEW.goals_met, NEW.goals_total, NEW.not_relevant);
            now_value := sikkerby_score_value(cur.goals_met, cur.goals_total, cur.not_relevant);
        ELSIF field = 'DEPARTMENT_NOTE' THEN
            was := CASE WHEN TG_OP = 'INSERT' THEN '' ELSE OLD.department_note END;
            became := NEW.department_note;
            now_value := cur.department_note;
        ELSIF field = 'ASSESSMENT' THEN
            was := CASE WHEN TG_OP = 'INSERT' THEN '' ELSE OLD.assessment END;
            became := NEW.assessment;
            now_value := cur.assessment;
        ELSE
            was := CASE WHEN TG_OP = 'INSERT' THEN 'NOT_STARTED' ELSE OLD.state END;
            became := NEW.state;
            now_value := cur.state;
        END IF;
        IF was IS DISTINCT FROM became THEN
            SELECT true, a.new_value INTO found_row, audited FROM audit_entry a
             WHERE a.report_year = cur.report_year AND a.initiative_id = cur.initiative_id
               AND a.field_name = field AND a.tx_id = txid_current()
             ORDER BY a.id DESC LIMIT 1;
            IF found_row IS NULL OR audited IS DISTINCT FROM now_value THEN
                RAISE EXCEPTION 'sikkerby: the change of % of submission %/% has no audit row', field,
                    cur.report_year, cur.initiative_id USING ERRCODE = '42501';
            END IF;
            found_row := NULL;
        END IF;
    END LOOP;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER submission_audited AFTER INSERT OR UPDATE ON submission
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sikkerby_submission_audited();

-- Working together: every open app hears that a row was saved (LISTEN sikkerby_submission).
CREATE FUNCTION sikkerby_submission_notify() RETURNS TRIGGER LANGUAGE plpgsql
    SET search_path = pg_catalog, public AS $$
BEGIN
    PERFORM pg_notify('sikkerby_submission',
        NEW.report_year || ' ' || NEW.initiative_id || ' ' || NEW.version || ' ' || session_user::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER submission_notify AFTER INSERT OR UPDATE ON submission
    FOR EACH ROW EXECUTE FUNCTION sikkerby_submission_notify();
