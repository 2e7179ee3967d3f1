package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.domain.SubmissionRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the rows one by one and decides what each is (decision 0100): blank and ruler lines are
 * ignored; the title gives the year; the header gives the columns; a footnote defines department
 * codes wherever it stands; a category row (a name in capitals, or a known category in any case, with
 * the other cells empty) starts a group; an initiative row has a name and a department; a row with an
 * empty name continues the text cells of the initiative before it; a row with only a name (and maybe
 * text) directly after an initiative continues its name. Anything else is an error with its line.
 */
final class TableReader {

    private static final Pattern RULER = Pattern.compile("[\\s\\-–—_=+|]*-{3,}[\\s\\-–—_=+|]*");

    private final KnownVocabulary vocabulary;
    private final FindingCollector findings;
    private final DepartmentResolver departments = new DepartmentResolver();
    private final InitiativeBuilder builder;
    private final List<ParsedCategory> categories = new ArrayList<>();
    private final Map<String, ParsedCategory> categoryByName = new LinkedHashMap<>();
    private Layout layout;
    private TitleLine title;
    private boolean stopped;
    private ParsedCategory category;
    private InitiativeDraft current;
    private boolean chainOpen;

    TableReader(KnownVocabulary vocabulary, FindingCollector findings) {
        this.vocabulary = vocabulary;
        this.findings = findings;
        this.builder = new InitiativeBuilder(findings, departments);
    }

    /** False once the file cannot be read further (no usable header, too many errors). */
    boolean accept(Row row) {
        if (stopped || findings.stopped()) {
            return false;
        }
        if (!checkCharacters(row) || row.isBlank() || RULER.matcher(row.text()).matches()) {
            return true;
        }
        if (FootnoteReader.looksLikeFootnote(row)) {
            FootnoteReader.read(row, findings).forEach(d -> departments.define(d, findings));
        } else if (layout == null) {
            beforeHeader(row);
        } else if (HeaderReader.looksLikeHeader(row)) {
            repeatedHeader(row);
        } else if (TitleLine.looksLikeTitle(row)) {
            chainOpen = false;
            title(row);
        } else {
            tableRow(row);
        }
        return !stopped;
    }

    /** C0 and C1 control characters other than the tab cannot be text of the appendix. */
    private boolean checkCharacters(Row row) {
        String text = row.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\t' && SubmissionRules.isControl(c)) {
                findings.error(row.line(), i + 1, "import.text.controlCharacter", String.format("U+%04X", (int) c));
                chainOpen = false;
                return false;
            }
        }
        return true;
    }

    private void beforeHeader(Row row) {
        if (HeaderReader.looksLikeHeader(row)) {
            Optional<Layout> read = HeaderReader.read(row, findings);
            if (read.isEmpty()) {
                stopped = true;
                return;
            }
            layout = read.get();
            layout.noteLabel().ifPresentOrElse(label -> { }, () -> findings.info(row.line(), 0, "import.header.noNoteColumn"));
            if (!layout.has(Column.SCORE)) {
                findings.warning(row.line(), 0, "import.header.noScoreColumn");
            }
        } else if (row.onlyFirstCell()) {
            title(row);
        } else {
            findings.error(row.line(), 0, "import.header.missing");
            stopped = true;
        }
    }

    private void title(Row row) {
        Optional<TitleLine> line = TitleLine.of(row);
        if (line.isEmpty()) {
            findings.error(row.line(), row.cell(0).column(), layout == null && title == null
                    ? "import.title.noYear" : "import.row.notUnderstood", shorten(row.cell(0).text()));
            return;
        }
        TitleLine found = line.get();
        if (title == null) {
            if (found.text().length() > ImportLimits.MAX_TITLE) {
                findings.error(row.line(), 0, "import.title.tooLong", ImportLimits.MAX_TITLE);
            }
            title = found;
        } else if (found.year() != title.year()) {
            findings.error(row.line(), row.cell(0).column(), "import.title.conflictingYear", found.year(),
                    title.line(), title.year());
        } else {
            findings.info(row.line(), 0, "import.title.repeated", title.line());
        }
    }

    private void repeatedHeader(Row row) {
        boolean same = HeaderReader.read(row, new FindingCollector())
                .map(l -> l.positions().equals(layout.positions())).orElse(false);
        if (same) {
            findings.info(row.line(), 0, "import.header.repeated", layout.line());
        } else {
            findings.error(row.line(), 0, "import.header.second", layout.line());
            chainOpen = false;
        }
    }

    private void tableRow(Row row) {
        if (row.width() > layout.width() || (row.width() > 1 && row.cells().size() < layout.width())) {
            int fields = row.width() > layout.width() ? row.width() : row.cells().size();
            findings.error(row.line(), 0, "import.row.fieldCount", fields, layout.width(), layout.line());
            chainOpen = false;
            return;
        }
        if (row.width() == 1 && categoryRow(row, row.cell(0))) {
            return;
        }
        Row.Cell name = layout.cell(row, Column.INITIATIVE);
        Row.Cell department = layout.cell(row, Column.DEPARTMENT);
        Row.Cell score = layout.cell(row, Column.SCORE);
        boolean textEmpty = layout.cell(row, Column.NOTE).isEmpty() && layout.cell(row, Column.ASSESSMENT).isEmpty();
        if (name.isEmpty()) {
            textContinuation(row, department, score);
        } else if (department.isEmpty() && score.isEmpty() && textEmpty) {
            nameOnly(row, name);
        } else if (department.isEmpty()) {
            if (score.isEmpty() && current != null && chainOpen) {
                continueName(row, name);
                continueText(row);
            } else {
                findings.error(row.line(), name.column(), "import.initiative.noDepartment", shorten(name.text()));
                chainOpen = false;
            }
        } else {
            initiative(row, name);
        }
    }

    private void textContinuation(Row row, Row.Cell department, Row.Cell score) {
        if (!department.isEmpty() || !score.isEmpty()) {
            Row.Cell cell = department.isEmpty() ? score : department;
            findings.error(row.line(), cell.column(), "import.continuation.notText", shorten(cell.text()));
            chainOpen = false;
        } else if (current == null || !chainOpen) {
            findings.error(row.line(), 0, "import.continuation.noInitiative");
        } else {
            continueText(row);
        }
    }

    /**
     * Starts a category if the row's only text, in its first cell (where the old documents put the
     * group's heading, whatever the columns) or in the name column, is in capitals or a known category.
     */
    private boolean categoryRow(Row row, Row.Cell cell) {
        String text = LenientHtml.plain(cell.text(), row.line(), cell.column(), new FindingCollector());
        Optional<String> known = Optional.ofNullable(categoryByName.get(text.toLowerCase(Locale.ROOT)))
                .map(ParsedCategory::name).or(() -> vocabulary.category(text));
        if (known.isEmpty() && !isCapitals(text)) {
            return false;
        }
        LenientHtml.plain(cell.text(), row.line(), cell.column(), findings);
        startCategory(row, known.orElse(text));
        return true;
    }

    private void nameOnly(Row row, Row.Cell name) {
        if (categoryRow(row, name)) {
            return;
        }
        if (current != null && chainOpen) {
            continueName(row, name);
        } else {
            String text = LenientHtml.plain(name.text(), row.line(), name.column(), findings);
            findings.error(row.line(), name.column(), "import.row.notUnderstood", shorten(text));
        }
    }

    private void startCategory(Row row, String name) {
        finishCurrent();
        chainOpen = false;
        ParsedCategory seen = categoryByName.get(name.toLowerCase(Locale.ROOT));
        if (seen != null) {
            findings.warning(row.line(), 0, "import.category.repeated", name, seen.line());
            category = seen;
            return;
        }
        if (name.length() > ImportLimits.MAX_NAME) {
            findings.error(row.line(), 0, "import.category.nameTooLong", ImportLimits.MAX_NAME);
        }
        category = new ParsedCategory(name, row.line(), categories.size() + 1);
        categories.add(category);
        categoryByName.put(name.toLowerCase(Locale.ROOT), category);
    }

    private void initiative(Row row, Row.Cell name) {
        finishCurrent();
        chainOpen = true;
        String text = LenientHtml.plain(name.text(), row.line(), name.column(), findings);
        if (category == null) {
            findings.error(row.line(), name.column(), "import.initiative.noCategory", shorten(text));
        }
        Row.Cell department = layout.cell(row, Column.DEPARTMENT);
        Row.Cell score = layout.cell(row, Column.SCORE);
        current = new InitiativeDraft(row.line(), category == null ? null : category.name(), text,
                department.text(), department.column(), score.text(), layout.columnOf(row, Column.SCORE),
                layout.columnOf(row, Column.NOTE), layout.columnOf(row, Column.ASSESSMENT));
        continueText(row);
    }

    private void continueName(Row row, Row.Cell name) {
        String part = LenientHtml.plain(name.text(), row.line(), name.column(), findings);
        current.name = current.name + " " + part;
        findings.info(row.line(), name.column(), "import.continuation.name", current.line, current.name);
    }

    private void continueText(Row row) {
        boolean continuation = current.line != row.line();
        for (Column column : List.of(Column.NOTE, Column.ASSESSMENT)) {
            Row.Cell cell = layout.cell(row, column);
            if (cell.isEmpty()) {
                continue;
            }
            var text = LenientHtml.read(cell.text(), row.line(), cell.column(), findings);
            boolean paragraph = LenientHtml.startsWithParagraph(cell.text());
            if (column == Column.NOTE) {
                current.note = TextJoin.join(current.note, text, paragraph);
            } else {
                current.assessment = TextJoin.join(current.assessment, text, paragraph);
            }
            if (continuation) {
                findings.info(row.line(), cell.column(), "import.continuation.text", current.line, current.name);
            }
        }
    }

    private void finishCurrent() {
        if (current != null && current.category != null) {
            builder.build(current, layout.has(Column.SCORE));
        }
        current = null;
    }

    /**
     * What the rows gave, once every line has been read, with the departments resolved against {@code known}
     * (the rows themselves use only its categories, which every vocabulary shares).
     */
    TableContent finish(KnownVocabulary known) {
        finishCurrent();
        if (layout == null && !stopped && !findings.stopped()) {
            findings.error(0, 0, "import.header.missing");
        }
        for (ParsedCategory c : categories) {
            if (builder.initiatives().stream().noneMatch(i -> i.category().equals(c.name()))) {
                findings.warning(c.line(), 0, "import.category.empty", c.name());
            }
        }
        List<ParsedDepartment> used = departments.resolve(known, findings);
        return new TableContent(Optional.ofNullable(title), Optional.ofNullable(layout), categories, used,
                builder.initiatives());
    }

    /** The rows' content: title and layout if found, categories in order, departments used, initiatives. */
    record TableContent(Optional<TitleLine> title, Optional<Layout> layout, List<ParsedCategory> categories,
                        List<ParsedDepartment> departments, List<ParsedInitiative> initiatives) {
    }

    private static boolean isCapitals(String text) {
        return text.codePoints().anyMatch(Character::isLetter) && text.codePoints().noneMatch(Character::isLowerCase);
    }

    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
