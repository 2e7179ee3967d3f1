package dk.sikkerby.indberetning.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Field;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.ui.common.Background;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's view model without a screen, saving through the real service on the test's thread. */
class EditorViewModelTest {

    private static final Messages MESSAGES = Messages.forLocale(Messages.DANISH);

    @TempDir
    Path dir;
    private Database database;
    private SubmissionService submissions;
    private EditorViewModel model;
    private InitiativeRow row;

    @BeforeEach
    void open() {
        database = TestDatabase.open(dir);
        SampleYear.create(database.dsl());
        submissions = new SubmissionService(database.store());
        Background background = Background.sameThread();
        model = new EditorViewModel(MESSAGES, (shown, form, onSaved, onFailed) -> background.run(
                () -> submissions.save(TestActors.administrator(), SampleYear.YEAR, shown.initiativeId(), form,
                        shown.version()), onSaved, onFailed));
        row = submissions.loadYear(SampleYear.YEAR).rows().get(0);
        model.load(row);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void saveIsEnabledOnlyForAValidChangedForm() {
        assertFalse(model.canSaveProperty().get(), "nothing changed yet");
        model.notRelevantProperty().set(false);
        model.metTextProperty().set("2");
        model.totalTextProperty().set("3");
        assertTrue(model.canSaveProperty().get());
        model.metTextProperty().set("4");
        assertFalse(model.validProperty().get());
        assertFalse(model.canSaveProperty().get(), "more goals met than there are");
        assertFalse(model.messageFor(Field.MET).get().isBlank() && model.messageFor(Field.TOTAL).get().isBlank());
        model.revert();
        assertFalse(model.dirtyProperty().get());
    }

    @Test
    void aSavedFormIsStoredAndNoLongerDirty() {
        model.notRelevantProperty().set(false);
        model.metTextProperty().set("1");
        model.totalTextProperty().set("2");
        List<InitiativeRow> saved = new ArrayList<>();

        model.save(saved::add);

        assertEquals(1, saved.size());
        assertFalse(model.dirtyProperty().get());
        assertFalse(model.savingProperty().get());
        assertEquals(MESSAGES.get("editor.saved", row.name()), model.lastResultProperty().get());
        assertEquals("1/2", submissions.loadYear(SampleYear.YEAR).rows().get(0).score().fraction());
    }

    @Test
    void aFailedSaveSaysWhyAndKeepsWhatWasTyped() {
        submissions.save(TestActors.administrator(), SampleYear.YEAR, row.initiativeId(),
                new SubmissionForm("1", "3", false, RichText.plain("Andens tekst"), null), row.version());
        model.notRelevantProperty().set(false);
        model.metTextProperty().set("2");
        model.totalTextProperty().set("3");
        List<InitiativeRow> saved = new ArrayList<>();

        model.save(saved::add);

        assertEquals(List.of(), saved);
        assertFalse(model.savingProperty().get());
        assertTrue(model.dirtyProperty().get(), "what the user typed stays, to be saved again or compared");
        assertTrue(model.canSaveProperty().get());
        assertFalse(model.lastResultProperty().get().equals(MESSAGES.get("editor.saved", row.name())));
        assertEquals("1/3", submissions.loadYear(SampleYear.YEAR).rows().get(0).score().fraction());
    }
}
