package dk.sikkerby.indberetning.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.CriterionMarker;
import dk.sikkerby.indberetning.domain.CriterionOutcome;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.TestServices;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The appendix's options from issue 17, each off by default: the criteria listed under each initiative's
 * row (PDF and Word) and a "last year" column beside the score (PDF, Word, CSV and the data sheet), read
 * back from the files. 2022 is made from 2021; Sjakket scored 10/10 in 2021 and lists two criteria in 2022.
 */
class AppendixOptionsTest {

    @TempDir
    Path dir;
    private Database database;
    private ExportService export;

    @BeforeEach
    void open() {
        database = TestDatabase.open(dir);
        SampleYear.create(database.dsl());
        ExportFixture.save(database.dsl(), "Sjakket", Score.of(10, 10), RichText.EMPTY, RichText.EMPTY);
        new YearSetupService(database.store()).createFromPreviousYear(TestActors.administrator(), 2022);
        SubmissionService service = new SubmissionService(database.store());
        InitiativeRow sjakket = service.loadYear(2022).rows().stream().filter(r -> r.name().equals("Sjakket"))
                .findFirst().orElseThrow();
        service.save(TestActors.administrator(), 2022, sjakket.initiativeId(), new SubmissionForm("", "", false,
                RichText.plain("Note 2022"), RichText.EMPTY, List.of(
                        new SuccessCriterion("Færre anmeldelser", CriterionOutcome.MET, "", CriterionMarker.NEW, ""),
                        new SuccessCriterion("Tryghed i området", CriterionOutcome.DROPPED, "Ingen måling",
                                CriterionMarker.NEW, ""))), sjakket.version());
        export = TestServices.exports(database.store(), Messages.forLocale(Messages.DANISH));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ExportRequest request(ExportFormat format, String file, AppendixOptions options) {
        return new ExportRequest(2022, format, dir.resolve(file), Optional.empty(), false, CsvDialect.COMMA, options);
    }

    @Test
    void thePdfListsTheCriteriaAndLastYearsScoreWhenAskedAndStaysValid() throws Exception {
        ExportRequest with = request(ExportFormat.PDF, "with.pdf", new AppendixOptions(true, true));
        ExportRequest without = request(ExportFormat.PDF, "without.pdf", AppendixOptions.NONE);
        export.export(TestActors.administrator(), with, Progress.NONE);
        export.export(TestActors.administrator(), without, Progress.NONE);
        String on = PdfText.squeezed(PdfText.read(with.target()).all());
        String off = PdfText.squeezed(PdfText.read(without.target()).all());
        assertTrue(on.contains(PdfText.squeezed("1. Færre anmeldelser: Opfyldt")), on);
        assertTrue(on.contains(PdfText.squeezed("2. Tryghed i området: Udgår (Ingen måling)")), on);
        assertTrue(on.contains("Sidsteår"), "the column heading");
        assertTrue(on.contains(PdfText.squeezed("Sjakket SOF 1/1 10/10")), "this year's score, then last year's: " + on);
        assertFalse(off.contains("Færreanmeldelser"), "no criteria unless asked");
        assertFalse(off.contains("Sidsteår"), "no column unless asked");
        assertEquals(List.of(), PdfValidation.failures(with.target(), PDFAFlavour.PDFUA_1));
        assertEquals(List.of(), PdfValidation.failures(with.target(), PDFAFlavour.PDFA_2_U));
    }

    @Test
    void theWordTableGetsTheColumnAndACriteriaRowUnderTheInitiative() throws Exception {
        ExportRequest with = request(ExportFormat.DOCX, "with.docx", new AppendixOptions(true, true));
        export.export(TestActors.administrator(), with, Progress.NONE);
        try (InputStream in = Files.newInputStream(with.target()); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable table = doc.getTables().get(0);
            assertEquals("Sidste år", table.getRow(0).getCell(3).getText());
            assertEquals(6, table.getRow(0).getTableCells().size());
            List<XWPFTableRow> rows = table.getRows();
            int at = -1;
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r).getTableCells().size() == 6 && rows.get(r).getCell(0).getText().equals("Sjakket")) {
                    at = r;
                }
            }
            assertTrue(at > 0, "Sjakket's row");
            assertEquals("1/1", rows.get(at).getCell(2).getText());
            assertEquals("10/10", rows.get(at).getCell(3).getText());
            assertEquals("Note 2022", rows.get(at).getCell(4).getText());
            XWPFTableRow criteria = rows.get(at + 1);
            assertEquals(1, criteria.getTableCells().size(), "one cell across the table");
            assertEquals(List.of("Succeskriterier", "1. Færre anmeldelser: Opfyldt", "2. Tryghed i området: Udgår (Ingen måling)"),
                    criteria.getCell(0).getParagraphs().stream().map(p -> p.getText()).toList());
        }
    }

    @Test
    void theCsvGetsALastYearColumnAndRefusesTheCriteriaOption() throws Exception {
        ExportRequest with = request(ExportFormat.CSV, "with.csv", new AppendixOptions(false, true));
        export.export(TestActors.administrator(), with, Progress.NONE);
        List<String> lines = Files.readAllLines(with.target(), StandardCharsets.UTF_8);
        assertTrue(lines.get(0).endsWith(",\"Sidste år\""), lines.get(0));
        String sjakket = lines.stream().filter(l -> l.contains("\"Sjakket\"")).findFirst().orElseThrow();
        assertTrue(sjakket.endsWith(",\"10/10\""), sjakket);
        ExportRequest plain = request(ExportFormat.CSV, "plain.csv", AppendixOptions.NONE);
        export.export(TestActors.administrator(), plain, Progress.NONE);
        assertFalse(Files.readAllLines(plain.target(), StandardCharsets.UTF_8).get(0).contains("Sidste år"));
        ExportRequest criteria = request(ExportFormat.CSV, "criteria.csv", new AppendixOptions(true, false));
        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> export.export(TestActors.administrator(), criteria, Progress.NONE));
        assertEquals("export.error.criteriaOnlyInDocuments", refused.key());
        assertFalse(Files.exists(criteria.target()), "nothing written");
    }
}
