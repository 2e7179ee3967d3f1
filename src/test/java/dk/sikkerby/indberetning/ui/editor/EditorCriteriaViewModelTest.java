package dk.sikkerby.indberetning.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.Category;
import dk.sikkerby.indberetning.domain.CriterionMarker;
import dk.sikkerby.indberetning.domain.CriterionOutcome;
import dk.sikkerby.indberetning.domain.Department;
import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Score;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.domain.SubmissionForm;
import dk.sikkerby.indberetning.domain.SuccessCriterion;
import dk.sikkerby.indberetning.i18n.Messages;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The editor's criteria without a screen: the sum as typed, the derived score, dirtiness, undo of a removal. */
class EditorCriteriaViewModelTest {

    private final List<SubmissionForm> saved = new ArrayList<>();
    private EditorViewModel model;
    private final InitiativeRow row = new InitiativeRow(7, "Sjakket", new Department(1, "SOF", "Socialforvaltningen"),
            new Category(1, 2022, "SEKUNDÆR FOREBYGGELSE", 1), 1, Optional.of(new Submission(1, 2022, 7,
                    Score.of(1, 1), RichText.EMPTY, RichText.EMPTY, 3, OffsetDateTime.now())));

    @BeforeEach
    void create() {
        model = new EditorViewModel(Messages.forLocale(Messages.DANISH), (r, form, onSaved, onFailed) -> {
            saved.add(form);
            onSaved.accept(new Submission(1, 2022, 7, Score.missing(), form.departmentNote(), form.assessment(), 4,
                    OffsetDateTime.now()));
        });
        model.setCriteriaLoader((r, onLoaded, onFailed) -> onLoaded.accept(new EditorViewModel.LoadedCriteria(List.of(
                new SuccessCriterion("Færre anmeldelser", CriterionOutcome.MET, "", CriterionMarker.CARRIED_OVER,
                        "Færre anmeldelser")), List.of(SuccessCriterion.of("Færre anmeldelser"),
                SuccessCriterion.of("Tryghed")))));
        model.load(row);
    }

    @Test
    void loadedCriteriaGiveTheNumbersAndLeaveTheFormClean() {
        assertEquals(1, model.criteria().items().size());
        assertEquals("1", model.metTextProperty().get());
        assertEquals("1", model.totalTextProperty().get());
        assertTrue(model.criteriaListedProperty().get());
        assertFalse(model.isDirty());
        assertEquals("1 af 1 opfyldt · 0 udgår · 0 uden resultat", model.criteria().sum().get());
    }

    @Test
    void theSumFollowsEveryKeystrokeAndADroppedOneNeedsAReason() {
        CriterionItem second = model.criteria().add();
        second.textProperty().set("Flere i job");
        assertEquals("1 af 1 opfyldt · 0 udgår · 1 uden resultat", model.criteria().sum().get());
        assertEquals("", model.metTextProperty().get(), "missing while one has no outcome");
        second.outcomeProperty().set(CriterionOutcome.NOT_MET);
        assertEquals("1", model.metTextProperty().get());
        assertEquals("2", model.totalTextProperty().get());
        second.outcomeProperty().set(CriterionOutcome.DROPPED);
        assertFalse(model.canSaveProperty().get());
        assertEquals("validation.criterion.reasonMissing", model.violations().get().get(0).key());
        second.reasonProperty().set("Ingen data i år");
        assertTrue(model.canSaveProperty().get());
        model.save(stored -> { });
        assertEquals(List.of(
                new SuccessCriterion("Færre anmeldelser", CriterionOutcome.MET, "", CriterionMarker.CARRIED_OVER,
                        "Færre anmeldelser"),
                new SuccessCriterion("Flere i job", CriterionOutcome.DROPPED, "Ingen data i år", CriterionMarker.NEW,
                        "")), saved.get(0).criteria());
        assertFalse(model.isDirty(), "clean after the save");
    }

    @Test
    void theReviewerSeesWhatChangedAgainstLastYearAsItIsTyped() {
        assertEquals("Ændret siden sidste år:\nIkke længere med: Tryghed", model.criteria().changes().get());
        model.criteria().items().get(0).textProperty().set("Langt færre anmeldelser");
        CriterionItem added = model.criteria().add();
        added.textProperty().set("Tryghed");
        assertEquals("Ændret siden sidste år:\nOmformuleret: \"Færre anmeldelser\" → \"Langt færre anmeldelser\"",
                model.criteria().changes().get());
    }

    @Test
    void aRemovedCriterionComesBackWithUndoAndTheFormIsCleanAgain() {
        model.criteria().remove(model.criteria().items().get(0));
        assertTrue(model.isDirty());
        assertFalse(model.criteriaListedProperty().get());
        assertEquals("Fjernet: Færre anmeldelser", model.criteria().undoText().get());
        model.criteria().undoRemove();
        assertFalse(model.isDirty());
        assertFalse(model.criteria().canUndo().get());
    }

    @Test
    void revertBringsBackTheStoredCriteria() {
        model.criteria().items().get(0).textProperty().set("Noget andet");
        assertTrue(model.isDirty());
        model.revert();
        assertEquals("Færre anmeldelser", model.criteria().items().get(0).textProperty().get());
        assertFalse(model.isDirty());
    }

    @Test
    void aLateAnswerForAnotherRowIsIgnored() {
        List<Runnable> pending = new ArrayList<>();
        model.setCriteriaLoader((r, onLoaded, onFailed) -> pending.add(() -> onLoaded.accept(
                new EditorViewModel.LoadedCriteria(List.of(SuccessCriterion.of("for " + r.name())), List.of()))));
        model.load(row);
        assertFalse(model.canSaveProperty().get());
        model.load(null);
        pending.forEach(Runnable::run);
        assertEquals(0, model.criteria().items().size());
        assertNull(model.rowProperty().get());
    }

    @Test
    void aTypedScoreShownAfterARowWithCriteriaIsNotChanged() {
        InitiativeRow typed = new InitiativeRow(8, "Københavnerteamet", row.department(), row.category(), 2,
                Optional.of(new Submission(2, 2022, 8, Score.of(10, 10), RichText.plain("n"), RichText.EMPTY, 1,
                        OffsetDateTime.now())));
        model.setCriteriaLoader((r, onLoaded, onFailed) -> onLoaded.accept(
                new EditorViewModel.LoadedCriteria(List.of(), List.of())));
        model.load(typed);
        assertEquals("10", model.metTextProperty().get());
        assertEquals("10", model.totalTextProperty().get());
        assertFalse(model.isDirty(), "nothing typed, nothing to save or to ask about");
    }
}
