-- Renamed initiatives (issue 17, decision 0701): an initiative that continues another under a new name
-- is linked to it by the administrator; the history of one then shows the years of both, each under
-- the name it had. Nothing is linked without the administrator's say: the app only proposes.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+ (decision 0005).

CREATE TABLE initiative_predecessor (
    initiative_id  INTEGER      NOT NULL PRIMARY KEY,
    predecessor_id INTEGER      NOT NULL,
    linked_by      VARCHAR(50)  NOT NULL,
    linked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT initiative_predecessor_initiative_fk FOREIGN KEY (initiative_id) REFERENCES initiative (id),
    CONSTRAINT initiative_predecessor_predecessor_fk FOREIGN KEY (predecessor_id) REFERENCES initiative (id),
    -- one successor per initiative: a chain, never a tree
    CONSTRAINT initiative_predecessor_once UNIQUE (predecessor_id),
    CONSTRAINT initiative_predecessor_not_itself CHECK (initiative_id <> predecessor_id)
);
