package dk.sikkerby.indberetning.ui.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.importer.ImportService;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.ui.common.Background;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import dialog's view model without a screen: reading, planning and writing run on the test's thread. */
class ImportViewModelTest {

    private static final Messages MESSAGES = Messages.forLocale(Messages.DANISH);

    @TempDir
    Path dir;
    private Database database;
    private ImportViewModel model;
    private final List<Integer> imported = new ArrayList<>();
    private Path appendix;

    @BeforeEach
    void open() throws Exception {
        database = TestDatabase.open(dir.resolve("db"));
        model = new ImportViewModel(MESSAGES, new ImportService(database.store()), TestActors.administrator(),
                Background.sameThread(), imported::add);
        appendix = dir.resolve("bilag1-2021.txt");
        try (InputStream in = ImportViewModelTest.class
                .getResourceAsStream("/dk/sikkerby/indberetning/samples/bilag1-2021.txt")) {
            Files.copy(in, appendix);
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aPreviewNeedsAFileAndAnImportAPreview() {
        assertFalse(model.canPreview().get());
        assertFalse(model.canImport().get());
        model.fileProperty().set(appendix.toString());
        assertTrue(model.canPreview().get());
        assertFalse(model.canImport().get(), "nothing is written before the user has seen the plan");
        model.yearProperty().set("tyve");

        model.preview();

        assertNull(model.previewProperty().get());
        assertEquals(MESSAGES.get("importer.year.invalid", "tyve"), model.statusProperty().get());
    }

    @Test
    void aConfirmedPreviewIsWritten() {
        model.fileProperty().set(appendix.toString());
        model.preview();
        assertNotNull(model.previewProperty().get());
        assertFalse(model.planLines().isEmpty());
        assertTrue(model.canImport().get());
        assertTrue(new SubmissionService(database.store()).years().isEmpty(), "a preview writes nothing");

        model.confirm();

        assertEquals(List.of(2021), imported);
        assertFalse(model.workingProperty().get());
        assertFalse(model.canImport().get(), "the same preview is not written twice");
        assertEquals(2021, new SubmissionService(database.store()).years().get(0).year().year());
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWithItsFinding() {
        model.fileProperty().set(dir.resolve("findes-ikke.txt").toString());

        model.preview();

        assertFalse(model.findings().isEmpty());
        assertFalse(model.workingProperty().get());
        assertFalse(model.canImport().get());
        assertTrue(model.canPreview().get(), "another try is possible");
    }

    @Test
    void aRefusedUserIsToldWhyAndNothingIsRead() {
        ImportViewModel reviewers = new ImportViewModel(MESSAGES, new ImportService(database.store()),
                TestActors.reviewer(), Background.sameThread(), imported::add);
        reviewers.fileProperty().set(appendix.toString());

        reviewers.preview();

        assertNull(reviewers.previewProperty().get());
        assertFalse(reviewers.workingProperty().get());
        assertFalse(reviewers.statusProperty().get().isBlank());
        assertFalse(reviewers.canImport().get());
        assertEquals(List.of(), imported);
    }
}
