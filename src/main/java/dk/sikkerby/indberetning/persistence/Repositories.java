package dk.sikkerby.indberetning.persistence;

import dk.sikkerby.indberetning.persistence.ServerLogins;
import org.jooq.DSLContext;

/**
 * Every repository, on one connection's view of the database: either inside one transaction (what
 * {@link Store#transactionResult} hands its work) or outside any ({@link Store#direct()}, each statement
 * on its own). Services reach the tables only through these.
 */
public final class Repositories {

    private final SubmissionRepository submissions;
    private final YearRepository years;
    private final YearControlRepository yearControls;
    private final DepartmentRepository departments;
    private final InitiativeRepository initiatives;
    private final AuditRepository audit;
    private final CommentRepository comments;
    private final UserRepository users;
    private final UserAuditRepository userAudit;
    private final TrafficLightRepository trafficLights;
    private final ImportLogRepository importLog;
    private final ReturnLogRepository returnLog;
    private final ExchangeKeyRepository exchangeKey;
    private final SignInFailureRepository signInFailures;
    private final CriteriaRepository criteria;
    private final HistoryRepository history;
    private final InitiativeLinkRepository initiativeLinks;
    private final ServerLogins serverLogins;

    Repositories(DSLContext dsl) {
        this.submissions = new SubmissionRepository(dsl);
        this.years = new YearRepository(dsl);
        this.yearControls = new YearControlRepository(dsl);
        this.departments = new DepartmentRepository(dsl);
        this.initiatives = new InitiativeRepository(dsl);
        this.audit = new AuditRepository(dsl);
        this.comments = new CommentRepository(dsl);
        this.users = new UserRepository(dsl);
        this.userAudit = new UserAuditRepository(dsl);
        this.trafficLights = new TrafficLightRepository(dsl);
        this.importLog = new ImportLogRepository(dsl);
        this.returnLog = new ReturnLogRepository(dsl);
        this.exchangeKey = new ExchangeKeyRepository(dsl);
        this.signInFailures = new SignInFailureRepository(dsl);
        this.criteria = new CriteriaRepository(dsl);
        this.history = new HistoryRepository(dsl);
        this.initiativeLinks = new InitiativeLinkRepository(dsl);
        this.serverLogins = new ServerLogins(dsl);
    }

    public SubmissionRepository submissions() {
        return submissions;
    }

    public YearRepository years() {
        return years;
    }

    public YearControlRepository yearControls() {
        return yearControls;
    }

    public DepartmentRepository departments() {
        return departments;
    }

    public InitiativeRepository initiatives() {
        return initiatives;
    }

    public AuditRepository audit() {
        return audit;
    }

    public CommentRepository comments() {
        return comments;
    }

    public UserRepository users() {
        return users;
    }

    public UserAuditRepository userAudit() {
        return userAudit;
    }

    public TrafficLightRepository trafficLights() {
        return trafficLights;
    }

    public ImportLogRepository importLog() {
        return importLog;
    }

    public ReturnLogRepository returnLog() {
        return returnLog;
    }

    public ExchangeKeyRepository exchangeKey() {
        return exchangeKey;
    }

    /** Failed sign-ins per login with their times (decision 0513). */
    public SignInFailureRepository signInFailures() {
        return signInFailures;
    }

    /** The success criteria of each initiative and year. */
    public CriteriaRepository criteria() {
        return criteria;
    }

    /** An initiative's years, across renamings, and the departments' figures by year. */
    public HistoryRepository history() {
        return history;
    }

    /** The links from a renamed initiative to the one it continues. */
    public InitiativeLinkRepository initiativeLinks() {
        return initiativeLinks;
    }

    /** The server's logins and group roles; only on a PostgreSQL server. */
    public ServerLogins serverLogins() {
        return serverLogins;
    }
}
