package dk.sikkerby.indberetning.ui.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionState;
import dk.sikkerby.indberetning.domain.SubmissionStatus;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.service.InvalidRowException;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.workflow.SubmissionEdit;
import dk.sikkerby.indberetning.ui.editor.EditorViewModel;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The grid's state without a screen: typing, the form's rules, rights, paste all-or-nothing, save. */
class GridViewModelTest {

    private static final int YEAR = 2021;
    private static final Department SOF = new Department(1, "SOF", "Socialforvaltningen");
    private static final Department KFF = new Department(2, "KFF", "Kultur- og Fritidsforvaltningen");
    private static final Category CATEGORY = new Category(1, YEAR, "PRIMÆR FOREBYGGELSE", 1);

    private final Messages messages = Messages.forLocale(Messages.DANISH);
    private final List<List<SubmissionEdit>> saves = new ArrayList<>();
    private Consumer<List<Submission>> lastOnSaved;
    private Consumer<Throwable> lastOnFailed;
    private GridViewModel model;

    private static InitiativeRow row(int id, String name, Department department) {
        return new InitiativeRow(id, name, department, CATEGORY, id, Optional.empty());
    }

    private static Submission stored(int id, Score score, int version, SubmissionState state) {
        return new Submission(id, YEAR, id, score, RichText.EMPTY, RichText.EMPTY, version, OffsetDateTime.now(),
                new SubmissionStatus(state, OffsetDateTime.now(), "x"));
    }

    @BeforeEach
    void setUp() {
        model = new GridViewModel(messages, (year, edits, onSaved, onFailed) -> {
            saves.add(edits);
            lastOnSaved = onSaved;
            lastOnFailed = onFailed;
        });
        model.show(YEAR, List.of(row(1, "Sjakket", SOF), row(2, "Københavnerteamet", SOF), row(3, "Idræt", KFF)));
    }

    @Test
    void typedScoresAreReadAsTheFormReadsThem() {
        model.type(0, GridColumn.SCORE, "2/3");
        model.type(1, GridColumn.SCORE, "Ikke relevant");
        model.type(2, GridColumn.SCORE, " ir ");
        assertEquals(3, model.changedProperty().get());
        assertTrue(model.canSaveProperty().get());
        model.save();
        List<SubmissionEdit> edits = saves.get(0);
        assertEquals("2", edits.get(0).form().metText());
        assertEquals("3", edits.get(0).form().totalText());
        assertTrue(edits.get(1).form().notRelevant());
        assertTrue(edits.get(2).form().notRelevant());
    }

    @Test
    void aBadScoreIsMarkedAndExplainedAtOnceAndBlocksTheSave() {
        model.type(0, GridColumn.SCORE, "11/10");
        assertEquals(Optional.of(messages.get("validation.met.exceedsTotal", 11, 10)), model.error(0, GridColumn.SCORE));
        assertTrue(model.messageProperty().get().startsWith("Sjakket: "), model.messageProperty().get());
        assertFalse(model.canSaveProperty().get());
        model.save();
        assertTrue(saves.isEmpty());
        model.type(0, GridColumn.SCORE, "2/x");
        assertTrue(model.error(0, GridColumn.SCORE).isPresent());
        model.type(0, GridColumn.SCORE, "10/11");
        assertEquals(Optional.empty(), model.error(0, GridColumn.SCORE));
        assertTrue(model.canSaveProperty().get());
    }

    @Test
    void aPasteWithOneBadValueChangesNothingAndNamesTheRow() {
        model.paste(0, GridColumn.SCORE, "1/2\r\n5/4\r\n0/1\r\n");
        assertEquals(0, model.changedProperty().get());
        assertEquals("", model.rows().get(0).text(GridColumn.SCORE));
        assertTrue(model.messageProperty().get().contains("Københavnerteamet"), model.messageProperty().get());
    }

    @Test
    void aGoodPasteFillsTheRowsDown() {
        assertTrue(model.paste(1, GridColumn.SCORE, "1/2\nIkke relevant\n"));
        assertEquals("1/2", model.rows().get(1).text(GridColumn.SCORE));
        assertEquals("Ikke relevant", model.rows().get(2).text(GridColumn.SCORE));
        assertEquals(2, model.changedProperty().get());
    }

    @Test
    void aPasteBelowTheLastRowChangesNothing() {
        assertFalse(model.paste(2, GridColumn.SCORE, "1/2\n1/3\n"));
        assertEquals(0, model.changedProperty().get());
    }

    @Test
    void onlyTheCellsTheRoleMayChangeAreEditable() {
        model.setAccess(new EditorViewModel.Access() {
            @Override
            public Optional<String> departmentFieldsRefusal(InitiativeRow row) {
                return row.department().equals(SOF) ? Optional.empty() : Optional.of("Andet område");
            }

            @Override
            public Optional<String> assessmentRefusal(InitiativeRow row) {
                return Optional.of("");
            }
        });
        assertTrue(model.rows().get(0).isEditable(GridColumn.SCORE));
        assertFalse(model.rows().get(0).isEditable(GridColumn.ASSESSMENT));
        assertFalse(model.type(0, GridColumn.ASSESSMENT, "nej"));
        assertEquals("", model.rows().get(0).text(GridColumn.ASSESSMENT));
        assertTrue(model.rows().get(2).isLocked());
        assertTrue(model.stateText(2).contains("låst"));
        assertFalse(model.paste(1, GridColumn.SCORE, "1/2\n1/2\n"), "the paste reaches a row of another department");
        assertTrue(model.messageProperty().get().contains("Idræt"));
        assertEquals(0, model.changedProperty().get());
    }

    @Test
    void aSaveResetsTheRowsAndHandsThemOnWithTheirVersion() {
        List<InitiativeRow> handedOn = new ArrayList<>();
        model.setOnSaved(handedOn::addAll);
        model.type(0, GridColumn.SCORE, "1/2");
        model.save();
        assertEquals(0, saves.get(0).get(0).expectedVersion());
        lastOnSaved.accept(List.of(stored(1, Score.of(1, 2), 1, SubmissionState.DRAFT)));
        assertEquals(0, model.changedProperty().get());
        assertEquals(1, handedOn.get(0).version());
        assertEquals("1/2", model.rows().get(0).text(GridColumn.SCORE));
    }

    @Test
    void aFailedSaveKeepsWhatWasTypedAndSaysWhichRow() {
        List<String> notices = new ArrayList<>();
        model.setOnSaveFailed(notices::add);
        model.type(0, GridColumn.SCORE, "1/2");
        model.save();
        lastOnFailed.accept(InvalidRowException.of("Sjakket", new UserFacingException("workflow.refused.yearLocked", YEAR)));
        assertEquals("1/2", model.rows().get(0).text(GridColumn.SCORE));
        assertEquals(1, model.changedProperty().get());
        assertTrue(notices.get(0).contains("Sjakket"), notices.get(0));
    }

    @Test
    void aRowSavedInTheFormComesIntoTheGridUnlessItWasChangedHere() {
        model.type(1, GridColumn.SCORE, "3/3");
        InitiativeRow savedInForm = new InitiativeRow(1, "Sjakket", SOF, CATEGORY, 1,
                Optional.of(stored(1, Score.of(2, 2), 1, SubmissionState.DRAFT)));
        model.show(YEAR, List.of(savedInForm, row(2, "Københavnerteamet", SOF), row(3, "Idræt", KFF)));
        assertEquals("2/2", model.rows().get(0).text(GridColumn.SCORE));
        assertEquals("3/3", model.rows().get(1).text(GridColumn.SCORE), "a draft in the grid stays");
    }
}
