package dk.sikkerby.indberetning.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.domain.InitiativeRow;
import dk.sikkerby.indberetning.domain.RichText;
import dk.sikkerby.indberetning.domain.Submission;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.ServerAddress;
import dk.sikkerby.indberetning.service.workflow.SubmissionService;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.ServerUsers;
import dk.sikkerby.indberetning.testsupport.SampleYear;
import dk.sikkerby.indberetning.ui.common.Background;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server goes away under the editor: a real PostgreSQL of the test's own (not the shared one) is stopped
 * while a form is being saved. The save fails in one sentence, the form keeps the edits and offers Try again,
 * nothing is half-saved; once the server is back, Try again saves it, with its audit row.
 */
class LostConnectionTest {

    private static final String OWNER = "sikkerby_owner";
    private static final String PASSWORD = "ejerens-kode";

    @TempDir
    Path dir;

    private EmbeddedPostgres start(Path data, int port) throws Exception {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false);
        return (port > 0 ? builder.setPort(port) : builder).start();
    }

    @Test
    void aSaveTheServerLostKeepsTheEditsSaysSoAndTryAgainSavesItOnceTheServerIsBack() throws Exception {
        Path data = dir.resolve("pgdata");
        EmbeddedPostgres server = start(data, 0);
        int port = server.getPort();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + OWNER + " LOGIN CREATEROLE PASSWORD '" + PASSWORD + "'");
            s.execute("CREATE DATABASE sikkerby OWNER " + OWNER);
        }
        try (Connection c = server.getDatabase("postgres", "sikkerby").getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER SCHEMA public OWNER TO " + OWNER);
        }
        ServerAddress address = new ServerAddress("localhost", port, "sikkerby");
        try (Database owner = Database.initServer(address, OWNER, PASSWORD.toCharArray())) {
            SampleYear.create(owner.dsl());
            new ServerUsers(owner.store()).makeOwnerFirstAdministrator("IT");
        }

        Messages messages = Messages.forLocale(Messages.DANISH);
        Database database = Database.open(address, OWNER, PASSWORD.toCharArray());
        try {
            SubmissionService submissions = new SubmissionService(database.store());
            Actor admin = new ServerUsers(database.store()).signIn();
            Background background = Background.sameThread();
            EditorViewModel model = new EditorViewModel(messages, (shown, form, onSaved, onFailed) -> background.run(
                    () -> submissions.save(admin, SampleYear.YEAR, shown.initiativeId(), form, shown.version()),
                    onSaved, onFailed));
            InitiativeRow row = submissions.loadYear(SampleYear.YEAR).rows().get(0);
            model.load(row);
            model.departmentNoteProperty().set(RichText.plain("Skrevet, mens serveren gik ned."));
            model.metTextProperty().set("2");
            model.totalTextProperty().set("3");
            assertTrue(model.canSaveProperty().get());

            server.close();
            model.save(saved -> {
                throw new AssertionError("the server is gone");
            });
            assertEquals("Forbindelsen til serveren er afbrudt, så intet blev gemt; det, du har skrevet, står stadig i "
                    + "formularen: tryk Prøv igen, når serveren svarer.", model.lastResultProperty().get());
            assertTrue(model.retryOfferedProperty().get());
            assertTrue(model.isDirty(), "the edits are kept");
            assertEquals(RichText.plain("Skrevet, mens serveren gik ned."), model.departmentNoteProperty().get());
            assertTrue(model.canSaveProperty().get(), "it can be tried again");

            server = start(data, port);
            Submission before = submissions.loadYear(SampleYear.YEAR).rows().get(0).submission().orElse(null);
            assertEquals(row.version(), before == null ? 0 : before.version(), "nothing was half-saved");

            InitiativeRow[] saved = new InitiativeRow[1];
            model.save(updated -> saved[0] = updated);
            assertFalse(model.retryOfferedProperty().get());
            assertFalse(model.isDirty());
            assertEquals(RichText.plain("Skrevet, mens serveren gik ned."), saved[0].departmentNote());
            Optional<Submission> stored = submissions.loadYear(SampleYear.YEAR).rows().get(0).submission();
            assertEquals(RichText.plain("Skrevet, mens serveren gik ned."), stored.orElseThrow().departmentNote());
            assertTrue(database.dsl().fetchCount(database.dsl().selectFrom("audit_entry")
                    .where("initiative_id = " + row.initiativeId())) > 0, "the save left its audit rows");
        } finally {
            database.close();
            server.close();
        }
    }
}
