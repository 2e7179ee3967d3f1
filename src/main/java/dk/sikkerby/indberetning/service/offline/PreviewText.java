package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.domain.Field;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A preview in words, for the command line and the preview window: file lines, row statuses, changes. */
public final class PreviewText {

    private final Messages messages;

    public PreviewText(Messages messages) {
        this.messages = messages;
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
        file.findings().forEach(f -> lines.add(FindingText.of(messages, f)));
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
            parts.add(messages.get("offline.change.field", fieldName(change.field()), value(change.before()),
                    value(change.after())));
        }
        return parts.stream().collect(Collectors.joining("; "));
    }

    private String fieldName(Field field) {
        return switch (field) {
            case MET -> messages.get("offline.field.met");
            case TOTAL -> messages.get("offline.field.total");
            case NOT_RELEVANT -> messages.get("offline.template.header.notRelevant");
            case DEPARTMENT_NOTE, ASSESSMENT -> messages.get("offline.field.note");
            case CRITERIA, CRITERION -> messages.get("criteria.field.criteria");
        };
    }

    private String value(Object value) {
        if (value == null) {
            return messages.get("offline.change.empty");
        }
        if (value instanceof Boolean b) {
            return messages.get(b ? "offline.change.yes" : "offline.change.no");
        }
        if (value instanceof RichText text) {
            return text.isEmpty() ? messages.get("offline.change.empty")
                    : "\"" + CellValues.shortened(text.plainText().replace('\n', ' ')) + "\"";
        }
        return value.toString();
    }

    private static long count(FilePlan file, RowStatus status) {
        return file.rows().stream().filter(r -> r.status() == status).count();
    }
}
