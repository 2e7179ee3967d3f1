package dk.sikkerby.indberetning.service.offline;

import static dk.sikkerby.indberetning.service.offline.OfflineFixture.SJAKKET;
import static dk.sikkerby.indberetning.service.offline.OfflineFixture.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.CriterionOutcome;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.persistence.CriteriaRepository;
import dk.sikkerby.indberetning.service.UserFacingException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decision 0700 on returned workbooks: where Sjakket's success criteria are listed (2 met, 1 not met,
 * 1 dropped: 2/3), a workbook row typing another score refuses the file with one finding at the score
 * cell and writes nothing; the score they give is read in.
 */
class ReturnCriteriaTest {

    @TempDir
    Path folder;
    OfflineFixture fixture;
    Path returned;

    @BeforeEach
    void setUp() {
        fixture = new OfflineFixture(folder);
        returned = fixture.template("SOF", folder);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private void listSjakketsCriteria() {
        new CriteriaRepository(fixture.database.dsl()).replace(YEAR, fixture.id(SJAKKET), List.of(
                SuccessCriterion.of("Færre anmeldelser").withOutcome(CriterionOutcome.MET, ""),
                SuccessCriterion.of("Flere i job").withOutcome(CriterionOutcome.MET, ""),
                SuccessCriterion.of("Ny baseline").withOutcome(CriterionOutcome.DROPPED, "Ingen data i år"),
                SuccessCriterion.of("Færre gentagelser").withOutcome(CriterionOutcome.NOT_MET, "")));
    }

    private void coordinatorScoresSjakket(int met, int total) throws Exception {
        try (Coordinator c = Coordinator.open(returned)) {
            c.score(SJAKKET, met, total);
        }
    }

    @Test
    void aTypedScoreTheCriteriaDoNotGiveRefusesTheFile() throws Exception {
        listSjakketsCriteria();
        coordinatorScoresSjakket(3, 4);

        ImportPreview preview = fixture.preview(returned);

        FilePlan file = preview.files().get(0);
        assertTrue(file.refused());
        assertEquals(List.of("importcore.criteria.scoreNotDerived"),
                file.findings().stream().filter(f -> f.isError()).map(f -> f.key()).toList());
        assertEquals(List.of("Ark SOF, C" + (sheetRow(file) + 1) + ": Sjakket: målopfyldelsen 3/4 passer ikke med de"
                + " succeskriterier, der er registreret for initiativet, som giver 2/3, så filen er ikke læst ind."),
                fixture.findings(preview));
        assertEquals(0, preview.accepted().size());
        assertEquals(Score.missing(), fixture.score(SJAKKET));
    }

    @Test
    void theScoreTheCriteriaGiveIsReadIn() throws Exception {
        listSjakketsCriteria();
        coordinatorScoresSjakket(2, 3);

        ImportPreview preview = fixture.preview(returned);
        fixture.apply(preview);

        assertEquals(Score.of(2, 3), fixture.score(SJAKKET));
    }

    @Test
    void criteriaListedAfterThePreviewStillRefuseTheRowAndNothingIsWritten() throws Exception {
        coordinatorScoresSjakket(3, 4);
        ImportPreview preview = fixture.preview(returned);
        assertEquals(1, preview.accepted().size());
        listSjakketsCriteria();

        UserFacingException refused = assertThrows(UserFacingException.class, () -> fixture.apply(preview));

        assertEquals("importcore.criteria.scoreNotDerived", refused.key());
        assertEquals(Score.missing(), fixture.score(SJAKKET));
    }

    /** The sheet row (0-based) of Sjakket in the returned workbook. */
    private int sheetRow(FilePlan file) {
        return file.workbook().rows().stream().filter(r -> r.initiativeId() == fixture.id(SJAKKET))
                .map(ReturnedRow::sheetRow).findFirst().orElseThrow();
    }
}
