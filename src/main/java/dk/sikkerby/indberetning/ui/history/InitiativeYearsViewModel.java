package dk.sikkerby.indberetning.ui.history;

import dk.sikkerby.indberetning.domain.CriteriaTally;
import dk.sikkerby.indberetning.domain.InitiativeHistory;
import dk.sikkerby.indberetning.domain.InitiativeHistory.YearEntry;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.domain.DepartmentYear;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the "initiative over the years" window shows, without a screen: one line per year (score, trend,
 * criteria in short, both texts), the points of the trend chart (percent of goals met), a year's
 * criteria in full, and the departments' percent met per year for the overview chart.
 */
public final class InitiativeYearsViewModel {

    /** One line of the years table. */
    public record YearLine(int year, String score, String trend, String criteria, String note, String assessment) {
    }

    /** A point of a chart: the year and the percent met. */
    public record Point(int year, double percent) {
    }

    private final Messages messages;

    public InitiativeYearsViewModel(Messages messages) {
        this.messages = messages;
    }

    public List<YearLine> lines(InitiativeHistory history) {
        List<YearLine> lines = new ArrayList<>();
        for (int i = 0; i < history.years().size(); i++) {
            YearEntry y = history.years().get(i);
            lines.add(new YearLine(y.year(), score(y.score()), trend(history, i), criteria(y.tally()),
                    y.departmentNote().plainText(), y.assessment().plainText()));
        }
        return lines;
    }

    /** The share met per year where there is one, in percent. */
    public List<Point> trend(InitiativeHistory history) {
        List<Point> points = new ArrayList<>();
        history.years().forEach(y -> y.shareMet().ifPresent(s -> points.add(new Point(y.year(), 100 * s))));
        return points;
    }

    /** A year's criteria, one line each: "1. text: outcome [marker]" and the reason if dropped. */
    public List<String> criteriaOf(YearEntry year) {
        List<String> out = new ArrayList<>();
        for (int n = 0; n < year.criteria().size(); n++) {
            SuccessCriterion c = year.criteria().get(n);
            String outcome = c.outcome() == null ? messages.get("criteria.outcome.none") : messages.get(c.outcome().key());
            String line = messages.get("history.report.criterion", n + 1, c.text(), outcome,
                    messages.get(c.marker().key())).strip();
            out.add(c.isDropped() ? line + messages.get("history.report.reason", c.dropReason()) : line);
        }
        return out;
    }

    /** Department code, then its percent met per year (goals met over goals assessed, all its initiatives). */
    public Map<String, List<Point>> departments(Map<String, TreeMap<Integer, DepartmentYear>> years) {
        Map<String, List<Point>> result = new TreeMap<>();
        years.forEach((code, byYear) -> result.put(code, byYear.values().stream()
                .filter(d -> d.total() > 0).map(d -> new Point(d.year(), 100.0 * d.met() / d.total())).toList()));
        return result;
    }

    private String trend(InitiativeHistory history, int index) {
        var trend = history.trend(index);
        return trend.mark().isEmpty() ? "" : trend.mark() + " " + messages.get(trend.key());
    }

    private String score(Score score) {
        if (score.isNotRelevant()) {
            return messages.get("score.notRelevant");
        }
        return score.isMissing() ? messages.get("score.missing") : score.fraction();
    }

    private String criteria(CriteriaTally tally) {
        return tally.listed() == 0 ? "" : messages.get("criteria.sum", tally.met(), tally.assessed(), tally.dropped(),
                tally.open());
    }
}
