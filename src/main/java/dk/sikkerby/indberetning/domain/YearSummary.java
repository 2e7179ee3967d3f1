package dk.sikkerby.indberetning.domain;

/** A year with how many initiatives report in it and how many of those have a score. */
public record YearSummary(ReportYear year, int initiatives, int scored) {

    public int missing() {
        return initiatives - scored;
    }
}
