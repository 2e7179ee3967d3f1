-- Success criteria (issue 17, decision 0700): the criteria an initiative set itself for a year, one
-- row each, in the order the department lists them. Keyed like the submission (year and initiative),
-- not by the submission's id: "new year from last year" carries the texts over before anything is
-- submitted, and "not started" stays the absence of a submission row.
-- The submission's score is derived from these rows (met / (met + not met), dropped in neither) and
-- written in the same transaction; the rules on one row are repeated here as constraints.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+ (decision 0005).

CREATE TABLE success_criterion (
    report_year    INTEGER       NOT NULL,
    initiative_id  INTEGER       NOT NULL,
    position       INTEGER       NOT NULL,
    criterion_text VARCHAR(500)  NOT NULL,
    -- NULL: not yet assessed (a carried-over criterion before the department fills it in)
    outcome        VARCHAR(10),
    drop_reason    VARCHAR(1000),
    marker         VARCHAR(20)   NOT NULL,
    -- the text of last year's criterion this one was carried over from; NULL for a new one
    carried_from   VARCHAR(500),
    CONSTRAINT success_criterion_pk PRIMARY KEY (report_year, initiative_id, position),
    CONSTRAINT success_criterion_year_initiative_fk FOREIGN KEY (report_year, initiative_id)
        REFERENCES year_initiative (report_year, initiative_id) ON DELETE CASCADE,
    CONSTRAINT success_criterion_text_unique UNIQUE (report_year, initiative_id, criterion_text),
    CONSTRAINT success_criterion_position CHECK (position BETWEEN 1 AND 50),
    CONSTRAINT success_criterion_text_present CHECK (
        CHAR_LENGTH(TRIM(criterion_text)) > 0 AND criterion_text = TRIM(criterion_text)),
    CONSTRAINT success_criterion_outcome_known CHECK (outcome IN ('MET', 'NOT_MET', 'DROPPED')),
    CONSTRAINT success_criterion_reason_iff_dropped CHECK (
        (outcome = 'DROPPED' AND drop_reason IS NOT NULL AND CHAR_LENGTH(TRIM(drop_reason)) > 0)
        OR ((outcome IS NULL OR outcome <> 'DROPPED') AND drop_reason IS NULL)),
    CONSTRAINT success_criterion_marker_known CHECK (marker IN ('NEW', 'RAISED', 'CARRIED_OVER')),
    CONSTRAINT success_criterion_new_is_not_carried CHECK (marker <> 'NEW' OR carried_from IS NULL)
);

-- An initiative's history reads all its years at once.
CREATE INDEX success_criterion_initiative_idx ON success_criterion (initiative_id, report_year);
