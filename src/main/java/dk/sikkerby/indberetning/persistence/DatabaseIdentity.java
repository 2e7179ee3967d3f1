package dk.sikkerby.indberetning.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** The database's own identity, made once when the database is created. */
final class DatabaseIdentity {

    static final String KEY = "database.identity";

    private DatabaseIdentity() {
    }

    static String ensure(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement q = c.prepareStatement("SELECT meta_value FROM app_meta WHERE meta_key = ?")) {
                q.setString(1, KEY);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                }
            }
            String identity = UUID.randomUUID().toString();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO app_meta (meta_key, meta_value) VALUES (?, ?)")) {
                insert.setString(1, KEY);
                insert.setString(2, identity);
                insert.executeUpdate();
            }
            return identity;
        }
    }
}
