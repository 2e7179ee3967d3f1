package dk.sikkerby.indberetning.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.persistence.AuditRepository;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.DatabaseFile;
import dk.sikkerby.indberetning.testsupport.AppHarness;
import dk.sikkerby.indberetning.testsupport.UiRobot;
import dk.sikkerby.indberetning.ui.main.EmptyTableHint;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Indlæs eksemplet fra 2021": the first start, right after the first administrator, offers the
 * example on the empty table; one click shows the preview with its findings, Importér writes it (with
 * its audit trail) and the table shows 2021. Where the database has years, File → Indlæs eksemplet fra
 * 2021… still offers it.
 */
class ExampleFlowTest extends UiRobot {

    private static final String EXAMPLE = "Eksemplet fra 2021, der følger med programmet (bilag1-2021.txt)";

    @TempDir
    Path dir;
    private AppHarness harness;

    @AfterEach
    void stop() throws Exception {
        harness.stop();
    }

    @Test
    void theFirstStartOffersThe2021ExampleAndOneClickShowsItsPreviewBeforeItIsImported() throws Exception {
        DatabaseFile file = DatabaseFile.of(dir.resolve("fresh").toString());
        harness = new AppHarness(dir.resolve("data"));
        harness.launch(this, "--db", file.toString());
        waitFor(30, () -> lookup("#firstAdministratorDialog").tryQuery().isPresent());
        assertFalse(exampleOffered(), "nothing is offered before sign-in");
        clickOn("#signInLogin").write("anne");
        clickOn("#signInFullName").write("Anne Administrator");
        clickOn("#signInPassword").write("annes-kode");
        clickOn("#signInRepeat").write("annes-kode");
        clickOn("#signInButton");
        waitFor(30, this::exampleOffered);
        assertEquals("Indlæs eksemplet fra 2021", text("#loadExample"));

        clickOn("#loadExample");
        waitFor(30, () -> text("#importStatus").startsWith("Klar"));
        assertEquals("Klar: 25 indsatser i 2021. Tryk Importér for at skrive dem.", text("#importStatus"));
        assertEquals(EXAMPLE, onFx(() -> lookup("#importFile").queryAs(TextField.class).getText()));
        assertTrue(onFx(() -> !lookup("#importPlan").queryAs(ListView.class).getItems().isEmpty()), "the plan");
        assertTrue(onFx(() -> !lookup("#importFindings").queryAs(TableView.class).getItems().isEmpty()),
                "the findings of the 2021 file (its KFF, its defects) are shown before anything is written");
        clickOn("#importConfirm");
        waitFor(30, () -> text("#importStatus").startsWith("Importeret"));
        clickOn("#importClose");
        AppHarness.awaitRows(this, 25);
        assertEquals(25, AppHarness.countRows(this));
        assertFalse(exampleOffered(), "a database with a year is not empty any more");
        harness.stop();
        try (Database db = Database.open(file)) {
            AuditRepository audit = new AuditRepository(db.dsl());
            assertEquals(1, audit.count(), "one account row for the 25 new submissions (decision 1905)");
            assertTrue(new dk.sikkerby.indberetning.persistence.SubmissionRepository(db.dsl()).rows(2021).stream()
                    .allMatch(r -> audit.forSubmission(2021, r.initiativeId()).size() > 1),
                    "the import is in every submission's trail, field by field");
        }
    }

    @Test
    void theFileMenuOffersTheExampleWhereTheDatabaseHasYears() throws Exception {
        harness = new AppHarness(dir.resolve("data"));
        harness.startOnSampleYear(this, dir, "sample");
        assertFalse(exampleOffered(), "the empty table's button is for a database without years");

        waitFor(30, () -> !lookup("#menuBar").query().isDisabled());
        clickOn("#menuFile").clickOn("#menuImportExample");
        waitFor(30, () -> lookup("#importStatus").tryQuery().isPresent()
                && !lookup("#importPlan").queryAs(ListView.class).getItems().isEmpty());
        assertEquals(EXAMPLE, onFx(() -> lookup("#importFile").queryAs(TextField.class).getText()));
        clickOn("#importClose");
    }

    /** Whether the empty table shows the example button (read on the FX thread, in or out of the scene). */
    private boolean exampleOffered() {
        return onFx(() -> {
            TreeTableView<?> table = lookup("#initiativeTable").queryAs(TreeTableView.class);
            return ((EmptyTableHint) table.getPlaceholder()).lookup("#loadExample").isVisible();
        });
    }

    private String text(String id) {
        return onFx(() -> lookup(id).query() instanceof Label label ? label.getText()
                : lookup(id).queryButton().getText());
    }
}
