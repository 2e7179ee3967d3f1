-- Traffic lights of the consolidated table (issue 5): part of the year's set-up.
-- A score is red when at most red_max_percent of its goals are met, green when at least
-- green_min_percent are met, yellow in between; "not relevant" and missing scores get no colour.
-- A year without a row uses the default: nothing met = red, all met = green (0 and 100).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

CREATE TABLE traffic_light_threshold (
    report_year       INTEGER NOT NULL PRIMARY KEY,
    red_max_percent   INTEGER NOT NULL,
    green_min_percent INTEGER NOT NULL,
    CONSTRAINT traffic_light_year_fk FOREIGN KEY (report_year) REFERENCES report_year (report_year) ON DELETE CASCADE,
    CONSTRAINT traffic_light_order CHECK (
        red_max_percent >= 0 AND red_max_percent < green_min_percent AND green_min_percent <= 100
    )
);
