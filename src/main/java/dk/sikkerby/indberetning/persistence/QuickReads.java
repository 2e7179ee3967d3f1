package dk.sikkerby.indberetning.persistence;

import dk.sikkerby.indberetning.domain.CriterionMarker;
import dk.sikkerby.indberetning.domain.CriterionOutcome;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeHistory;
import dk.sikkerby.indberetning.domain.InitiativeHistory.YearEntry;
import dk.sikkerby.indberetning.domain.ReportYear;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Role;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.domain.YearSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.TooManyRowsException;

/**
 * What the reading commands print ({@code years}, {@code users}, {@code history}), in plain JDBC (decision 1913). A cold
 * command spent about a third of its main thread starting jOOQ (the data types of every dialect it knows, made in
 * {@code SQLDataType}'s static initialiser) and rendering its first query, for one or two small selects; these
 * read the same rows with the same SQL jOOQ renders for them, unquoted and portable (H2 and PostgreSQL), so a
 * command that needs nothing more never starts jOOQ. The repositories that list users and departments and read an
 * initiative's history use the same code on their own connection (in a transaction, the transaction's);
 * {@code YearRepository.summaries} gives the same years ({@code QuickReadsTest}). A failure is jOOQ's
 * {@link DataAccessException}, as from a repository.
 */
public final class QuickReads {

    /** Where the connections come from: outside any transaction, each statement commits on its own. */
    private interface Connections {
        Connection acquire() throws SQLException;

        void release(Connection c) throws SQLException;
    }

    /** A read on a lent connection. */
    @FunctionalInterface
    private interface Work<T> {
        T read(Connection c) throws SQLException;
    }

    private static final String YEARS = "select report_year.report_year, report_year.title, report_year.note_label,"
            + " count(distinct year_initiative.initiative_id),"
            + " count(*) filter (where (submission.not_relevant = true or submission.goals_met is not null))"
            + " from report_year"
            + " left outer join year_initiative on year_initiative.report_year = report_year.report_year"
            + " left outer join submission on (submission.report_year = year_initiative.report_year"
            + " and submission.initiative_id = year_initiative.initiative_id)"
            + " group by report_year.report_year, report_year.title, report_year.note_label"
            + " order by report_year.report_year desc";

    private static final String USERS = "select app_user.id, app_user.login, app_user.full_name, app_user.user_role,"
            + " app_user.active from app_user order by app_user.login";

    private static final String USER_DEPARTMENTS = "select user_department.user_id, user_department.department_id"
            + " from user_department";

    private static final String HISTORY = "the history of one initiative";

    private static final String DEPARTMENTS = "select department.id, department.code, department.name"
            + " from department order by department.code";

    private final Connections connections;

    private QuickReads(Connections connections) {
        this.connections = connections;
    }

    /** On the open database's connections (the file's pool or the server's logins). */
    static QuickReads on(DataSource source) {
        return new QuickReads(new Connections() {
            @Override
            public Connection acquire() throws SQLException {
                return source.getConnection();
            }

            @Override
            public void release(Connection c) throws SQLException {
                c.close();
            }
        });
    }

    /** On the connections of a jOOQ context (a store made on one in tests). */
    static QuickReads over(DSLContext dsl) {
        ConnectionProvider provider = dsl.configuration().connectionProvider();
        return new QuickReads(new Connections() {
            @Override
            public Connection acquire() {
                return provider.acquire();
            }

            @Override
            public void release(Connection c) {
                provider.release(c);
            }
        });
    }

    /** Every year, newest first, with its initiatives and how many of them have a score (as {@code YearRepository.summaries}). */
    public List<YearSummary> yearSummaries() {
        return read(YEARS, QuickReads::yearSummaries);
    }

    /** Every user, the deactivated ones too, by login, with their departments ({@code UserRepository.all}). */
    public List<User> users() {
        return read(USERS, QuickReads::users);
    }

    /** Every department, by code ({@code DepartmentRepository.all}). */
    public List<Department> departments() {
        return read(DEPARTMENTS, QuickReads::departments);
    }

    /**
     * The history of the initiative with this id, or else with this name (case does not matter), read in one
     * transaction ({@code HistoryRepository.findInitiative} and {@code history}); empty if there is none.
     */
    public Optional<InitiativeHistory> history(String idOrName, int fromYear) {
        try {
            return historyRead(idOrName, fromYear);
        } catch (DataAccessException e) { // as Store.transactionResult says it, which the history read ran in
            throw ConnectionLostException.isConnectionLoss(e) ? new ConnectionLostException(e) : e;
        }
    }

    private Optional<InitiativeHistory> historyRead(String idOrName, int fromYear) {
        return read(HISTORY, c -> {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Optional<Integer> id = findInitiative(c, idOrName);
                Optional<InitiativeHistory> history = id.isPresent() ? history(c, id.get(), fromYear) : Optional.empty();
                c.commit();
                return history;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        });
    }

    static List<YearSummary> yearSummaries(Connection c) throws SQLException {
        List<YearSummary> years = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(YEARS); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                years.add(new YearSummary(new ReportYear(r.getInt(1), r.getString(2), r.getString(3)),
                        r.getInt(4), r.getInt(5)));
            }
        }
        return years;
    }

    static List<User> users(Connection c) throws SQLException {
        Map<Integer, Set<Integer>> departments = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(USER_DEPARTMENTS); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                departments.computeIfAbsent(r.getInt(1), k -> new HashSet<>()).add(r.getInt(2));
            }
        }
        List<User> users = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(USERS); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                int id = r.getInt(1);
                users.add(new User(id, r.getString(2), r.getString(3), Role.valueOf(r.getString(4)),
                        departments.getOrDefault(id, new HashSet<>()), r.getBoolean(5)));
            }
        }
        return users;
    }

    static List<Department> departments(Connection c) throws SQLException {
        List<Department> departments = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(DEPARTMENTS); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                departments.add(new Department(r.getInt(1), r.getString(2), r.getString(3)));
            }
        }
        return departments;
    }

    /** The initiative with this id, or else with this name (case does not matter); more than one such name is an error, as in jOOQ's {@code fetchOptional}. */
    static Optional<Integer> findInitiative(Connection c, String idOrName) throws SQLException {
        String text = idOrName.strip();
        if (isId(text)) {
            Optional<Integer> byId = oneId(c, "select initiative.id from initiative where initiative.id = ?",
                    Integer.parseInt(text));
            if (byId.isPresent()) {
                return byId;
            }
        }
        return oneId(c, "select initiative.id from initiative where lower(initiative.name) = ?",
                text.toLowerCase(Locale.ROOT));
    }

    /** One to nine digits (as the pattern {@code [0-9]{1,9}}, without a regular expression's start-up). */
    private static boolean isId(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Optional<Integer> oneId(Connection c, String sql, Object value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, value);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                int id = r.getInt(1);
                if (r.next()) {
                    throw new TooManyRowsException("Cursor returned more than one result");
                }
                return Optional.of(id);
            }
        }
    }

    /**
     * Every year the initiative, or a predecessor it was linked to, reported in from {@code fromYear} on, oldest
     * first, with its criteria and the name of that year ({@code HistoryRepository.history}).
     */
    static Optional<InitiativeHistory> history(Connection c, int initiativeId, int fromYear) throws SQLException {
        String name;
        Department department;
        try (PreparedStatement s = c.prepareStatement("select initiative.name, department.id, department.code,"
                + " department.name from initiative join department on department.id = initiative.department_id"
                + " where initiative.id = ?")) {
            s.setInt(1, initiativeId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                name = r.getString(1);
                department = new Department(r.getInt(2), r.getString(3), r.getString(4));
                if (r.next()) {
                    throw new TooManyRowsException("Cursor returned more than one result");
                }
            }
        }
        List<Integer> chain = chain(c, initiativeId);
        Map<Integer, Map<Integer, List<SuccessCriterion>>> criteria = criteria(c, chain);
        List<YearEntry> years = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select year_initiative.report_year, report_year.note_label,"
                + " submission.goals_met, submission.goals_total, submission.not_relevant, submission.department_note,"
                + " submission.assessment, initiative.id, initiative.name from year_initiative"
                + " join initiative on initiative.id = year_initiative.initiative_id"
                + " join report_year on report_year.report_year = year_initiative.report_year"
                + " left outer join submission on (submission.report_year = year_initiative.report_year"
                + " and submission.initiative_id = year_initiative.initiative_id)"
                + " where (year_initiative.initiative_id in (" + placeholders(chain.size()) + ")"
                + " and year_initiative.report_year >= ?)"
                + " order by year_initiative.report_year, initiative.id")) {
            int i = 1;
            for (int id : chain) {
                s.setInt(i++, id);
            }
            s.setInt(i, fromYear);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int year = r.getInt(1);
                    String noteLabel = r.getString(2);
                    Integer met = integer(r, 3);
                    Integer total = integer(r, 4);
                    boolean notRelevant = r.getBoolean(5);
                    String note = r.getString(6);
                    String assessment = r.getString(7);
                    int id = r.getInt(8);
                    years.add(new YearEntry(year, r.getString(9), noteLabel, Score.fromColumns(met, total, notRelevant),
                            criteria.getOrDefault(id, Map.of()).getOrDefault(year, List.of()),
                            note == null ? RichText.EMPTY : RichText.parse(note),
                            assessment == null ? RichText.EMPTY : RichText.parse(assessment)));
                }
            }
        }
        return Optional.of(new InitiativeHistory(initiativeId, name, department, years));
    }

    /** The initiative and the ones it continues, oldest first ({@code InitiativeLinkRepository.chain}). */
    private static List<Integer> chain(Connection c, int initiativeId) throws SQLException {
        Map<Integer, Integer> links = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select initiative_predecessor.initiative_id,"
                + " initiative_predecessor.predecessor_id from initiative_predecessor");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                links.put(r.getInt(1), r.getInt(2));
            }
        }
        List<Integer> chain = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (Integer id = initiativeId; id != null && seen.add(id); id = links.get(id)) {
            chain.add(0, id);
        }
        return chain;
    }

    /** Every year's criteria of the initiatives, in order ({@code CriteriaRepository.forInitiatives}). */
    private static Map<Integer, Map<Integer, List<SuccessCriterion>>> criteria(Connection c, List<Integer> ids)
            throws SQLException {
        Map<Integer, Map<Integer, List<SuccessCriterion>>> result = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select success_criterion.initiative_id,"
                + " success_criterion.report_year, success_criterion.criterion_text, success_criterion.outcome,"
                + " success_criterion.drop_reason, success_criterion.marker, success_criterion.carried_from"
                + " from success_criterion where success_criterion.initiative_id in (" + placeholders(ids.size()) + ")"
                + " order by success_criterion.initiative_id, success_criterion.report_year, success_criterion.position")) {
            int i = 1;
            for (int id : ids) {
                s.setInt(i++, id);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String outcome = r.getString(4);
                    result.computeIfAbsent(r.getInt(1), k -> new HashMap<>())
                            .computeIfAbsent(r.getInt(2), k -> new ArrayList<>())
                            .add(new SuccessCriterion(r.getString(3),
                                    outcome == null ? null : CriterionOutcome.valueOf(outcome), r.getString(5),
                                    CriterionMarker.valueOf(r.getString(6)), r.getString(7)));
                }
            }
        }
        return result;
    }

    private static String placeholders(int count) {
        StringBuilder marks = new StringBuilder();
        for (int i = 0; i < count; i++) {
            marks.append(i == 0 ? "?" : ", ?");
        }
        return marks.toString();
    }

    private static Integer integer(ResultSet r, int column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? null : value;
    }

    private <T> T read(String sql, Work<T> work) {
        try {
            Connection c = connections.acquire();
            try {
                return work.read(c);
            } finally {
                connections.release(c);
            }
        } catch (SQLException e) {
            throw new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e);
        }
    }
}
