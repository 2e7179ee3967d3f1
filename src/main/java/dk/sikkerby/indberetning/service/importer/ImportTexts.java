package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.importcore.ChangedField;
import dk.sikkerby.indberetning.service.importcore.FieldChange;
import dk.sikkerby.indberetning.service.importcore.Finding;
import dk.sikkerby.indberetning.service.importcore.FindingTexts;
import dk.sikkerby.indberetning.service.importcore.Severity;

/**
 * The pieces of an import report in the user's language: where a finding is, its severity and
 * message, and stored and imported values. The command line's report and the app's preview use them.
 */
public final class ImportTexts {

    private static final int SHOWN_TEXT = 120;

    private final Messages messages;
    private final FindingTexts findings;
    private final FieldChange.Values<String> values;

    public ImportTexts(Messages messages) {
        this.messages = messages;
        this.findings = new FindingTexts(messages);
        this.values = values();
    }

    public Messages messages() {
        return messages;
    }

    public String where(Finding f) {
        return findings.where(f);
    }

    public String severity(Severity severity) {
        return findings.severity(severity);
    }

    public String message(Finding f) {
        return findings.message(f);
    }

    /** "linje 7, kolonne 25: ADVARSEL: …" */
    public String finding(Finding f) {
        return findings.withSeverity(f);
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
        FieldChange.Shown<String> shown = change.shown(values);
        return messages.get("import.report.change", field(change.field()), shown.stored(), shown.imported());
    }

    /** A field's value as the report shows it: a score as written, a text shortened to one line. */
    private FieldChange.Values<String> values() {
        return new FieldChange.Values<>() {
            public String score(Score score) {
                return score.isNotRelevant() ? messages.get("score.notRelevant")
                        : score.isMissing() ? messages.get("score.missing") : score.fraction();
            }

            public String text(RichText text) {
                if (text.isEmpty()) {
                    return messages.get("import.value.empty");
                }
                String plain = text.plainText().replace("\n", " ¶ ");
                return "“" + (plain.length() <= SHOWN_TEXT ? plain : plain.substring(0, SHOWN_TEXT) + "…") + "”";
            }

            public String name(String name) {
                return name;
            }

            public String position(int position) {
                return Integer.toString(position);
            }
        };
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
