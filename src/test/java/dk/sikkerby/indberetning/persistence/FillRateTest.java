package dk.sikkerby.indberetning.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is compacted at close when there is space to win back, and only then. */
class FillRateTest {

    @TempDir
    Path folder;

    @Test
    void aFileThatWasOnlyReadIsNotCompactedAgain() throws SQLException {
        String url = url();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INT PRIMARY KEY, text VARCHAR(1000))");
            s.execute("INSERT INTO t SELECT x, REPEAT('tekst ', 100) FROM SYSTEM_RANGE(1, 5000)");
            s.execute("SHUTDOWN COMPACT");
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            c.rollback();
            s.executeQuery("SELECT COUNT(*), SUM(LENGTH(text)) FROM t").close();
            assertFalse(FillRate.worthCompacting(s));
        }
    }

    @Test
    void aFileWithDeletedDataIsCompacted() throws SQLException {
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id INT PRIMARY KEY, text VARCHAR(1000))");
            s.execute("INSERT INTO t SELECT x, REPEAT('tekst ', 100) FROM SYSTEM_RANGE(1, 5000)");
            s.execute("DELETE FROM t WHERE id > 100");
            assertTrue(FillRate.worthCompacting(s));
        }
    }

    @Test
    void whenTheFigureCannotBeReadTheFileIsCompacted() throws SQLException {
        Statement closed;
        try (Connection c = DriverManager.getConnection(url())) {
            closed = c.createStatement();
        }
        assertTrue(FillRate.worthCompacting(closed));
    }

    private String url() {
        return "jdbc:h2:file:" + folder.resolve("fill") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }
}
