package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The footnote of the department column, made from the departments the table actually uses, in the
 * order they first appear: "¹ KFF er Kultur- og Fritidsforvaltningen, SOF er … og TMF er …". A code
 * in the footnote can therefore never differ from the code in the table (the 2021 KKF/KFF mistake).
 */
final class DepartmentFootnote {

    static final String MARK = "\u00B9";

    private DepartmentFootnote() {
    }

    static List<Department> departments(List<InitiativeRow> rows) {
        Map<Integer, Department> used = new LinkedHashMap<>();
        for (InitiativeRow row : rows) {
            used.putIfAbsent(row.department().id(), row.department());
        }
        return List.copyOf(used.values());
    }

    static String text(List<InitiativeRow> rows, Messages messages) {
        List<String> items = new ArrayList<>();
        for (Department d : departments(rows)) {
            items.add(messages.get("export.footnote.item", d.code(), d.name()));
        }
        StringBuilder out = new StringBuilder(MARK).append(' ');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(messages.get(i == items.size() - 1 ? "export.footnote.lastSeparator" : "export.footnote.separator"));
            }
            out.append(items.get(i));
        }
        return out.toString();
    }
}
