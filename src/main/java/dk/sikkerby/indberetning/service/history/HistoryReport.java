package dk.sikkerby.indberetning.service.history;

import dk.sikkerby.indberetning.domain.CriteriaTally;
import dk.sikkerby.indberetning.domain.InitiativeHistory;
import dk.sikkerby.indberetning.domain.InitiativeHistory.YearEntry;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.importer.JsonWriter;
import java.util.ArrayList;
import java.util.List;

/** The history view's content as text lines or JSON, for {@code history --report text|json}. */
public final class HistoryReport {

    private HistoryReport() {
    }

    public static List<String> text(InitiativeHistory history, Messages messages) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("history.report.title", history.name(), history.department().code()));
        for (int i = 0; i < history.years().size(); i++) {
            YearEntry y = history.years().get(i);
            lines.add("");
            lines.add(messages.get("history.report.year", y.year(), score(y.score(), messages),
                    messages.get(history.trend(i).key())));
            if (!y.name().equals(history.name())) {
                lines.add(messages.get("history.report.formerName", y.name()));
            }
            for (int n = 0; n < y.criteria().size(); n++) {
                SuccessCriterion c = y.criteria().get(n);
                String outcome = c.outcome() == null ? messages.get("criteria.outcome.none")
                        : messages.get(c.outcome().key());
                String line = messages.get("history.report.criterion", n + 1, c.text(), outcome,
                        messages.get(c.marker().key()));
                lines.add(c.isDropped() ? line + messages.get("history.report.reason", c.dropReason()) : line);
            }
            lines.add(messages.get("history.report.note", y.noteLabel(), y.departmentNote().plainText()));
            lines.add(messages.get("history.report.assessment", y.assessment().plainText()));
        }
        return lines;
    }

    public static String json(InitiativeHistory history) {
        JsonWriter json = new JsonWriter().beginObject()
                .field("initiativeId", history.initiativeId())
                .field("name", history.name())
                .field("department", history.department().code())
                .name("years").beginArray();
        for (int i = 0; i < history.years().size(); i++) {
            YearEntry y = history.years().get(i);
            CriteriaTally tally = y.tally();
            json.beginObject()
                    .field("year", y.year())
                    .field("name", y.name())
                    .field("score", storageForm(y.score()))
                    .field("shareMet", y.shareMet().orElse(null))
                    .field("trend", history.trend(i).name())
                    .field("criteriaMet", tally.met())
                    .field("criteriaNotMet", tally.notMet())
                    .field("criteriaDropped", tally.dropped())
                    .name("criteria").beginArray();
            for (SuccessCriterion c : y.criteria()) {
                json.beginObject().field("text", c.text())
                        .field("outcome", c.outcome() == null ? null : c.outcome().name())
                        .field("dropReason", c.isDropped() ? c.dropReason() : null)
                        .field("marker", c.marker().name())
                        .field("carriedFrom", c.carriedFrom().isEmpty() ? null : c.carriedFrom())
                        .endObject();
            }
            json.endArray()
                    .field("noteLabel", y.noteLabel())
                    .field("departmentNote", y.departmentNote().plainText())
                    .field("assessment", y.assessment().plainText())
                    .endObject();
        }
        return json.endArray().endObject().toString();
    }

    private static String score(Score score, Messages messages) {
        if (score.isNotRelevant()) {
            return messages.get("history.report.notRelevant");
        }
        return score.isMissing() ? messages.get("history.report.missing") : score.fraction();
    }

    private static String storageForm(Score score) {
        return score.isNotRelevant() ? "NR" : score.fraction();
    }
}
