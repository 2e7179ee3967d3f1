package dk.sikkerby.indberetning.service.history;

import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.AuditField;
import dk.sikkerby.indberetning.domain.InitiativeHistory;
import dk.sikkerby.indberetning.domain.InitiativeLink;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.LinkChoice;
import dk.sikkerby.indberetning.domain.LinkProposal;
import dk.sikkerby.indberetning.domain.LinkQuestion;
import dk.sikkerby.indberetning.domain.LinkQuestion.Candidate;
import dk.sikkerby.indberetning.domain.NameSimilarity;
import dk.sikkerby.indberetning.persistence.HistoryRepository;
import dk.sikkerby.indberetning.persistence.InitiativeLinkRepository;
import dk.sikkerby.indberetning.persistence.Repositories;
import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.persistence.SubmissionRepository;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.Action;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.AuditTrail;
import dk.sikkerby.indberetning.service.workflow.Rights;
import dk.sikkerby.indberetning.service.workflow.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renamed initiatives (decision 0701): proposes likely links (same department, alike names, one new
 * this year and one gone since last year) and links one to its predecessor when the administrator says
 * so. Nothing is linked without being asked for; each link is in the audit trail. The command line
 * ({@code link}) and the app's dialog go through the same checks.
 */
public final class InitiativeLinkService {

    /** Names at least this alike are proposed. */
    public static final double PROPOSE_FROM = NameSimilarity.LIKELY;

    private static final Comparator<Candidate> LIKELIEST_FIRST = Comparator.comparing(Candidate::sameDepartment)
            .thenComparingDouble(Candidate::similarity).reversed().thenComparing(Candidate::name);

    /** Questions with a proposal first, the most alike first, then by name. */
    private static final Comparator<LinkQuestion> PROPOSED_FIRST = Comparator
            .comparing((LinkQuestion q) -> q.proposed().isEmpty())
            .thenComparing(q -> -q.proposed().map(Candidate::similarity).orElse(0.0))
            .thenComparing(LinkQuestion::name);

    private final Store store;

    public InitiativeLinkService(Store store) {
        this.store = store;
    }

    /** Likely renames in {@code year} against the latest earlier year, most alike first. */
    public List<LinkProposal> proposals(int year) {
        return proposals(questions(year));
    }

    /** The proposals of {@link #questionsAround(int)}: what the import reports after it wrote {@code year}. */
    public List<LinkProposal> proposalsAround(int year) {
        return proposals(questionsAround(year));
    }

    private static List<LinkProposal> proposals(List<LinkQuestion> questions) {
        List<LinkProposal> proposals = new ArrayList<>();
        for (LinkQuestion q : questions) {
            q.candidates().stream().filter(InitiativeLinkService::likely).forEach(c -> proposals.add(
                    new LinkProposal(q.year(), q.initiativeId(), q.name(), c.initiativeId(), c.name(),
                            q.departmentCode(), c.similarity())));
        }
        proposals.sort(Comparator.comparingDouble(LinkProposal::similarity).reversed());
        return proposals;
    }

    /**
     * What to ask after {@code year} was imported or set up, in both directions: the year's new
     * initiatives against the latest earlier year, and the next later year's new initiatives against
     * {@code year} (an older appendix imported after a later year was set up: the imported initiatives
     * are the predecessors). Those with a proposal first. Only questions: nothing is linked.
     */
    public List<LinkQuestion> questionsAround(int year) {
        List<LinkQuestion> all = new ArrayList<>(questions(year));
        nextYear(year).ifPresent(next -> all.addAll(questions(next)));
        all.sort(PROPOSED_FIRST);
        return all;
    }

    private Optional<Integer> nextYear(int year) {
        return store.transactionResult(tx -> tx.years().years().stream().filter(y -> y > year).min(Integer::compare));
    }

    /** The links of the initiatives in {@code year} to their predecessors, by name: what may be taken away. */
    public List<InitiativeLink> linked(int year) {
        return store.transactionResult(tx -> {
            Map<Integer, Integer> links = tx.initiativeLinks().all();
            List<InitiativeLink> linked = new ArrayList<>();
            for (InitiativeRow r : tx.submissions().rows(year)) {
                Integer before = links.get(r.initiativeId());
                if (before != null) {
                    String name = tx.history().history(before, 0).map(InitiativeHistory::name)
                            .orElse(String.valueOf(before));
                    linked.add(new InitiativeLink(year, r.initiativeId(), r.name(), r.department().code(), before,
                            name));
                }
            }
            linked.sort(Comparator.comparing(InitiativeLink::name));
            return linked;
        });
    }

    /** The links of {@code year} and of the next later year: those {@link #questionsAround} may have made. */
    public List<InitiativeLink> linkedAround(int year) {
        List<InitiativeLink> all = new ArrayList<>(linked(year));
        nextYear(year).ifPresent(next -> all.addAll(linked(next)));
        return all;
    }

    /**
     * The initiatives new in {@code year} (not reported the latest earlier year, linked to nothing), each
     * with the earlier year's initiatives it may continue; those with a proposal first, most alike first.
     * Empty when there is no earlier year or nothing of it is left to continue.
     */
    public List<LinkQuestion> questions(int year) {
        return store.transactionResult(tx -> {
            Optional<Integer> previous = tx.years().years().stream().filter(y -> y < year).max(Integer::compare);
            if (previous.isEmpty()) {
                return List.of();
            }
            SubmissionRepository rows = tx.submissions();
            List<InitiativeRow> now = rows.rows(year);
            List<InitiativeRow> before = rows.rows(previous.get());
            Map<Integer, Integer> links = tx.initiativeLinks().all();
            Set<Integer> nowIds = now.stream().map(InitiativeRow::initiativeId).collect(Collectors.toSet());
            Set<Integer> beforeIds = before.stream().map(InitiativeRow::initiativeId).collect(Collectors.toSet());
            Set<Integer> haveSuccessor = new HashSet<>(links.values());
            List<InitiativeRow> gone = before.stream().filter(r -> !nowIds.contains(r.initiativeId())
                    && !haveSuccessor.contains(r.initiativeId())).toList();
            List<LinkQuestion> questions = new ArrayList<>();
            for (InitiativeRow added : now) {
                if (gone.isEmpty() || beforeIds.contains(added.initiativeId())
                        || links.containsKey(added.initiativeId())) {
                    continue;
                }
                List<Candidate> candidates = gone.stream().map(g -> new Candidate(previous.get(), g.initiativeId(),
                        g.name(), g.department().code(), NameSimilarity.of(added.name(), g.name()),
                        g.department().id() == added.department().id())).sorted(LIKELIEST_FIRST).toList();
                questions.add(new LinkQuestion(year, added.initiativeId(), added.name(), added.department().code(),
                        candidates, candidates.stream().findFirst().filter(InitiativeLinkService::likely)));
            }
            questions.sort(PROPOSED_FIRST);
            return questions;
        });
    }

    private static boolean likely(Candidate c) {
        return c.sameDepartment() && c.similarity() >= PROPOSE_FROM;
    }

    /**
     * Links {@code initiative} (by name or id) to {@code predecessor}: from now on its history shows the
     * predecessor's years too. Only an administrator; refused if they ever reported in the same year,
     * if either is linked already, or if it would make a circle.
     */
    public void link(Actor actor, String initiative, String predecessor) {
        Rights.check(actor, Action.MANAGE_SETUP, Target.year(0, false));
        store.transaction(tx -> {
            HistoryRepository histories = tx.history();
            int id = histories.findInitiative(initiative)
                    .orElseThrow(() -> new UserFacingException("history.error.unknownInitiative", initiative.strip()));
            int before = histories.findInitiative(predecessor)
                    .orElseThrow(() -> new UserFacingException("history.error.unknownInitiative", predecessor.strip()));
            link(tx, actor, id, before, initiative.strip(), predecessor.strip());
        });
    }

    /**
     * The administrator's answers from the app's dialog, all in one transaction: each link checked and
     * audited as {@link #link(Actor, String, String)} does; one refused, none is made.
     */
    public void linkAll(Actor actor, List<LinkChoice> choices) {
        Rights.check(actor, Action.MANAGE_SETUP, Target.year(0, false));
        store.transaction(tx -> {
            HistoryRepository histories = tx.history();
            for (LinkChoice choice : choices) {
                String name = histories.history(choice.initiativeId(), 0).map(InitiativeHistory::name)
                        .orElseThrow(() -> new UserFacingException("history.error.unknownInitiative",
                                String.valueOf(choice.initiativeId())));
                String before = histories.history(choice.predecessorId(), 0).map(InitiativeHistory::name)
                        .orElseThrow(() -> new UserFacingException("history.error.unknownInitiative",
                                String.valueOf(choice.predecessorId())));
                link(tx, actor, choice.initiativeId(), choice.predecessorId(), name, before);
            }
        });
    }

    /**
     * Takes a wrong link away: {@code initiative} (by name or id) no longer continues its predecessor, and
     * their years are apart again. The same rights and audit (field {@code PREDECESSOR}, now empty) as
     * {@link #link}; one transaction. Returns the predecessor's name.
     */
    public String unlink(Actor actor, String initiative) {
        Rights.check(actor, Action.MANAGE_SETUP, Target.year(0, false));
        return store.transactionResult(tx -> {
            int id = tx.history().findInitiative(initiative)
                    .orElseThrow(() -> new UserFacingException("history.error.unknownInitiative", initiative.strip()));
            return unlink(tx, actor, id, initiative.strip());
        });
    }

    /** The same for the app, by id. */
    public String unlink(Actor actor, int initiativeId) {
        Rights.check(actor, Action.MANAGE_SETUP, Target.year(0, false));
        return store.transactionResult(tx -> {
            String name = tx.history().history(initiativeId, 0).map(InitiativeHistory::name)
                    .orElseThrow(() -> new UserFacingException("history.error.unknownInitiative",
                            String.valueOf(initiativeId)));
            return unlink(tx, actor, initiativeId, name);
        });
    }

    private static String unlink(Repositories tx, Actor actor, int id, String name) {
        HistoryRepository histories = tx.history();
        InitiativeLinkRepository links = tx.initiativeLinks();
        Integer before = links.all().get(id);
        if (before == null || !links.unlink(id)) {
            throw new UserFacingException("history.unlink.error.notLinked", name);
        }
        var newer = histories.history(id, 0).orElseThrow();
        var older = histories.history(before, 0).orElseThrow();
        AuditTrail trail = new AuditTrail(tx, actor, AuditAction.EDIT);
        trail.setUp(lastYear(newer, older), id, AuditField.PREDECESSOR, older.name(), null);
        return older.name();
    }

    /** The year a link's audit row is filed under: the newer one's last year, or the older one's. */
    private static int lastYear(InitiativeHistory newer, InitiativeHistory older) {
        return newer.years().isEmpty() ? older.years().get(older.years().size() - 1).year()
                : newer.years().get(newer.years().size() - 1).year();
    }

    private static void link(Repositories tx, Actor actor, int id, int before, String name, String predecessorName) {
        HistoryRepository histories = tx.history();
        InitiativeLinkRepository links = tx.initiativeLinks();
        Map<Integer, Integer> all = links.all();
        if (id == before || links.chain(before).contains(id)) {
            throw new UserFacingException("history.link.error.circle", name, predecessorName);
        }
        if (all.containsKey(id) || all.containsValue(before)) {
            throw new UserFacingException("history.link.error.alreadyLinked", name, predecessorName);
        }
        var newer = histories.history(id, 0).orElseThrow();
        var older = histories.history(before, 0).orElseThrow();
        Set<Integer> newerYears = newer.years().stream().map(y -> y.year()).collect(Collectors.toSet());
        Optional<Integer> both = older.years().stream().map(y -> y.year()).filter(newerYears::contains).findFirst();
        if (both.isPresent()) {
            throw new UserFacingException("history.link.error.sameYear", name, predecessorName, both.get());
        }
        AuditTrail trail = new AuditTrail(tx, actor, AuditAction.EDIT);
        links.link(id, before, actor.login(), trail.at());
        trail.setUp(lastYear(newer, older), id, AuditField.PREDECESSOR, null, older.name());
    }
}
