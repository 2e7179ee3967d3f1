package dk.sikkerby.indberetning.service.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.testsupport.TestActors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cancel reaches the offline exchange as an exception out of its {@link Progress} (ui/common Background): the
 * departments' workbooks stopped at any report deliver none and leave the folder as it was (decision 0803), and
 * returned workbooks stopped while they are read leave the database exactly as it was.
 */
class OfflineCancelTest {

    /** What a cancel looks like to a service: its progress report throws. */
    private static final class Cancelled extends RuntimeException {
    }

    @TempDir
    Path dir;
    private OfflineFixture fixture;
    private Path out;
    private final List<String> log = new ArrayList<>();
    private Level levelBefore;
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            log.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void setUp() throws IOException {
        fixture = new OfflineFixture(dir);
        out = Files.createDirectory(dir.resolve("udsendelse"));
        Files.writeString(out.resolve(fixture.exchange.templates().fileName(OfflineFixture.YEAR, "SOF")), "last week's SOF");
        Files.writeString(out.resolve("noter.txt"), "the secretariat's own notes");
        Logger logger = Logger.getLogger(TemplateService.class.getName());
        levelBefore = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addHandler(handler);
    }

    @AfterEach
    void tearDown() {
        Logger logger = Logger.getLogger(TemplateService.class.getName());
        logger.removeHandler(handler);
        logger.setLevel(levelBefore);
        fixture.close();
    }

    /** Throws at the report where {@code done} reaches {@code at}. */
    private static Progress cancelAt(long at, List<long[]> reports) {
        return (done, total) -> {
            reports.add(new long[] {done, total});
            if (done >= at) {
                throw new Cancelled();
            }
        };
    }

    /** Every file in the folder, hidden ones too, with its content. */
    private Map<String, String> folder() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(out)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.isDirectory(p) ? "<folder>" : Arrays.toString(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    @Test
    void workbooksCancelledAfterTheFirstDeliverNoneAndLeaveTheFolderAsItWas() throws IOException {
        Map<String, String> before = folder();
        List<long[]> reports = new ArrayList<>();
        assertThrows(Cancelled.class, () -> fixture.exchange.templates().writeAll(TestActors.administrator(),
                OfflineFixture.YEAR, out, cancelAt(1, reports)));
        assertEquals(2, reports.size(), "reported before writing and after the first workbook");
        assertEquals(before, folder(), "no workbook, no temporary file or folder; the old SOF and the notes as they were");
        assertTrue(log.stream().anyMatch(m -> m.contains("stopped after 1 of 3") && m.contains("none were delivered")), log.toString());
    }

    @Test
    void workbooksCancelledAtTheLastReportBeforeTheMoveStillDeliverNone() throws IOException {
        Map<String, String> before = folder();
        List<long[]> reports = new ArrayList<>();
        assertThrows(Cancelled.class, () -> fixture.exchange.templates().writeAll(TestActors.administrator(),
                OfflineFixture.YEAR, out, cancelAt(3, reports)));
        assertEquals(3, reports.get(reports.size() - 1)[1], "three departments");
        assertEquals(before, folder());
        assertTrue(log.stream().anyMatch(m -> m.contains("stopped after 3 of 3")), log.toString());
    }

    @Test
    void workbooksNotCancelledAreAllDeliveredTogetherAndNothingHiddenIsLeft() throws IOException {
        List<TemplateService.Written> written = fixture.exchange.templates().writeAll(TestActors.administrator(),
                OfflineFixture.YEAR, out, Progress.NONE);
        assertEquals(List.of("KFF", "SOF", "TMF"), written.stream().map(TemplateService.Written::departmentCode).toList());
        Map<String, String> after = folder();
        assertEquals(4, after.size(), "three workbooks (SOF replaced) and the notes, nothing hidden: " + after.keySet());
        assertTrue(after.keySet().stream().noneMatch(n -> n.startsWith(".")), after.keySet().toString());
        for (TemplateService.Written w : written) {
            assertEquals(out.toAbsolutePath().normalize().resolve(w.file().getFileName()), w.file());
            assertFalse(fixture.preview(w.file()).anyRefused(), "a whole workbook this database reads back: " + w.file());
        }
        assertTrue(log.stream().anyMatch(m -> m.equals("Wrote 3 workbooks for 2021 into " + out + ".")), log.toString());
    }

    @Test
    void returnedWorkbooksCancelledWhileReadLeaveTheDatabaseAsItWas() {
        Path sof = fixture.template("SOF", dir);
        Path tmf = fixture.template("TMF", dir);
        String before = DatabaseSnapshot.of(fixture.database.dsl());
        List<long[]> reports = new ArrayList<>();
        assertThrows(Cancelled.class, () -> fixture.exchange.preview(TestActors.administrator(), List.of(sof, tmf),
                Expectation.none(), cancelAt(1, reports)));
        assertEquals(2, reports.size(), "reported before reading and after the first file");
        assertEquals(before, DatabaseSnapshot.of(fixture.database.dsl()));
        assertEquals(2, fixture.preview(sof, tmf).files().size(), "the same files read whole when not cancelled");
    }
}
