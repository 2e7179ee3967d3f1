package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service test on a fresh database holding the sample year ({@link SampleYear}), with the submission
 * service on it; closed after each test. Subclasses say which database with {@link #openDatabase(Path)}
 * (an H2 file, or {@code kind.open(dir)} for the tests that run on both stores).
 */
public abstract class SampleYearServiceTest {

    @TempDir
    protected Path dir;
    protected Database database;
    protected SubmissionService service;

    /** Opens the (empty) database the test runs on, inside {@code dir}. */
    protected abstract Database openDatabase(Path dir);

    @BeforeEach
    void openOnSampleYear() {
        database = openDatabase(dir);
        SampleYear.create(database.dsl());
        service = new SubmissionService(database.store());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    /** The sample year's row of the initiative named {@code name}, as the service loads it now. */
    protected InitiativeRow row(String name) {
        return service.loadYear(SampleYear.YEAR).rows().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow();
    }
}
