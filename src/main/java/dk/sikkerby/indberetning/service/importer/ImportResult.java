package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.service.importcore.Finding;
import dk.sikkerby.indberetning.service.importcore.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of an import or a preview: what was read, what was (or would be) done, and every
 * finding of the reader and the plan in file order.
 */
public record ImportResult(Outcome outcome, ImportRequest request, ParsedAppendix parsed, Optional<ImportPlan> plan) {

    public List<Finding> findings() {
        return merged(parsed, plan);
    }

    /** The reader's and the plan's findings together, in file order. */
    static List<Finding> merged(ParsedAppendix parsed, Optional<ImportPlan> plan) {
        List<Finding> all = new ArrayList<>(parsed.findings());
        plan.ifPresent(p -> all.addAll(p.findings()));
        all.sort(Finding.FILE_ORDER);
        return List.copyOf(all);
    }

    public long count(Severity severity) {
        return findings().stream().filter(f -> f.severity() == severity).count();
    }

    /** True if confirming this preview would write something (no errors; changes need replace). */
    public boolean canApply(boolean replace) {
        return plan.isPresent() && !parsed.hasErrors() && !plan.get().hasErrors() && !plan.get().changesNothing()
                && (replace || !plan.get().needsReplace());
    }
}
