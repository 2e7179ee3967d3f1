package dk.sikkerby.indberetning.service.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.testsupport.TestActors;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A database and SOF's workbook to spoil; each refusal must name the problem and write nothing. */
abstract class RefusalTestBase {

    @TempDir
    Path folder;
    OfflineFixture fixture;
    Path sof;

    @BeforeEach
    void makeTemplate() {
        fixture = new OfflineFixture(folder);
        sof = fixture.template("SOF", folder);
    }

    @AfterEach
    void closeDatabase() {
        fixture.close();
    }

    void assertRefused(Path file, String... messages) {
        assertRefused(Expectation.none(), file, messages);
    }

    /** The file is refused with exactly these messages, and neither preview nor apply writes anything. */
    void assertRefused(Expectation expectation, Path file, String... messages) {
        String before = DatabaseSnapshot.of(fixture.database.dsl());
        ImportPreview preview = fixture.exchange.preview(TestActors.administrator(), List.of(file), expectation, Progress.NONE);

        assertTrue(preview.files().get(0).refused());
        assertEquals(List.of(messages), fixture.findings(preview));
        assertEquals(new ApplyResult(0, 0, 0), fixture.exchange.apply(TestActors.administrator(), preview, Map.of()));
        assertEquals(before, DatabaseSnapshot.of(fixture.database.dsl()), "nothing was written");
    }
}
