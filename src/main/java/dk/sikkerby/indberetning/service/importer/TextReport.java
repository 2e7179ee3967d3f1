package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.domain.LinkProposal;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.importcore.Finding;
import dk.sikkerby.indberetning.service.importcore.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The import report as text lines: what was read, what is (or would be) created and changed, every finding, the outcome. */
public final class TextReport {

    /** Longest list of created items the text report shows; the JSON report has them all. */
    static final int MAX_LISTED = 100;

    private final ImportTexts texts;
    private final Messages messages;
    private final List<String> lines = new ArrayList<>();

    private TextReport(ImportTexts texts) {
        this.texts = texts;
        this.messages = texts.messages();
    }

    public static List<String> lines(ImportResult result, ImportTexts texts) {
        return new TextReport(texts).write(result, List.of());
    }

    /**
     * The report with the likely renames the written year brings (decision 0703): listed before the
     * outcome, each with the command that links it; nothing is linked by the import.
     */
    public static List<String> lines(ImportResult result, ImportTexts texts, List<LinkProposal> proposedLinks) {
        return new TextReport(texts).write(result, proposedLinks);
    }

    /** Only what the plan creates and changes: the app's preview lists these lines. */
    public static List<String> planLines(ImportPlan plan, ImportTexts texts) {
        TextReport report = new TextReport(texts);
        report.plan(plan);
        return report.lines;
    }

    private List<String> write(ImportResult result, List<LinkProposal> proposedLinks) {
        ParsedAppendix parsed = result.parsed();
        lines.add(parsed.encoding().map(e -> messages.get("import.report.file", parsed.fileName(),
                        messages.get(e.shortKey()), messages.get(parsed.lineEnding().shortKey()),
                        parsed.lineCount()))
                .orElse(messages.get("import.report.fileUnread", parsed.fileName())));
        result.plan().ifPresent(this::plan);
        List<Finding> findings = result.findings();
        lines.add("");
        lines.add(messages.get("import.report.findings", result.count(Severity.ERROR), result.count(Severity.WARNING),
                result.count(Severity.INFO)));
        findings.forEach(f -> lines.add("  " + texts.finding(f)));
        if (!proposedLinks.isEmpty()) {
            lines.add("");
            lines.add(messages.get("import.report.links", proposedLinks.size()));
            for (LinkProposal p : proposedLinks) {
                lines.add("  " + messages.get("import.report.link", p.name(), p.year(), p.predecessorName(),
                        p.departmentCode(), Math.round(100 * p.similarity()), LinkCommandLine.of(p)));
            }
        }
        lines.add("");
        lines.add(texts.outcome(result));
        return lines;
    }

    private void plan(ImportPlan plan) {
        YearPlan year = plan.year();
        lines.add(messages.get(year.create() ? "import.report.yearNew" : "import.report.yearStored", year.year(),
                year.title(), year.noteLabel()));
        lines.add(messages.get("import.report.create", plan.newDepartments().size(), plan.newCategories(),
                plan.newInitiatives()));
        listed(plan.newDepartments(), d -> messages.get("import.report.newDepartment", d.code(), d.name()));
        listed(plan.categories().stream().filter(CategoryPlan::isNew).toList(),
                c -> messages.get("import.report.newCategory", c.name(), c.position()));
        listed(plan.initiatives().stream().filter(InitiativePlan::isNewInitiative).toList(),
                i -> messages.get("import.report.newInitiative", i.parsed().name(), i.parsed().departmentCode(),
                        i.parsed().line()));
        lines.add(messages.get("import.report.submissions", plan.count(SubmissionKind.NEW),
                plan.count(SubmissionKind.CHANGED), plan.count(SubmissionKind.UNCHANGED),
                plan.count(SubmissionKind.EDITED_IN_APP)));
        year.changes().forEach(c -> lines.add("  " + texts.change(c)));
        for (InitiativePlan i : plan.initiatives()) {
            if (!i.changes().isEmpty()) {
                lines.add(messages.get("import.report.changed", i.parsed().name(), i.parsed().line(), texts.kind(i.kind())));
                i.changes().forEach(c -> lines.add("    " + texts.change(c)));
            }
        }
    }

    private <T> void listed(List<T> items, Function<T, String> line) {
        items.stream().limit(MAX_LISTED).forEach(item -> lines.add("  " + line.apply(item)));
        if (items.size() > MAX_LISTED) {
            lines.add("  " + messages.get("import.report.more", items.size() - MAX_LISTED));
        }
    }
}
