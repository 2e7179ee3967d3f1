package dk.sikkerby.indberetning.service.export;

import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;

/**
 * The sample year with submissions saved as a user saves them: a scored row with italics and two
 * paragraphs, a full score, a "not relevant" without notes, and one initiative with no submission.
 * An extra department (BUF) exists but reports nothing, so it must not appear in the footnote.
 */
public final class ExportFixture {

    public static final int YEAR = SampleYear.YEAR;
    static final String SPORT_NOTE = "Covid-19 har haft en negativ indflydelse på FerieCamp-indsatsen.";
    static final String SPORT_ASSESSMENT = "<p>I år afrapporterer KFF samlet. <i>Idrætssociale Indsatser</i> erstatter <i>FerieCamp</i>.</p>"
            + "<p>Indsatsen når ikke mål om fremmøder til FerieCamps.</p>";
    static final String SJAKKET_NOTE = "<p>Grundet Covid-19 har indsatsen justeret sin indsats.</p>";
    static final String SJAKKET_ASSESSMENT = "Indsatsen laver en grundig beskrivelse af arbejde og aktiviteter med mange og "
            + "relevante mål for målgrupperne. Sikker By bemærker, at det er positivt, at indsatsen har opjusteret to "
            + "succeskriterier, som i flere år har været opnået, og at indsatsen fortsat arbejder med at udvikle nye mål "
            + "sammen med Sikker By i løbet af det kommende år.";

    private ExportFixture() {
    }

    public static void create(DSLContext dsl) {
        SampleYear.create(dsl);
        new YearSetupService(Store.over(dsl)).addDepartment(TestActors.administrator(), "BUF", "Børne- og Ungdomsforvaltningen");
        save(dsl, "Idrætssociale Indsatser", Score.of(2, 3), RichText.plain(SPORT_NOTE), RichText.parse(SPORT_ASSESSMENT));
        save(dsl, "Sjakket", Score.of(10, 10), RichText.parse(SJAKKET_NOTE), RichText.plain(SJAKKET_ASSESSMENT));
        save(dsl, "Københavnerteamet", Score.notRelevant(), RichText.EMPTY, RichText.EMPTY);
    }

    public static void save(DSLContext dsl, String initiative, Score score, RichText note, RichText assessment) {
        SubmissionService service = new SubmissionService(Store.over(dsl));
        InitiativeRow row = service.loadYear(YEAR).rows().stream()
                .filter(r -> r.name().equals(initiative)).findFirst().orElseThrow();
        service.save(TestActors.administrator(), YEAR, row.initiativeId(), SubmissionForm.of(score, note, assessment), row.version());
    }

    /** Exports the fixture's year as the administrator to {@code file} and reads the workbook back with POI. */
    static XSSFWorkbook exportAndRead(DSLContext dsl, Path file) throws IOException {
        TestServices.exports(Store.over(dsl), Messages.forLocale(Messages.DANISH))
                .export(TestActors.administrator(), ExportRequest.xlsx(YEAR, file), Progress.NONE);
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
