package dk.sikkerby.indberetning.testsupport;

import dk.sikkerby.indberetning.persistence.DatabaseFile;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A UI test on the whole app, started on a fresh file holding the 2021 sample year and signed in
 * (through {@link AppHarness}); stopped after each test. Subclasses name the file with {@link #fileName()}.
 */
public abstract class SampleYearAppTest extends UiRobot {

    @TempDir
    protected Path dir;
    protected DatabaseFile file;
    protected AppHarness harness;

    /** The database file's name inside the test's folder, which also names the test in logs. */
    protected abstract String fileName();

    @BeforeEach
    void startOnSampleYear() throws Exception {
        harness = new AppHarness(dir.resolve("data"));
        file = harness.startOnSampleYear(this, dir, fileName());
    }

    @AfterEach
    void stopApp() throws Exception {
        harness.stop();
    }
}
