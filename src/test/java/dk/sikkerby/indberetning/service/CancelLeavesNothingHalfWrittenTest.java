package dk.sikkerby.indberetning.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.export.ExportRequest;
import dk.sikkerby.indberetning.service.workflow.SubmissionEdit;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.importer.BundledExample;
import dk.sikkerby.indberetning.service.importer.ImportRequest;
import dk.sikkerby.indberetning.service.importer.ImportService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.TestServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cancel reaches long work as an exception out of its {@link Progress} (ui/common Background): the grid's
 * save, an import and an export stopped that way leave nothing half-written, even at their last report.
 */
class CancelLeavesNothingHalfWrittenTest {

    /** What a cancel looks like to a service: its progress report throws. */
    private static final class Cancelled extends RuntimeException {
    }

    @TempDir
    Path dir;
    private Database database;

    @BeforeEach
    void open() {
        database = TestDatabase.open(dir);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** Throws at the first report where {@code done} reaches {@code total}: the end of a phase (for the grid, the commit). */
    private static Progress cancelAtTheEnd(AtomicLong reports) {
        return (done, total) -> {
            reports.incrementAndGet();
            if (done >= total) {
                throw new Cancelled();
            }
        };
    }

    private long count(String table) {
        return database.dsl().fetchCount(database.dsl().selectFrom(table));
    }

    @Test
    void aGridSaveCancelledAtItsLastReportWritesNoRowAndNoAuditRow() {
        SampleYear.create(database.dsl());
        SubmissionService service = new SubmissionService(database.store());
        List<SubmissionEdit> edits = service.loadYear(SampleYear.YEAR).rows().stream()
                .map((InitiativeRow r) -> new SubmissionEdit(r.initiativeId(),
                        new SubmissionForm("1", "1", false, r.departmentNote(), r.assessment()), r.version()))
                .toList();
        long audit = count("audit_entry");
        long submissions = count("submission");
        AtomicLong reports = new AtomicLong();
        assertThrows(Cancelled.class, () -> service.saveAll(TestActors.administrator(), SampleYear.YEAR, edits,
                cancelAtTheEnd(reports)));
        assertTrue(reports.get() >= 3, "reports as it goes: " + reports.get());
        assertEquals(audit, count("audit_entry"));
        assertEquals(submissions, count("submission"));
        assertTrue(service.loadYear(SampleYear.YEAR).rows().stream().noneMatch(r -> r.score().hasNumbers()
                && r.score().met().equals(Optional.of(1)) && r.score().total().equals(Optional.of(1))));
    }

    @Test
    void anImportCancelledAtItsLastReportImportsNothing() {
        ImportService imports = new ImportService(database.store());
        AtomicLong reports = new AtomicLong();
        assertThrows(Cancelled.class, () -> imports.run(TestActors.administrator(), BundledExample.YEAR_2021,
                new ImportRequest(Optional.empty(), false, false), cancelAtTheEnd(reports)));
        assertTrue(reports.get() > 0);
        assertEquals(0, count("submission"));
        assertEquals(0, count("report_year"));
        assertEquals(0, count("audit_entry"));
    }

    @Test
    void anExportCancelledAtItsLastReportWritesNoFileAndLeavesAnOldOneAsItWas() throws Exception {
        SampleYear.create(database.dsl());
        Path target = dir.resolve("bilag.xlsx");
        Files.writeString(target, "the old export");
        AtomicLong reports = new AtomicLong();
        assertThrows(Cancelled.class, () -> TestServices.exports(database.store(), Messages.forLocale(Messages.DANISH))
                .export(TestActors.reviewer(), ExportRequest.xlsx(SampleYear.YEAR, target), cancelAtTheEnd(reports)));
        assertTrue(reports.get() > 0);
        assertEquals("the old export", Files.readString(target));
        try (var left = Files.list(dir)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().contains("bilag") && !p.equals(target)),
                    "no temporary file left");
        }
    }
}
