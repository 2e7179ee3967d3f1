package dk.sikkerby.indberetning.service.offline;

import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.SubmissionRepository;
import dk.sikkerby.indberetning.service.Progress;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.year.YearSetupService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A database as the secretariat has it before sending workbooks out: {@link SampleYear}'s 2021 (SOF
 * with two initiatives, KFF and TMF with one each), 2020 with last year's scores, and one 2021
 * submission already stored (Københavnerteamet 1/1 with an italic note).
 */
final class OfflineFixture implements AutoCloseable {

    static final int YEAR = SampleYear.YEAR;
    static final String SJAKKET = "Sjakket";
    static final String KBH = "Københavnerteamet";
    static final String IDRAET = "Idrætssociale Indsatser";
    static final String GREEN = "Green Teams Fritidsjob";

    final Database database;
    final Messages messages = Messages.forLocale(Messages.DANISH);
    final OfflineExchange exchange;
    final SubmissionService submissions;

    OfflineFixture(Path folder) {
        this(folder, DatabaseKind.H2_FILE);
    }

    /** On an H2 file or a PostgreSQL server ({@link DatabaseKind}). */
    OfflineFixture(Path folder, DatabaseKind kind) {
        database = kind == DatabaseKind.H2_FILE ? TestDatabase.open(folder.resolve("db")) : kind.open(folder);
        SampleYear.create(database.dsl());
        exchange = TestServices.offline(database, messages);
        submissions = new SubmissionService(database.store());
        YearSetupService setup = new YearSetupService(database.store());
        setup.createYear(TestActors.administrator(), YEAR - 1, "Bilag 1: Indsatsernes målopfyldelse for 2020", "Covid-19");
        Category last = setup.addCategory(TestActors.administrator(), YEAR - 1, "SEKUNDÆR FOREBYGGELSE");
        int sof = setup.departments().stream().filter(d -> d.code().equals("SOF")).findFirst().orElseThrow().id();
        setup.addInitiative(TestActors.administrator(), YEAR - 1, SJAKKET, sof, last.id());
        submissions.save(TestActors.administrator(), YEAR - 1, id(SJAKKET), form("9", "10", false, RichText.plain("Sidste år")), 0);
        submissions.save(TestActors.administrator(), YEAR, id(KBH), new SubmissionForm("1", "1", false, new RichText(List.of(
                new RichText.Paragraph(List.of(new RichText.Run("Første afsnit med ", false), new RichText.Run("kursiv", true))),
                new RichText.Paragraph(List.of(new RichText.Run("Andet afsnit", false))))),
                RichText.plain("Sikker By vurderer")), 0);
    }

    static SubmissionForm form(String met, String total, boolean notRelevant, RichText note) {
        return new SubmissionForm(met, total, notRelevant, note, RichText.EMPTY);
    }

    int id(String name) {
        return row(name).initiativeId();
    }

    InitiativeRow row(String name) {
        return row(YEAR, name);
    }

    InitiativeRow row(int year, String name) {
        return new SubmissionRepository(database.dsl()).rows(year).stream()
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    Submission stored(String name) {
        return row(name).submission().orElseThrow();
    }

    Score score(String name) {
        return row(name).score();
    }

    Path template(String department, Path folder) {
        return exchange.templates().writeOne(TestActors.administrator(), YEAR, department, folder.resolve(department + ".xlsx")).file();
    }

    ImportPreview preview(Path... files) {
        return exchange.preview(TestActors.administrator(), List.of(files), Expectation.none(), Progress.NONE);
    }

    ApplyResult apply(ImportPreview preview) {
        return exchange.apply(TestActors.administrator(), preview, Map.of());
    }

    /** The findings of the only file of a preview, in words. */
    List<String> findings(ImportPreview preview) {
        return new PreviewText(messages).findings(preview.files().get(0));
    }

    @Override
    public void close() {
        database.close();
    }
}
