package dk.sikkerby.indberetning.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;

/**
 * Brings the schema up to date with Flyway. Refuses a database that a newer version of the app has
 * migrated, and backs the file up before any migration of an existing database.
 */
final class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    static final List<String> LOCATIONS = List.of("classpath:db/migration");

    /**
     * The newest schema version this build carries: the highest {@code V<n>__*.sql} in db/migration
     * (MigrationsTest keeps the two in step). A database at this version opens without loading Flyway,
     * which saves about a second at every start.
     */
    static final int LATEST = 5;

    private static final String HISTORY = "flyway_schema_history";

    private final DataSource dataSource;
    private final DatabaseFile file;
    private final List<String> locations;

    Migrations(DataSource dataSource, DatabaseFile file, List<String> locations) {
        this.dataSource = dataSource;
        this.file = file;
        this.locations = List.copyOf(locations);
    }

    void run() throws DatabaseOpenException, SQLException {
        if (locations.equals(LOCATIONS)) {
            OptionalInt applied = appliedVersion();
            if (applied.isPresent() && applied.getAsInt() > LATEST) {
                throw new DatabaseOpenException(DatabaseOpenException.Reason.NEWER_VERSION, file.toString(), null);
            }
            if (applied.isPresent() && applied.getAsInt() == LATEST) {
                return;
            }
        }
        migrateWithFlyway();
    }

    /** The highest successfully applied version, if the history exists and has only clean numeric versions. */
    private OptionalInt appliedVersion() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet tables = c.getMetaData().getTables(null, null, HISTORY, null)) {
                if (!tables.next()) {
                    return OptionalInt.empty();
                }
            }
            int max = 0;
            try (ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"" + HISTORY + "\"")) {
                while (rs.next()) {
                    String version = rs.getString(1);
                    if (version == null) {
                        continue;
                    }
                    if (!rs.getBoolean(2) || !version.matches("[0-9]+")) {
                        return OptionalInt.empty();
                    }
                    max = Math.max(max, Integer.parseInt(version));
                }
            }
            return max == 0 ? OptionalInt.empty() : OptionalInt.of(max);
        }
    }

    private void migrateWithFlyway() throws DatabaseOpenException, SQLException {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .loggers("slf4j")
                .load();
        MigrationInfoService info = flyway.info();
        boolean fromNewerApp = Arrays.stream(info.applied())
                .anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED);
        if (fromNewerApp) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.NEWER_VERSION, file.toString(), null);
        }
        MigrationInfo current = info.current();
        if (current != null && info.pending().length > 0) {
            backup(current.getVersion().getVersion());
        }
        flyway.migrate();
    }

    private void backup(String fromVersion) throws SQLException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String target = file.basePath() + ".backup-v" + fromVersion + "-" + stamp + ".zip";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("BACKUP TO ?")) {
            s.setString(1, target);
            s.execute();
        }
        LOG.info(() -> "The database was backed up to " + target + " before its schema was migrated.");
    }
}
