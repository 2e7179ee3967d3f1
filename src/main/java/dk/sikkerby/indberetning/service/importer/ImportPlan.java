package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.service.importcore.Finding;
import java.util.List;

/**
 * What importing a file into the database would do, worked out against what is stored: the year,
 * departments and categories to create, and for each initiative of the file its placement and its
 * submission (new, changed, unchanged, edited in the app). Equal plans do the same, so the app can
 * check at confirmation that nothing changed since the preview.
 */
public record ImportPlan(YearPlan year, List<ParsedDepartment> newDepartments, List<CategoryPlan> categories,
                         List<InitiativePlan> initiatives, List<Finding> findings) {

    public ImportPlan {
        newDepartments = List.copyOf(newDepartments);
        categories = List.copyOf(categories);
        initiatives = List.copyOf(initiatives);
        findings = List.copyOf(findings);
    }

    /** True if the plan found what refuses the file (a typed score its listed criteria do not give). */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    public long count(SubmissionKind kind) {
        return initiatives.stream().filter(i -> i.kind() == kind).count();
    }

    public long newInitiatives() {
        return initiatives.stream().filter(InitiativePlan::isNewInitiative).count();
    }

    public long newCategories() {
        return categories.stream().filter(CategoryPlan::isNew).count();
    }

    /** How many stored things the import would change: year fields, category places, initiative places, submissions. */
    public long changesToReplace() {
        return year.changes().size() + categories.stream().filter(CategoryPlan::isMoved).count()
                + initiatives.stream().filter(i -> i.placement() == Placement.MOVED || i.kind() == SubmissionKind.CHANGED).count();
    }

    /** True if the import would change something stored, which needs --replace or confirmation. */
    public boolean needsReplace() {
        return changesToReplace() > 0;
    }

    /** True if the database already holds everything the file says (edits made in the app are kept). */
    public boolean changesNothing() {
        return !year.create() && newDepartments.isEmpty() && newCategories() == 0 && !needsReplace()
                && initiatives.stream().noneMatch(i -> i.placement() == Placement.NEW || i.kind() == SubmissionKind.NEW);
    }
}
