package dk.sikkerby.indberetning.service.year;

import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.SubmissionRules;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.domain.YearControl;
import dk.sikkerby.indberetning.i18n.MessageKey;
import dk.sikkerby.indberetning.persistence.CriteriaRepository;
import dk.sikkerby.indberetning.persistence.DepartmentRepository;
import dk.sikkerby.indberetning.persistence.InitiativeRepository;
import dk.sikkerby.indberetning.persistence.Repositories;
import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.persistence.TrafficLightRepository;
import dk.sikkerby.indberetning.persistence.YearRepository;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.Action;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.AuditTrail;
import dk.sikkerby.indberetning.service.workflow.Rights;
import dk.sikkerby.indberetning.service.workflow.Target;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The year's set-up: departments, categories, initiatives and years, each change checked and written
 * in one transaction. "New year from last year" copies the set-up and not the scores. Only an
 * administrator changes the set-up, and not that of a locked year (checked here, not only in the window);
 * each change of a year's set-up is in the audit trail ({@link SetUpTrail}).
 */
public final class YearSetupService {

    private static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-ZÆØÅ]{2,10}");
    private static final int MAX_NAME = 300;

    private final Store store;

    public YearSetupService(Store store) {
        this.store = store;
    }

    public List<Department> departments() {
        return store.reads().departments();
    }

    public List<Category> categories(int year) {
        return store.direct().years().categories(year);
    }

    public Department addDepartment(Actor actor, String code, String name) {
        checkRole(actor);
        String c = code == null ? "" : code.strip();
        String n = requireName("setup.department.name", name);
        if (!DEPARTMENT_CODE.matcher(c).matches()) {
            throw new UserFacingException("setup.error.departmentCode", c);
        }
        return store.transactionResult(tx -> {
            DepartmentRepository departments = tx.departments();
            if (departments.findByCode(c).isPresent()) {
                throw new UserFacingException("setup.error.departmentExists", c);
            }
            return departments.insert(c, n);
        });
    }

    public void createYear(Actor actor, int year, String title, String noteLabel) {
        checkRole(actor);
        checkYear(year);
        ReportYear reportYear = new ReportYear(year, requireName("setup.year.title", title),
                requireName("setup.year.noteLabel", noteLabel));
        store.transaction(tx -> {
            YearRepository years = tx.years();
            if (years.find(year).isPresent()) {
                throw new UserFacingException("setup.error.yearExists", year);
            }
            years.insert(reportYear);
            new SetUpTrail(tx, actor).year(null, reportYear);
        });
    }

    public void updateYear(Actor actor, ReportYear year) {
        checkRole(actor);
        ReportYear checked = new ReportYear(year.year(), requireName("setup.year.title", year.title()),
                requireName("setup.year.noteLabel", year.noteLabel()));
        store.transaction(tx -> {
            check(tx, actor, checked.year());
            YearRepository years = tx.years();
            ReportYear before = years.find(checked.year())
                    .orElseThrow(() -> new UserFacingException("year.error.unknown", checked.year()));
            years.update(checked);
            new SetUpTrail(tx, actor).year(before, checked);
        });
    }

    public Category addCategory(Actor actor, int year, String name) {
        checkRole(actor);
        String n = requireName("setup.category.name", name);
        return store.transactionResult(tx -> {
            check(tx, actor, year);
            YearRepository years = tx.years();
            List<Category> existing = years.categories(year);
            if (existing.stream().anyMatch(c -> c.name().equalsIgnoreCase(n))) {
                throw new UserFacingException("setup.error.categoryExists", n);
            }
            int position = existing.stream().mapToInt(Category::position).max().orElse(0) + 1;
            Category added = years.insertCategory(year, n, position);
            new SetUpTrail(tx, actor).categories(year, existing, years.categories(year));
            return added;
        });
    }

    /** Moves a category one place up (-1) or down (+1) in the year's order. */
    public void moveCategory(Actor actor, int year, int categoryId, int direction) {
        checkRole(actor);
        store.transaction(tx -> {
            check(tx, actor, year);
            YearRepository years = tx.years();
            List<Category> order = new ArrayList<>(years.categories(year));
            int i = indexOf(order, categoryId);
            int j = i + Integer.signum(direction);
            if (i < 0 || j < 0 || j >= order.size()) {
                return;
            }
            List<Category> before = List.copyOf(order);
            Collections.swap(order, i, j);
            for (int k = 0; k < order.size(); k++) {
                Category c = order.get(k);
                years.updateCategory(new Category(c.id(), c.year(), c.name(), k + 1));
            }
            new SetUpTrail(tx, actor).categories(year, before, years.categories(year));
        });
    }

    /** Moves an initiative one place up (-1) or down (+1) within its category in the year's table. */
    public void moveInitiative(Actor actor, int year, int initiativeId, int direction) {
        checkRole(actor);
        store.transaction(tx -> {
            check(tx, actor, year);
            List<InitiativeRow> rows = tx.submissions().rows(year);
            InitiativeRow moving = rows.stream().filter(r -> r.initiativeId() == initiativeId).findFirst().orElse(null);
            if (moving == null) {
                return;
            }
            List<InitiativeRow> group = new ArrayList<>(rows.stream()
                    .filter(r -> r.category().id() == moving.category().id()).toList());
            int i = group.indexOf(moving);
            int j = i + Integer.signum(direction);
            if (j < 0 || j >= group.size()) {
                return;
            }
            Collections.swap(group, i, j);
            InitiativeRepository initiatives = tx.initiatives();
            for (int k = 0; k < group.size(); k++) {
                InitiativeRow r = group.get(k);
                initiatives.placeInYear(year, r.initiativeId(), r.category().id(), k + 1);
            }
            new SetUpTrail(tx, actor).placements(year, rows, tx.submissions().rows(year));
        });
    }

    /** Adds an initiative to a year at the end of its category; an existing name is reused. */
    public void addInitiative(Actor actor, int year, String name, int departmentId, int categoryId) {
        checkRole(actor);
        String n = requireName("setup.initiative.name", name);
        store.transaction(tx -> {
            check(tx, actor, year);
            InitiativeRepository initiatives = tx.initiatives();
            List<InitiativeRow> rows = tx.submissions().rows(year);
            if (rows.stream().anyMatch(r -> r.name().equalsIgnoreCase(n))) {
                throw new UserFacingException("setup.error.initiativeExists", n, year);
            }
            int id = initiatives.findByName(n).orElseGet(() -> initiatives.insert(n, departmentId));
            initiatives.update(id, n, departmentId);
            int position = rows.stream().filter(r -> r.category().id() == categoryId)
                    .mapToInt(InitiativeRow::position).max().orElse(0) + 1;
            initiatives.placeInYear(year, id, categoryId, position);
            new SetUpTrail(tx, actor).placements(year, rows, tx.submissions().rows(year));
        });
    }

    /**
     * Creates {@code newYear} with the set-up of the latest earlier year: title, note label, categories
     * and initiatives in their order, traffic-light thresholds, and the success criteria's texts (marked
     * carried over, without outcomes). No scores or notes are copied.
     */
    public void createFromPreviousYear(Actor actor, int newYear) {
        checkRole(actor);
        checkYear(newYear);
        store.transaction(tx -> {
            YearRepository years = tx.years();
            if (years.find(newYear).isPresent()) {
                throw new UserFacingException("setup.error.yearExists", newYear);
            }
            ReportYear previous = years.summaries().stream().map(s -> s.year())
                    .filter(y -> y.year() < newYear).findFirst()
                    .orElseThrow(() -> new UserFacingException("setup.error.noPreviousYear", newYear));
            String title = previous.title().replace(String.valueOf(previous.year()), String.valueOf(newYear));
            ReportYear created = new ReportYear(newYear, title, previous.noteLabel());
            years.insert(created);
            Map<Integer, Integer> categoryIds = new HashMap<>();
            for (Category c : years.categories(previous.year())) {
                categoryIds.put(c.id(), years.insertCategory(newYear, c.name(), c.position()).id());
            }
            tx.initiatives().copyYear(previous.year(), newYear, categoryIds);
            TrafficLightRepository lights = tx.trafficLights();
            lights.find(previous.year()).ifPresent(thresholds -> lights.save(newYear, thresholds));
            SetUpTrail trail = new SetUpTrail(tx, actor);
            trail.year(null, created);
            trail.categories(newYear, List.of(), years.categories(newYear));
            trail.placements(newYear, List.of(), tx.submissions().rows(newYear));
            carryCriteriaOver(tx, actor, previous.year(), newYear);
        });
    }

    /**
     * Last year's success criteria become this year's starting list: the texts, marked carried over,
     * without outcomes (so the scores they give are missing until the departments assess them).
     */
    private static void carryCriteriaOver(Repositories tx, Actor actor, int fromYear, int toYear) {
        CriteriaRepository criteria = tx.criteria();
        AuditTrail trail = new AuditTrail(tx, actor, AuditAction.EDIT);
        new java.util.TreeMap<>(criteria.forYear(fromYear)).forEach((initiativeId, list) -> {
            List<SuccessCriterion> carried = list.stream().map(SuccessCriterion::carriedOver).toList();
            criteria.replace(toYear, initiativeId, carried);
            trail.criteria(toYear, initiativeId, List.of(), carried);
        });
        trail.flush();
    }

    /** Only an administrator sets up; checked before anything else is looked at. */
    private static void checkRole(Actor actor) {
        Rights.check(actor, Action.MANAGE_SETUP, Target.year(0, false));
    }

    /** The year's lock, read in the transaction that changes it: a locked year's set-up stays as it is. */
    private static void check(Repositories tx, Actor actor, int year) {
        boolean locked = tx.yearControls().find(year).map(YearControl::locked).orElse(false);
        Rights.check(actor, Action.MANAGE_SETUP, Target.year(year, locked));
    }

    private static int indexOf(List<Category> categories, int id) {
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private static void checkYear(int year) {
        if (year < ReportYear.FIRST || year > ReportYear.LAST) {
            throw new UserFacingException("setup.error.yearRange", year, ReportYear.FIRST, ReportYear.LAST);
        }
    }

    private static String requireName(String fieldKey, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new UserFacingException("setup.error.required", new MessageKey(fieldKey));
        }
        if (v.length() > MAX_NAME) {
            throw new UserFacingException("setup.error.tooLong", new MessageKey(fieldKey), MAX_NAME);
        }
        if (v.chars().anyMatch(ch -> SubmissionRules.isControl((char) ch))) {
            throw new UserFacingException("setup.error.controlCharacter", new MessageKey(fieldKey));
        }
        return v;
    }
}
