package dk.sikkerby.indberetning.service.importer;

import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.Store;
import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import test on a fresh, empty database with the import service on it, closed after each test.
 * Subclasses say which database with {@link #openDatabase(Path)} ({@code kind.open(dir)} for the tests
 * that run on an H2 file and on PostgreSQL).
 */
abstract class ImporterOnDatabaseTest {

    @TempDir
    Path dir;
    Database database;
    DSLContext dsl;
    ImportService importer;

    /** Opens the (empty) database the test runs on, inside {@code dir}. */
    abstract Database openDatabase(Path dir);

    @BeforeEach
    void openWithImporter() {
        database = openDatabase(dir);
        dsl = database.dsl();
        importer = new ImportService(Store.over(dsl));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }
}
