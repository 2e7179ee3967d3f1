package dk.sikkerby.indberetning.ui.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.SubmissionRepository;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.offline.OfflineExchange;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import dk.sikkerby.indberetning.ui.common.Background;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * The reviewer reads SOF's returned workbook and a broken file: the broken one is refused by name,
 * Københavnerteamet is a conflict (the reviewer saved it after the workbook went out), and nothing is
 * written until the conflict is settled; then one click writes both rows.
 */
class ImportPreviewPaneTest {
    /** Looks nodes up on the FX thread. */
    private final UiRobot robot = new UiRobot();

    @TempDir
    static Path folder;
    private Database database;
    private Background background;
    private ImportPreviewViewModel model;
    private int applied;

    /**
     * The database, the workbooks and the view model are made on the test's thread (POI and H2 work
     * that must not hold the FX thread, where a loaded machine would run into TestFX's time limit); only
     * the window is made and the reading started on the FX thread.
     */
    @BeforeEach
    void start() throws Exception {
        database = TestDatabase.open(Files.createTempDirectory(folder, "db"));
        SampleYear.create(database.dsl());
        Messages messages = Messages.forLocale(Messages.DANISH);
        OfflineExchange exchange = TestServices.offline(database, messages);
        Path sof = exchange.templates().writeOne(TestActors.administrator(), 2021, "SOF", folder.resolve("SOF.xlsx")).file();
        new SubmissionService(database.store()).save(TestActors.administrator(), 2021, row("Københavnerteamet").initiativeId(),
                new SubmissionForm("1", "1", false, RichText.EMPTY, RichText.EMPTY), 0);
        fill(sof);
        Path broken = Files.writeString(folder.resolve("TMF.xlsx"), "ikke en projektmappe");
        background = new Background();
        model = new ImportPreviewViewModel(messages, exchange, TestActors.administrator(), background);
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new ImportPreviewPane(messages, model, () -> applied++, stage::close), 1100, 600));
            stage.show();
            model.load(List.of(sof, broken), 2021);
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        background.close();
        database.close();
    }

    @Test
    void conflictsAreSettledRowByRowBeforeAnythingIsWritten() throws Exception {
        TableView<PreviewItem> table = robot.lookup("#offlineRows").queryTableView();
        UiRobot.waitFor(20, () -> table.getItems().size() == 2);
        ListView<String> findings = robot.lookup("#offlineFindings").queryListView();
        assertTrue(findings.getItems().contains("TMF.xlsx: afvist, intet læses ind fra filen"));
        assertTrue(findings.getItems().contains("  Filen er ikke en Excel-projektmappe (xlsx): den er ikke en gyldig zip-fil."));
        assertEquals(List.of("Ny", "Konflikt"), table.getItems().stream().map(PreviewItem::status).toList());
        Button apply = robot.lookup("#offlineApply").queryButton();
        assertTrue(apply.isDisabled(), "a conflict is not settled yet");
        assertEquals("1 rækker skrives; 1 konflikter mangler et valg; 1 filer afvist.",
                robot.lookup("#offlineSummary").queryAs(Label.class).getText());

        UiRobot.waitFor(10, () -> robot.lookup("Københavnerteamet").tryQuery().isPresent());
        robot.clickOn("Københavnerteamet");
        robot.clickOn("#offlineTakeWorkbook");
        assertEquals("Brug projektmappens", table.getColumns().get(3).getCellData(1));
        robot.clickOn("#offlineApply");
        UiRobot.waitFor(20, () -> applied == 1);

        assertEquals("Skrevet: 2 indsatser fra 1 filer; 0 konflikter beholdt med databasens udgave.",
                robot.lookup("#offlineMessage").queryAs(Label.class).getText());
        assertEquals(Score.of(4, 6), row("Sjakket").score());
        assertEquals(Score.of(2, 3), row("Københavnerteamet").score());
        assertTrue(apply.isDisabled(), "written once; a second click writes nothing");
    }

    private InitiativeRow row(String name) {
        return new SubmissionRepository(database.dsl()).rows(2021).stream()
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static void fill(Path file) throws Exception {
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        for (Row row : workbook.getSheetAt(0)) {
            String name = row.getCell(0) == null ? "" : row.getCell(0).toString();
            if (name.equals("Sjakket")) {
                row.getCell(2).setCellValue(4);
                row.getCell(3).setCellValue(6);
            } else if (name.equals("Københavnerteamet")) {
                row.getCell(2).setCellValue(2);
                row.getCell(3).setCellValue(3);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
    }
}
