package dk.sikkerby.indberetning.service.history;

import dk.sikkerby.indberetning.domain.AuditAction;
import dk.sikkerby.indberetning.domain.AuditField;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.LinkProposal;
import dk.sikkerby.indberetning.domain.NameSimilarity;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.persistence.HistoryRepository;
import dk.sikkerby.indberetning.persistence.InitiativeLinkRepository;
import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.persistence.SubmissionRepository;
import dk.sikkerby.indberetning.persistence.YearRepository;
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
 * so. Nothing is linked without being asked for; each link is in the audit trail.
 */
public final class InitiativeLinkService {

    /** Names at least this alike are proposed. */
    public static final double PROPOSE_FROM = 0.3;

    private final Store store;

    public InitiativeLinkService(Store store) {
        this.store = store;
    }

    /** Likely renames in {@code year} against the latest earlier year, most alike first. */
    public List<LinkProposal> proposals(int year) {
        return store.transactionResult(tx -> {
            YearRepository years = tx.years();
            Optional<Integer> previous = years.summaries().stream().map(YearSummary::year).map(y -> y.year())
                    .filter(y -> y < year).max(Integer::compare);
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
            List<LinkProposal> proposals = new ArrayList<>();
            for (InitiativeRow added : now) {
                if (beforeIds.contains(added.initiativeId()) || links.containsKey(added.initiativeId())) {
                    continue;
                }
                for (InitiativeRow gone : before) {
                    if (nowIds.contains(gone.initiativeId()) || haveSuccessor.contains(gone.initiativeId())
                            || gone.department().id() != added.department().id()) {
                        continue;
                    }
                    double similarity = NameSimilarity.of(added.name(), gone.name());
                    if (similarity >= PROPOSE_FROM) {
                        proposals.add(new LinkProposal(year, added.initiativeId(), added.name(), gone.initiativeId(),
                                gone.name(), added.department().code(), similarity));
                    }
                }
            }
            proposals.sort(Comparator.comparingDouble(LinkProposal::similarity).reversed());
            return proposals;
        });
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
            InitiativeLinkRepository links = tx.initiativeLinks();
            Map<Integer, Integer> all = links.all();
            if (id == before || links.chain(before).contains(id)) {
                throw new UserFacingException("history.link.error.circle", initiative.strip(), predecessor.strip());
            }
            if (all.containsKey(id) || all.containsValue(before)) {
                throw new UserFacingException("history.link.error.alreadyLinked", initiative.strip(), predecessor.strip());
            }
            var newer = histories.history(id, 0).orElseThrow();
            var older = histories.history(before, 0).orElseThrow();
            Set<Integer> newerYears = newer.years().stream().map(y -> y.year()).collect(Collectors.toSet());
            Optional<Integer> both = older.years().stream().map(y -> y.year()).filter(newerYears::contains).findFirst();
            if (both.isPresent()) {
                throw new UserFacingException("history.link.error.sameYear", initiative.strip(), predecessor.strip(),
                        both.get());
            }
            AuditTrail trail = new AuditTrail(tx, actor, AuditAction.EDIT);
            links.link(id, before, actor.login(), trail.at());
            int year = newer.years().isEmpty() ? older.years().get(older.years().size() - 1).year()
                    : newer.years().get(newer.years().size() - 1).year();
            trail.setUp(year, id, AuditField.PREDECESSOR, null, older.name());
        });
    }
}
