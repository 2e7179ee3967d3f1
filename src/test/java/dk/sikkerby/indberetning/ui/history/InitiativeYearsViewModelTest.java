package dk.sikkerby.indberetning.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.sikkerby.indberetning.domain.CriterionMarker;
import dk.sikkerby.indberetning.domain.CriterionOutcome;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.DepartmentYear;
import dk.sikkerby.indberetning.domain.InitiativeHistory;
import dk.sikkerby.indberetning.domain.InitiativeHistory.YearEntry;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.ui.history.InitiativeYearsViewModel.Point;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The years window's content without a screen: lines with trend marks, chart points, criteria in full. */
class InitiativeYearsViewModelTest {

    private final InitiativeYearsViewModel model = new InitiativeYearsViewModel(Messages.forLocale(Messages.DANISH));
    private final InitiativeHistory history = new InitiativeHistory(7, "Sjakket", new Department(1, "SOF", "Soc"),
            List.of(new YearEntry(2020, "Sjakket", "Covid-19", Score.notRelevant(), List.of(), RichText.EMPTY, RichText.EMPTY),
                    new YearEntry(2021, "Sjakket", "Covid-19", Score.of(2, 4), List.of(), RichText.plain("n"), RichText.plain("a")),
                    new YearEntry(2022, "Sjakket", "Bemærkning", Score.of(1, 1), List.of(
                            new SuccessCriterion("Færre anmeldelser", CriterionOutcome.MET, "", CriterionMarker.RAISED, "x"),
                            new SuccessCriterion("Tryghed", CriterionOutcome.DROPPED, "Ingen måling", CriterionMarker.NEW,
                                    "")), RichText.EMPTY, RichText.EMPTY)));

    @Test
    void linesCarryScoreTrendAndCriteria() {
        var lines = model.lines(history);
        assertEquals("Ikke relevant", lines.get(0).score());
        assertEquals("", lines.get(1).trend(), "nothing to compare 2/4 with");
        assertEquals("▲ Bedre end sidste år", lines.get(2).trend());
        assertEquals("1 af 1 opfyldt · 1 udgår · 0 uden resultat", lines.get(2).criteria());
        assertEquals("n", lines.get(1).note());
    }

    @Test
    void theChartHasAPointForEveryYearWithAShare() {
        assertEquals(List.of(new Point(2021, 50.0), new Point(2022, 100.0)), model.trend(history));
    }

    @Test
    void aYearsCriteriaAreListedInFullWithTheReason() {
        assertEquals(List.of("1. Færre anmeldelser: Opfyldt [Opjusteret]",
                "2. Tryghed: Udgår [Nyt], fordi: Ingen måling"), model.criteriaOf(history.years().get(2)));
    }

    @Test
    void departmentsArePercentMetPerYear() {
        TreeMap<Integer, DepartmentYear> sof = new TreeMap<>(Map.of(2021, new DepartmentYear("SOF", 2021, 3, 4),
                2022, new DepartmentYear("SOF", 2022, 0, 0)));
        assertEquals(Map.of("SOF", List.of(new Point(2021, 75.0))), model.departments(Map.of("SOF", sof)));
    }
}
