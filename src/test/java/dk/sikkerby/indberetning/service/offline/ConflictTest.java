package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import static dk.sikkerby.indberetning.persistence.generated.Tables.OFFLINE_IMPORT;
import static dk.sikkerby.indberetning.persistence.generated.Tables.OFFLINE_IMPORT_ROW;
import static dk.sikkerby.indberetning.service.offline.OfflineFixture.KBH;
import static dk.sikkerby.indberetning.service.offline.OfflineFixture.SJAKKET;
import static dk.sikkerby.indberetning.service.offline.OfflineFixture.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.testsupport.TestActors;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook went out with Københavnerteamet at version 1; the reviewer then saved it (version 2)
 * while the coordinator changed it in the workbook: a conflict, settled row by row either way.
 */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class ConflictTest {

    @Parameter
    DatabaseKind kind;


    @TempDir
    Path folder;
    OfflineFixture fixture;
    Path returned;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new OfflineFixture(folder, kind);
        returned = fixture.template("SOF", folder);
        fixture.submissions.save(TestActors.administrator(), YEAR, fixture.id(KBH), new SubmissionForm("1", "1", false,
                RichText.plain("Rettet af Sikker By"), RichText.plain("Ny vurdering")), 1);
        try (Coordinator c = Coordinator.open(returned)) {
            c.score(KBH, 1, 2).note(KBH, "Forvaltningens nye tekst").score(SJAKKET, 3, 4);
        }
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void theRowChangedOnBothSidesIsAConflictWithItsChanges() {
        ImportPreview preview = fixture.preview(returned);

        RowPlan kbh = row(preview, KBH);
        assertEquals(RowStatus.CONFLICT, kbh.status());
        assertEquals(1, kbh.workbookVersion());
        assertEquals(2, kbh.storedVersion());
        assertEquals("ændret i databasen siden projektmappen blev lavet (version 1 → 2); Antal mål: 1 → 2; "
                + "Bemærkningen: \"Rettet af Sikker By\" → \"Forvaltningens nye tekst\"",
                new PreviewText(fixture.messages).changes(kbh));
        assertEquals(RowStatus.NEW, row(preview, SJAKKET).status());
    }

    @Test
    void nothingIsWrittenUntilEveryConflictIsSettled() {
        String before = DatabaseSnapshot.of(fixture.database.dsl());
        ImportPreview preview = fixture.preview(returned);

        UserFacingException e = assertThrows(UserFacingException.class, () -> fixture.apply(preview));

        assertEquals("offline.apply.unresolved", e.key());
        assertEquals(before, DatabaseSnapshot.of(fixture.database.dsl()));
    }

    @Test
    void keepingTheDatabasesVersionSkipsTheRowAndLogsIt() {
        ImportPreview preview = fixture.preview(returned);

        ApplyResult result = fixture.exchange.apply(TestActors.administrator(), preview, Map.of(row(preview, KBH).key(), Resolution.KEEP_DATABASE));

        assertEquals(new ApplyResult(1, 1, 1), result);
        assertEquals(Score.of(1, 1), fixture.score(KBH));
        assertEquals(RichText.plain("Rettet af Sikker By"), fixture.stored(KBH).departmentNote());
        assertEquals(2, fixture.stored(KBH).version());
        assertEquals(Score.of(3, 4), fixture.score(SJAKKET));
        assertEquals(List.of("SOF.xlsx"), fixture.database.dsl().select(OFFLINE_IMPORT.FILE_NAME).from(OFFLINE_IMPORT)
                .fetch(OFFLINE_IMPORT.FILE_NAME));
        assertEquals(List.of("CONFLICT_KEPT", "NEW"), fixture.database.dsl().select(OFFLINE_IMPORT_ROW.OUTCOME)
                .from(OFFLINE_IMPORT_ROW).orderBy(OFFLINE_IMPORT_ROW.OUTCOME).fetch(OFFLINE_IMPORT_ROW.OUTCOME));
    }

    @Test
    void takingTheWorkbooksVersionWritesItOverTheNewerOneAndKeepsTheAssessment() {
        ImportPreview preview = fixture.preview(returned);

        ApplyResult result = fixture.exchange.apply(TestActors.administrator(), preview, Map.of(row(preview, KBH).key(), Resolution.TAKE_WORKBOOK));

        assertEquals(new ApplyResult(2, 0, 1), result);
        assertEquals(Score.of(1, 2), fixture.score(KBH));
        assertEquals(RichText.plain("Forvaltningens nye tekst"), fixture.stored(KBH).departmentNote());
        assertEquals(RichText.plain("Ny vurdering"), fixture.stored(KBH).assessment());
        assertEquals(3, fixture.stored(KBH).version());
    }

    @Test
    void aRowTheCoordinatorLeftAloneIsUnchangedEvenThoughTheDatabaseMovedOn() throws Exception {
        Path untouched = fixture.template("SOF", java.nio.file.Files.createDirectories(folder.resolve("second")));
        fixture.submissions.save(TestActors.administrator(), YEAR, fixture.id(KBH), new SubmissionForm("0", "1", false, RichText.EMPTY, RichText.EMPTY), 2);

        ImportPreview preview = fixture.preview(untouched);

        assertEquals(RowStatus.UNCHANGED, row(preview, KBH).status());
        assertEquals(new ApplyResult(0, 0, 1), fixture.apply(preview));
        assertEquals(Score.of(0, 1), fixture.score(KBH));
    }

    @Test
    void aChangeBetweenPreviewAndApplyUndoesTheWholeImport() {
        ImportPreview preview = fixture.preview(returned);
        fixture.submissions.save(TestActors.administrator(), YEAR, fixture.id(KBH), new SubmissionForm("5", "5", false, RichText.EMPTY, RichText.EMPTY), 2);
        String before = DatabaseSnapshot.of(fixture.database.dsl());

        UserFacingException e = assertThrows(UserFacingException.class,
                () -> fixture.exchange.apply(TestActors.administrator(), preview, Map.of(row(preview, KBH).key(), Resolution.TAKE_WORKBOOK)));

        assertEquals("offline.apply.stale", e.key());
        assertEquals(List.of(KBH), e.args());
        assertEquals(before, DatabaseSnapshot.of(fixture.database.dsl()), "Sjakket, written before the stale row, was undone");
        assertEquals(Score.missing(), fixture.score(SJAKKET));
    }

    private static RowPlan row(ImportPreview preview, String name) {
        return preview.files().get(0).rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }
}
