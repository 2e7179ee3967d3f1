package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.service.importcore.ChangedField;
import dk.sikkerby.indberetning.service.importcore.Comparison;
import dk.sikkerby.indberetning.service.importcore.FieldChange;
import dk.sikkerby.indberetning.service.importcore.Finding;
import dk.sikkerby.indberetning.service.importcore.Place;
import dk.sikkerby.indberetning.service.importcore.ScoreAgainstCriteria;
import dk.sikkerby.indberetning.service.importcore.SubmissionFields;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Works out, without writing, what importing a read file would do to what is stored: matches
 * categories and initiatives by name (in any case), departments by code, and compares each stored
 * submission with the file's field by field.
 */
final class ImportPlanner {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ParsedAppendix parsed;
    private final StoredState state;
    private final List<Finding> findings = new ArrayList<>();

    private ImportPlanner(ParsedAppendix parsed, StoredState state) {
        this.parsed = parsed;
        this.state = state;
    }

    static ImportPlan plan(ParsedAppendix parsed, StoredState state, String defaultNoteLabel) {
        return new ImportPlanner(parsed, state).plan(defaultNoteLabel);
    }

    private ImportPlan plan(String defaultNoteLabel) {
        YearPlan year = yearPlan(defaultNoteLabel);
        List<ParsedDepartment> newDepartments = parsed.departments().stream()
                .filter(d -> !state.departments().containsKey(d.code())).toList();
        Map<String, CategoryPlan> categories = new HashMap<>();
        List<CategoryPlan> categoryPlans = new ArrayList<>();
        for (ParsedCategory c : parsed.categories()) {
            Optional<Category> stored = state.categories().stream().filter(s -> s.name().equalsIgnoreCase(c.name())).findFirst();
            CategoryPlan plan = new CategoryPlan(stored.map(Category::name).orElse(c.name()), stored.map(Category::id),
                    c.position(), stored.map(Category::position));
            categoryPlans.add(plan);
            categories.put(c.name().toLowerCase(Locale.ROOT), plan);
        }
        Map<Integer, String> codeById = new HashMap<>();
        state.departments().values().forEach(d -> codeById.put(d.id(), d.code()));
        List<InitiativePlan> initiatives = new ArrayList<>();
        Set<Integer> inFile = new HashSet<>();
        for (ParsedInitiative initiative : parsed.initiatives()) {
            InitiativePlan plan = initiativePlan(initiative, categories.get(initiative.category().toLowerCase(Locale.ROOT)),
                    codeById);
            plan.storedId().ifPresent(inFile::add);
            initiatives.add(plan);
        }
        state.rows().values().stream().filter(r -> !inFile.contains(r.initiativeId()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .forEach(r -> findings.add(Finding.info(Place.WHOLE_FILE, "import.plan.notInFile", r.name(), parsed.year())));
        return new ImportPlan(year, newDepartments, categoryPlans, initiatives, findings);
    }

    private YearPlan yearPlan(String defaultNoteLabel) {
        Optional<ReportYear> stored = state.year();
        if (stored.isEmpty()) {
            return new YearPlan(parsed.year(), parsed.title(), parsed.noteLabel().orElse(defaultNoteLabel), true, List.of());
        }
        ReportYear y = stored.get();
        List<FieldChange> changes = new ArrayList<>();
        if (!y.title().equals(parsed.title())) {
            changes.add(new FieldChange.OfName(ChangedField.TITLE, y.title(), parsed.title()));
        }
        String label = parsed.noteLabel().orElse(y.noteLabel());
        if (!y.noteLabel().equals(label)) {
            changes.add(new FieldChange.OfName(ChangedField.NOTE_LABEL, y.noteLabel(), label));
        }
        return new YearPlan(y.year(), parsed.title(), label, false, changes);
    }

    private InitiativePlan initiativePlan(ParsedInitiative initiative, CategoryPlan category, Map<Integer, String> codeById) {
        Optional<StoredState.StoredInitiative> stored = Optional.ofNullable(
                state.initiatives().get(initiative.name().toLowerCase(Locale.ROOT)));
        stored.ifPresent(s -> {
            String storedCode = codeById.get(s.departmentId());
            if (!initiative.departmentCode().equals(storedCode)) {
                findings.add(Finding.warning(Place.line(initiative.line(), 0), "import.plan.departmentKept", initiative.name(),
                        storedCode, initiative.departmentCode()));
            }
        });
        Optional<InitiativeRow> row = stored.map(s -> state.rows().get(s.id()));
        List<FieldChange> changes = new ArrayList<>();
        Placement placement = placement(initiative, category, row, changes);
        Optional<Submission> submission = row.flatMap(InitiativeRow::submission);
        SubmissionKind kind = submissionKind(initiative, submission, changes);
        if (kind == SubmissionKind.NEW || kind == SubmissionKind.CHANGED) {
            stored.map(s -> state.criteria().getOrDefault(s.id(), List.of()))
                    .flatMap(criteria -> ScoreAgainstCriteria.contradiction(Place.line(initiative.line(), 0),
                            initiative.name(), initiative.score(), criteria))
                    .ifPresent(findings::add);
        }
        return new InitiativePlan(initiative, stored.map(StoredState.StoredInitiative::id), placement, kind,
                submission, changes);
    }

    private static Placement placement(ParsedInitiative initiative, CategoryPlan category, Optional<InitiativeRow> row,
                                       List<FieldChange> changes) {
        if (row.isEmpty()) {
            return Placement.NEW;
        }
        InitiativeRow r = row.get();
        boolean sameCategory = category.storedId().map(id -> id == r.category().id()).orElse(false);
        if (!sameCategory) {
            changes.add(new FieldChange.OfName(ChangedField.CATEGORY, r.category().name(), category.name()));
        }
        if (r.position() != initiative.position()) {
            changes.add(new FieldChange.OfPosition(r.position(), initiative.position()));
        }
        return changes.isEmpty() ? Placement.SAME : Placement.MOVED;
    }

    private SubmissionKind submissionKind(ParsedInitiative initiative, Optional<Submission> stored,
                                          List<FieldChange> changes) {
        if (stored.isEmpty()) {
            return SubmissionKind.NEW;
        }
        Submission s = stored.get();
        Integer imported = state.importedVersions().get(s.id());
        Comparison comparison = Comparison.of(new SubmissionFields(s.score(), s.departmentNote(), s.assessment()), true,
                new SubmissionFields(initiative.score(), initiative.departmentNote(), initiative.assessment()),
                imported == null || imported != s.version());
        changes.addAll(comparison.changes());
        return switch (comparison.verdict()) {
            case UNCHANGED -> SubmissionKind.UNCHANGED;
            case NEW, CHANGED -> SubmissionKind.CHANGED;
            case CHANGED_SINCE -> {
                String when = s.updatedAt().atZoneSameInstant(ZoneId.systemDefault()).format(WHEN);
                findings.add(Finding.warning(Place.line(initiative.line(), 0), imported == null
                        ? "import.plan.enteredInApp" : "import.plan.editedInApp", initiative.name(), when));
                yield SubmissionKind.EDITED_IN_APP;
            }
        };
    }
}
