package dk.sikkerby.indberetning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The overview counts each department's submissions per state and, after the deadline, what is not in. */
class YearOverviewTest {

    private static final Department SOF = new Department(1, "SOF", "Socialforvaltningen");
    private static final Department KFF = new Department(2, "KFF", "Kultur- og Fritidsforvaltningen");
    private static final Category PRIMARY = new Category(1, 2021, "PRIMÆR FOREBYGGELSE", 1);
    private static final OffsetDateTime AT = OffsetDateTime.of(2022, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private static InitiativeRow row(int id, Department d, SubmissionState state) {
        Optional<Submission> s = state == SubmissionState.NOT_STARTED ? Optional.empty()
                : Optional.of(new Submission(id, 2021, id, Score.of(1, 2), RichText.EMPTY, RichText.EMPTY, 1, AT,
                        new SubmissionStatus(state, AT, "x")));
        return new InitiativeRow(id, "Indsats " + id, d, PRIMARY, id, s);
    }

    private final YearTable table = new YearTable(new ReportYear(2021, "Bilag 1", "Covid-19"), List.of(PRIMARY),
            List.of(row(1, SOF, SubmissionState.SUBMITTED), row(2, SOF, SubmissionState.DRAFT),
                    row(3, SOF, SubmissionState.NOT_STARTED), row(4, KFF, SubmissionState.APPROVED),
                    row(5, KFF, SubmissionState.RETURNED)));

    @Test
    void countsPerDepartmentAndStateAndWhatIsOverdueAfterTheDeadline() {
        YearOverview before = YearOverview.of(table, Optional.of(LocalDate.of(2022, 3, 15)), LocalDate.of(2022, 3, 15));
        assertEquals(List.of("KFF", "SOF"), before.departments().stream().map(d -> d.department().code()).toList());
        YearOverview.DepartmentProgress sof = before.departments().get(1);
        assertEquals(1, sof.count(SubmissionState.SUBMITTED));
        assertEquals(1, sof.count(SubmissionState.DRAFT));
        assertEquals(1, sof.count(SubmissionState.NOT_STARTED));
        assertEquals(0, sof.count(SubmissionState.APPROVED));
        assertEquals(0, before.totalOverdue(), "on the deadline day nothing is late yet");

        YearOverview after = YearOverview.of(table, Optional.of(LocalDate.of(2022, 3, 15)), LocalDate.of(2022, 3, 16));
        assertEquals(2, after.departments().get(1).overdue(), "SOF's draft and not-started one");
        assertEquals(1, after.departments().get(0).overdue(), "KFF's returned one; the approved one is in");
        assertEquals(0, YearOverview.of(table, Optional.empty(), LocalDate.of(2030, 1, 1)).totalOverdue());
    }
}
