package dk.sikkerby.indberetning.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Collections;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
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

    static final List<String> LOCATIONS = List.of("classpath:db/migration");

    /**
     * The schema versions this build carries: the {@code V<n>__*.sql} files in db/migration
     * (MigrationsTest keeps the two in step). A database with exactly these applied, each with the
     * checksum of this build's script, opens without loading Flyway, which saves about a second at every
     * start; a changed script leaves the shortcut to Flyway, whose validation refuses it.
     */
    static final Set<Integer> VERSIONS = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14, 16);
    static final int LATEST = Collections.max(VERSIONS);

    private static final String HISTORY = "flyway_schema_history";

    /** Backs up an existing database just before Flyway migrates it. */
    @FunctionalInterface
    interface BackupHook {
        /** A new database, made under a temporary name, has nothing to back up. */
        BackupHook NONE = (dataSource, fromVersion) -> { };

        void beforeMigration(DataSource dataSource, String fromVersion) throws SQLException;
    }

    private final DataSource dataSource;
    private final DatabaseFile file;
    private final List<String> locations;
    private final BackupHook backup;

    Migrations(DataSource dataSource, DatabaseFile file, List<String> locations, BackupHook backup) {
        this.dataSource = dataSource;
        this.file = file;
        this.locations = List.copyOf(locations);
        this.backup = backup;
    }

    /** Migrates if needed; true if Flyway applied at least one script. */
    boolean run() throws DatabaseOpenException, SQLException {
        return !upToDate() && migrateWithFlyway();
    }

    /**
     * True when the database has exactly this build's schema (checked without Flyway); refuses one that a
     * newer app has migrated. False means Flyway must look: there may be scripts to apply.
     */
    boolean upToDate() throws DatabaseOpenException, SQLException {
        if (!locations.equals(LOCATIONS)) {
            return false;
        }
        Optional<Set<Integer>> applied = appliedVersions();
        if (applied.isPresent() && applied.get().stream().anyMatch(v -> v > LATEST)) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.NEWER_VERSION, file.toString(), null);
        }
        return applied.isPresent() && applied.get().equals(VERSIONS);
    }

    /** Whether the database has exactly this build's schema, without changing anything. */
    boolean isCurrent() throws SQLException {
        return appliedVersions().map(VERSIONS::equals).orElse(false);
    }

    /**
     * The successfully applied versions, if the history exists, has only clean numeric versions, and each
     * was applied from a script with the same checksum as this build's.
     */
    private Optional<Set<Integer>> appliedVersions() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet tables = c.getMetaData().getTables(null, null, HISTORY, null)) {
                if (!tables.next()) {
                    return Optional.empty();
                }
            }
            Set<Integer> versions = new HashSet<>();
            try (ResultSet rs = s.executeQuery(
                    "SELECT \"version\", \"success\", \"script\", \"checksum\" FROM \"" + HISTORY + "\"")) {
                while (rs.next()) {
                    String version = rs.getString(1);
                    if (version == null) {
                        continue;
                    }
                    if (!rs.getBoolean(2) || !version.matches("[0-9]+")) {
                        return Optional.empty();
                    }
                    int stored = rs.getInt(4);
                    if (rs.wasNull() || !Optional.of(stored).equals(checksum(rs.getString(3)))) {
                        return Optional.empty();
                    }
                    versions.add(Integer.parseInt(version));
                }
            }
            return versions.isEmpty() ? Optional.empty() : Optional.of(versions);
        }
    }

    /**
     * The checksum Flyway keeps for a SQL script of this build (CRC32 of its lines without line breaks,
     * UTF-8, without a byte-order mark), or empty if the build has no such script.
     */
    static Optional<Integer> checksum(String script) {
        if (script == null || !script.matches("V[0-9]+__[A-Za-z0-9_]+\\.sql")) {
            return Optional.empty();
        }
        InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + script);
        if (in == null) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = lines.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = lines.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of((int) crc.getValue());
    }

    private boolean migrateWithFlyway() throws DatabaseOpenException, SQLException {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .loggers("slf4j")
                // capabilities add their scripts in parallel; a database may lack a lower number than it has
                .outOfOrder(true)
                .load();
        MigrationInfoService info = flyway.info();
        boolean fromNewerApp = Arrays.stream(info.applied())
                .anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED);
        if (fromNewerApp) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.NEWER_VERSION, file.toString(), null);
        }
        MigrationInfo current = info.current();
        if (info.pending().length == 0) {
            flyway.validate();
            return false;
        }
        if (current != null) {
            backup.beforeMigration(dataSource, current.getVersion().getVersion());
        }
        return flyway.migrate().migrationsExecuted > 0;
    }
}
