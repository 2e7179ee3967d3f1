package dk.sikkerby.indberetning.service.importer;

/** How an import ended, with the key of the sentence that says so; only IMPORTED wrote anything. */
public enum Outcome {
    IMPORTED("import.outcome.imported"), NOTHING_TO_CHANGE("import.outcome.nothingToChange"),
    DRY_RUN("import.outcome.dryRun"), REFUSED_ERRORS("import.outcome.refusedErrors"),
    REFUSED_NEEDS_REPLACE("import.outcome.refusedNeedsReplace");

    private final String messageKey;

    Outcome(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public boolean isRefused() {
        return this == REFUSED_ERRORS || this == REFUSED_NEEDS_REPLACE;
    }

    /** What importing would lead to, before anything is written. */
    static Outcome decide(ParsedAppendix parsed, ImportPlan plan, ImportRequest request) {
        if (parsed.hasErrors() || plan == null || plan.hasErrors()) {
            return REFUSED_ERRORS;
        }
        if (plan.needsReplace() && !request.replace()) {
            return REFUSED_NEEDS_REPLACE;
        }
        if (plan.changesNothing()) {
            return NOTHING_TO_CHANGE;
        }
        return request.dryRun() ? DRY_RUN : IMPORTED;
    }
}
