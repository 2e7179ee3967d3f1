package dk.sikkerby.indberetning.service.year;

import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.AuditField;
import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.persistence.Repositories;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.AuditTrail;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit rows of a change to a year's set-up (action "edit", decision 0508), from what the year
 * looked like before and after: its title and note label, its categories ("NAME (position)") and each
 * initiative's place ("CATEGORY, position") and department. Departments themselves belong to no year
 * and are not in the trail.
 */
final class SetUpTrail {

    private final AuditTrail trail;

    SetUpTrail(Repositories transaction, Actor actor) {
        this.trail = new AuditTrail(transaction, actor, AuditAction.EDIT);
    }

    /** {@code before}: null for a new year. */
    void year(ReportYear before, ReportYear after) {
        trail.setUp(after.year(), null, AuditField.YEAR_TITLE, before == null ? null : before.title(), after.title());
        trail.setUp(after.year(), null, AuditField.NOTE_LABEL, before == null ? null : before.noteLabel(),
                after.noteLabel());
    }

    void categories(int year, List<Category> before, List<Category> after) {
        Map<Integer, Category> old = new HashMap<>();
        before.forEach(c -> old.put(c.id(), c));
        for (Category c : after) {
            Category was = old.get(c.id());
            trail.setUp(year, null, AuditField.CATEGORY, was == null ? null : category(was), category(c));
        }
    }

    void placements(int year, List<InitiativeRow> before, List<InitiativeRow> after) {
        Map<Integer, InitiativeRow> old = new HashMap<>();
        before.forEach(r -> old.put(r.initiativeId(), r));
        for (InitiativeRow r : after) {
            InitiativeRow was = old.get(r.initiativeId());
            trail.setUp(year, r.initiativeId(), AuditField.PLACEMENT, was == null ? null : placement(was), placement(r));
            trail.setUp(year, r.initiativeId(), AuditField.DEPARTMENT, was == null ? null : was.department().code(),
                    r.department().code());
        }
    }

    private static String category(Category c) {
        return c.name() + " (" + c.position() + ")";
    }

    private static String placement(InitiativeRow r) {
        return r.category().name() + ", " + r.position();
    }
}
