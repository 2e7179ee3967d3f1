package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.importcore.FieldChange;
import dk.sikkerby.indberetning.service.importcore.FindingTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A preview in words, for the command line and the preview window: file lines, row statuses, changes. */
public final class PreviewText {

    private final Messages messages;
    private final FindingTexts findings;

    public PreviewText(Messages messages) {
        this.messages = messages;
        this.findings = new FindingTexts(messages);
    }

    /** "SOF 2021 (file.xlsx): 1 new, 2 changed, …" or "file.xlsx: refused, …". */
    public String file(FilePlan file) {
        if (file.refused()) {
            return messages.get("offline.file.refused", file.fileName());
        }
        return messages.get("offline.file.accepted", file.fileName(), file.label(), count(file, RowStatus.NEW),
                count(file, RowStatus.CHANGED), count(file, RowStatus.UNCHANGED), count(file, RowStatus.CONFLICT),
                count(file, RowStatus.MISSING));
    }

    /** "SOF.xlsx (SOF 2021)". */
    public String fileLabel(FilePlan file) {
        return messages.get("offline.import.fileLabel", file.fileName(), file.label());
    }

    public List<String> findings(FilePlan file) {
        List<String> lines = new ArrayList<>();
        file.findings().forEach(f -> lines.add(findings.located(f)));
        return lines;
    }

    public String status(RowStatus status) {
        return messages.get(switch (status) {
            case NEW -> "offline.status.new";
            case CHANGED -> "offline.status.changed";
            case UNCHANGED -> "offline.status.unchanged";
            case CONFLICT -> "offline.status.conflict";
            case MISSING -> "offline.status.missing";
        });
    }

    /** The user's choice in a conflict, or "not chosen" (null). */
    public String resolution(Resolution resolution) {
        if (resolution == null) {
            return messages.get("offline.resolution.none");
        }
        return messages.get(switch (resolution) {
            case KEEP_DATABASE -> "offline.resolution.keepDatabase";
            case TAKE_WORKBOOK -> "offline.resolution.takeWorkbook";
        });
    }

    /** The row's changes field by field; for a conflict first which versions it is between. */
    public String changes(RowPlan row) {
        List<String> parts = new ArrayList<>();
        if (row.status() == RowStatus.CONFLICT) {
            parts.add(messages.get("offline.change.conflict", row.workbookVersion(), row.storedVersion()));
        }
        for (FieldChange change : row.changes()) {
            if (change instanceof FieldChange.OfScore score) {
                scoreParts(score.stored(), score.imported(), parts);
            } else if (change instanceof FieldChange.OfText text) {
                parts.add(field("offline.field.note", value(text.stored()), value(text.imported())));
            }
        }
        return parts.stream().collect(Collectors.joining("; "));
    }

    /** A workbook shows a score as its parts (met, total, not relevant), so the preview names the parts that differ. */
    private void scoreParts(Score before, Score after, List<String> parts) {
        if (!before.met().equals(after.met())) {
            parts.add(field("offline.field.met", number(before.met()), number(after.met())));
        }
        if (!before.total().equals(after.total())) {
            parts.add(field("offline.field.total", number(before.total()), number(after.total())));
        }
        if (before.isNotRelevant() != after.isNotRelevant()) {
            parts.add(field("offline.template.header.notRelevant", yesNo(before.isNotRelevant()),
                    yesNo(after.isNotRelevant())));
        }
    }

    private String field(String nameKey, String before, String after) {
        return messages.get("offline.change.field", messages.get(nameKey), before, after);
    }

    private String number(Optional<Integer> value) {
        return value.map(String::valueOf).orElseGet(() -> messages.get("offline.change.empty"));
    }

    private String yesNo(boolean value) {
        return messages.get(value ? "offline.change.yes" : "offline.change.no");
    }

    private String value(RichText text) {
        return text.isEmpty() ? messages.get("offline.change.empty")
                : "\"" + CellValues.shortened(text.plainText().replace('\n', ' ')) + "\"";
    }

    private static long count(FilePlan file, RowStatus status) {
        return file.rows().stream().filter(r -> r.status() == status).count();
    }
}
