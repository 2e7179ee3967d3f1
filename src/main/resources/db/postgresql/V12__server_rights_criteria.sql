-- Server mode (issue 14): the success criteria (V7) are the department's, like the score they make: a
-- coordinator writes only their own departments' rows, everyone only in an open year; the reviewer
-- does not write them. Grants in afterMigrate.sql.
ALTER TABLE success_criterion ENABLE ROW LEVEL SECURITY;
CREATE POLICY criterion_read ON success_criterion FOR SELECT USING (true);
CREATE POLICY criterion_write ON success_criterion FOR ALL
    USING (sikkerby_year_open(report_year)
           AND (sikkerby_session_role() = 'ADMINISTRATOR'
                OR (sikkerby_session_role() = 'COORDINATOR' AND sikkerby_reports_for(initiative_id))))
    WITH CHECK (sikkerby_year_open(report_year)
           AND (sikkerby_session_role() = 'ADMINISTRATOR'
                OR (sikkerby_session_role() = 'COORDINATOR' AND sikkerby_reports_for(initiative_id))));
