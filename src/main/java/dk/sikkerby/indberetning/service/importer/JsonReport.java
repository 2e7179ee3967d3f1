package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.domain.LinkProposal;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.service.importcore.FieldChange;
import dk.sikkerby.indberetning.service.importcore.Finding;

/**
 * The import report for scripts: the same content as the text report, with each finding's key and
 * values beside its message in the user's language, and stored and imported values in full
 * (texts in the app's storage form, scores as "2/3", "NOT_RELEVANT" or "MISSING").
 */
public final class JsonReport {

    private JsonReport() {
    }

    public static String write(ImportResult result, ImportTexts texts) {
        return write(result, texts, java.util.List.of());
    }

    /**
     * The report with {@code proposedLinks}: the likely renames the written year brings, each with the
     * command that links it (decision 0703); nothing is linked by the import.
     */
    public static String write(ImportResult result, ImportTexts texts, java.util.List<LinkProposal> proposedLinks) {
        ParsedAppendix parsed = result.parsed();
        JsonWriter json = new JsonWriter().beginObject()
                .field("file", parsed.fileName()).field("sha256", parsed.sha256())
                .field("encoding", parsed.encoding().map(Enum::name).orElse(null))
                .field("lineEnding", parsed.lineEnding().name()).field("lines", parsed.lineCount())
                .field("year", parsed.year() == 0 ? null : parsed.year())
                .field("outcome", result.outcome().name()).field("written", result.outcome() == Outcome.IMPORTED)
                .field("dryRun", result.request().dryRun()).field("replace", result.request().replace())
                .field("message", texts.outcome(result));
        result.plan().ifPresent(plan -> plan(json, plan));
        json.name("findings").beginArray();
        for (Finding f : result.findings()) {
            json.beginObject().field("line", f.line()).field("column", f.column()).field("severity", f.severity().name())
                    .field("key", f.key()).name("args").beginArray();
            f.args().forEach(json::value);
            json.endArray().field("message", texts.message(f)).endObject();
        }
        json.endArray().name("proposedLinks").beginArray();
        for (LinkProposal p : proposedLinks) {
            json.beginObject().field("year", p.year()).field("initiativeId", p.initiativeId()).field("name", p.name())
                    .field("predecessorId", p.predecessorId()).field("predecessorName", p.predecessorName())
                    .field("department", p.departmentCode()).field("similarity", Math.round(100 * p.similarity()))
                    .field("command", LinkCommandLine.of(p)).endObject();
        }
        return json.endArray().endObject().toString();
    }

    private static void plan(JsonWriter json, ImportPlan plan) {
        YearPlan year = plan.year();
        json.name("reportYear").beginObject().field("year", year.year()).field("title", year.title())
                .field("noteLabel", year.noteLabel()).field("create", year.create());
        changes(json, year.changes());
        json.endObject();
        json.name("newDepartments").beginArray();
        plan.newDepartments().forEach(d -> json.beginObject().field("code", d.code()).field("name", d.name()).endObject());
        json.endArray().name("newCategories").beginArray();
        plan.categories().stream().filter(CategoryPlan::isNew)
                .forEach(c -> json.beginObject().field("name", c.name()).field("position", c.position()).endObject());
        json.endArray().name("submissions").beginObject()
                .field("new", plan.count(SubmissionKind.NEW)).field("changed", plan.count(SubmissionKind.CHANGED))
                .field("unchanged", plan.count(SubmissionKind.UNCHANGED))
                .field("editedInApp", plan.count(SubmissionKind.EDITED_IN_APP)).endObject();
        json.name("initiatives").beginArray();
        for (InitiativePlan i : plan.initiatives()) {
            json.beginObject().field("line", i.parsed().line()).field("name", i.parsed().name())
                    .field("department", i.parsed().departmentCode()).field("category", i.parsed().category())
                    .field("position", i.parsed().position()).field("newInitiative", i.isNewInitiative())
                    .field("placement", i.placement().name()).field("submission", i.kind().name());
            changes(json, i.changes());
            json.endObject();
        }
        json.endArray();
    }

    private static void changes(JsonWriter json, java.util.List<FieldChange> changes) {
        json.name("changes").beginArray();
        for (FieldChange c : changes) {
            FieldChange.Shown<Object> shown = c.shown(VALUES);
            json.beginObject().field("field", c.field().name()).field("stored", shown.stored())
                    .field("imported", shown.imported()).endObject();
        }
        json.endArray();
    }

    /** Values in full: a score as "2/3", "NOT_RELEVANT" or "MISSING", a text in the app's storage form. */
    private static final FieldChange.Values<Object> VALUES = new FieldChange.Values<>() {
        public Object score(Score score) {
            return score.isNotRelevant() ? "NOT_RELEVANT" : score.isMissing() ? "MISSING" : score.fraction();
        }

        public Object text(RichText text) {
            return text.toStorage();
        }

        public Object name(String name) {
            return name;
        }

        public Object position(int position) {
            return position;
        }
    };
}
