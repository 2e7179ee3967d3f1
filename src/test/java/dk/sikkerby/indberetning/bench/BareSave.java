package dk.sikkerby.indberetning.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The server benchmark's bare baseline: a row's score and note saved with plain JDBC, on one open
 * connection under the same login as the app, with what the server requires of any save (the version
 * check in the UPDATE, an audit row per changed field naming its new value, one transaction), and nothing
 * of the app's (no jOOQ, no services, no read of the row first, no pool).
 */
final class BareSave {

    private static final String UPDATE = "UPDATE submission SET goals_met = ?, goals_total = 3, not_relevant = false, "
            + "department_note = ?, version = version + 1, updated_at = now() "
            + "WHERE report_year = ? AND initiative_id = ? AND version = ? RETURNING version";
    private static final String AUDIT = "INSERT INTO audit_entry (report_year, initiative_id, audit_action, field_name, "
            + "new_value, actor_login, actor_name, changed_at) SELECT report_year, initiative_id, 'EDIT', ?, "
            + "CASE WHEN ? = 'SCORE' THEN sikkerby_score_value(goals_met, goals_total, not_relevant) "
            + "ELSE department_note END, ?, ?, now() FROM submission WHERE report_year = ? AND initiative_id = ?";

    private final Connection connection;
    private final String login;
    private final String name;

    BareSave(Connection connection, String login, String name) throws SQLException {
        this.connection = connection;
        this.login = login;
        this.name = name;
        connection.setAutoCommit(false);
    }

    /** Saves the score (met of 3) and the note over {@code version}; gives the new version. */
    int save(int year, int initiativeId, int met, String storedNote, int version) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE);
             PreparedStatement audit = connection.prepareStatement(AUDIT)) {
            update.setInt(1, met);
            update.setString(2, storedNote);
            update.setInt(3, year);
            update.setInt(4, initiativeId);
            update.setInt(5, version);
            int saved;
            try (ResultSet rs = update.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("the bare save met another version of " + initiativeId);
                }
                saved = rs.getInt(1);
            }
            for (String field : new String[] {"SCORE", "DEPARTMENT_NOTE"}) {
                audit.setString(1, field);
                audit.setString(2, field);
                audit.setString(3, login);
                audit.setString(4, name);
                audit.setInt(5, year);
                audit.setInt(6, initiativeId);
                audit.addBatch();
            }
            audit.executeBatch();
            connection.commit();
            return saved;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }
}
