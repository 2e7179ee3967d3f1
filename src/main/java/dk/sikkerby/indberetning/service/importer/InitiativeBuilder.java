package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.domain.Field;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SubmissionRules;
import dk.sikkerby.indberetning.domain.Violation;
import dk.sikkerby.indberetning.service.importcore.Finding;
import dk.sikkerby.indberetning.service.importcore.Place;
import dk.sikkerby.indberetning.service.importcore.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a finished initiative row by the same rules as the editor's form ({@link SubmissionRules})
 * and the schema (name length, one row per name), and keeps it with its place in its category.
 */
final class InitiativeBuilder {

    private static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-ZÆØÅ]{2,10}");

    private final FindingCollector findings;
    private final DepartmentResolver departments;
    private final List<ParsedInitiative> initiatives = new ArrayList<>();
    private final Map<String, Integer> lineByName = new HashMap<>();
    private final Map<String, Integer> countByCategory = new HashMap<>();

    InitiativeBuilder(FindingCollector findings, DepartmentResolver departments) {
        this.findings = findings;
        this.departments = departments;
    }

    void build(InitiativeDraft draft, boolean hasScoreColumn) {
        String name = draft.name;
        if (name.length() > ImportLimits.MAX_INITIATIVE_NAME) {
            findings.error(draft.line, 0, "import.initiative.nameTooLong", TableReader.shorten(name),
                    ImportLimits.MAX_INITIATIVE_NAME);
        }
        Integer earlier = lineByName.putIfAbsent(name.toLowerCase(Locale.ROOT), draft.line);
        if (earlier != null) {
            findings.error(draft.line, 0, "import.initiative.duplicate", TableReader.shorten(name), earlier);
        }
        String code = HeaderReader.label(draft.departmentCell);
        if (DEPARTMENT_CODE.matcher(code).matches()) {
            departments.use(code, draft.line, draft.departmentColumn);
        } else {
            findings.error(draft.line, draft.departmentColumn, "import.department.badCode", TableReader.shorten(code));
        }
        Score score = score(draft, hasScoreColumn);
        int position = countByCategory.merge(draft.category, 1, Integer::sum);
        initiatives.add(new ParsedInitiative(draft.line, name, code, draft.category, position, score,
                draft.note, draft.assessment));
    }

    private Score score(InitiativeDraft draft, boolean hasScoreColumn) {
        Optional<ScoreCell> cell = ScoreCell.parse(draft.scoreCell);
        if (cell.isEmpty()) {
            findings.error(draft.line, draft.scoreColumn, "import.score.notFraction", TableReader.shorten(draft.scoreCell));
            cell = Optional.of(ScoreCell.missing());
        } else if (hasScoreColumn && draft.scoreCell.isBlank()) {
            findings.warning(draft.line, draft.scoreColumn, "import.score.missing", TableReader.shorten(draft.name));
        }
        ScoreCell parts = cell.get();
        SubmissionForm form = new SubmissionForm(parts.metText(), parts.totalText(), parts.notRelevant(),
                draft.note, draft.assessment);
        for (Violation v : SubmissionRules.validate(form)) {
            findings.add(new Finding(Severity.ERROR, Place.line(draft.line, columnOf(draft, v.field())), v.key(), v.args()));
        }
        return SubmissionRules.score(form).orElse(Score.missing());
    }

    private static int columnOf(InitiativeDraft draft, Field field) {
        return switch (field) {
            // an appendix has no criteria column; a rule about them would concern the score
            case MET, TOTAL, NOT_RELEVANT, CRITERIA, CRITERION -> draft.scoreColumn;
            case DEPARTMENT_NOTE -> draft.noteColumn;
            case ASSESSMENT -> draft.assessmentColumn;
        };
    }

    List<ParsedInitiative> initiatives() {
        return initiatives;
    }
}
