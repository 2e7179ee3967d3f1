package dk.sikkerby.indberetning.persistence;

import dk.sikkerby.indberetning.persistence.DatabaseOpenException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The deep check of a database file, done on a copy in a temporary folder so that whatever H2 does
 * while opening a damaged file (it may fall back to an older state, or start an empty store) happens to
 * the copy only. A file passes when H2 opens it, it has the app's tables (its Flyway history and
 * {@code app_meta}), and every row of every table can be read. A damaged MVStore shows itself as an
 * error while opening or reading, or as a store without any table at all.
 */
final class FileInspection {

    private static final Logger LOG = Logger.getLogger(FileInspection.class.getName());

    /** What the check found in a whole file: the schema versions Flyway has applied. */
    record Found(Set<Integer> versions) {
    }

    private FileInspection() {
    }

    static Found inspect(Path mv) throws DatabaseOpenException {
        Path folder;
        try {
            folder = Files.createTempDirectory("sikkerby-check");
        } catch (IOException e) {
            throw new DatabaseOpenException(Reason.UNREADABLE, mv.toString(), e);
        }
        try {
            Path copy = folder.resolve("check" + DatabaseFile.SUFFIX);
            try {
                Files.copy(mv, copy);
            } catch (IOException e) {
                throw new DatabaseOpenException(Reason.UNREADABLE, mv.toString(), e);
            }
            return readAll(mv, folder.resolve("check"));
        } finally {
            deleteTree(folder);
        }
    }

    private static Found readAll(Path mv, Path copyBase) throws DatabaseOpenException {
        String url = "jdbc:h2:file:" + copyBase + ";IFEXISTS=TRUE;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = org.h2.Driver.load().connect(url, credentials()); Statement s = c.createStatement()) {
            List<String> tables = tables(s);
            if (tables.isEmpty()) {
                LOG.warning(() -> "The file " + mv + " opens as a store without tables: it is damaged.");
                throw new DatabaseOpenException(Reason.CORRUPT, mv.toString(), null);
            }
            if (!tables.contains("flyway_schema_history") || !tables.contains("APP_META")) {
                throw new DatabaseOpenException(Reason.FOREIGN, mv.toString(), null);
            }
            for (String table : tables) {
                readEveryRow(s, table);
            }
            return new Found(versions(s));
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "The file " + mv + " failed the check; it is left as it was.", e);
            throw new DatabaseOpenException(Reason.CORRUPT, mv.toString(), e);
        }
    }

    private static Properties credentials() {
        Properties p = new Properties();
        p.setProperty("user", "sa");
        p.setProperty("password", "");
        return p;
    }

    private static List<String> tables(Statement s) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static void readEveryRow(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
            }
        }
    }

    private static Set<Integer> versions(Statement s) throws SQLException {
        Set<Integer> versions = new HashSet<>();
        try (ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\"")) {
            while (rs.next()) {
                String v = rs.getString(1);
                if (v != null && v.matches("[0-9]+")) {
                    versions.add(Integer.parseInt(v));
                }
            }
        }
        return versions;
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.fine(() -> "The check's temporary folder " + folder + " could not be removed.");
        }
    }
}
