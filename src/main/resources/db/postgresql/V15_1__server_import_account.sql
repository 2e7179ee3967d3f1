-- Issue 19, decision 1905: an import no longer writes one audit row per field of every submission it
-- creates (both ~500-character texts again, per submission), but one row of the year, field IMPORT_RUN,
-- that names the import run it stored in the same transaction, the file's SHA-256 and the initiatives whose
-- new submission it wrote (ImportAccount: "import <run id>\nsha256 <hex>\ninitiatives 1-500,502\nfile <name>").
-- A new submission's "before" is the empty, not-started row; its values are those the import wrote, at the
-- version imported_submission records. The commit check of V11 accepts such an account for a submission
-- inserted in the transaction, and only if all of it holds: the account row is this transaction's (tx_id,
-- stamped by audit_entry_stamp), it lists the initiative, the run it names was stored in this transaction for
-- the same year and file digest, the run's log records this submission at the version it has at commit, and
-- the login is an administrator (only they import, and only they may write the import log). Anything else --
-- an update, a later change in the same transaction, a submission no account lists -- still needs its audit
-- rows field by field, as before.

-- Which transaction stored an import run: stamped like the audit rows, so a client cannot choose it.
ALTER TABLE import_run ADD COLUMN tx_id BIGINT DEFAULT txid_current() NOT NULL;

CREATE FUNCTION sikkerby_import_run_stamp() RETURNS TRIGGER LANGUAGE plpgsql
    SET search_path = pg_catalog, public AS $$
BEGIN
    NEW.tx_id := txid_current();
    RETURN NEW;
END
$$;
CREATE TRIGGER import_run_stamp BEFORE INSERT OR UPDATE ON import_run FOR EACH ROW EXECUTE FUNCTION sikkerby_import_run_stamp();

-- Whether an import account of this transaction covers the submission as it is now (see above).
CREATE FUNCTION sikkerby_import_accounts_for(cur submission) RETURNS BOOLEAN LANGUAGE sql STABLE
    SET search_path = pg_catalog, public AS $$
    SELECT sikkerby_session_role() = 'ADMINISTRATOR' AND EXISTS (
        SELECT 1 FROM audit_entry a
          JOIN import_run r ON r.id = substring(a.new_value FROM E'^import ([0-9]{1,18})\n')::BIGINT
          JOIN imported_submission s ON s.import_id = r.id
         WHERE a.tx_id = txid_current() AND a.report_year = cur.report_year AND a.initiative_id IS NULL
           AND a.audit_action = 'IMPORT' AND a.field_name = 'IMPORT_RUN'
           AND r.tx_id = txid_current() AND r.report_year = cur.report_year
           AND r.file_sha256 = substring(a.new_value FROM E'\nsha256 ([0-9a-f]{64})\n')
           AND s.submission_id = cur.id AND s.version = cur.version
           AND EXISTS (SELECT 1
                         FROM unnest(string_to_array(substring(a.new_value FROM E'\ninitiatives ([0-9,-]*)\n'), ',')) AS g(ids)
                        WHERE cur.initiative_id BETWEEN split_part(g.ids, '-', 1)::INTEGER
                              AND COALESCE(NULLIF(split_part(g.ids, '-', 2), ''), split_part(g.ids, '-', 1))::INTEGER))
$$;

-- V11's check, with the import account accepted for a submission inserted in this transaction.
CREATE OR REPLACE FUNCTION sikkerby_submission_audited() RETURNS TRIGGER LANGUAGE plpgsql
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
    IF TG_OP = 'INSERT' AND sikkerby_import_accounts_for(cur) THEN
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
