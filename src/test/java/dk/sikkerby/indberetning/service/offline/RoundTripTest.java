package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static dk.sikkerby.indberetning.service.offline.OfflineFixture.GREEN;
import static dk.sikkerby.indberetning.service.offline.OfflineFixture.IDRAET;
import static dk.sikkerby.indberetning.service.offline.OfflineFixture.KBH;
import static dk.sikkerby.indberetning.service.offline.OfflineFixture.SJAKKET;
import static dk.sikkerby.indberetning.service.offline.OfflineFixture.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.testsupport.TestActors;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates for 2021 go out, come back filled in as coordinators fill them, and every value is found. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class RoundTripTest {

    @Parameter
    DatabaseKind kind;


    @TempDir
    Path folder;
    OfflineFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new OfflineFixture(folder, kind);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void everyValueACoordinatorTypesIsReadBackAndWritten() throws Exception {
        List<Path> files = fill(fixture.exchange.templates().writeAll(TestActors.administrator(), YEAR, java.nio.file.Files.createDirectories(folder.resolve("out")), Progress.NONE));

        ImportPreview preview = fixture.preview(files.toArray(Path[]::new));

        assertFalse(preview.anyRefused(), () -> preview.files().stream()
                .flatMap(f -> new PreviewText(fixture.messages).findings(f).stream()).collect(Collectors.joining("\n")));
        assertEquals(Map.of(SJAKKET, RowStatus.NEW, KBH, RowStatus.CHANGED, IDRAET, RowStatus.NEW, GREEN, RowStatus.NEW),
                preview.files().stream().flatMap(f -> f.rows().stream())
                        .collect(Collectors.toMap(RowPlan::name, RowPlan::status)));
        ApplyResult result = fixture.apply(preview);

        assertEquals(new ApplyResult(4, 0, 3), result);
        assertFilledValuesStored();
    }

    @Test
    void aWorkbookResavedByLibreOfficeStillImports() throws Exception {
        List<Path> filled = fill(fixture.exchange.templates().writeAll(TestActors.administrator(), YEAR, java.nio.file.Files.createDirectories(folder.resolve("out")), Progress.NONE));
        List<Path> resaved = new java.util.ArrayList<>();
        for (Path file : filled) {
            resaved.add(LibreOffice.resave(file, folder.resolve("libreoffice")));
        }

        ImportPreview preview = fixture.preview(resaved.toArray(Path[]::new));

        assertFalse(preview.anyRefused(), () -> preview.files().stream()
                .flatMap(f -> new PreviewText(fixture.messages).findings(f).stream()).collect(Collectors.joining("\n")));
        assertEquals(new ApplyResult(4, 0, 3), fixture.apply(preview));
        assertFilledValuesStored();
    }

    @Test
    void anUntouchedWorkbookChangesNothing() throws Exception {
        Path sof = fixture.template("SOF", folder);

        ImportPreview preview = fixture.preview(LibreOffice.resave(sof, folder.resolve("libreoffice")));

        assertEquals(List.of(RowStatus.UNCHANGED, RowStatus.UNCHANGED),
                preview.files().get(0).rows().stream().map(RowPlan::status).toList());
        assertEquals(new ApplyResult(0, 0, 1), fixture.apply(preview));
        assertEquals(1, fixture.stored(KBH).version());
    }

    /** Fills the three departments' workbooks and returns them. */
    private List<Path> fill(List<TemplateService.Written> written) throws Exception {
        List<Path> files = written.stream().map(TemplateService.Written::file).sorted(Comparator.naturalOrder()).toList();
        assertEquals(List.of("KFF", "SOF", "TMF"), written.stream().map(TemplateService.Written::departmentCode).sorted().toList());
        for (Path file : files) {
            try (Coordinator c = Coordinator.open(file)) {
                switch (c.sheet.getSheetName()) {
                    case "SOF" -> c.score(SJAKKET, 10, 10)
                            .note(SJAKKET, "Aktiviteter i små grupper.\nIngen indflydelse på målene.")
                            .score(KBH, 1, 2)
                            .italicNote(KBH, "Et fald i kontakter på gadeplan.", 3, 7);
                    case "KFF" -> c.notRelevant(IDRAET);
                    case "TMF" -> c.score(GREEN, 0, 1).note(GREEN, "Ansættelser udgår i år.");
                    default -> throw new AssertionError(c.sheet.getSheetName());
                }
            }
        }
        return files;
    }

    private void assertFilledValuesStored() {
        assertEquals(Score.of(10, 10), fixture.score(SJAKKET));
        assertEquals(RichText.plain("Aktiviteter i små grupper.\nIngen indflydelse på målene."),
                fixture.stored(SJAKKET).departmentNote());
        assertEquals(Score.of(1, 2), fixture.score(KBH));
        assertEquals(new RichText(List.of(new RichText.Paragraph(List.of(new RichText.Run("Et ", false),
                new RichText.Run("fald", true), new RichText.Run(" i kontakter på gadeplan.", false))))),
                fixture.stored(KBH).departmentNote());
        assertEquals(RichText.plain("Sikker By vurderer"), fixture.stored(KBH).assessment(), "the assessment is kept");
        assertEquals(2, fixture.stored(KBH).version());
        assertTrue(fixture.score(IDRAET).isNotRelevant());
        assertEquals(Score.of(0, 1), fixture.score(GREEN));
        assertEquals(RichText.plain("Ansættelser udgår i år."), fixture.stored(GREEN).departmentNote());
    }
}
