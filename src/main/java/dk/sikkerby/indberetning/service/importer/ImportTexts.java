package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.i18n.Messages;

/**
 * The pieces of an import report in the user's language: where a finding is, its severity and
 * message, and stored and imported values. The command line's report and the app's preview use them.
 */
public final class ImportTexts {

    private static final int SHOWN_TEXT = 120;

    private final Messages messages;

    public ImportTexts(Messages messages) {
        this.messages = messages;
    }

    public Messages messages() {
        return messages;
    }

    public String where(Finding f) {
        if (f.line() == 0) {
            return messages.get("import.where.file");
        }
        return f.column() == 0 ? messages.get("import.where.line", f.line())
                : messages.get("import.where.lineColumn", f.line(), f.column());
    }

    public String severity(Severity severity) {
        return messages.get(switch (severity) {
            case ERROR -> "import.severity.error";
            case WARNING -> "import.severity.warning";
            case INFO -> "import.severity.info";
        });
    }

    public String message(Finding f) {
        return messages.get(f.key(), f.args());
    }

    /** "linje 7, kolonne 25: ADVARSEL: …" */
    public String finding(Finding f) {
        return messages.get("import.report.finding", where(f), severity(f.severity()), message(f));
    }

    public String kind(SubmissionKind kind) {
        return messages.get(switch (kind) {
            case NEW -> "import.kind.new";
            case CHANGED -> "import.kind.changed";
            case UNCHANGED -> "import.kind.unchanged";
            case EDITED_IN_APP -> "import.kind.editedInApp";
        });
    }

    public String field(ChangedField field) {
        return messages.get(field.messageKey());
    }

    /** "Målopfyldelse: 10/10 → 9/10" */
    public String change(FieldChange change) {
        return messages.get("import.report.change", field(change.field()), value(change.stored()), value(change.imported()));
    }

    /** A field's value as the report shows it: a score as written, a text shortened to one line. */
    public String value(Object value) {
        if (value instanceof Score score) {
            return score.isNotRelevant() ? messages.get("score.notRelevant")
                    : score.isMissing() ? messages.get("score.missing") : score.fraction();
        }
        if (value instanceof RichText text) {
            if (text.isEmpty()) {
                return messages.get("import.value.empty");
            }
            String plain = text.plainText().replace("\n", " ¶ ");
            return "“" + (plain.length() <= SHOWN_TEXT ? plain : plain.substring(0, SHOWN_TEXT) + "…") + "”";
        }
        return value == null ? "" : value.toString();
    }

    public String outcome(ImportResult result) {
        ImportPlan plan = result.plan().orElse(null);
        return switch (result.outcome()) {
            case IMPORTED, DRY_RUN -> messages.get(result.outcome().messageKey(), result.parsed().year(),
                    plan == null ? 0 : plan.initiatives().size());
            case NOTHING_TO_CHANGE -> messages.get(result.outcome().messageKey(), result.parsed().year());
            case REFUSED_ERRORS -> messages.get(result.outcome().messageKey(), result.count(Severity.ERROR));
            case REFUSED_NEEDS_REPLACE -> messages.get(result.outcome().messageKey(),
                    plan == null ? 0 : plan.changesToReplace());
        };
    }
}
