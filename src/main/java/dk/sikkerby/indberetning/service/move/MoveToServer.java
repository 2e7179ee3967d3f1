package dk.sikkerby.indberetning.service.move;

import dk.sikkerby.indberetning.domain.User;
import dk.sikkerby.indberetning.domain.YearSummary;
import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.Database;
import dk.sikkerby.indberetning.persistence.server.ServerCopy;
import dk.sikkerby.indberetning.persistence.Store;
import dk.sikkerby.indberetning.service.SubmissionService;
import dk.sikkerby.indberetning.service.YearSetupService;
import dk.sikkerby.indberetning.service.export.TrafficLightSettings;
import dk.sikkerby.indberetning.service.UserFacingException;
import dk.sikkerby.indberetning.service.export.CsvDialect;
import dk.sikkerby.indberetning.service.export.ExportRequest;
import dk.sikkerby.indberetning.service.export.ExportService;
import dk.sikkerby.indberetning.service.workflow.Actor;
import dk.sikkerby.indberetning.service.workflow.ServerUsers;
import dk.sikkerby.indberetning.service.workflow.SetUpActor;
import dk.sikkerby.indberetning.service.workflow.UserService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Moves a file's data to a server database that server-init has just set up (decision 1400): copies every
 * table whole in one transaction, checks the counts on both sides, then exports every year from both as
 * CSV and compares the files byte for byte. The file is only read. A server that already holds data is
 * refused before anything is written, so a second move cannot mix two databases.
 */
public final class MoveToServer {

    /** What was moved: every table's rows, the years whose exports agree, and the file's users. */
    public record Report(Map<String, Integer> counts, List<Integer> years, List<User> users, Actor owner) {
    }

    private final Messages messages;

    public MoveToServer(Messages messages) {
        this.messages = messages;
    }

    /**
     * @param ownerName the owner's name, if the owner is not among the file's users
     * @throws UserFacingException if the server already has data, or an exported year differs
     */
    public Report move(Database file, Database server, String ownerName) {
        if (ServerCopy.hasData(server)) {
            throw new UserFacingException("move.error.serverHasData", server.location());
        }
        Map<String, Integer> counts = ServerCopy.copy(file, server);
        List<Integer> years = new ArrayList<>();
        Actor exporter = SetUpActor.named("move-to-server");
        for (YearSummary year : new SubmissionService(file.store()).years()) {
            int y = year.year().year();
            if (!Arrays.equals(export(file, exporter, y), export(server, exporter, y))) {
                throw new UserFacingException("move.error.exportDiffers", y);
            }
            years.add(y);
        }
        List<User> users = new UserService(file.store()).users();
        Actor owner = new ServerUsers(server.store()).makeOwnerAdministrator(ownerName, true);
        return new Report(counts, years, users, owner);
    }

    private byte[] export(Database database, Actor actor, int year) {
        try {
            Path target = Files.createTempFile("sikkerby-move-" + year + "-", ".csv");
            try {
                Store store = database.store();
                SubmissionService submissions = new SubmissionService(store);
                new ExportService(submissions, new YearSetupService(store), new TrafficLightSettings(store), messages)
                        .export(actor,
                        ExportRequest.csv(year, target, CsvDialect.SEMICOLON), dk.sikkerby.indberetning.service.Progress.NONE);
                return Files.readAllBytes(target);
            } finally {
                Files.deleteIfExists(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
