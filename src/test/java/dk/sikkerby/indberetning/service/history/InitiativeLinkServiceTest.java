package dk.sikkerby.indberetning.service.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.AuditEntry;
import dk.sikkerby.indberetning.domain.AuditField;
import dk.sikkerby.indberetning.domain.LinkChoice;
import dk.sikkerby.indberetning.domain.LinkProposal;
import dk.sikkerby.indberetning.domain.LinkQuestion;
import dk.sikkerby.indberetning.domain.LinkQuestion.Candidate;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.testsupport.DatabaseKind;
import dk.sikkerby.indberetning.testsupport.RenamedYear;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.testsupport.TestActors;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** What the link dialog asks and what its answers do, on the sample year and a {@link RenamedYear}. */
@ParameterizedClass
@EnumSource(DatabaseKind.class)
class InitiativeLinkServiceTest {

    @Parameter
    DatabaseKind kind;
    @TempDir
    Path dir;
    private Database database;
    private InitiativeLinkService links;
    private Map<String, Integer> ids;

    @BeforeEach
    void setUp() {
        database = kind.open(dir);
        SampleYear.create(database.dsl());
        RenamedYear.create(database.store());
        SubmissionService submissions = new SubmissionService(database.store());
        ids = new java.util.HashMap<>();
        for (int year : List.of(2021, 2022)) {
            submissions.loadYear(year).rows().forEach(r -> ids.put(r.name(), r.initiativeId()));
        }
        links = new InitiativeLinkService(database.store());
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static List<String> names(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::name).toList();
    }

    @Test
    void eachNewInitiativeIsAskedAboutWithTheLikeliestPredecessorsFirst() {
        List<LinkQuestion> questions = links.questions(2022);
        assertEquals(List.of("Sjakket Gadeplan", "Green Teams Sommerjob", "Helt andet projekt"),
                questions.stream().map(LinkQuestion::name).toList(), "proposals first, the most alike first, then "
                        + "the rest; the continued Københavnerteamet is not asked about");
        LinkQuestion sjakket = questions.get(0);
        assertEquals(Optional.of("Sjakket"), sjakket.proposed().map(Candidate::name));
        assertEquals(64, sjakket.proposed().orElseThrow().percent());
        assertEquals(List.of("Sjakket", "Green Teams Fritidsjob", "Idrætssociale Indsatser"), names(sjakket.candidates()),
                "the same department first, then the others by name; Københavnerteamet still reports");
        assertEquals(Optional.of("Green Teams Fritidsjob"), questions.get(1).proposed().map(Candidate::name));
        LinkQuestion other = questions.get(2);
        assertEquals(Optional.empty(), other.proposed(), "nothing alike: asked, but nothing proposed");
        assertEquals("Sjakket", other.candidates().get(0).name(), "its department's first");
        assertTrue(other.candidates().get(0).sameDepartment());
        assertEquals(List.of(), links.questions(2021), "no year before 2021");
    }

    @Test
    void theCommandLinesProposalsAreTheQuestionsProposedMatches() {
        assertEquals(List.of(
                new LinkProposal(2022, ids.get("Sjakket Gadeplan"), "Sjakket Gadeplan", ids.get("Sjakket"), "Sjakket",
                        "SOF", 14 / 22.0),
                new LinkProposal(2022, ids.get("Green Teams Sommerjob"), "Green Teams Sommerjob",
                        ids.get("Green Teams Fritidsjob"), "Green Teams Fritidsjob", "TMF", 16 / 26.0)),
                links.proposals(2022));
    }

    @Test
    void afterAnImportTheQuestionsGoBothWays() {
        assertEquals(links.questions(2022), links.questionsAround(2021),
                "2021 (as if imported after 2022 was set up) has no year before it: its initiatives are the "
                        + "predecessors of 2022's");
        assertEquals(links.questions(2022), links.questionsAround(2022), "2022 has no year after it");
        assertEquals(links.proposals(2022), links.proposalsAround(2021));
        assertEquals(List.of(), links.linkedAround(2021));
    }

    @Test
    void aWrongLinkIsTakenAwayAuditedAndAskedAboutAgain() {
        links.link(TestActors.administrator(), "Helt andet projekt", "Idrætssociale Indsatser");
        assertEquals(List.of("Helt andet projekt"), links.linked(2022).stream().map(l -> l.name()).toList());
        assertEquals(List.of("Helt andet projekt"), links.linkedAround(2021).stream().map(l -> l.name()).toList());
        assertEquals("Idrætssociale Indsatser", links.unlink(TestActors.administrator(), "helt andet projekt"));
        assertEquals(List.of(), links.linked(2022));
        HistoryService histories = new HistoryService(database.store());
        assertEquals(List.of(2022), histories.history(ids.get("Helt andet projekt")).years().stream()
                .map(y -> y.year()).toList(), "the years are apart again");
        List<AuditEntry> audit = database.store().direct().audit().forSubmission(2022, ids.get("Helt andet projekt"))
                .stream().filter(e -> e.field() == AuditField.PREDECESSOR).toList();
        assertEquals(2, audit.size(), "linked, then unlinked");
        AuditEntry removed = audit.stream().filter(e -> e.newValue() == null).findFirst().orElseThrow();
        assertEquals("Idrætssociale Indsatser", removed.oldValue());
        assertEquals(TestActors.administrator().login(), removed.actorLogin());
        assertEquals(3, links.questions(2022).size(), "asked about again");

        UserFacingException notLinked = assertThrows(UserFacingException.class,
                () -> links.unlink(TestActors.administrator(), ids.get("Helt andet projekt")));
        assertEquals("history.unlink.error.notLinked", notLinked.key());
        assertEquals("history.error.unknownInitiative", assertThrows(UserFacingException.class,
                () -> links.unlink(TestActors.administrator(), "Findes ikke")).key());
    }

    @Test
    void onlyTheAdministratorUnlinks() {
        links.link(TestActors.administrator(), "Sjakket Gadeplan", "Sjakket");
        for (var actor : List.of(TestActors.reviewer(), TestActors.coordinator(1))) {
            UserFacingException refused = assertThrows(UserFacingException.class,
                    () -> links.unlink(actor, ids.get("Sjakket Gadeplan")));
            assertEquals("workflow.refused.role", refused.key());
        }
        assertEquals(1, links.linked(2022).size(), "still linked");
    }

    @Test
    void answersAreLinkedTogetherAuditedAndNoLongerAsked() {
        links.linkAll(TestActors.administrator(), List.of(
                new LinkChoice(ids.get("Sjakket Gadeplan"), ids.get("Sjakket")),
                new LinkChoice(ids.get("Helt andet projekt"), ids.get("Idrætssociale Indsatser"))));
        HistoryService histories = new HistoryService(database.store());
        assertEquals(List.of(2021, 2022), histories.history(ids.get("Sjakket Gadeplan")).years().stream()
                .map(y -> y.year()).toList());
        assertEquals("Sjakket", histories.history(ids.get("Sjakket Gadeplan")).years().get(0).name());
        for (String[] link : new String[][] {{"Sjakket Gadeplan", "Sjakket"},
                {"Helt andet projekt", "Idrætssociale Indsatser"}}) {
            List<AuditEntry> audit = database.store().direct().audit().forSubmission(2022, ids.get(link[0])).stream()
                    .filter(e -> e.field() == AuditField.PREDECESSOR).toList();
            assertEquals(List.of(link[1]), audit.stream().map(AuditEntry::newValue).toList());
            assertEquals(TestActors.administrator().login(), audit.get(0).actorLogin());
        }
        List<LinkQuestion> left = links.questions(2022);
        assertEquals(List.of("Green Teams Sommerjob"), left.stream().map(LinkQuestion::name).toList());
        assertEquals(List.of("Green Teams Fritidsjob"), names(left.get(0).candidates()),
                "a linked predecessor is offered no more");
    }

    @Test
    void oneRefusedAnswerLinksNone() {
        UserFacingException refused = assertThrows(UserFacingException.class, () -> links.linkAll(
                TestActors.administrator(), List.of(
                        new LinkChoice(ids.get("Sjakket Gadeplan"), ids.get("Sjakket")),
                        new LinkChoice(ids.get("Helt andet projekt"), ids.get("Sjakket")))));
        assertEquals("history.link.error.alreadyLinked", refused.key());
        assertEquals(3, links.questions(2022).size(), "nothing was linked");
        assertThrows(UserFacingException.class, () -> links.linkAll(TestActors.administrator(),
                List.of(new LinkChoice(ids.get("Københavnerteamet"), ids.get("Sjakket")))),
                "both reported in 2021");
    }

    @Test
    void onlyTheAdministratorLinks() {
        for (var actor : List.of(TestActors.reviewer(), TestActors.coordinator(1))) {
            UserFacingException refused = assertThrows(UserFacingException.class, () -> links.linkAll(actor,
                    List.of(new LinkChoice(ids.get("Sjakket Gadeplan"), ids.get("Sjakket")))));
            assertEquals("workflow.refused.role", refused.key());
        }
        assertEquals(3, links.questions(2022).size());
    }
}
