package dk.sikkerby.indberetning.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.LinkQuestion.Candidate;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.history.HistoryService;
import dk.sikkerby.indberetning.service.history.InitiativeLinkService;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.testsupport.RenamedYear;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.ui.common.Background;
import dk.sikkerby.indberetning.ui.history.LinkInitiativesViewModel.Answer;
import dk.sikkerby.indberetning.ui.history.LinkInitiativesViewModel.Row;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link dialog without a screen: answers, choosing another, undo, and only "apply" links. */
class LinkInitiativesViewModelTest {

    @TempDir
    Path dir;
    private Database database;
    private LinkInitiativesViewModel model;

    @BeforeEach
    void open() {
        database = TestDatabase.open(dir);
        SampleYear.create(database.dsl());
        RenamedYear.create(database.store());
        model = viewModel(TestActors.administrator());
    }

    private LinkInitiativesViewModel viewModel(Actor actor) {
        LinkInitiativesViewModel vm = new LinkInitiativesViewModel(Messages.forLocale(Messages.DANISH),
                Background.sameThread(), new InitiativeLinkService(database.store()), actor);
        vm.load(RenamedYear.YEAR);
        return vm;
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Row row(String name) {
        return model.rows().stream().filter(r -> r.question().name().equals(name)).findFirst().orElseThrow();
    }

    private List<Integer> years(String name) {
        return new HistoryService(database.store()).history(name, 0).years().stream().map(y -> y.year()).toList();
    }

    @Test
    void everyRowStartsUnansweredWithItsProposalChosen() {
        assertEquals(List.of("Sjakket Gadeplan", "Green Teams Sommerjob", "Helt andet projekt"),
                model.rows().stream().map(r -> r.question().name()).toList());
        assertEquals(row("Sjakket Gadeplan"), model.selectedProperty().get());
        assertTrue(model.rows().stream().allMatch(r -> r.answerProperty().get() == Answer.OPEN));
        assertEquals("Sjakket (SOF, 64 % ens navn)", model.candidateText(row("Sjakket Gadeplan").chosenProperty().get()));
        assertNull(row("Helt andet projekt").chosenProperty().get(), "nothing alike, nothing chosen");
        assertFalse(model.canApply().get(), "nothing is linked without an answer");
        assertFalse(model.canUndo().get());
        assertEquals(List.of(), model.linked(), "nothing linked yet");
    }

    @Test
    void answersMoveOnAndAreUndoneOneByOne() {
        model.link();
        assertEquals("Knyttes til „Sjakket\"", model.answerText(row("Sjakket Gadeplan")));
        assertEquals(row("Green Teams Sommerjob"), model.selectedProperty().get(), "on to the next row");
        model.keepApart();
        assertEquals("Knyttes ikke", model.answerText(row("Green Teams Sommerjob")));
        model.link();
        assertEquals("Vælg først den indsats, „Helt andet projekt\" fortsætter", model.messageProperty().get());
        assertEquals(Answer.OPEN, row("Helt andet projekt").answerProperty().get());
        Candidate gone = row("Helt andet projekt").question().candidates().stream()
                .filter(c -> c.name().equals("Idrætssociale Indsatser")).findFirst().orElseThrow();
        model.choose(gone);
        assertEquals("Knyttes til „Idrætssociale Indsatser\"", model.answerText(row("Helt andet projekt")));
        assertEquals(2, model.pending());

        model.undo();
        assertEquals(Answer.OPEN, row("Helt andet projekt").answerProperty().get());
        assertNull(row("Helt andet projekt").chosenProperty().get());
        model.undo();
        assertEquals(Answer.OPEN, row("Green Teams Sommerjob").answerProperty().get());
        assertEquals(row("Green Teams Sommerjob"), model.selectedProperty().get(), "undo shows the row it changed");
        assertEquals(1, model.pending());
        assertEquals(List.of(2022), years("Sjakket Gadeplan"), "nothing linked before apply");
    }

    @Test
    void applyLinksTheAnsweredRowsAndAsksAgainAboutTheRest() {
        model.link();
        model.keepApart();
        model.apply();
        assertEquals("Knyttet: 1", model.messageProperty().get());
        assertEquals(List.of(2021, 2022), years("Sjakket Gadeplan"));
        assertEquals(List.of(2022), years("Green Teams Sommerjob"), "kept apart: not linked");
        assertEquals(List.of("Green Teams Sommerjob", "Helt andet projekt"),
                model.rows().stream().map(r -> r.question().name()).toList());
        assertFalse(model.canUndo().get(), "applied answers are not undone here");
        assertEquals(List.of("Sjakket Gadeplan (2022, SOF) fortsætter „Sjakket\""),
                model.linked().stream().map(model::linkText).toList());
    }

    @Test
    void aWrongLinkIsTakenAwayAndTheInitiativeIsAskedAboutAgain() {
        model.link();
        model.apply();
        model.selectedLinkProperty().set(model.linked().get(0));
        model.link();
        assertFalse(model.canUnlink().get(), "not while an answer waits to be applied");
        model.undo();
        assertTrue(model.canUnlink().get());
        model.unlink();
        assertEquals("„Sjakket Gadeplan\" fortsætter ikke længere „Sjakket\"", model.messageProperty().get());
        assertEquals(List.of(2022), years("Sjakket Gadeplan"), "the years are apart again");
        assertEquals(List.of(), model.linked());
        assertEquals(List.of("Sjakket Gadeplan", "Green Teams Sommerjob", "Helt andet projekt"),
                model.rows().stream().map(r -> r.question().name()).toList(), "asked about again");
    }

    @Test
    void afterAnImportOfTheOlderYearTheNextYearsInitiativesAreAsked() {
        model = new LinkInitiativesViewModel(Messages.forLocale(Messages.DANISH), Background.sameThread(),
                new InitiativeLinkService(database.store()), TestActors.administrator());
        model.loadAround(2021);
        assertTrue(model.aroundImport());
        assertEquals(List.of("Sjakket Gadeplan", "Green Teams Sommerjob", "Helt andet projekt"),
                model.rows().stream().map(r -> r.question().name()).toList(),
                "2021 has no year before it; 2022's new initiatives may continue 2021's");
        model.link();
        model.apply();
        assertEquals(List.of(2021, 2022), years("Sjakket Gadeplan"));
        assertEquals(1, model.linked().size(), "the next year's links are shown after an import too");
    }

    @Test
    void aReviewerIsRefusedWithTheReasonAndNothingIsLinked() {
        model = viewModel(TestActors.reviewer());
        model.link();
        model.apply();
        assertTrue(model.messageProperty().get().startsWith("Din rolle, Sikker By-sekretariatet, giver ikke lov til"),
                model.messageProperty().get());
        assertEquals(List.of(2022), years("Green Teams Sommerjob"));
        assertEquals(1, model.pending(), "the answer stays, to be seen");
    }
}
