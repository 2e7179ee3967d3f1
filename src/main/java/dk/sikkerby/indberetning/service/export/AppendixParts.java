package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The appendix cut into parts the PDF renderer lays out one at a time (decision 0207): openhtmltopdf keeps
 * a whole document's layout in memory until the last page is drawn, so a year of 2,000 initiatives in one
 * piece needs some 400 MB. A part holds about {@link #BUDGET} characters of text; an appendix that small
 * (the committee's 25 initiatives) is one part, laid out as one table as before. A new part
 * begins at a category when the current one is half full, else in the middle of a category; each part
 * after the first starts on a new page and repeats the column headings there, as every page does.
 */
final class AppendixParts {

    static final int BUDGET = 200_000;
    /** What a row costs beyond its text: the cells, borders and the structure elements of a row. */
    private static final int ROW_COST = 300;

    private AppendixParts() {
    }

    /** A run of one category's rows; {@code headed} when the category's heading row comes first. */
    record Segment(Category category, List<InitiativeRow> rows, boolean headed) {
    }

    /** One part: the title comes with the first, the footnote and legend with the last. */
    record Part(List<Segment> segments, boolean first, boolean last) {
    }

    static List<Part> of(ExportContent content, int budget) {
        List<List<Segment>> parts = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        List<InitiativeRow> run = new ArrayList<>();
        int used = 0;
        for (ExportContent.Group group : content.groups()) {
            if (used >= budget / 2 && !current.isEmpty()) {
                parts.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            boolean headed = true;
            for (InitiativeRow row : group.rows()) {
                int cost = cost(row);
                if (used + cost > budget && (!run.isEmpty() || !current.isEmpty())) {
                    if (!run.isEmpty()) {
                        current.add(new Segment(group.category(), List.copyOf(run), headed));
                        headed = false;
                        run.clear();
                    }
                    parts.add(current);
                    current = new ArrayList<>();
                    used = 0;
                }
                run.add(row);
                used += cost;
            }
            current.add(new Segment(group.category(), List.copyOf(run), headed));
            run.clear();
        }
        if (!current.isEmpty() || parts.isEmpty()) {
            parts.add(current);
        }
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            out.add(new Part(parts.get(i), i == 0, i == parts.size() - 1));
        }
        return out;
    }

    static int cost(InitiativeRow row) {
        return ROW_COST + row.name().length() + row.departmentNote().plainText().length()
                + row.assessment().plainText().length();
    }
}
