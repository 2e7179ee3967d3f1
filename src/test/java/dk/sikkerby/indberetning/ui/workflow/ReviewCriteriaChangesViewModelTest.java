package dk.sikkerby.indberetning.ui.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.history.HistoryService;
import dk.sikkerby.indberetning.service.workflow.Action;
import dk.sikkerby.indberetning.service.workflow.WorkflowService;
import dk.sikkerby.indberetning.testsupport.TestActors;
import dk.sikkerby.indberetning.testsupport.TestDatabase;
import dk.sikkerby.indberetning.testsupport.TestServices;
import dk.sikkerby.indberetning.testsupport.ThreeYearsOfSjakket;
import dk.sikkerby.indberetning.ui.common.Background;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before approving, the reviewer reads how the criteria differ from last year's: the panel's model, without a screen. */
class ReviewCriteriaChangesViewModelTest {

    @TempDir
    Path dir;
    private Database database;
    private SubmissionService submissions;
    private WorkflowService workflow;
    private WorkflowViewModel model;

    @BeforeEach
    void open() {
        database = TestDatabase.open(dir);
        ThreeYearsOfSjakket.create(database);
        submissions = new SubmissionService(database.store());
        workflow = TestServices.workflow(database.store());
        model = new WorkflowViewModel(Messages.forLocale(Messages.DANISH), Background.sameThread(), updated -> { });
        model.setChangesLoader(new HistoryService(database.store())::changes);
        model.attach(workflow, TestActors.reviewer());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private InitiativeRow row(int year, String name) {
        return submissions.loadYear(year).rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aRewordedAnAddedAndARemovedCriterionAreNamed() {
        ThreeYearsOfSjakket.changeCriteriaIn2023(database);
        InitiativeRow sjakket = row(2023, "Sjakket");
        workflow.submit(TestActors.administrator(), 2023, sjakket.initiativeId(), sjakket.version());
        model.show(row(2023, "Sjakket"));
        assertEquals(ThreeYearsOfSjakket.CHANGES_2023, model.criteriaChangesProperty().get());
        assertTrue(model.allowedProperty(Action.APPROVE).get(), "submitted: the reviewer may approve, having read it");
    }

    @Test
    void aCriterionDroppedThisYearIsNamedWithItsReason() {
        model.show(row(2022, "Sjakket"));
        assertEquals("Ændret siden sidste år:\nUdgår i år: Tryghed (Ingen måling i år)",
                model.criteriaChangesProperty().get());
    }

    @Test
    void nothingIsShownWhereNothingChangedOrNoCriteriaAreListed() {
        model.show(row(2023, "Sjakket"));
        assertEquals("", model.criteriaChangesProperty().get(), "the same three texts as last year");
        model.show(row(2023, "Københavnerteamet"));
        assertEquals("", model.criteriaChangesProperty().get());
        assertFalse(model.allowedProperty(Action.APPROVE).get());
        model.show(null);
        assertEquals("", model.criteriaChangesProperty().get());
    }
}
